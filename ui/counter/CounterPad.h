#pragma once

#include <QString>
#include <memory>

class QScreen;

namespace halldesk {

class Clock;
class PadStation;
struct CounterSettings;

// The evaluator pad a counter shows on its second monitor, facing the citizen: the same screen
// as halldesk-pad, run in the counter's process but as a terminal of its own. It connects with
// the pad's certificate (pad-<window>), keeps its ratings in its own store beside the
// counter's, and signs them with the pad's key, so the clerk's session has no part in them.
class CounterPad
{
public:
    // The monitor facing the citizen: the first that is not the counter's own (the primary).
    // nullptr with a single monitor.
    static QScreen *citizenScreen();
    // Where the pad keeps its ratings: pad.db beside the counter's store.
    static QString storePath(const QString &counterStorePath);
    // The pad, shown full screen on the citizen's monitor; nullptr when there is nothing to
    // show (one monitor, no pad certificate, switched off in the settings) or it could not
    // start, then with the reason in *warning.
    static std::unique_ptr<PadStation> start(const CounterSettings &settings,
                                             const QString &counterStorePath, const Clock &clock,
                                             QString *warning);
};

} // namespace halldesk
