#pragma once

#include "rating/RatingLevel.h"

#include <QColor>
#include <QFont>

class QApplication;

class QWidget;

namespace halldesk {

// The pad's fonts, sizes and colours. Citizens, many of them elderly, read it at arm's length
// and touch it: text is large (sizes in pixels, so a screen's DPI setting cannot shrink it),
// targets are large, and every colour comes with words (a level is never told by colour alone).
class PadLook
{
public:
    static constexpr int BodyPx = 26;         // everything a citizen reads
    static constexpr int SmallPx = 22;        // the status line
    static constexpr int TitlePx = 38;        // a page's question
    static constexpr int LevelPx = 36;        // the five levels
    static constexpr int ReasonPx = 24;       // the reasons of a 差评 (two columns on 800 px)
    static constexpr int HugePx = 64;         // the window number, the thanks
    static constexpr int MinTargetPx = 64;    // nothing a finger must hit is lower
    static constexpr int LevelTargetPx = 120; // the levels, when the screen has the room

    // The program's font family (Noto Sans CJK SC first) and style sheet.
    static void apply(QApplication &app);
    // The same for one pad screen only: a pad shown by the counter on its second monitor
    // looks like the pad and leaves the counter's own look alone.
    static void applyTo(QWidget &screen);
    static QFont font(int pixelSize, bool bold = false);

    static QColor levelColour(RatingLevel level);
    static QColor levelTextColour(RatingLevel level);
};

} // namespace halldesk
