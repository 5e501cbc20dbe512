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
    BoardSettings s;
    s.path = path;
    QSettings ini(path, QSettings::IniFormat);
    s.serverUrl = QUrl(ini.value(QStringLiteral("server/url")).toString());
    s.tls.caFile = ini.value(QStringLiteral("tls/ca")).toString();
    s.tls.certificateFile = ini.value(QStringLiteral("tls/certificate")).toString();
    s.tls.keyFile = ini.value(QStringLiteral("tls/key")).toString();
    s.notice = ini.value(QStringLiteral("board/notice")).toString();
    s.voiceEnabled = ini.value(QStringLiteral("voice/enabled"), true).toBool();
    s.voiceRate = qBound(-1.0, ini.value(QStringLiteral("voice/rate"), -0.2).toDouble(), 1.0);
    s.voiceVolume = qBound(0.0, ini.value(QStringLiteral("voice/volume"), 1.0).toDouble(), 1.0);
    s.speechEngine = ini.value(QStringLiteral("voice/engine")).toString();
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
