#pragma once

#include "domain/Result.h"

#include <QJsonObject>

namespace halldesk {

class PreparedStatements;

// adminLog (PROTOCOL.md §5.45): the administrators' changes as admin_log recorded them, newest
// first, a page at a time. What it returns is what the log holds: who, when, which operation on
// what, and which fields changed; never a password or a citizen's data.
class AdminLog
{
public:
    static constexpr int DefaultLimit = 100;
    static constexpr int MaxLimit = 200;

    // `args`: {beforeId?, limit?}. Result {entries: [...], more}; bad_request for an argument
    // of the wrong type or range. Throws StorageError like every repository.
    static Result<QJsonObject> page(PreparedStatements &statements, const QJsonObject &args);
};

} // namespace halldesk
