#pragma once

#include "supervisor/MonitoredWindow.h"

#include <QColor>
#include <QFont>

namespace halldesk {

// Sizes, fonts and colours of the supervisor console (a desk PC at 1920×1080, read at arm's
// length): one place, so the panels agree.
class SupervisorLook
{
public:
    static constexpr int TextPx = 16;    // panels, tables, the status line
    static constexpr int TilePx = 15;    // the window tiles' lines
    static constexpr int HeadingPx = 18; // area headings and panel titles
    static constexpr int MinimumPx = 14; // nothing readable is smaller

    static constexpr int TileWidth = 126;
    static constexpr int TileHeight = 76;
    static constexpr int TileSpacing = 5;
    static constexpr int HeadingHeight = 32;
    // The queues and alerts column on the right; the grid takes the rest.
    static constexpr int SideWidth = 640;

    static QFont font(int pixelSize, bool bold = false);
    // The band of the state's words, and the words on it (contrast above 4.5:1 for each). A
    // window nobody is signed in at is pale: most of an evening's hall, and nothing to act on.
    static QColor statusColor(WindowStatus status);
    static QColor statusTextColor(WindowStatus status);
    static QColor tileBackground(WindowStatus status);
    // The tint of a table's row that heads or sums up the rows about it (an area over its
    // queues, a report's totals).
    static QColor summaryRowTint();
    // Words that tell of a problem (a refusal, a failure, 离线, an alert nobody has looked at)
    // and the band of an offline window: 5.7:1 on the console's grey (#efefef), 6.0:1 on an
    // alert's #fff3e0, 6.5:1 under white words.
    static QColor problemColor();
    // A label's style sheet for such words, bold where they must not be missed.
    static QString problemStyleSheet(QFont::Weight weight = QFont::Normal);
};

} // namespace halldesk
