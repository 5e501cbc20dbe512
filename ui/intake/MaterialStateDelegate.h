#pragma once

#include <QStyledItemDelegate>

namespace halldesk {

// Draws a material's state in the words of the model on a colour of its own (received green,
// missing red, waived amber; an optional material that is missing stays grey because nothing
// is wrong with it). The colour stays on the selected row too, so the clerk sees the state of
// the line being worked on.
class MaterialStateDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    struct Tone
    {
        QColor text;
        QColor background;
    };
    // The colours for a state as the model reports it (MaterialChecklistModel::StateRole).
    static Tone tone(int state, bool required);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace halldesk
