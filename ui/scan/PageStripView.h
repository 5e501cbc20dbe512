#pragma once

#include <QListView>

namespace halldesk {

// The material's pages as thumbnails in reading order, wrapped left to right. Dragging a page
// moves it (the model's moveRows); the view itself never places items freely and never removes
// the dragged row, whatever QListView's icon mode would otherwise do.
class PageStripView : public QListView
{
    Q_OBJECT

public:
    explicit PageStripView(QWidget *parent = nullptr);

    // The row a page dropped at `pos` (viewport coordinates) is inserted before.
    int insertionRowAt(QPoint pos) const;

protected:
    void startDrag(Qt::DropActions supportedActions) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
};

} // namespace halldesk
