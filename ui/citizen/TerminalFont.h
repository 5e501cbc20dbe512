#pragma once

#include <QFont>

namespace halldesk {

// The font of the citizen-facing screens (pad, board, kiosk): Noto Sans CJK SC first, so the
// Chinese text has simplified forms, at a size in pixels that no DPI setting shrinks.
class TerminalFont
{
public:
    static QFont cjk(int pixelSize, bool bold = false);
};

} // namespace halldesk
