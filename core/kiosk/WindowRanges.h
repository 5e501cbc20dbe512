#pragma once

#include <QList>
#include <QString>

namespace halldesk {

// Window numbers as a citizen reads them on a slip or a button: "1–12、15、20–22". A queue of
// a large area is served by dozens of windows, and a list of their names would fill the slip.
class WindowRanges
{
public:
    // Sorted, each number once, runs of three or more joined with an en dash; a run of two is
    // written as two numbers ("7、8"), which reads more easily than a range.
    static QString text(QList<int> windows);
};

} // namespace halldesk
