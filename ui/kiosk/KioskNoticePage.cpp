#include "kiosk/KioskNoticePage.h"

#include "domain/PriorityGroupNames.h"
#include "kiosk/KioskLook.h"
#include "notice/TicketWording.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace halldesk {

namespace {

QLabel *centredLabel(const char *name, int pixelSize, bool bold, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setFont(KioskLook::font(pixelSize, bold));
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    return label;
}

} // namespace

KioskNoticePage::KioskNoticePage(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 96, 48, 48);
    layout->setSpacing(32);
    m_title = centredLabel("kioskTitle", KioskLook::TitlePx, true, this);
    m_number = centredLabel("kioskNumber", KioskLook::NumberPx, true, this);
    m_body = centredLabel("kioskBody", KioskLook::ButtonPx, false, this);
    m_warning = centredLabel("kioskBanner", KioskLook::BodyPx, true, this);
    layout->addWidget(m_title);
    layout->addWidget(m_number);
    layout->addWidget(m_body);
    layout->addWidget(m_warning);
    layout->addStretch(1);
    m_done = KioskLook::button(tr("Done"), "kioskPrimary", this);
    m_done->setMinimumHeight(140);
    connect(m_done, &QPushButton::clicked, this, &KioskNoticePage::done);
    layout->addWidget(m_done);
}

void KioskNoticePage::showWaiting()
{
    m_title->setText(tr("Taking your ticket, please wait…"));
    m_number->hide();
    m_body->setText(tr("If this takes long, please ask at the help desk."));
    m_warning->hide();
    m_done->hide();
}

void KioskNoticePage::showTicket(const KioskTicket &ticket, bool printed, const QString &printError)
{
    m_title->setText(ticket.isAppointment() ? tr("Checked in. Your number is")
                                            : tr("Your number is"));
    m_number->setText(ticket.number);
    m_number->show();
    QStringList lines;
    lines << (ticket.queueName.isEmpty() ? ticket.queue : ticket.queueName);
    if (const QString group = PriorityGroupNames::displayName(ticket.priority); !group.isEmpty())
        lines << TicketWording::priority(group);
    lines << TicketWording::ahead(ticket.waitingAhead);
    lines << TicketWording::estimatedWait(ticket.estimatedWaitSeconds);
    if (!ticket.windows.isEmpty())
        lines << TicketWording::windows(ticket.windows);
    m_body->setText(lines.join(u'\n'));
    if (printed) {
        m_warning->setText(tr("Please take your slip below."));
    } else {
        m_warning->setText(tr("The slip could not be printed: %1 Your ticket is valid: please "
                              "remember your number, or ask at the help desk for a copy.")
                               .arg(printError));
    }
    m_warning->show();
    m_done->show();
}

void KioskNoticePage::showMessage(const QString &title, const QString &body)
{
    m_title->setText(title);
    m_number->hide();
    m_body->setText(body);
    m_warning->hide();
    m_done->show();
}

} // namespace halldesk
