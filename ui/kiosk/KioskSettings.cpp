#include "kiosk/KioskSettings.h"

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
    KioskSettings s;
    static_cast<TerminalSettings &>(s) = TerminalSettings::load(path);
    const QSettings ini(path, QSettings::IniFormat);
    s.hallName = ini.value(QStringLiteral("kiosk/hall"), defaultHallName()).toString();
    s.askResidentId = ini.value(QStringLiteral("kiosk/askResidentId"), true).toBool();
    s.printerName = ini.value(QStringLiteral("printer/name")).toString();
    s.pdfDirectory = ini.value(QStringLiteral("printer/pdfDirectory")).toString();
    return s;
}

} // namespace halldesk
