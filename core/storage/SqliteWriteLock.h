#pragma once

#include <QString>
#include <mutex>

namespace halldesk {

// SQLite lets one writer in at a time. Between processes BEGIN IMMEDIATE and the busy timeout
// arbitrate; inside one process, connections to the same file queue on this mutex instead, so
// that 271 callers wait in line rather than sleeping in SQLite's busy handler and retrying.
class SqliteWriteLock
{
public:
    static std::mutex &forFile(const QString &canonicalPath);
};

} // namespace halldesk
