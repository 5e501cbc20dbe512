#include "supervisor/AdminPanel.h"

#include "supervisor/SupervisorLook.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>

namespace halldesk {

QLabel *AdminPanel::heading(const QString &text)
{
    auto *label = new QLabel(text);
    label->setFont(SupervisorLook::font(SupervisorLook::HeadingPx, true));
    return label;
}

QTableWidget *AdminPanel::rowTable(const QStringList &headers, int minimumSection)
{
    auto *table = new QTableWidget(0, int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setMinimumSectionSize(minimumSection);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(SupervisorLook::TextPx + 14);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    return table;
}

void AdminPanel::fillRow(QTableWidget *table, int row, const QStringList &cells)
{
    for (int column = 0; column < cells.size(); ++column)
        table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
}

QFormLayout *AdminPanel::form()
{
    auto *layout = new QFormLayout;
    layout->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    layout->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    layout->setHorizontalSpacing(12);
    layout->setVerticalSpacing(10);
    return layout;
}

} // namespace halldesk
