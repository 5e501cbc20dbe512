#include "board/BoardSettings.h"

#include "counter/CounterSettings.h"

#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace halldesk {

QString BoardSettings::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/halldesk/board.conf");
}

BoardSettings BoardSettings::load(const QString &path)
{
    // The connection and the voice have the counter's keys ([server], [tls], [voice]).
    const CounterSettings terminal = CounterSettings::load(path);
    BoardSettings s;
    s.path = path;
    s.serverUrl = terminal.serverUrl;
    s.tls = terminal.tls;
    s.voiceEnabled = terminal.voiceEnabled;
    s.voiceVolume = terminal.voiceVolume;
    s.speechEngine = terminal.speechEngine;
    QSettings ini(path, QSettings::IniFormat);
    s.notice = ini.value(QStringLiteral("board/notice")).toString();
    s.voiceRate = qBound(-1.0, ini.value(QStringLiteral("voice/rate"), -0.2).toDouble(), 1.0);
    return s;
}

QString BoardSettings::problem() const
{
    if (!path.isEmpty() && !QFileInfo::exists(path))
        return tr("The settings file %1 does not exist.").arg(path);
    // The same connection settings as a counter's, checked the same way; a board has no
    // window of its own.
    CounterSettings connection;
    connection.serverUrl = serverUrl;
    connection.tls = tls;
    connection.window = 1;
    return connection.problem();
}

} // namespace halldesk
