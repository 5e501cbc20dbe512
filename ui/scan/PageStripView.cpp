#include "scan/PageStripView.h"

#include "scan/MaterialPage.h"
#include "scan/PageThumbnailDelegate.h"

#include <QDrag>
#include <QDragMoveEvent>
#include <QDropEvent>
#include <QImage>
#include <QMimeData>
#include <QPixmap>

namespace halldesk {

namespace {

const QString DragType = QStringLiteral("application/x-halldesk-page-row");

} // namespace

PageStripView::PageStripView(QWidget *parent)
    : QListView(parent)
{
    setViewMode(QListView::IconMode);
    setFlow(QListView::LeftToRight);
    setWrapping(true);
    setResizeMode(QListView::Adjust);
    setUniformItemSizes(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    // Thumbnails are drawn at their own size (MaterialPage: at most 200 px); the grid leaves
    // room for the page number under a portrait page, descenders included.
    setIconSize(QSize(ThumbnailSize, ThumbnailSize));
    setGridSize(QSize(ThumbnailSize + 20, ThumbnailSize + 2 * fontMetrics().height() + 24));
    setItemDelegate(new PageThumbnailDelegate(this));
    setWordWrap(true);
    // Static: icon mode would otherwise let a dragged page sit anywhere instead of reordering.
    setMovement(QListView::Static);
    setDragEnabled(true);
    setAcceptDrops(true);
    viewport()->setAcceptDrops(true);
    setDropIndicatorShown(true);
}

int PageStripView::insertionRowAt(QPoint pos) const
{
    const QModelIndex target = indexAt(pos);
    if (!target.isValid())
        return model() ? model()->rowCount() : 0;
    const QRect rect = visualRect(target);
    return pos.x() > rect.center().x() ? target.row() + 1 : target.row();
}

void PageStripView::startDrag(Qt::DropActions)
{
    const QModelIndex current = currentIndex();
    if (!current.isValid())
        return;
    auto *mime = new QMimeData;
    mime->setData(DragType, QByteArray::number(current.row()));
    auto *drag = new QDrag(this);
    drag->setMimeData(mime);
    const QImage thumbnail = current.data(Qt::DecorationRole).value<QImage>();
    if (!thumbnail.isNull())
        drag->setPixmap(QPixmap::fromImage(
            thumbnail.scaled(96, 96, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    // The drop moves the row itself; a MoveAction here would make a view remove the source.
    drag->exec(Qt::CopyAction);
}

void PageStripView::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->source() == this && event->mimeData()->hasFormat(DragType))
        event->acceptProposedAction();
    else
        event->ignore();
}

void PageStripView::dragMoveEvent(QDragMoveEvent *event)
{
    if (event->source() == this && event->mimeData()->hasFormat(DragType))
        event->acceptProposedAction();
    else
        event->ignore();
}

void PageStripView::dropEvent(QDropEvent *event)
{
    if (event->source() != this || !event->mimeData()->hasFormat(DragType) || !model()) {
        event->ignore();
        return;
    }
    const int from = event->mimeData()->data(DragType).toInt();
    const int before = insertionRowAt(event->position().toPoint());
    if (model()->moveRow({}, from, {}, before)) {
        const int landed = before > from ? before - 1 : before;
        setCurrentIndex(model()->index(landed, 0));
    }
    event->acceptProposedAction();
}

} // namespace halldesk
