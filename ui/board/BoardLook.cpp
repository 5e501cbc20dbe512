#include "board/BoardLook.h"

#include "citizen/TerminalFont.h"

#include <QApplication>
#include <QWidget>

namespace halldesk {

namespace {

// Dark navy ground, white and pale yellow text. The newest call flashes between an amber card
// with dark text and the navy one with yellow text; both are far above 4.5:1.
constexpr auto StyleSheet = R"(
QWidget#boardScreen { background: #0b1e3a; }
QFrame#boardStatusBar { background: #12305c; }
QFrame#boardStatusBar QLabel { color: white; }
QFrame#boardStatusBar QLabel#boardOffline { background: #ffe0b2; color: #5d2a00; border-radius: 8px; padding: 4px 16px; }
QLabel#boardHeading { color: #cfe3ff; }
QFrame#boardNewest { background: #163d73; border: 4px solid #ffd54f; border-radius: 16px; }
QFrame#boardNewest QLabel { color: #ffe082; }
QFrame#boardNewest[flash="true"] { background: #ffd54f; border-color: white; }
QFrame#boardNewest[flash="true"] QLabel { color: #1a1a1a; }
QFrame#boardNewest QLabel#boardNewestTag { color: #0b1e3a; background: #ffffff; border-radius: 8px;
                                           padding: 2px 14px; }
QFrame#boardCall { background: #12305c; border-radius: 10px; }
QFrame#boardCall QLabel { color: white; }
QFrame#boardCall QLabel#boardRecall, QLabel#boardRecall { color: #0b1e3a; background: #ffcc80; border: 3px solid #0b1e3a; border-radius: 8px;
                     padding: 0px 10px; }
QFrame#boardNewest QFrame#boardCall QLabel#boardRecall, QLabel#boardRecall { color: #0b1e3a; background: #ffcc80; }
QFrame#boardAreas { background: #102a50; border-radius: 16px; }
QLabel#boardAreaName { color: white; }
QLabel#boardAreaCount { color: #ffe082; }
QLabel#boardEmpty { color: #cfe3ff; }
)";

} // namespace

void BoardLook::applyTo(QWidget &screen)
{
    screen.setFont(font(LabelPx));
    screen.setStyleSheet(QString::fromUtf8(StyleSheet));
}

QFont BoardLook::font(int pixelSize, bool bold)
{
    return TerminalFont::cjk(pixelSize, bold);
}

} // namespace halldesk
