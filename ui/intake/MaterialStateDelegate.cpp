#include "intake/MaterialStateDelegate.h"

#include "casework/MaterialChecklistModel.h"

namespace halldesk {

MaterialStateDelegate::Tone MaterialStateDelegate::tone(int state, bool required)
{
    switch (static_cast<MaterialCheck::State>(state)) {
    case MaterialCheck::State::Received:
        return {QColor(0x1b, 0x5e, 0x20), QColor(0xdc, 0xf0, 0xdd)};
    case MaterialCheck::State::Waived:
        return {QColor(0x7a, 0x4f, 0x00), QColor(0xff, 0xec, 0xb3)};
    case MaterialCheck::State::Missing:
        break;
    }
    if (required)
        return {QColor(0xb7, 0x1c, 0x1c), QColor(0xfd, 0xe0, 0xe0)};
    return {QColor(0x61, 0x61, 0x61), QColor(0xee, 0xee, 0xee)};
}

void MaterialStateDelegate::initStyleOption(QStyleOptionViewItem *option,
                                            const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const Tone t = tone(index.data(MaterialChecklistModel::StateRole).toInt(),
                        index.data(MaterialChecklistModel::RequiredRole).toBool());
    option->state &= ~QStyle::State_Selected;
    option->backgroundBrush = t.background;
    option->palette.setColor(QPalette::Text, t.text);
    option->font.setBold(true);
}

} // namespace halldesk
