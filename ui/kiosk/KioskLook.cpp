#include "kiosk/KioskLook.h"

#include "citizen/TerminalFont.h"

#include <QApplication>
#include <QPushButton>
#include <QWidget>

namespace halldesk {

namespace {

// Pale ground; deep blue choices with white text (10:1), dark text elsewhere; the warning
// banner dark brown on light amber (9:1). Disabled choices are grey and also say why in words.
constexpr auto StyleSheet = R"(
QWidget#kioskScreen { background: #f3f6fa; }
QLabel { color: #1a1a1a; }
QLabel#kioskTitle { color: #0d3c78; }
QLabel#kioskHint { color: #37474f; }
QLabel#kioskError { color: #8e0000; background: #ffebee; border-radius: 10px; padding: 10px 18px; }
QLabel#kioskBanner { color: #4e2600; background: #ffe0b2; border: 3px solid #e65100;
                     border-radius: 12px; padding: 14px 20px; }
QLabel#kioskEntry { background: white; border: 3px solid #0d3c78; border-radius: 12px;
                    padding: 10px 20px; color: #1a1a1a; }
QLabel#kioskNumber { color: #0d3c78; }
QFrame#kioskStatusBar { background: #0d3c78; }
QFrame#kioskStatusBar QLabel { color: white; }
QPushButton { border-radius: 16px; padding: 12px 20px; }
QPushButton#kioskChoice { background: #0d47a1; color: white; border: none; text-align: left; }
QPushButton#kioskChoice:pressed { background: #002171; }
QPushButton#kioskChoice:disabled { background: #cfd8dc; color: #37474f; }
QPushButton#kioskPrimary { background: #1b5e20; color: white; border: none; }
QPushButton#kioskPrimary:pressed { background: #003300; }
QPushButton#kioskPrimary:disabled { background: #cfd8dc; color: #37474f; }
QPushButton#kioskSecondary { background: white; color: #0d3c78; border: 3px solid #0d3c78; }
QPushButton#kioskSecondary:pressed { background: #e3f2fd; }
QPushButton#kioskKey { background: white; color: #1a1a1a; border: 2px solid #90a4ae; }
QPushButton#kioskKey:pressed { background: #bbdefb; }
QPushButton#kioskGroup { background: white; color: #1a1a1a; border: 3px solid #90a4ae; }
QPushButton#kioskGroup:checked { background: #0d47a1; color: white; border-color: #0d47a1; }
)";

} // namespace

void KioskLook::applyTo(QWidget &screen)
{
    screen.setFont(font(BodyPx));
    screen.setStyleSheet(QString::fromUtf8(StyleSheet));
}

QFont KioskLook::font(int pixelSize, bool bold)
{
    return TerminalFont::cjk(pixelSize, bold);
}

QPushButton *KioskLook::button(const QString &text, const char *role, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(QString::fromLatin1(role));
    button->setFocusPolicy(Qt::NoFocus);
    button->setFont(font(ButtonPx, true));
    button->setMinimumHeight(MinTargetPx);
    return button;
}

} // namespace halldesk
