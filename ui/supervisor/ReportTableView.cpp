#include "supervisor/ReportTableView.h"

#include "supervisor/SupervisorLook.h"

#include <QHeaderView>

namespace halldesk {

ReportTableView::ReportTableView(QWidget *parent)
    : QTableView(parent)
{
    setFont(SupervisorLook::font(SupervisorLook::TextPx));
    horizontalHeader()->setFont(SupervisorLook::font(SupervisorLook::TextPx, true));
    // Room around each heading, so the columns do not run into each other.
    horizontalHeader()->setMinimumSectionSize(SupervisorLook::TextPx * 6);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(SupervisorLook::TextPx + 16);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setFocusPolicy(Qt::StrongFocus);
}

void ReportTableView::setReport(QAbstractItemModel *model, int stretch)
{
    setModel(model);
    QHeaderView *header = horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(stretch, QHeaderView::Stretch);
}

} // namespace halldesk
