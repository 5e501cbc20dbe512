#pragma once

#include <QString>

namespace halldesk {

// Where the clerk sends the current ticket (the arguments of `transfer`, PROTOCOL.md §5.22).
struct TransferChoice
{
    QString queue;  // empty: the ticket keeps its queue
    int window = 0; // 0: any window of the queue
    QString comment;

    friend bool operator==(const TransferChoice &, const TransferChoice &) = default;
};

} // namespace halldesk
