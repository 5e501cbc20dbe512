#include "pad/PadIdlePage.h"

#include "pad/PadLook.h"
#include "pad/StaffPhoto.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>
#include <QVBoxLayout>

namespace halldesk {

PadIdlePage::PadIdlePage(QWidget *parent)
    : QWidget(parent)
    , m_window(new QLabel(this))
    , m_photo(new StaffPhoto(this))
    , m_name(new QLabel(this))
    , m_staffNo(new QLabel(this))
    , m_ticket(new QLabel(this))
    , m_commitmentText(new QLabel(this))
{
    setObjectName(QStringLiteral("padIdlePage"));
    m_window->setObjectName(QStringLiteral("padWindowName"));
    m_window->setFont(PadLook::font(PadLook::HugePx - 8, true));
    m_window->setAlignment(Qt::AlignCenter);
    m_name->setObjectName(QStringLiteral("padClerkName"));
    m_name->setFont(PadLook::font(PadLook::TitlePx, true));
    m_staffNo->setObjectName(QStringLiteral("padStaffNo"));
    m_staffNo->setFont(PadLook::font(PadLook::BodyPx));
    m_ticket->setObjectName(QStringLiteral("padTicket"));
    m_ticket->setFont(PadLook::font(PadLook::TitlePx, true));
    m_commitmentText->setObjectName(QStringLiteral("padCommitment"));
    m_commitmentText->setFont(PadLook::font(PadLook::BodyPx));
    m_commitmentText->setWordWrap(true);

    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("padCard"));
    auto *clerk = new QVBoxLayout;
    clerk->addStretch(1);
    clerk->addWidget(m_name);
    clerk->addWidget(m_staffNo);
    clerk->addSpacing(8);
    clerk->addWidget(m_ticket);
    clerk->addStretch(1);
    auto *cardLayout = new QHBoxLayout(card);
    cardLayout->setContentsMargins(20, 10, 20, 10);
    cardLayout->setSpacing(28);
    cardLayout->addWidget(m_photo, 0);
    cardLayout->addLayout(clerk, 1);

    auto *commitment = new QFrame(this);
    commitment->setObjectName(QStringLiteral("padCard"));
    auto *commitmentLayout = new QVBoxLayout(commitment);
    commitmentLayout->setContentsMargins(20, 8, 20, 8);
    commitmentLayout->addWidget(m_commitmentText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 8, 24, 12);
    layout->setSpacing(10);
    layout->addWidget(m_window);
    layout->addWidget(card, 1);
    layout->addWidget(commitment);
    refresh();
}

QString PadIdlePage::defaultCommitment()
{
    return tr("Responsible from the first question · Everything you need told at once · "
              "Finished within the promised time · Courteous service");
}

void PadIdlePage::display(const PadWindowInfo &info)
{
    m_info = info;
    refresh();
}

void PadIdlePage::setCommitment(const QString &text)
{
    m_commitment = text.trimmed();
    refresh();
}

void PadIdlePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

void PadIdlePage::refresh()
{
    m_window->setText(!m_info.name.isEmpty() ? m_info.name
                      : m_info.number > 0    ? tr("Window %1").arg(m_info.number)
                                             : QString());
    const bool staffed = m_info.state != QLatin1String("signed_out") && !m_info.staffNo.isEmpty();
    m_photo->setVisible(staffed);
    m_staffNo->setVisible(staffed);
    if (staffed) {
        QPixmap photo;
        if (!m_info.staffPhoto.isEmpty() && !photo.loadFromData(m_info.staffPhoto))
            photo = QPixmap(); // not an image: the surname stands in
        m_photo->display(m_info.staffName, photo);
        m_name->setText(m_info.staffName.isEmpty() ? m_info.staffNo : m_info.staffName);
        m_staffNo->setText(tr("Staff number: %1").arg(m_info.staffNo));
    } else {
        m_name->setText(tr("No one is serving at this window now"));
    }
    if (!staffed)
        m_ticket->setText(tr("Please go to another window. Thank you."));
    else if (m_info.state == QLatin1String("paused"))
        m_ticket->setText(tr("Service paused, back soon"));
    else if (!m_info.currentTicket.isEmpty())
        m_ticket->setText(tr("Now serving number %1").arg(m_info.currentTicket));
    else
        m_ticket->setText(tr("Welcome! Please wait for your number to be called."));
    m_commitmentText->setText(
        tr("Our service commitment: %1")
            .arg(m_commitment.isEmpty() ? defaultCommitment() : m_commitment));
}

QString PadIdlePage::windowText() const
{
    return m_window->text();
}

QString PadIdlePage::clerkText() const
{
    return m_staffNo->isVisibleTo(this) ? m_name->text() + QLatin1Char(' ') + m_staffNo->text()
                                        : m_name->text();
}

QString PadIdlePage::ticketText() const
{
    return m_ticket->text();
}

QString PadIdlePage::commitmentText() const
{
    return m_commitment.isEmpty() ? defaultCommitment() : m_commitment;
}

} // namespace halldesk
