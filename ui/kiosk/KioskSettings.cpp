#include "kiosk/KioskSettings.h"

#include "counter/CounterSettings.h"

#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace halldesk {

QString KioskSettings::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/halldesk/kiosk.conf");
}

QString KioskSettings::defaultHallName()
{
    return tr("Government Service Center");
}

KioskSettings KioskSettings::load(const QString &path)
{
    // The connection and the voice have the counter's keys ([server], [tls], [voice]).
    const CounterSettings terminal = CounterSettings::load(path);
    KioskSettings s;
    s.path = path;
    s.serverUrl = terminal.serverUrl;
    s.tls = terminal.tls;
    s.voiceEnabled = terminal.voiceEnabled;
    s.voiceVolume = terminal.voiceVolume;
    s.speechEngine = terminal.speechEngine;
    QSettings ini(path, QSettings::IniFormat);
    s.hallName = ini.value(QStringLiteral("kiosk/hall"), defaultHallName()).toString();
    s.askResidentId = ini.value(QStringLiteral("kiosk/askResidentId"), true).toBool();
    s.printerName = ini.value(QStringLiteral("printer/name")).toString();
    s.pdfDirectory = ini.value(QStringLiteral("printer/pdfDirectory")).toString();
    s.voiceRate = qBound(-1.0, ini.value(QStringLiteral("voice/rate"), -0.2).toDouble(), 1.0);
    return s;
}

QString KioskSettings::problem() const
{
    if (!path.isEmpty() && !QFileInfo::exists(path))
        return tr("The settings file %1 does not exist.").arg(path);
    CounterSettings connection;
    connection.serverUrl = serverUrl;
    connection.tls = tls;
    connection.window = 1;
    return connection.problem();
}

} // namespace halldesk
