#include "pad/PadSettings.h"

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
    static_cast<TerminalSettings &>(s) = TerminalSettings::load(path);
    const QSettings ini(path, QSettings::IniFormat);
    s.window = ini.value(QStringLiteral("terminal/window"), 0).toInt();
    s.commitment = ini.value(QStringLiteral("pad/commitment")).toString();
    return s;
}

} // namespace halldesk
