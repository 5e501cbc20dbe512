#pragma once

#include <QPainter>
#include <QRectF>
#include <functional>

namespace halldesk {

// One unbreakable piece of a notice's body (a line of a paragraph, a table row, the signature
// area), measured before anything is painted so that pages can be counted for "page N of M".
struct NoticeBlock
{
    qreal height = 0;
    qreal spaceBefore = 0;         // dropped when the block opens a page
    bool keepWithNext = false;     // headings and table headers never end a page
    qsizetype repeatedHeader = -1; // a table row: its header, repeated atop a continued table
    std::function<void(QPainter &, const QRectF &)> paint; // given the block's rectangle
};

} // namespace halldesk
