#include "supervisor/QueuesPanel.h"

#include "supervisor/EmphasisRowDelegate.h"
#include "supervisor/QueueTableModel.h"
#include "supervisor/SupervisorLook.h"

#include <QHeaderView>
#include <QLabel>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace halldesk {

void QueuesPanel::setAreaFilter(const QString &area)
{
    m_shown->setFilterRegularExpression(
        area.isEmpty() ? QRegularExpression()
                       : QRegularExpression(QRegularExpression::anchoredPattern(
                             QRegularExpression::escape(area))));
}

QueuesPanel::QueuesPanel(QueueTableModel &model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    m_title = new QLabel(tr("Queues"));
    m_title->setFont(SupervisorLook::font(SupervisorLook::HeadingPx, true));
    m_table = new QTableView;
    m_shown = new QSortFilterProxyModel(this);
    m_shown->setSourceModel(&m_model);
    m_shown->setFilterRole(QueueTableModel::AreaCodeRole);
    m_table->setModel(m_shown);
    m_table->setFont(SupervisorLook::font(SupervisorLook::TextPx));
    m_table->horizontalHeader()->setFont(SupervisorLook::font(SupervisorLook::TextPx, true));
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(SupervisorLook::TextPx + 14);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(QueueTableModel::NameColumn, QHeaderView::Stretch);
    // An area's row heads its queues: bold on a tint.
    m_table->setItemDelegate(new EmphasisRowDelegate(QueueTableModel::IsAreaRole,
                                                     SupervisorLook::summaryRowTint(),
                                                     EmphasisRowDelegate::AllColumns, m_table));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_table, 1);
}

} // namespace halldesk
