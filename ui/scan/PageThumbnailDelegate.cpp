#include "scan/PageThumbnailDelegate.h"

#include "scan/MaterialPage.h"

#include <QImage>
#include <QPainter>

namespace halldesk {

namespace {

constexpr int Frame = 4;

} // namespace

QSize PageThumbnailDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    return {ThumbnailSize + 2 * Frame + 8,
            ThumbnailSize + 2 * Frame + option.fontMetrics.height() * 2};
}

void PageThumbnailDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    const QImage thumbnail = index.data(Qt::DecorationRole).value<QImage>();
    const QString label = index.data(Qt::DisplayRole).toString();
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const QRect cell = option.rect;
    const int textHeight = option.fontMetrics.height() + 4;
    const QRect imageArea(cell.left(), cell.top() + Frame, cell.width(),
                          cell.height() - textHeight - 2 * Frame);
    QSize shown =
        thumbnail.size().scaled(imageArea.size() - QSize(2 * Frame, 0), Qt::KeepAspectRatio);
    if (thumbnail.width() <= imageArea.width() && thumbnail.height() <= imageArea.height())
        shown = thumbnail.size();
    QRect imageRect(QPoint(0, 0), shown);
    imageRect.moveCenter(imageArea.center());
    imageRect.moveBottom(imageArea.bottom());

    painter->save();
    painter->setRenderHint(QPainter::SmoothPixmapTransform);
    painter->drawImage(imageRect, thumbnail);
    const QColor accent = option.palette.color(QPalette::Highlight);
    painter->setPen(selected ? QPen(accent, Frame) : QPen(option.palette.color(QPalette::Mid), 1));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(imageRect.adjusted(-Frame / 2, -Frame / 2, Frame / 2, Frame / 2));

    const QRect textRect(cell.left(), cell.bottom() - textHeight, cell.width(), textHeight);
    QFont font = option.font;
    font.setBold(selected);
    painter->setFont(font);
    painter->setPen(option.palette.color(selected ? QPalette::Highlight : QPalette::Text));
    painter->drawText(textRect, Qt::AlignCenter, label);
    painter->restore();
}

} // namespace halldesk
