#include "PadOptions.h"

#include "counter/CounterSettings.h"
#include "demo/DemoServerLauncher.h"
#include "pad/PadSettings.h"
#include "platform/CommandLine.h"

#include <QCommandLineParser>

namespace halldesk {

std::optional<PadOptions> PadOptions::parse(const QStringList &arguments, int *exitCode)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("HallDesk evaluator pad: the screen facing the citizen at a service window, where "
           "each service is rated. Ratings given while the hall server is out of reach are "
           "kept and delivered later, once."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        tr("Start (or join) the local demo hall server and show the pad of window 1."));
    const QCommandLineOption window(QStringLiteral("window"),
                                    tr("With --demo: the window of the pad (default 1)."),
                                    tr("number"), QStringLiteral("1"));
    const QCommandLineOption config(
        QStringLiteral("config"), tr("Settings file (default %1).").arg(PadSettings::defaultPath()),
        tr("file"));
    const QCommandLineOption store(QStringLiteral("store"),
                                   tr("The pad's terminal store: ratings not yet delivered."),
                                   tr("file"));
    const QCommandLineOption windowed(QStringLiteral("windowed"),
                                      tr("Show the pad in a window instead of full screen (for "
                                         "development)."));
    parser.addOptions({demo, window, config, store, windowed});

    if (!CommandLine::parse(parser, arguments, exitCode))
        return std::nullopt;
    PadOptions options;
    options.demo = parser.isSet(demo);
    const auto demoWindow =
        CommandLine::windowNumber(parser.value(window), CounterSettings::MaxWindow, exitCode);
    if (!demoWindow)
        return std::nullopt;
    options.demoWindow = *demoWindow;
    options.configPath = parser.isSet(config) ? parser.value(config) : PadSettings::defaultPath();
    options.storePath = parser.value(store);
    if (options.storePath.isEmpty())
        options.storePath =
            DemoServerLauncher::dataDirectory() +
            (options.demo ? QStringLiteral("/demo-pad-%1.db").arg(options.demoWindow)
                          : QStringLiteral("/pad.db"));
    options.windowed = parser.isSet(windowed);
    return options;
}

} // namespace halldesk
