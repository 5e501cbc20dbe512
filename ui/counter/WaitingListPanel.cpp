#include "counter/WaitingListPanel.h"

#include "counter/CounterModel.h"
#include "counter/TicketFormat.h"
#include "counter/WaitingTicketsModel.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace halldesk {

WaitingListPanel::WaitingListPanel(const CounterModel &model, QWidget *parent)
    : QFrame(parent)
    , m_model(model)
    , m_tickets(new WaitingTicketsModel(model, this))
    , m_caption(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("waitingListPanel"));
    setFrameShape(QFrame::StyledPanel);
    m_caption->setObjectName(QStringLiteral("panelCaption"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_view->setModel(m_tickets);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAccessibleName(tr("Waiting list"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_caption);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);

    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit callTicketRequested(index.data(WaitingTicketsModel::TicketNumberRole).toString());
    });
    connect(&m_model, &CounterModel::queuesChanged, this, &WaitingListPanel::refreshSummary);
    connect(&m_model, &CounterModel::listsChanged, this, &WaitingListPanel::refreshSummary);
    connect(&m_model, &CounterModel::reset, this, &WaitingListPanel::refreshSummary);
    refreshSummary();
}

void WaitingListPanel::refreshSummary()
{
    m_caption->setText(tr("Waiting for this window: %n", nullptr, m_model.waitingCount()));
    QStringList lines;
    const qint64 now = m_model.serverNowMs();
    for (const CounterQueue &q : m_model.queues()) {
        qint64 oldest = now;
        for (const Ticket &t : q.tickets)
            oldest = qMin(oldest, t.issuedAtMs);
        const qint64 longest = now - oldest;
        QString line = tr("%1: %n waiting", nullptr, int(q.tickets.size()))
                           .arg(m_model.layout().queueName(q.code));
        if (!q.tickets.isEmpty())
            line += QStringLiteral(" · ") + tr("longest %1").arg(TicketFormat::minutes(longest));
        lines << line;
    }
    if (!m_model.transferredIn().isEmpty())
        lines << tr("Transferred to this window: %n", nullptr, int(m_model.transferredIn().size()));
    m_summary->setText(lines.join(QLatin1Char('\n')));
}

void WaitingListPanel::tick()
{
    m_tickets->tick();
}

} // namespace halldesk
