#pragma once

#include <QColor>
#include <QStyledItemDelegate>

namespace halldesk {

// Rows a model marks with a boolean role stand out of a table: tinted, and bold in every
// column or only in the one that says why.
class EmphasisRowDelegate : public QStyledItemDelegate
{
public:
    static constexpr int AllColumns = -1;

    EmphasisRowDelegate(int role, QColor tint, int boldColumn, QObject *parent);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    int m_role;
    QColor m_tint;
    int m_boldColumn;
};

} // namespace halldesk
