#pragma once

#include <QFont>

class QWidget;

namespace halldesk {

// The hall board's fonts and colours. It hangs high on a wall and is read from across the
// hall: text is very large (sizes in pixels, so no DPI setting shrinks it), light on a dark
// ground with a contrast of at least 7:1, and nothing is told by colour alone (the newest call
// is the largest and labelled, a recall says 重呼, the offline state says so in words).
class BoardLook
{
public:
    static constexpr int TitlePx = 40;      // the top line
    static constexpr int NewestPx = 140;    // the newest call's ticket and window
    static constexpr int CallPx = 56;       // the earlier calls
    static constexpr int LabelPx = 36;      // headings, the area names
    static constexpr int TagPx = 48;        // 最新叫号 and 重呼 on the newest call
    static constexpr int CountPx = 56;      // the waiting figures
    static constexpr int TickerPx = 44;     // the notice line
    static constexpr int FlashMs = 6000;    // how long the newest call flashes
    static constexpr int FlashStepMs = 500; // one flash: bright, then calm

    // The font family (Noto Sans CJK SC first) and the style sheet, on the board screen.
    static void applyTo(QWidget &screen);
    static QFont font(int pixelSize, bool bold = false);
};

} // namespace halldesk
