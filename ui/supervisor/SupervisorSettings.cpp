#include "supervisor/SupervisorSettings.h"

#include <QSettings>
#include <QStandardPaths>

namespace halldesk {

namespace {

// A missing or unreadable value keeps the hall's standard.
template <typename Duration> Duration read(const QSettings &ini, const char *key, Duration fallback)
{
    bool ok = false;
    const int value = ini.value(QLatin1String(key)).toInt(&ok);
    return ok && value > 0 ? Duration(value) : fallback;
}

} // namespace

QString SupervisorSettings::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/halldesk/supervisor.conf");
}

SupervisorSettings SupervisorSettings::load(const QString &path)
{
    SupervisorSettings s;
    static_cast<TerminalSettings &>(s) = TerminalSettings::load(path);
    const QSettings ini(path, QSettings::IniFormat);
    AlertThresholds &t = s.thresholds;
    using std::chrono::minutes;
    using std::chrono::seconds;
    t.longWait =
        read(ini, "alerts/longWaitMinutes", std::chrono::duration_cast<minutes>(t.longWait));
    t.idleWithWaiting =
        read(ini, "alerts/idleMinutes", std::chrono::duration_cast<minutes>(t.idleWithWaiting));
    t.longService =
        read(ini, "alerts/longServiceMinutes", std::chrono::duration_cast<minutes>(t.longService));
    t.offline = read(ini, "alerts/offlineSeconds", std::chrono::duration_cast<seconds>(t.offline));
    s.alertSound = ini.value(QStringLiteral("alerts/sound"), true).toBool();
    return s;
}

} // namespace halldesk
