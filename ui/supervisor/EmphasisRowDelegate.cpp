#include "supervisor/EmphasisRowDelegate.h"

namespace halldesk {

EmphasisRowDelegate::EmphasisRowDelegate(int role, QColor tint, int boldColumn, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_role(role)
    , m_tint(tint)
    , m_boldColumn(boldColumn)
{}

void EmphasisRowDelegate::initStyleOption(QStyleOptionViewItem *option,
                                          const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (!index.data(m_role).toBool())
        return;
    option->backgroundBrush = m_tint;
    option->font.setBold(m_boldColumn == AllColumns || index.column() == m_boldColumn);
}

} // namespace halldesk
