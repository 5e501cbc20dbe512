#include "pad/PadLook.h"

#include "citizen/TerminalFont.h"

#include <QApplication>
#include <QWidget>

namespace halldesk {

namespace {

// Colours only help: the widgets say everything in words too. White text keeps a contrast of
// at least 3:1 (large text) on each colour; the amber of 基本满意 carries dark text.
constexpr auto StyleSheet = R"(
QWidget#padScreen, QWidget#padScreen QStackedWidget { background: #f4f7fb; }
QFrame#padStatusBar { background: #1f4e79; }
QFrame#padStatusBar QLabel { color: white; }
QFrame#padStatusBar QLabel#padOffline { background: #fff3e0; color: #8a3c00; border-radius: 6px; padding: 2px 10px; }
QLabel#padProblem { background: #ffebee; color: #b71c1c; border: 2px solid #b71c1c;
                    border-radius: 8px; padding: 8px 16px; }
QLabel#padWindowName { color: #1f4e79; }
QLabel#padQuestion { color: #1f4e79; }
QLabel#padCountdown { color: #455a64; }
QLabel#padTicket { color: #b71c1c; }
QFrame#padCard { background: white; border: 1px solid #cfd8dc; border-radius: 12px; }
QLabel#padCommitment { color: #37474f; }
QPushButton {
    border: 2px solid #90a4ae; border-radius: 12px; background: white; color: #212121;
    padding: 8px 18px;
}
QPushButton:pressed { background: #bbdefb; }
QPushButton:focus { border-color: #1565c0; }
QPushButton:disabled { color: #9e9e9e; border-color: #cfd8dc; background: #eceff1; }
QPushButton#padReason:checked { background: #fff3e0; border: 4px solid #e65100; color: #8a3c00; }
QPushButton#padSubmit { background: #1565c0; border-color: #0d47a1; color: white; }
QPushButton#padSubmit:pressed { background: #0d47a1; }
QPushButton#padSubmit:disabled { background: #eceff1; border-color: #cfd8dc; color: #9e9e9e; }
QLineEdit { border: 2px solid #90a4ae; border-radius: 8px; padding: 6px 10px; background: white; }
QLineEdit:focus { border-color: #1565c0; }
)";

} // namespace

void PadLook::apply(QApplication &app)
{
    QFont font = app.font();
    font.setFamilies(
        {QStringLiteral("Noto Sans CJK SC"), QStringLiteral("WenQuanYi Micro Hei"), font.family()});
    font.setPixelSize(BodyPx);
    app.setFont(font);
    app.setStyleSheet(QString::fromUtf8(StyleSheet));
}

void PadLook::applyTo(QWidget &screen)
{
    screen.setFont(font(BodyPx));
    screen.setStyleSheet(QString::fromUtf8(StyleSheet));
}

QFont PadLook::font(int pixelSize, bool bold)
{
    return TerminalFont::cjk(pixelSize, bold);
}

QColor PadLook::levelColour(RatingLevel level)
{
    switch (level) {
    case RatingLevel::VerySatisfied:
        return QColor(0x1b, 0x5e, 0x20);
    case RatingLevel::Satisfied:
        return QColor(0x38, 0x8e, 0x3c);
    case RatingLevel::Basic:
        return QColor(0xf9, 0xa8, 0x25);
    case RatingLevel::Dissatisfied:
        return QColor(0xe6, 0x51, 0x00);
    case RatingLevel::VeryDissatisfied:
        return QColor(0xb7, 0x1c, 0x1c);
    }
    return Qt::gray;
}

QColor PadLook::levelTextColour(RatingLevel level)
{
    return level == RatingLevel::Basic ? QColor(0x21, 0x21, 0x21) : QColor(Qt::white);
}

} // namespace halldesk
