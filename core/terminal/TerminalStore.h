#pragma once

#include "crypto/PersonalDataCipher.h"
#include "terminal/TerminalSchema.h"
#include "terminal/TerminalStoreOpenError.h"

#include <QByteArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <functional>
#include <optional>

class QSqlQuery;

namespace halldesk {

class WriteFaultInjector;

// A terminal program's own SQLite file: the changes the server has not confirmed yet
// (SqliteOutbox), small named pieces of state, and the tables later features add through
// TerminalSchema. It will hold personal data, so the file is readable by its owner only.
//
// open() checks the file before anything writes to it: a file from a newer HallDesk is refused
// untouched; a damaged or non-SQLite file is moved aside with its -wal and -shm (never deleted)
// and a fresh store is made in its place. Then SQLite gets WAL, synchronous=FULL (a confirmed
// write survives a power cut), foreign keys and a busy timeout, and the schema is migrated.
// Last the terminal key is loaded from beside the file (TerminalKey, KEYS.md): a store whose
// encrypted data has lost its key is refused, never given a new one.
//
// Every write is one transaction through write(): it commits whole or leaves nothing behind.
// Like every QtSql connection, a store belongs to the thread that opened it.
class TerminalStore
{
public:
    explicit TerminalStore(QString path = defaultPath());
    // For tests of the migration machinery: these steps instead of the program's own, and no
    // terminal key (such a store holds no personal data).
    TerminalStore(QString path, QList<TerminalSchema::Step> steps);
    ~TerminalStore();
    TerminalStore(const TerminalStore &) = delete;
    TerminalStore &operator=(const TerminalStore &) = delete;

    // AppLocalDataLocation/terminal.db
    static QString defaultPath();

    // Nothing, or what the caller must know; see TerminalStoreOpenError::isFatal().
    std::optional<TerminalStoreOpenError> open();
    // open() as a terminal program starts: false with the reason in *error when it cannot run;
    // a damaged file moved aside (the program runs on with a fresh store) is said in *warning.
    bool openForProgram(QString *error, QString *warning);
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }
    // The highest migration the open file has taken (0 if none or not open).
    int schemaVersion() const;
    int latestVersion() const { return TerminalSchema::latestVersion(m_steps); }

    // The terminal key (TerminalKey, KEYS.md), loaded by open(); nullptr when the store is not
    // open or was made with test steps.
    const PersonalDataCipher *cipher() const { return m_cipher ? &*m_cipher : nullptr; }

    // Empty when there is no such value (or it could not be read, which is logged).
    std::optional<QByteArray> state(const QString &name) const;
    std::optional<QJsonObject> stateObject(const QString &name) const;
    bool putState(const QString &name, const QByteArray &value);
    bool putStateObject(const QString &name, const QJsonObject &value);
    // True also when there was nothing to remove.
    bool removeState(const QString &name);

    // Runs `work` inside one write transaction (BEGIN IMMEDIATE: the write lock is taken up
    // front, so a read-then-write never fails half-way on a busy file). `work` gets a query on
    // this connection and returns false to give up; then, or when anything else fails, all of
    // it is rolled back, the failure is logged under `what` (which must not hold personal
    // data) and write() returns false. Writes do not nest.
    using Work = std::function<bool(QSqlQuery &query)>;
    bool write(const QString &what, const Work &work);
    // For reads, and for the later features' own tables (their writes go through write()).
    QSqlDatabase database() const;

    // For tests: makes chosen writes fail. Not owned; nullptr to stop.
    void setFaultInjector(WriteFaultInjector *injector) { m_faults = injector; }

private:
    enum class Check
    {
        Sound,
        Damaged,
    };

    std::optional<TerminalStoreOpenError> check(Check *verdict, QString *damage);
    std::optional<TerminalStoreOpenError> openForWriting();
    std::optional<TerminalStoreOpenError> migrate();
    std::optional<QString> applyStep(const TerminalSchema::Step &step);
    std::optional<TerminalStoreOpenError> restrictToOwner();
    TerminalStoreOpenError moveDamagedFileAside(const QString &damage);
    TerminalStoreOpenError error(TerminalStoreOpenError::Kind kind, QString detail = {}) const;
    static int readSchemaVersion(const QSqlDatabase &db);

    QString m_path;
    QList<TerminalSchema::Step> m_steps;
    QString m_connectionName;
    bool m_withKey = false;
    std::optional<PersonalDataCipher> m_cipher;
    WriteFaultInjector *m_faults = nullptr;
    bool m_inWrite = false;
};

} // namespace halldesk
