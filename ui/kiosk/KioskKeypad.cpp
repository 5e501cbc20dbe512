#include "kiosk/KioskKeypad.h"

#include "kiosk/KioskLook.h"

#include <QGridLayout>
#include <QPushButton>

namespace halldesk {

QString KioskKeypad::eraseKey()
{
    return QStringLiteral("⌫");
}

QStringList KioskKeypad::digitKeys()
{
    return {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4"),
            QStringLiteral("5"), QStringLiteral("6"), QStringLiteral("7"), QStringLiteral("8"),
            QStringLiteral("9"), QString(),           QStringLiteral("0"), eraseKey()};
}

QStringList KioskKeypad::residentIdKeys()
{
    QStringList keys = digitKeys();
    keys[9] = QStringLiteral("X");
    return keys;
}

QStringList KioskKeypad::alphanumericKeys()
{
    QStringList keys;
    for (char c = '1'; c <= '9'; ++c)
        keys.append(QString(QLatin1Char(c)));
    keys.append(QStringLiteral("0"));
    for (char c = 'A'; c <= 'Z'; ++c)
        keys.append(QString(QLatin1Char(c)));
    keys.append(eraseKey());
    return keys;
}

KioskKeypad::KioskKeypad(const QStringList &keys, int columns, QWidget *parent)
    : QWidget(parent)
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(12);
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const QString key = keys.at(i);
        if (key.isEmpty())
            continue;
        auto *button = KioskLook::button(key, "kioskKey", this);
        button->setFont(KioskLook::font(KioskLook::KeyPx, true));
        // Keys grow into the room the page leaves them, up to a comfortable size.
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        button->setMaximumHeight(MaxKeyPx);
        if (key == eraseKey()) {
            button->setAccessibleName(tr("Erase"));
            connect(button, &QPushButton::clicked, this, &KioskKeypad::erased);
        } else {
            connect(button, &QPushButton::clicked, this, [this, key] { emit typed(key); });
        }
        grid->addWidget(button, int(i / columns), int(i % columns));
    }
    // No taller than its keys: the page keeps the rest, rather than gaps between the rows.
    const int rows = int((keys.size() + columns - 1) / columns);
    setMaximumHeight(rows * MaxKeyPx + (rows - 1) * grid->verticalSpacing());
}

} // namespace halldesk
