#include "board/BoardSettings.h"

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
    static_cast<TerminalSettings &>(s) = TerminalSettings::load(path);
    const QSettings ini(path, QSettings::IniFormat);
    s.notice = ini.value(QStringLiteral("board/notice")).toString();
    return s;
}

} // namespace halldesk
