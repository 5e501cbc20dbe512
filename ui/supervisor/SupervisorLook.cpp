#include "supervisor/SupervisorLook.h"

#include "citizen/TerminalFont.h"

namespace halldesk {

QFont SupervisorLook::font(int pixelSize, bool bold)
{
    return TerminalFont::cjk(pixelSize, bold);
}

QColor SupervisorLook::statusColor(WindowStatus status)
{
    switch (status) {
    case WindowStatus::Serving:
        return QColor(0x1b, 0x7a, 0x3a);
    case WindowStatus::Idle:
        return QColor(0x1f, 0x5f, 0xa8);
    case WindowStatus::Paused:
        return QColor(0x9a, 0x5b, 0x00);
    case WindowStatus::SignedOut:
        return QColor(0xd9, 0xd9, 0xd9);
    case WindowStatus::Offline:
        return problemColor();
    }
    return Qt::black;
}

QColor SupervisorLook::statusTextColor(WindowStatus status)
{
    return status == WindowStatus::SignedOut ? QColor(0x3a, 0x3a, 0x3a) : QColor(Qt::white);
}

QColor SupervisorLook::tileBackground(WindowStatus status)
{
    switch (status) {
    case WindowStatus::SignedOut:
        return QColor(0xf4, 0xf4, 0xf4);
    case WindowStatus::Offline:
        return QColor(0xfd, 0xec, 0xea);
    default:
        return Qt::white;
    }
}

QColor SupervisorLook::summaryRowTint()
{
    return QColor(0xdd, 0xe5, 0xf0);
}

QColor SupervisorLook::problemColor()
{
    return QColor(0xb3, 0x26, 0x1e);
}

QString SupervisorLook::problemStyleSheet(QFont::Weight weight)
{
    const QString color = QStringLiteral("color: %1;").arg(problemColor().name());
    return weight == QFont::Bold ? color + QStringLiteral(" font-weight: bold;") : color;
}

} // namespace halldesk
