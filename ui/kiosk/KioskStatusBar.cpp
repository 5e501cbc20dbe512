#include "kiosk/KioskStatusBar.h"

#include "kiosk/KioskLook.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

namespace halldesk {

KioskStatusBar::KioskStatusBar(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("kioskStatusBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(32, 12, 32, 12);
    m_clock = new QLabel(this);
    m_clock->setFont(KioskLook::font(KioskLook::DetailPx, true));
    m_state = new QLabel(this);
    m_state->setFont(KioskLook::font(KioskLook::DetailPx, true));
    layout->addWidget(m_clock);
    layout->addStretch(1);
    layout->addWidget(m_state);
}

void KioskStatusBar::show(const QDateTime &hallTime, bool online)
{
    m_clock->setText(QLocale().toString(hallTime, tr("M/d dddd HH:mm")));
    m_state->setText(online ? tr("Connected") : tr("Offline"));
}

} // namespace halldesk
