#pragma once

#include <QStringList>
#include <QWidget>

namespace halldesk {

// A touch keypad: the kiosk has no keyboard. Each key types its text; the erase key (⌫)
// removes the last character. Keys take no focus, so a touch never moves a focus frame.
class KioskKeypad : public QWidget
{
    Q_OBJECT

public:
    // Digits and X, for resident ID numbers.
    static QStringList residentIdKeys();
    // Digits and the letters A–Z, for appointment codes and staff numbers.
    static QStringList alphanumericKeys();
    static QStringList digitKeys();
    static QString eraseKey();

    static constexpr int MaxKeyPx = 180;

    KioskKeypad(const QStringList &keys, int columns, QWidget *parent = nullptr);

signals:
    void typed(const QString &text);
    void erased();
};

} // namespace halldesk
