#pragma once

#include "counter/TerminalSettings.h"
#include "supervisor/AlertThresholds.h"

namespace halldesk {

// What one supervisor console needs to know: a terminal's settings (the console's
// certificate, OU supervisor) and when it raises alerts:
//   [alerts]   longWaitMinutes=30  idleMinutes=5  longServiceMinutes=20  offlineSeconds=60
//              sound=true
struct SupervisorSettings : TerminalSettings
{
    AlertThresholds thresholds;
    bool alertSound = true;

    static QString defaultPath();
    static SupervisorSettings load(const QString &path);
};

} // namespace halldesk
