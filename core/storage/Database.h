#pragma once

#include "storage/DatabaseOpenError.h"
#include "storage/DatabaseUrl.h"

#include <QSqlDatabase>
#include <mutex>
#include <optional>

namespace halldesk {

// One connection to the hall database, owned by the thread that made it (QtSql's rule).
// open() checks and prepares the database: SQLite gets WAL, synchronous=FULL, foreign keys and a
// busy timeout; both back-ends get their schema migrated. Write transactions go through
// beginWrite(), which on SQLite takes the write lock up front (BEGIN IMMEDIATE) so that a
// read-then-write never fails half-way with SQLITE_BUSY.
class Database
{
public:
    explicit Database(DatabaseUrl url);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    std::optional<DatabaseOpenError> open();
    // A second connection beside the writer's, for long reads (reports): it neither checks
    // the file's integrity (a full scan of a large hall's file, and a failure there would move
    // the live file aside) nor migrates; it is read-only (SQLite's query_only,
    // PostgreSQL's read-only transactions). Refuses a
    // schema other than this program's: the writer's open() migrates first.
    std::optional<DatabaseOpenError> openForReading();
    void close();
    bool isOpen() const;

    QSqlDatabase connection() const;
    Backend backend() const { return m_url.backend; }
    const DatabaseUrl &url() const { return m_url; }
    int schemaVersion();

    // Throw StorageError on failure. Inside a batch these work on a savepoint, so each
    // operation still commits or rolls back alone while the batch shares one durable commit.
    void beginWrite();
    void commit();
    void rollback() noexcept;
    bool inTransaction() const { return m_inTransaction; }

    // Group commit: one real transaction (and one fsync) around many operations.
    void beginBatch();
    void commitBatch();
    void rollbackBatch() noexcept;
    bool inBatch() const { return m_inBatch; }

    // SQLite: the connection that commits no longer copies the log into the database file
    // itself (that would hold up the answers of its batch); a CheckpointThread does it.
    void disableAutoCheckpoint();
    // SQLite: copies what it can of the log into the database file without blocking writers.
    bool checkpointPassive();

    // The file's integrity, as SQLite's quick_check sees it (always true on PostgreSQL).
    bool integrityOk(QString *report = nullptr);

private:
    std::optional<DatabaseOpenError> openSqlite();
    std::optional<DatabaseOpenError> openPostgres();
    std::optional<DatabaseOpenError> migrate();
    std::optional<DatabaseOpenError> checkVersionNotNewer(int *found);
    DatabaseOpenError moveCorruptFileAside(const QString &driverText);
    bool execSimple(const QString &sql, QString *error = nullptr);
    void beginTransaction();
    void endTransaction(const QString &statement);
    void releaseWriteMutex();

    DatabaseUrl m_url;
    QString m_connectionName;
    QString m_canonicalPath;
    std::mutex *m_writeMutex = nullptr;
    bool m_holdsWriteMutex = false;
    bool m_inTransaction = false;
    bool m_inBatch = false;
};

} // namespace halldesk
