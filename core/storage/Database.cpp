#include "storage/Database.h"

#include "logging/HallDeskLogging.h"
#include "storage/SchemaMigrations.h"
#include "storage/SqliteWriteLock.h"
#include "storage/StorageError.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace halldesk {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("halldesk-%1").arg(counter.fetchAndAddRelaxed(1));
}

// SQLITE_CORRUPT (11) and SQLITE_NOTADB (26): the file is not a database we can trust.
bool isSqliteCorruption(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    return code == QLatin1String("11") || code == QLatin1String("26");
}

// PostgreSQL: serialization_failure and deadlock_detected may succeed when run again.
bool isRetryablePg(const QString &sqlState)
{
    return sqlState == QLatin1String("40001") || sqlState == QLatin1String("40P01");
}

} // namespace

Database::Database(DatabaseUrl url)
    : m_url(std::move(url))
    , m_connectionName(nextConnectionName())
{}

Database::~Database()
{
    close();
}

void Database::close()
{
    if (m_inBatch)
        rollbackBatch();
    if (m_inTransaction)
        rollback();
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) &&
           QSqlDatabase::database(m_connectionName, false).isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

std::optional<DatabaseOpenError> Database::open()
{
    close();
    auto error = m_url.backend == Backend::Sqlite ? openSqlite() : openPostgres();
    if (error) {
        close();
        return error;
    }
    if (auto migrationError = migrate()) {
        close();
        return migrationError;
    }
    return std::nullopt;
}

std::optional<DatabaseOpenError> Database::openForReading()
{
    close();
    std::optional<DatabaseOpenError> error;
    QString text;
    if (m_url.backend == Backend::Postgres) {
        error = openPostgres();
        if (!error && !execSimple(QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION "
                                                 "READ ONLY"),
                                  &text))
            error = DatabaseOpenError::make(DatabaseOpenError::Kind::ConnectFailed, text);
    } else if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        error = DatabaseOpenError::make(DatabaseOpenError::Kind::DriverMissing,
                                        QStringLiteral("QSQLITE"));
    } else {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(QFileInfo(m_url.path).absoluteFilePath());
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (!db.open())
            error = DatabaseOpenError::make(DatabaseOpenError::Kind::ConnectFailed,
                                            db.lastError().text());
        else if (!execSimple(QStringLiteral("PRAGMA query_only=ON"), &text))
            error = DatabaseOpenError::make(DatabaseOpenError::Kind::ConnectFailed, text);
    }
    if (!error && schemaVersion() != SchemaMigrations::latestVersion())
        error = DatabaseOpenError::make(DatabaseOpenError::Kind::MigrationFailed,
                                        QStringLiteral("schema not migrated"));
    if (error)
        close();
    return error;
}

void Database::disableAutoCheckpoint()
{
    if (m_url.backend == Backend::Sqlite)
        execSimple(QStringLiteral("PRAGMA wal_autocheckpoint=0"));
}

bool Database::checkpointPassive()
{
    if (m_url.backend != Backend::Sqlite)
        return true;
    QString error;
    if (!execSimple(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"), &error)) {
        qCWarning(lcStorage) << "checkpoint failed:" << error;
        return false;
    }
    return true;
}

bool Database::execSimple(const QString &sql, QString *error)
{
    QSqlQuery query(connection());
    if (query.exec(sql))
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

std::optional<DatabaseOpenError> Database::openSqlite()
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return DatabaseOpenError::make(DatabaseOpenError::Kind::DriverMissing,
                                       QStringLiteral("QSQLITE"));
    const QFileInfo info(m_url.path);
    if (!QDir().mkpath(info.absolutePath())) {
        return DatabaseOpenError::make(DatabaseOpenError::Kind::ConnectFailed,
                                       QStringLiteral("cannot create %1").arg(info.absolutePath()));
    }
    m_canonicalPath = info.absoluteFilePath();
    m_writeMutex = &SqliteWriteLock::forFile(m_canonicalPath);

    QString corruption;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(m_canonicalPath);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (!db.open())
            return DatabaseOpenError::make(DatabaseOpenError::Kind::ConnectFailed,
                                           db.lastError().text());

        // Read before writing anything: a file from a newer HallDesk or a damaged one must be
        // judged before a pragma or a migration touches it.
        QSqlQuery probe(db);
        if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"))) {
            const QSqlError error = probe.lastError();
            if (!isSqliteCorruption(error))
                return DatabaseOpenError::make(DatabaseOpenError::Kind::ConnectFailed,
                                               error.text());
            corruption = error.text();
        }
        probe.finish();
    }
    if (corruption.isEmpty()) {
        int found = 0;
        if (auto tooNew = checkVersionNotNewer(&found))
            return tooNew;
        integrityOk(&corruption);
    }
    // Every handle on the file is gone by now, so it can be closed and moved.
    if (!corruption.isEmpty())
        return moveCorruptFileAside(corruption);

    QSqlDatabase db = connection();
    QString error;
    QSqlQuery wal(db);
    if (!wal.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !wal.next() ||
        wal.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        return DatabaseOpenError::make(
            DatabaseOpenError::Kind::ConnectFailed,
            QStringLiteral("cannot switch to WAL: %1").arg(wal.lastError().text()));
    }
    wal.finish();
    if (!execSimple(QStringLiteral("PRAGMA synchronous=FULL"), &error) ||
        !execSimple(QStringLiteral("PRAGMA foreign_keys=ON"), &error)) {
        return DatabaseOpenError::make(DatabaseOpenError::Kind::ConnectFailed, error);
    }
    return std::nullopt;
}

std::optional<DatabaseOpenError> Database::openPostgres()
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return DatabaseOpenError::make(DatabaseOpenError::Kind::DriverMissing,
                                       QStringLiteral("QPSQL"));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    db.setHostName(m_url.host);
    db.setPort(m_url.port);
    db.setUserName(m_url.user);
    db.setPassword(m_url.password);
    db.setDatabaseName(m_url.databaseName);
    db.setConnectOptions(QStringLiteral("connect_timeout=30;application_name=halldesk"));
    if (!db.open())
        return DatabaseOpenError::make(DatabaseOpenError::Kind::ConnectFailed,
                                       db.lastError().text());
    int found = 0;
    return checkVersionNotNewer(&found);
}

std::optional<DatabaseOpenError> Database::checkVersionNotNewer(int *found)
{
    *found = schemaVersion();
    if (*found > SchemaMigrations::latestVersion()) {
        auto error = DatabaseOpenError::make(DatabaseOpenError::Kind::SchemaTooNew);
        error.foundVersion = *found;
        error.supportedVersion = SchemaMigrations::latestVersion();
        qCCritical(lcStorage) << "refusing" << m_url.redacted() << "with schema" << *found;
        return error;
    }
    return std::nullopt;
}

int Database::schemaVersion()
{
    QSqlQuery query(connection());
    // A missing table simply means a database that was never migrated.
    if (!query.exec(QStringLiteral("SELECT max(version) FROM schema_migrations")) || !query.next())
        return 0;
    return query.value(0).toInt();
}

bool Database::integrityOk(QString *report)
{
    if (m_url.backend != Backend::Sqlite)
        return true;
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA quick_check"))) {
        if (report)
            *report = query.lastError().text();
        return false;
    }
    QStringList lines;
    while (query.next())
        lines << query.value(0).toString();
    query.finish();
    if (lines == QStringList{QStringLiteral("ok")})
        return true;
    if (report)
        *report = lines.join(QLatin1Char('\n'));
    return false;
}

DatabaseOpenError Database::moveCorruptFileAside(const QString &driverText)
{
    close();
    const QString stamp =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = m_canonicalPath + QStringLiteral(".corrupt-") + stamp;
    for (int n = 1; QFile::exists(target); ++n)
        target = m_canonicalPath + QStringLiteral(".corrupt-%1-%2").arg(stamp).arg(n);
    auto error = DatabaseOpenError::make(DatabaseOpenError::Kind::Corrupt, driverText);
    // The -wal and -shm files belong to the damaged file and go with it, so that a recovery
    // attempt sees exactly what was on disk.
    if (!QFile::rename(m_canonicalPath, target)) {
        error.kind = DatabaseOpenError::Kind::ConnectFailed;
        error.driverText =
            QStringLiteral("damaged database could not be moved aside: ") + driverText;
        return error;
    }
    for (const char *suffix : {"-wal", "-shm"}) {
        const QString side = m_canonicalPath + QLatin1String(suffix);
        if (QFile::exists(side))
            QFile::rename(side, target + QLatin1String(suffix));
    }
    error.movedAsidePath = target;
    qCCritical(lcStorage) << "damaged database moved aside to" << target << ":" << driverText;
    return error;
}

std::optional<DatabaseOpenError> Database::migrate()
{
    const int current = schemaVersion();
    if (current >= SchemaMigrations::latestVersion())
        return std::nullopt;
    try {
        beginWrite();
        QSqlQuery query(connection());
        if (m_url.backend == Backend::Postgres) {
            // Two servers starting together must not both create the schema.
            if (!query.exec(QStringLiteral("SELECT pg_advisory_xact_lock(7212001)")))
                throw StorageError(query.lastError().text());
        }
        if (!query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations (version "
                                       "INTEGER PRIMARY KEY, applied_at_ms BIGINT NOT NULL)")))
            throw StorageError(query.lastError().text());
        int applied = 0;
        if (query.exec(QStringLiteral("SELECT max(version) FROM schema_migrations")) &&
            query.next())
            applied = query.value(0).toInt();
        for (const auto &step : SchemaMigrations::steps(m_url.backend)) {
            if (step.version <= applied)
                continue;
            for (const QString &statement : step.statements) {
                if (!query.exec(statement))
                    throw StorageError(query.lastError().text());
            }
            query.prepare(QStringLiteral(
                "INSERT INTO schema_migrations (version, applied_at_ms) VALUES (?, ?)"));
            query.addBindValue(step.version);
            query.addBindValue(QDateTime::currentMSecsSinceEpoch());
            if (!query.exec())
                throw StorageError(query.lastError().text());
            qCInfo(lcStorage) << "schema migrated to version" << step.version;
        }
        query.finish();
        commit();
    } catch (const StorageError &e) {
        rollback();
        return DatabaseOpenError::make(DatabaseOpenError::Kind::MigrationFailed,
                                       QString::fromUtf8(e.what()));
    }
    return std::nullopt;
}

void Database::beginTransaction()
{
    if (m_writeMutex) {
        m_writeMutex->lock();
        m_holdsWriteMutex = true;
    }
    QSqlQuery query(connection());
    const QString sql = m_url.backend == Backend::Sqlite ? QStringLiteral("BEGIN IMMEDIATE")
                                                         : QStringLiteral("BEGIN");
    if (!query.exec(sql)) {
        const QSqlError error = query.lastError();
        releaseWriteMutex();
        throw StorageError(error.text(), error.nativeErrorCode(),
                           isRetryablePg(error.nativeErrorCode()));
    }
}

void Database::endTransaction(const QString &statement)
{
    QSqlQuery query(connection());
    const bool ok = query.exec(statement);
    const QSqlError error = query.lastError();
    if (!ok) {
        QSqlQuery rollback(connection());
        rollback.exec(QStringLiteral("ROLLBACK"));
        releaseWriteMutex();
        throw StorageError(error.text(), error.nativeErrorCode(),
                           isRetryablePg(error.nativeErrorCode()));
    }
    releaseWriteMutex();
}

void Database::releaseWriteMutex()
{
    if (m_holdsWriteMutex) {
        m_holdsWriteMutex = false;
        m_writeMutex->unlock();
    }
}

void Database::beginWrite()
{
    if (m_inTransaction)
        throw StorageError(QStringLiteral("nested write transaction"));
    if (m_inBatch) {
        QSqlQuery query(connection());
        if (!query.exec(QStringLiteral("SAVEPOINT halldesk_op")))
            throw StorageError(query.lastError().text(), query.lastError().nativeErrorCode());
    } else {
        beginTransaction();
    }
    m_inTransaction = true;
}

void Database::commit()
{
    m_inTransaction = false;
    if (m_inBatch) {
        QSqlQuery query(connection());
        if (!query.exec(QStringLiteral("RELEASE SAVEPOINT halldesk_op"))) {
            const QSqlError error = query.lastError();
            query.exec(QStringLiteral("ROLLBACK TO SAVEPOINT halldesk_op"));
            query.exec(QStringLiteral("RELEASE SAVEPOINT halldesk_op"));
            throw StorageError(error.text(), error.nativeErrorCode());
        }
        return;
    }
    endTransaction(QStringLiteral("COMMIT"));
}

void Database::rollback() noexcept
{
    const bool was = m_inTransaction;
    m_inTransaction = false;
    if (!was || !QSqlDatabase::contains(m_connectionName)) {
        if (!m_inBatch)
            releaseWriteMutex();
        return;
    }
    QSqlQuery query(connection());
    if (m_inBatch) {
        if (!query.exec(QStringLiteral("ROLLBACK TO SAVEPOINT halldesk_op")) ||
            !query.exec(QStringLiteral("RELEASE SAVEPOINT halldesk_op")))
            qCWarning(lcStorage) << "rollback to savepoint failed:" << query.lastError().text();
        return;
    }
    if (!query.exec(QStringLiteral("ROLLBACK")))
        qCWarning(lcStorage) << "rollback failed:" << query.lastError().text();
    releaseWriteMutex();
}

void Database::beginBatch()
{
    if (m_inBatch || m_inTransaction)
        throw StorageError(QStringLiteral("batch inside a transaction"));
    beginTransaction();
    m_inBatch = true;
}

void Database::commitBatch()
{
    m_inBatch = false;
    endTransaction(QStringLiteral("COMMIT"));
}

void Database::rollbackBatch() noexcept
{
    if (!m_inBatch)
        return;
    m_inBatch = false;
    m_inTransaction = false;
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("ROLLBACK")))
        qCWarning(lcStorage) << "batch rollback failed:" << query.lastError().text();
    releaseWriteMutex();
}

} // namespace halldesk
