#include "notice/NoticePaginator.h"

namespace halldesk {

QList<NoticePaginator::Page> NoticePaginator::paginate(const QList<NoticeBlock> &blocks,
                                                       qreal pageHeight)
{
    QList<Page> pages(1);
    qreal y = 0;

    const auto needed = [&](qsizetype k) {
        return (pages.last().isEmpty() ? 0 : blocks[k].spaceBefore) + blocks[k].height;
    };
    const auto fits = [&](qreal height) {
        return pages.last().isEmpty() || y + height <= pageHeight;
    };
    const auto place = [&](qsizetype k) {
        y += needed(k) - blocks[k].height;
        pages.last().append({k, y});
        y += blocks[k].height;
    };
    const auto newPage = [&] {
        pages.append(Page());
        y = 0;
    };

    for (qsizetype i = 0; i < blocks.size();) {
        qsizetype last = i;
        qreal groupHeight = needed(i);
        while (blocks[last].keepWithNext && last + 1 < blocks.size()) {
            ++last;
            groupHeight += blocks[last].spaceBefore + blocks[last].height;
        }
        if (!fits(groupHeight))
            newPage();
        for (qsizetype k = i; k <= last; ++k) {
            if (!fits(needed(k)))
                newPage();
            if (pages.last().isEmpty() && blocks[k].repeatedHeader >= 0)
                place(blocks[k].repeatedHeader);
            place(k);
        }
        i = last + 1;
    }
    return pages;
}

} // namespace halldesk
