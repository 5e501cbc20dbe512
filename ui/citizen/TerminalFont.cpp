#include "citizen/TerminalFont.h"

#include <QGuiApplication>

namespace halldesk {

QFont TerminalFont::cjk(int pixelSize, bool bold)
{
    QFont f = QGuiApplication::font();
    f.setFamilies(
        {QStringLiteral("Noto Sans CJK SC"), QStringLiteral("WenQuanYi Micro Hei"), f.family()});
    f.setPixelSize(pixelSize);
    f.setBold(bold);
    return f;
}

} // namespace halldesk
