#pragma once

#include "domain/OperationError.h"

#include <QJsonObject>

namespace halldesk {

// The server's answer to one request, or the client's own error (offline, timeout).
struct ClientReply
{
    bool ok = false;
    QJsonObject result;
    OperationError error;
    bool replayed = false; // a repeated request answered from the server's log
};

} // namespace halldesk
