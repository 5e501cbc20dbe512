#pragma once

#include <QStyledItemDelegate>

namespace halldesk {

// Draws a page thumbnail as it is, with a thick frame when selected: the usual selection tint
// would colour the scan itself (a stamp's red, a photo on an ID card) and hide what the clerk
// checks. The page number goes underneath.
class PageThumbnailDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace halldesk
