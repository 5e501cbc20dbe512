#pragma once

#include "notice/NoticeBlock.h"

#include <QList>

namespace halldesk {

// Distributes a notice's body over pages of a given height.
class NoticePaginator
{
public:
    struct Placement
    {
        qsizetype block; // index into the blocks
        qreal y;         // from the top of the page's body area
    };
    using Page = QList<Placement>;

    // Always at least one page. A block taller than a page gets a page of its own and is cut
    // off there; notices never hold such blocks.
    static QList<Page> paginate(const QList<NoticeBlock> &blocks, qreal pageHeight);
};

} // namespace halldesk
