#include "supervisor/FollowUpsPage.h"

#include "client/HallClient.h"
#include "supervisor/EmphasisRowDelegate.h"
#include "supervisor/FollowUpDetail.h"
#include "supervisor/FollowUpTableModel.h"
#include "supervisor/FollowUpWording.h"
#include "supervisor/SupervisorLook.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace halldesk {

FollowUpsPage::FollowUpsPage(HallClient &client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
{
    m_model = new FollowUpTableModel(this);

    m_state = new QComboBox;
    m_state->addItem(tr("All states"), QString());
    for (const char *state : {"new", "called_back", "rectifying", "done", "unfounded"})
        m_state->addItem(FollowUpWording::stateName(QLatin1String(state)), QLatin1String(state));
    auto *stateLabel = new QLabel(tr("&State"));
    stateLabel->setBuddy(m_state);
    m_overdue = new QCheckBox(tr("&Overdue only"));
    auto *refreshButton = new QPushButton(tr("&Refresh"));
    m_status = new QLabel;

    auto *filters = new QHBoxLayout;
    filters->setSpacing(10);
    filters->addWidget(stateLabel);
    filters->addWidget(m_state);
    filters->addWidget(m_overdue);
    filters->addWidget(refreshButton);
    filters->addSpacing(16);
    filters->addWidget(m_status, 1);

    m_view = new QTableView;
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setDefaultSectionSize(SupervisorLook::TextPx + 14);
    m_view->horizontalHeader()->setFont(SupervisorLook::font(SupervisorLook::TextPx, true));
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(FollowUpTableModel::Due, QHeaderView::Stretch);
    // Overdue rows stand out in colour; the due column says 逾期 in words as well.
    m_view->setItemDelegate(new EmphasisRowDelegate(FollowUpTableModel::OverdueRole,
                                                    QColor(0xfd, 0xe2, 0xdf),
                                                    FollowUpTableModel::Due, m_view));

    m_detail = new FollowUpDetail;
    m_detail->setFixedWidth(SupervisorLook::SideWidth);

    auto *panes = new QHBoxLayout;
    panes->setSpacing(12);
    panes->addWidget(m_view, 1);
    panes->addWidget(m_detail);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->addLayout(filters);
    layout->addLayout(panes, 1);

    connect(m_state, &QComboBox::currentIndexChanged, this, &FollowUpsPage::refresh);
    connect(m_overdue, &QCheckBox::toggled, this, &FollowUpsPage::refresh);
    connect(refreshButton, &QPushButton::clicked, this, &FollowUpsPage::refresh);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &FollowUpsPage::showSelected);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &FollowUpsPage::showSelected);
    connect(m_detail, &FollowUpDetail::actionChosen, this, &FollowUpsPage::act);
    connect(&m_client, &HallClient::eventReceived, this,
            [this](const QString &kind, const QJsonObject &data, qint64) { onEvent(kind, data); });
}

FollowUpsPage::~FollowUpsPage() = default;

void FollowUpsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

QString FollowUpsPage::statusText() const
{
    return m_status->text();
}

qint64 FollowUpsPage::selectedId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid()
               ? m_model->followUpAt(current.row()).value(QLatin1String("id")).toInteger()
               : 0;
}

void FollowUpsPage::refresh()
{
    QJsonObject args;
    if (const QString state = m_state->currentData().toString(); !state.isEmpty())
        args.insert(QStringLiteral("state"), state);
    if (m_overdue->isChecked())
        args.insert(QStringLiteral("overdue"), true);
    const quint64 generation = ++m_generation;
    const qint64 keep = selectedId();
    QPointer<FollowUpsPage> self(this);
    m_client.request(
        QStringLiteral("followUps"), args, [self, generation, keep](const ClientReply &reply) {
            if (!self || generation != self->m_generation)
                return;
            if (!reply.ok) {
                self->m_status->setText(
                    tr("The follow-ups could not be read: %1").arg(reply.error.message()));
                return;
            }
            const QJsonArray list = reply.result.value(QLatin1String("followUps")).toArray();
            self->m_model->setFollowUps(list);
            int overdue = 0;
            for (const QJsonValue &f : list)
                overdue += f.toObject().value(QLatin1String("overdue")).toBool();
            self->m_status->setText(
                tr("%n follow-up(s)", nullptr, int(list.size())) +
                (overdue > 0 ? tr(", %n overdue", nullptr, overdue) : QString()));
            const int row = self->m_model->rowOf(keep);
            self->select(row >= 0 ? row : 0);
        });
}

void FollowUpsPage::select(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        m_view->setCurrentIndex({});
        m_detail->showFollowUp({});
        return;
    }
    m_view->setCurrentIndex(m_model->index(row, 0));
    showSelected();
}

void FollowUpsPage::showSelected()
{
    const QModelIndex current = m_view->currentIndex();
    m_detail->showFollowUp(current.isValid() ? m_model->followUpAt(current.row()) : QJsonObject());
}

void FollowUpsPage::act(const QString &action)
{
    const qint64 id = selectedId();
    const QString note = m_detail->note();
    if (id == 0 || note.isEmpty())
        return;
    m_detail->setBusy(true);
    m_detail->showProblem({});
    QPointer<FollowUpsPage> self(this);
    const QString key =
        m_client.submit(QStringLiteral("followUpAction"),
                        {{QStringLiteral("id"), double(id)},
                         {QStringLiteral("action"), action},
                         {QStringLiteral("note"), note}},
                        [self](const ClientReply &reply) {
                            if (!self)
                                return;
                            self->m_detail->setBusy(false);
                            if (!reply.ok) {
                                self->m_detail->showProblem(
                                    tr("The step was not taken: %1").arg(reply.error.message()));
                                return;
                            }
                            self->m_detail->clearNote();
                            // The list may no longer hold it under the chosen filter; ask again.
                            self->refresh();
                        });
    if (key.isEmpty()) {
        m_detail->setBusy(false);
        m_detail->showProblem(tr("The step could not be stored to be sent; try again."));
    }
}

void FollowUpsPage::onEvent(const QString &kind, const QJsonObject &data)
{
    if (kind != QLatin1String("followUp"))
        return;
    const QJsonObject followUp = data.value(QLatin1String("followUp")).toObject();
    if (m_model->rowOf(followUp.value(QLatin1String("id")).toInteger()) >= 0)
        m_model->update(followUp);
    else if (isVisible())
        refresh();
}

} // namespace halldesk
