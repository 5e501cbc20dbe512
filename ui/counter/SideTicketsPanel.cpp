#include "counter/SideTicketsPanel.h"

#include "counter/CounterActions.h"
#include "counter/CounterModel.h"
#include "counter/TicketFormat.h"

#include <QAction>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>

namespace halldesk {

namespace {

constexpr int TicketIdRole = Qt::UserRole + 1;

qint64 chosen(const QListWidget *list)
{
    if (const QListWidgetItem *item = list->currentItem(); item && item->isSelected())
        return item->data(TicketIdRole).toLongLong();
    return list->count() == 1 ? list->item(0)->data(TicketIdRole).toLongLong() : 0;
}

} // namespace

SideTicketsPanel::SideTicketsPanel(const CounterModel &model, const CounterActions &actions,
                                   QWidget *parent)
    : QFrame(parent)
    , m_model(model)
    , m_actions(actions)
    , m_heldCaption(new QLabel(this))
    , m_held(new QListWidget(this))
    , m_resume(new QPushButton(tr("Resume"), this))
    , m_noShowCaption(new QLabel(this))
    , m_noShows(new QListWidget(this))
    , m_return(new QPushButton(tr("Back in line"), this))
{
    setObjectName(QStringLiteral("sideTicketsPanel"));
    setFrameShape(QFrame::StyledPanel);
    m_heldCaption->setObjectName(QStringLiteral("panelCaption"));
    m_noShowCaption->setObjectName(QStringLiteral("panelCaption"));
    m_held->setAccessibleName(tr("Tickets on hold"));
    m_noShows->setAccessibleName(tr("Missed tickets"));

    auto *grid = new QGridLayout(this);
    grid->addWidget(m_heldCaption, 0, 0);
    grid->addWidget(m_noShowCaption, 0, 1);
    grid->addWidget(m_held, 1, 0);
    grid->addWidget(m_noShows, 1, 1);
    grid->addWidget(m_resume, 2, 0);
    grid->addWidget(m_return, 2, 1);

    connect(m_resume, &QPushButton::clicked, this, [this] {
        if (const qint64 id = chosenHeld())
            emit resumeHeldRequested(id);
    });
    connect(m_return, &QPushButton::clicked, this, [this] {
        if (const qint64 id = chosenNoShow())
            emit returnNoShowRequested(id);
    });
    connect(m_held, &QListWidget::itemActivated, m_resume, &QPushButton::click);
    connect(m_noShows, &QListWidget::itemActivated, m_return, &QPushButton::click);
    connect(m_held, &QListWidget::itemSelectionChanged, this, &SideTicketsPanel::updateButtons);
    connect(m_noShows, &QListWidget::itemSelectionChanged, this, &SideTicketsPanel::updateButtons);
    connect(&m_model, &CounterModel::listsChanged, this, &SideTicketsPanel::refresh);
    connect(&m_model, &CounterModel::reset, this, &SideTicketsPanel::refresh);
    for (CounterAction a : {CounterAction::ResumeHeld, CounterAction::ReturnNoShow})
        connect(m_actions.action(a), &QAction::changed, this, &SideTicketsPanel::updateButtons);
    refresh();
}

qint64 SideTicketsPanel::chosenHeld() const
{
    return chosen(m_held);
}

qint64 SideTicketsPanel::chosenNoShow() const
{
    return chosen(m_noShows);
}

void SideTicketsPanel::refresh()
{
    const qint64 selectedHeld = chosenHeld();
    const qint64 selectedNoShow = chosenNoShow();
    m_held->clear();
    for (const Ticket &t : m_model.held()) {
        auto *item = new QListWidgetItem(m_held);
        item->setData(TicketIdRole, t.id);
        if (t.id == selectedHeld)
            m_held->setCurrentItem(item);
    }
    m_noShows->clear();
    for (const Ticket &t : m_model.noShows()) {
        if (!m_model.canReturn(t))
            continue;
        auto *item = new QListWidgetItem(m_noShows);
        item->setData(TicketIdRole, t.id);
        if (t.id == selectedNoShow)
            m_noShows->setCurrentItem(item);
    }
    tick();
}

void SideTicketsPanel::tick()
{
    const qint64 now = m_model.serverNowMs();
    m_heldCaption->setText(tr("On hold: %n", nullptr, m_held->count()));
    for (int i = 0; i < m_held->count(); ++i) {
        QListWidgetItem *item = m_held->item(i);
        const auto t = m_model.ticket(item->data(TicketIdRole).toLongLong());
        if (!t)
            continue;
        item->setText(tr("%1  %2  back to the queue in %3")
                          .arg(t->number, m_model.layout().queueName(t->queueCode),
                               TicketFormat::duration(t->holdUntilMs - now)));
    }
    bool expired = false;
    for (int i = 0; i < m_noShows->count(); ++i) {
        QListWidgetItem *item = m_noShows->item(i);
        const auto t = m_model.ticket(item->data(TicketIdRole).toLongLong());
        if (!t)
            continue;
        expired |= !m_model.canReturn(*t);
        item->setText(
            tr("%1  %2  may come back for %3")
                .arg(t->number, m_model.layout().queueName(t->queueCode),
                     TicketFormat::duration(t->noShowAtMs + CounterModel::NoShowReturnMs - now)));
    }
    m_noShowCaption->setText(tr("Missed: %n", nullptr, m_noShows->count()));
    if (expired)
        refresh();
    updateButtons();
}

void SideTicketsPanel::updateButtons()
{
    const QAction *resume = m_actions.action(CounterAction::ResumeHeld);
    m_resume->setEnabled(resume->isEnabled() && chosenHeld() != 0);
    m_resume->setToolTip(resume->toolTip());
    const QAction *back = m_actions.action(CounterAction::ReturnNoShow);
    m_return->setEnabled(back->isEnabled() && chosenNoShow() != 0);
    m_return->setToolTip(back->toolTip());
}

} // namespace halldesk
