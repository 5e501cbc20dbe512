#include "kiosk/KioskQueuePage.h"

#include "kiosk/KioskLook.h"
#include "kiosk/WindowRanges.h"
#include "notice/TicketWording.h"

#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScroller>
#include <QVBoxLayout>

namespace halldesk {

KioskQueuePage::KioskQueuePage(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 48, 48, 48);
    layout->setSpacing(24);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("kioskTitle"));
    m_title->setFont(KioskLook::font(KioskLook::TitlePx, true));
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    layout->addWidget(m_title);

    // Many queues scroll by a finger's drag.
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setStyleSheet(QStringLiteral("QScrollArea, QScrollArea > QWidget > QWidget "
                                         "{ background: transparent; }"));
    QScroller::grabGesture(scroll->viewport(), QScroller::LeftMouseButtonGesture);
    auto *content = new QWidget(scroll);
    m_list = new QVBoxLayout(content);
    m_list->setContentsMargins(0, 0, 0, 0);
    m_list->setSpacing(24);
    m_list->addStretch(1);
    scroll->setWidget(content);
    layout->addWidget(scroll, 1);

    m_back = KioskLook::button(tr("Back"), "kioskSecondary", this);
    connect(m_back, &QPushButton::clicked, this, &KioskQueuePage::back);
    layout->addWidget(m_back);
}

QString KioskQueuePage::describe(const KioskQueue &queue)
{
    QString text = queue.name + u'\n' + tr("%n waiting", nullptr, queue.waiting) +
                   QStringLiteral(" · ") +
                   tr("wait %1").arg(TicketWording::waitText(queue.estimatedWaitSeconds));
    if (queue.isClosed())
        text += u'\n' + tr("No window is open now; you may still take a ticket.");
    else if (!queue.windows.isEmpty())
        text += u'\n' + tr("Windows %1").arg(WindowRanges::text(queue.windows));
    return text;
}

void KioskQueuePage::setArea(const QString &areaName, const QList<KioskQueue> &queues)
{
    m_title->setText(areaName);
    qDeleteAll(m_buttons);
    m_buttons.clear();
    for (const KioskQueue &queue : queues) {
        auto *button = KioskLook::button(describe(queue), "kioskChoice");
        button->setFont(KioskLook::font(KioskLook::BodyPx, true));
        button->setMinimumHeight(200);
        button->setProperty("queue", queue.code);
        const QString code = queue.code;
        connect(button, &QPushButton::clicked, this, [this, code] { emit queueChosen(code); });
        m_list->insertWidget(m_list->count() - 1, button);
        m_buttons.append(button);
    }
}

} // namespace halldesk
