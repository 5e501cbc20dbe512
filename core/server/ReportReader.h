#pragma once

#include "domain/Result.h"
#include "storage/DatabaseUrl.h"

#include <QJsonObject>
#include <QPointer>
#include <QThread>
#include <functional>
#include <memory>

namespace halldesk {

class Database;
class PreparedStatements;

// The supervisors' long reads (hallReport) on a thread and connection of their own: a
// quarter's aggregate takes a second or two, and on the writer it would hold up every
// counter's call for as long. SQLite's WAL lets this connection read while the writer commits;
// each read sees one snapshot (its own read transaction). Reads run one after another. The
// connection is opened at the first read and again after a failure.
class ReportReader
{
public:
    using Read = std::function<QJsonObject(PreparedStatements &)>;
    using Done = std::function<void(Result<QJsonObject>)>;

    explicit ReportReader(DatabaseUrl url);
    ~ReportReader();
    ReportReader(const ReportReader &) = delete;
    ReportReader &operator=(const ReportReader &) = delete;

    // Runs `read` (which may throw StorageError) on the reader's thread, then `done` on the
    // thread of `receiver`, unless it is gone by then.
    void post(Read read, QObject *receiver, Done done);

private:
    Result<QJsonObject> run(const Read &read);

    DatabaseUrl m_url;
    QThread m_thread;
    std::unique_ptr<QObject> m_context; // lives in m_thread
    // Made, used and destroyed on m_thread only (QtSql's rule).
    std::unique_ptr<Database> m_database;
    std::unique_ptr<PreparedStatements> m_statements;
};

} // namespace halldesk
