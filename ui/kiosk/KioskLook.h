#pragma once

#include <QFont>
#include <QString>

class QPushButton;
class QWidget;

namespace halldesk {

// The ticket kiosk's fonts and colours. It stands in portrait (1080×1920) at the hall's
// entrance and is used standing, by touch, often by elderly citizens: text is large (sizes in
// pixels, so no DPI setting shrinks it), every target is at least 96 px high, dark text on a
// light ground with a contrast of at least 7:1, and no state is told by colour alone.
class KioskLook
{
public:
    static constexpr int TitlePx = 56;
    static constexpr int ButtonPx = 44;
    static constexpr int BodyPx = 34;
    static constexpr int DetailPx = 30;  // the least text on the kiosk
    static constexpr int NumberPx = 200; // the ticket number on the result page
    static constexpr int KeyPx = 48;
    static constexpr int MinTargetPx = 96;

    static void applyTo(QWidget &screen);
    static QFont font(int pixelSize, bool bold = false);
    // A touch button that takes no keyboard focus (none looks pre-chosen) with its object name
    // for the style sheet: "kioskPrimary", "kioskSecondary", "kioskChoice".
    static QPushButton *button(const QString &text, const char *role, QWidget *parent = nullptr);
};

} // namespace halldesk
