#include "terminal/TerminalStore.h"

#include "logging/HallDeskLogging.h"
#include "terminal/TerminalKey.h"
#include "terminal/WriteFaultInjector.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace halldesk {

namespace {

using Kind = TerminalStoreOpenError::Kind;

// Marks a file as a terminal store ("HDTS"), so that a path pointing at some other SQLite
// database (the hall's own, say) is refused instead of getting our tables added to it.
constexpr int kApplicationId = 0x48445453;

const QString kBusyTimeout = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("halldesk-terminal-%1").arg(counter.fetchAndAddRelaxed(1));
}

// SQLITE_CORRUPT (11, with its extended codes) and SQLITE_NOTADB (26): the file cannot be
// trusted. Anything else (busy, locked, I/O) says nothing about the file and must not get it
// moved aside.
bool isCorruption(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    return ok && (code == 11 || code == 26);
}

qint64 fileSize(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() ? info.size() : -1;
}

} // namespace

TerminalStore::TerminalStore(QString path)
    : TerminalStore(std::move(path), TerminalSchema::steps())
{
    m_withKey = true;
}

TerminalStore::TerminalStore(QString path, QList<TerminalSchema::Step> steps)
    : m_path(QFileInfo(path).absoluteFilePath())
    , m_steps(std::move(steps))
    , m_connectionName(nextConnectionName())
{}

TerminalStore::~TerminalStore()
{
    close();
}

QString TerminalStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
           QStringLiteral("/terminal.db");
}

void TerminalStore::close()
{
    m_cipher.reset();
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool TerminalStore::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && database().isOpen();
}

QSqlDatabase TerminalStore::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

TerminalStoreOpenError TerminalStore::error(Kind kind, QString detail) const
{
    return TerminalStoreOpenError::make(kind, m_path, std::move(detail));
}

bool TerminalStore::openForProgram(QString *error, QString *warning)
{
    const auto problem = open();
    if (!problem)
        return true;
    if (problem->isFatal()) {
        if (error)
            *error = problem->message();
        return false;
    }
    if (warning)
        *warning = problem->message();
    return true;
}

std::optional<TerminalStoreOpenError> TerminalStore::open()
{
    close();
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return error(Kind::DriverMissing, QStringLiteral("QSQLITE"));
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath()))
        return error(Kind::CannotOpen, QStringLiteral("cannot create its folder"));

    Check verdict = Check::Sound;
    QString damage;
    // SQLite would delete a log whose database is missing or empty; it is kept instead.
    if (fileSize(m_path) <= 0 && fileSize(m_path + QStringLiteral("-wal")) > 0) {
        verdict = Check::Damaged;
        damage = QStringLiteral("a write-ahead log without its database");
    } else if (auto refused = check(&verdict, &damage)) {
        return refused;
    }

    std::optional<TerminalStoreOpenError> notice;
    if (verdict == Check::Damaged) {
        notice = moveDamagedFileAside(damage);
        if (notice->isFatal())
            return notice;
    }
    if (auto failed = openForWriting()) {
        close();
        if (notice)
            failed->movedAsidePath = notice->movedAsidePath;
        return failed;
    }
    if (m_withKey) {
        auto key = TerminalKey::load(*this);
        if (auto *refused = std::get_if<TerminalStoreOpenError>(&key)) {
            close();
            return *refused;
        }
        m_cipher = std::get<PersonalDataCipher>(std::move(key));
    }
    return notice;
}

std::optional<TerminalStoreOpenError> TerminalStore::check(Check *verdict, QString *damage)
{
    // Created here so that SQLite never makes it with the umask's looser mode.
    if (!QFile::exists(m_path)) {
        QFile file(m_path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                       QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return error(Kind::CannotOpen, file.errorString());
    }

    const QString name = m_connectionName + QStringLiteral("-check");
    std::optional<TerminalStoreOpenError> refused;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_path);
        // Read-only: judging the file must not change it, nor copy its log into it on close.
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;") + kBusyTimeout);
        auto judge = [&]() -> std::optional<TerminalStoreOpenError> {
            if (!db.open())
                return error(Kind::CannotOpen, db.lastError().text());
            QSqlQuery query(db);
            if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) ||
                !query.next()) {
                if (!isCorruption(query.lastError()))
                    return error(Kind::CannotOpen, query.lastError().text());
                *verdict = Check::Damaged;
                *damage = query.lastError().text();
                return std::nullopt;
            }
            const int objects = query.value(0).toInt();
            if (objects > 0) {
                if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next())
                    return error(Kind::CannotOpen, query.lastError().text());
                if (query.value(0).toInt() != kApplicationId) {
                    qCCritical(lcTerminal) << "refusing" << m_path << ": not a terminal store";
                    return error(Kind::ForeignDatabase);
                }
            }
            query.finish();
            const int found = readSchemaVersion(db);
            if (found > latestVersion()) {
                auto tooNew = error(Kind::SchemaTooNew);
                tooNew.foundVersion = found;
                tooNew.supportedVersion = latestVersion();
                qCCritical(lcTerminal) << "refusing" << m_path << "with schema" << found;
                return tooNew;
            }
            // The first few problems are enough to tell; the file is kept for the rest.
            if (!query.exec(QStringLiteral("PRAGMA quick_check(5)"))) {
                if (!isCorruption(query.lastError()))
                    return error(Kind::CannotOpen, query.lastError().text());
                *verdict = Check::Damaged;
                *damage = query.lastError().text();
                return std::nullopt;
            }
            QStringList lines;
            while (query.next())
                lines << query.value(0).toString();
            if (lines != QStringList{QStringLiteral("ok")}) {
                *verdict = Check::Damaged;
                *damage = lines.join(QLatin1Char('\n'));
            }
            return std::nullopt;
        };
        refused = judge();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return refused;
}

TerminalStoreOpenError TerminalStore::moveDamagedFileAside(const QString &damage)
{
    const QString stamp =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = m_path + QStringLiteral(".corrupt-") + stamp;
    auto taken = [](const QString &name) {
        return QFile::exists(name) || QFile::exists(name + QStringLiteral("-wal")) ||
               QFile::exists(name + QStringLiteral("-shm"));
    };
    for (int n = 1; taken(target); ++n)
        target = m_path + QStringLiteral(".corrupt-%1-%2").arg(stamp).arg(n);

    // The log goes with its database: left behind, SQLite would apply it to (or delete it
    // beside) the fresh file. The -shm holds nothing durable but goes too, so that a recovery
    // attempt sees exactly what was on disk.
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        const QString from = m_path + suffix;
        if (!QFile::exists(from))
            continue;
        QFile file(from);
        if (!file.rename(target + suffix)) {
            if (suffix == QLatin1String("-shm")) {
                qCWarning(lcTerminal) << "could not move" << from << "aside";
                continue;
            }
            qCCritical(lcTerminal).noquote()
                << "damaged terminal store" << from
                << "could not be moved aside:" << file.errorString() << "; the damage:" << damage;
            auto stuck = error(Kind::DamagedNotMoved, file.errorString());
            if (!suffix.isEmpty())
                stuck.movedAsidePath = target;
            return stuck;
        }
    }
    qCCritical(lcTerminal).noquote()
        << "damaged terminal store moved aside to" << target << ":" << damage;
    auto moved = error(Kind::DamagedReplaced, damage);
    moved.movedAsidePath = target;
    return moved;
}

std::optional<TerminalStoreOpenError> TerminalStore::restrictToOwner()
{
    if (!QFile::exists(m_path)) {
        QFile file(m_path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                       QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return error(Kind::CannotOpen, file.errorString());
    }
    // SQLite gives the -wal and -shm files the database's mode when it makes them; ones left
    // from an older, looser file are fixed here.
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        const QString file = m_path + suffix;
        if (QFile::exists(file) &&
            !QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return error(Kind::CannotOpen,
                         QStringLiteral("cannot make %1 readable by its owner only").arg(file));
    }
    return std::nullopt;
}

std::optional<TerminalStoreOpenError> TerminalStore::openForWriting()
{
    if (auto failed = restrictToOwner())
        return failed;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(m_path);
        db.setConnectOptions(kBusyTimeout);
        if (!db.open())
            return error(Kind::CannotOpen, db.lastError().text());
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !query.next() ||
            query.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
            return error(Kind::CannotOpen,
                         QStringLiteral("cannot switch to WAL: ") + query.lastError().text());
        query.finish();
        // FULL: a change the clerk made is on disk before the outbox says it is kept.
        if (!query.exec(QStringLiteral("PRAGMA synchronous=FULL")) ||
            !query.exec(QStringLiteral("PRAGMA foreign_keys=ON")))
            return error(Kind::CannotOpen, query.lastError().text());
    }
    return migrate();
}

int TerminalStore::readSchemaVersion(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    // A missing table simply means a file that was never migrated.
    if (!query.exec(QStringLiteral("SELECT max(version) FROM store_migrations")) || !query.next())
        return 0;
    return query.value(0).toInt();
}

int TerminalStore::schemaVersion() const
{
    return isOpen() ? readSchemaVersion(database()) : 0;
}

std::optional<TerminalStoreOpenError> TerminalStore::migrate()
{
    int applied = readSchemaVersion(database());
    for (const TerminalSchema::Step &step : std::as_const(m_steps)) {
        if (step.version <= applied)
            continue;
        if (const auto failure = applyStep(step)) {
            qCCritical(lcTerminal).noquote()
                << "terminal store migration" << step.version << "failed:" << *failure;
            return error(Kind::MigrationFailed,
                         QStringLiteral("step %1: %2").arg(step.version).arg(*failure));
        }
        applied = step.version;
        qCInfo(lcTerminal) << "terminal store at schema version" << step.version;
    }
    return std::nullopt;
}

std::optional<QString> TerminalStore::applyStep(const TerminalSchema::Step &step)
{
    const QSqlDatabase db = database();
    QSqlQuery query(db);
    QString failure;
    auto run = [&](const QString &sql) {
        if (query.exec(sql))
            return true;
        failure = query.lastError().text();
        return false;
    };
    if (!run(QStringLiteral("BEGIN IMMEDIATE")))
        return failure;
    auto body = [&] {
        if (!run(QStringLiteral("CREATE TABLE IF NOT EXISTS store_migrations (version INTEGER "
                                "PRIMARY KEY, applied_at_ms INTEGER NOT NULL)")))
            return false;
        // Another program on the same file may have taken the step since we looked.
        const int current = readSchemaVersion(db);
        if (current >= step.version)
            return true;
        if (current == 0 && !run(QStringLiteral("PRAGMA application_id=%1").arg(kApplicationId)))
            return false;
        for (const QString &statement : step.statements) {
            if (!run(statement))
                return false;
        }
        query.prepare(
            QStringLiteral("INSERT INTO store_migrations (version, applied_at_ms) VALUES (?, ?)"));
        query.addBindValue(step.version);
        query.addBindValue(QDateTime::currentMSecsSinceEpoch());
        if (query.exec())
            return true;
        failure = query.lastError().text();
        return false;
    };
    if (body() && run(QStringLiteral("COMMIT")))
        return std::nullopt;
    query.finish();
    QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
    return failure;
}

bool TerminalStore::write(const QString &what, const Work &work)
{
    if (!isOpen()) {
        qCWarning(lcTerminal).noquote() << what << "refused: the terminal store is not open";
        return false;
    }
    if (m_inWrite) {
        qCWarning(lcTerminal).noquote() << what << "refused: writes do not nest";
        return false;
    }
    const bool injectedFault = m_faults && m_faults->nextWriteFails();
    const QSqlDatabase db = database();
    QString failure;
    {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
            qCWarning(lcTerminal).noquote()
                << what << "failed to start:" << query.lastError().text();
            return false;
        }
        bool ok = false;
        m_inWrite = true;
        try {
            ok = work(query);
        } catch (...) {
            m_inWrite = false;
            query.finish();
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            throw;
        }
        m_inWrite = false;
        if (!ok) {
            failure = query.lastError().text();
            if (failure.isEmpty())
                failure = QStringLiteral("given up");
        } else if (injectedFault) {
            failure = QStringLiteral("injected write fault");
        } else {
            query.finish();
            if (query.exec(QStringLiteral("COMMIT")))
                return true;
            failure = query.lastError().text();
        }
        query.finish();
    }
    // After a failed COMMIT SQLite may have rolled back already; then this one just fails.
    QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
    qCWarning(lcTerminal).noquote() << what << "failed, nothing was written:" << failure;
    return false;
}

std::optional<QByteArray> TerminalStore::state(const QString &name) const
{
    if (!isOpen())
        return std::nullopt;
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT value FROM store_state WHERE name = ?"));
    query.addBindValue(name);
    if (!query.exec()) {
        qCWarning(lcTerminal).noquote()
            << "reading state" << name << "failed:" << query.lastError().text();
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return query.value(0).toByteArray();
}

std::optional<QJsonObject> TerminalStore::stateObject(const QString &name) const
{
    const auto bytes = state(name);
    if (!bytes)
        return std::nullopt;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(*bytes, &parseError);
    if (!document.isObject()) {
        qCWarning(lcTerminal).noquote() << "state" << name << "is not a JSON object";
        return std::nullopt;
    }
    return document.object();
}

bool TerminalStore::putState(const QString &name, const QByteArray &value)
{
    return write(QStringLiteral("storing state ") + name, [&](QSqlQuery &query) {
        query.prepare(QStringLiteral(
            "INSERT INTO store_state (name, value, updated_at_ms) VALUES (?, ?, ?) ON CONFLICT "
            "(name) DO UPDATE SET value = excluded.value, updated_at_ms = excluded.updated_at_ms"));
        query.addBindValue(name);
        // A null QByteArray would be bound as NULL; an empty value is still a value.
        query.addBindValue(value.isNull() ? QByteArray(0, '\0') : value);
        query.addBindValue(QDateTime::currentMSecsSinceEpoch());
        return query.exec();
    });
}

bool TerminalStore::putStateObject(const QString &name, const QJsonObject &value)
{
    return putState(name, QJsonDocument(value).toJson(QJsonDocument::Compact));
}

bool TerminalStore::removeState(const QString &name)
{
    return write(QStringLiteral("removing state ") + name, [&](QSqlQuery &query) {
        query.prepare(QStringLiteral("DELETE FROM store_state WHERE name = ?"));
        query.addBindValue(name);
        return query.exec();
    });
}

} // namespace halldesk
