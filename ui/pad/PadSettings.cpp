#include "pad/PadSettings.h"

#include "counter/CounterSettings.h"

#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace halldesk {

QString PadSettings::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/halldesk/pad.conf");
}

PadSettings PadSettings::load(const QString &path)
{
    PadSettings s;
    s.path = path;
    QSettings ini(path, QSettings::IniFormat);
    s.serverUrl = QUrl(ini.value(QStringLiteral("server/url")).toString());
    s.tls.caFile = ini.value(QStringLiteral("tls/ca")).toString();
    s.tls.certificateFile = ini.value(QStringLiteral("tls/certificate")).toString();
    s.tls.keyFile = ini.value(QStringLiteral("tls/key")).toString();
    s.window = ini.value(QStringLiteral("terminal/window"), 0).toInt();
    s.commitment = ini.value(QStringLiteral("pad/commitment")).toString();
    s.voiceEnabled = ini.value(QStringLiteral("voice/enabled"), true).toBool();
    s.voiceRate = qBound(-1.0, ini.value(QStringLiteral("voice/rate"), -0.2).toDouble(), 1.0);
    s.voiceVolume = qBound(0.0, ini.value(QStringLiteral("voice/volume"), 1.0).toDouble(), 1.0);
    s.speechEngine = ini.value(QStringLiteral("voice/engine")).toString();
    return s;
}

QString PadSettings::problem() const
{
    if (!path.isEmpty() && !QFileInfo::exists(path))
        return tr("The settings file %1 does not exist.").arg(path);
    // The same connection settings as a counter's, checked the same way.
    CounterSettings connection;
    connection.serverUrl = serverUrl;
    connection.tls = tls;
    connection.window = window;
    return connection.problem();
}

} // namespace halldesk
