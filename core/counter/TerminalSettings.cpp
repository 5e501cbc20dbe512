#include "counter/TerminalSettings.h"

#include "counter/CounterSettings.h"

#include <QFileInfo>
#include <QSettings>

namespace halldesk {

TerminalSettings TerminalSettings::load(const QString &path)
{
    // The connection and the voice are read and checked as a counter's are.
    const CounterSettings counter = CounterSettings::load(path);
    TerminalSettings s;
    s.path = path;
    s.serverUrl = counter.serverUrl;
    s.tls = counter.tls;
    s.voiceEnabled = counter.voiceEnabled;
    s.voiceVolume = counter.voiceVolume;
    s.speechEngine = counter.speechEngine;
    const QSettings ini(path, QSettings::IniFormat);
    s.voiceRate = qBound(-1.0, ini.value(QStringLiteral("voice/rate"), -0.2).toDouble(), 1.0);
    return s;
}

HallClientSettings TerminalSettings::clientSettings() const
{
    HallClientSettings settings;
    settings.url = serverUrl;
    settings.tls = tls;
    return settings;
}

QString TerminalSettings::problem() const
{
    // A board or a kiosk has no window of its own; the counter's check wants one.
    return problemAt(1);
}

QString TerminalSettings::problemAt(int window) const
{
    if (!path.isEmpty() && !QFileInfo::exists(path))
        return tr("The settings file %1 does not exist.").arg(path);
    CounterSettings connection;
    connection.serverUrl = serverUrl;
    connection.tls = tls;
    connection.window = window;
    return connection.problem();
}

} // namespace halldesk
