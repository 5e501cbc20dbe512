// The terminal store on real SQLite files: created and reopened with its state, durable
// settings, migrations step by step, files it must not touch (a newer schema, another
// program's database), damaged files moved aside and never deleted, owner-only permissions,
// and writes that fail whole.

#include "FileTestHelpers.h"
#include "terminal/TerminalStore.h"
#include "terminal/WriteFaultInjector.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace halldesk;
using namespace halldesk::test;

namespace {

using Kind = TerminalStoreOpenError::Kind;

// Statements run on the file through a connection of its own, as another program would.
bool execOn(const QString &path, const QStringList &statements)
{
    static int counter = 0;
    const QString name = QStringLiteral("tst-raw-%1").arg(++counter);
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        for (const QString &statement : statements) {
            QSqlQuery query(db);
            if (!query.exec(statement)) {
                qWarning() << statement << query.lastError().text();
                ok = false;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

QString queryValue(const TerminalStore &store, const QString &sql)
{
    QSqlQuery query(store.database());
    if (!query.exec(sql) || !query.next())
        return QStringLiteral("<failed: %1>").arg(query.lastError().text());
    return query.value(0).toString();
}

QByteArray randomBytes(int size)
{
    QByteArray bytes(size, '\0');
    for (char &c : bytes)
        c = char(QRandomGenerator::global()->bounded(256));
    return bytes;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

const QString kWal = QStringLiteral("-wal");

TerminalSchema::Step step(int version, QStringList statements)
{
    return TerminalSchema::Step{version, std::move(statements)};
}

} // namespace

class TestTerminalStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_next = 0;
    // A path in a folder of its own that does not exist yet.
    QString freshPath() { return m_dir.filePath(QStringLiteral("s%1/terminal.db").arg(++m_next)); }

private slots:
    void createsAndReopens();
    void durableSettings();
    void stateRoundTrip_data();
    void stateRoundTrip();
    void jsonState();
    void migrationsOneStepAtATime();
    void failedStepChangesNothing();
    void newerSchemaIsRefusedUntouched_data();
    void newerSchemaIsRefusedUntouched();
    void otherProgramsDatabaseIsRefused();
    void damagedFileIsMovedAsideNotDeleted_data();
    void damagedFileIsMovedAsideNotDeleted();
    void fileIsOwnerOnly_data();
    void fileIsOwnerOnly();
    void injectedWriteFailureLeavesNothing();
    void failedWorkLeavesNothing();
    void closedStoreRefusesWrites();
    void openForProgramSaysWhatToDo_data();
    void openForProgramSaysWhatToDo();
};

void TestTerminalStore::createsAndReopens()
{
    const QString path = m_dir.filePath(QStringLiteral("not/yet/there/terminal.db"));
    const int latest = TerminalSchema::latestVersion(TerminalSchema::steps());
    QVERIFY(latest >= 1);
    QString appliedAt;
    {
        TerminalStore store(path);
        const auto error = store.open();
        QVERIFY2(!error, error ? qPrintable(error->message()) : "");
        QVERIFY(store.isOpen());
        QVERIFY(QFile::exists(path));
        QCOMPARE(store.schemaVersion(), latest);
        QCOMPARE(queryValue(store, QStringLiteral("SELECT count(*) FROM store_migrations")),
                 QString::number(TerminalSchema::steps().size()));
        appliedAt = queryValue(store, QStringLiteral("SELECT max(applied_at_ms) FROM "
                                                     "store_migrations"));
        QVERIFY(store.putState(QStringLiteral("lastSyncMs"), QByteArrayLiteral("1795827600012")));
        store.close();
        QVERIFY(!store.isOpen());
    }
    TerminalStore store(path);
    QVERIFY(!store.open());
    QCOMPARE(store.state(QStringLiteral("lastSyncMs")), QByteArrayLiteral("1795827600012"));
    // Nothing was migrated a second time.
    QCOMPARE(store.schemaVersion(), latest);
    QCOMPARE(queryValue(store, QStringLiteral("SELECT max(applied_at_ms) FROM store_migrations")),
             appliedAt);
    // open() on an open store starts over cleanly.
    QVERIFY(!store.open());
    QCOMPARE(store.state(QStringLiteral("lastSyncMs")), QByteArrayLiteral("1795827600012"));
}

void TestTerminalStore::durableSettings()
{
    TerminalStore store(freshPath());
    QVERIFY(!store.open());
    QCOMPARE(queryValue(store, QStringLiteral("PRAGMA journal_mode")), QStringLiteral("wal"));
    QCOMPARE(queryValue(store, QStringLiteral("PRAGMA synchronous")), QStringLiteral("2")); // FULL
    QCOMPARE(queryValue(store, QStringLiteral("PRAGMA foreign_keys")), QStringLiteral("1"));
    QVERIFY(queryValue(store, QStringLiteral("PRAGMA busy_timeout")).toInt() >= 1000);
}

void TestTerminalStore::stateRoundTrip_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("value");
    QTest::newRow("token") << QStringLiteral("session.token")
                           << QByteArrayLiteral("XZfV0pi7cDtEGqwd6AIL61vtCAcXgkZ8i9V_CJ2H7B8");
    QTest::newRow("empty value") << QStringLiteral("empty") << QByteArray("");
    QTest::newRow("null value") << QStringLiteral("null") << QByteArray();
    QTest::newRow("binary with NULs") << QStringLiteral("binary") << QByteArray("\0\1\2\0\xff", 5);
    QTest::newRow("Chinese text") << QStringLiteral("窗口名称")
                                  << QStringLiteral("综合受理 1号窗口").toUtf8();
    QTest::newRow("one megabyte") << QStringLiteral("snapshot") << randomBytes(1024 * 1024);
}

void TestTerminalStore::stateRoundTrip()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, value);
    const QString path = freshPath();
    {
        TerminalStore store(path);
        QVERIFY(!store.open());
        QVERIFY(!store.state(name));
        QVERIFY(store.putState(name, QByteArrayLiteral("an older value")));
        QVERIFY(store.putState(name, value));
        QCOMPARE(store.state(name), value);
        QVERIFY(store.putState(QStringLiteral("other"), QByteArrayLiteral("x")));
    }
    TerminalStore store(path);
    QVERIFY(!store.open());
    const auto read = store.state(name);
    QVERIFY(read);
    QCOMPARE(*read, value);
    QVERIFY(store.removeState(name));
    QVERIFY(!store.state(name));
    // Removing what is not there is no failure.
    QVERIFY(store.removeState(name));
    QCOMPARE(store.state(QStringLiteral("other")), QByteArrayLiteral("x"));
}

void TestTerminalStore::jsonState()
{
    TerminalStore store(freshPath());
    QVERIFY(!store.open());
    const QJsonObject snapshot{
        {QStringLiteral("seq"), 1234},
        {QStringLiteral("window"),
         QJsonObject{{QStringLiteral("number"), 1},
                     {QStringLiteral("state"), QStringLiteral("paused")},
                     {QStringLiteral("pauseReason"), QStringLiteral("午休")}}}};
    QVERIFY(store.putStateObject(QStringLiteral("snapshot"), snapshot));
    QCOMPARE(store.stateObject(QStringLiteral("snapshot")), snapshot);
    QVERIFY(!store.stateObject(QStringLiteral("missing")));
    QVERIFY(store.putState(QStringLiteral("notJson"), QByteArrayLiteral("{half")));
    QVERIFY(!store.stateObject(QStringLiteral("notJson")));
    QVERIFY(store.putState(QStringLiteral("array"), QByteArrayLiteral("[1,2]")));
    QVERIFY(!store.stateObject(QStringLiteral("array")));
}

void TestTerminalStore::migrationsOneStepAtATime()
{
    const QString path = freshPath();
    const auto first = step(1, {QStringLiteral("CREATE TABLE cases (id INTEGER PRIMARY KEY)")});
    {
        TerminalStore store(path, {first});
        QVERIFY(!store.open());
        QCOMPARE(store.schemaVersion(), 1);
        QVERIFY(store.write(QStringLiteral("a case"), [](QSqlQuery &query) {
            return query.exec(QStringLiteral("INSERT INTO cases (id) VALUES (7)"));
        }));
    }
    // A later program adds a column and a table; the data of the first step stays.
    const auto second = step(2, {QStringLiteral("ALTER TABLE cases ADD COLUMN state TEXT NOT NULL "
                                                "DEFAULT 'open'"),
                                 QStringLiteral("CREATE TABLE ratings (id INTEGER PRIMARY KEY)")});
    TerminalStore store(path, {first, second});
    QVERIFY(!store.open());
    QCOMPARE(store.schemaVersion(), 2);
    QCOMPARE(queryValue(store, QStringLiteral("SELECT id || ':' || state FROM cases")),
             QStringLiteral("7:open"));
    QCOMPARE(queryValue(store, QStringLiteral("SELECT group_concat(version) FROM (SELECT version "
                                              "FROM store_migrations ORDER BY version)")),
             QStringLiteral("1,2"));
}

void TestTerminalStore::failedStepChangesNothing()
{
    const QString path = freshPath();
    const auto first = step(1, {QStringLiteral("CREATE TABLE cases (id INTEGER PRIMARY KEY)")});
    const auto broken = step(2, {QStringLiteral("CREATE TABLE ratings (id INTEGER PRIMARY KEY)"),
                                 QStringLiteral("INSERT INTO no_such_table VALUES (1)")});
    {
        TerminalStore store(path, {first, broken});
        const auto error = store.open();
        QVERIFY(error);
        QCOMPARE(error->kind, Kind::MigrationFailed);
        QVERIFY(error->isFatal());
        QVERIFY(!error->message().isEmpty());
        QVERIFY(!store.isOpen());
    }
    // The first step stayed; nothing of the failed one did.
    TerminalStore store(path, {first});
    QVERIFY(!store.open());
    QCOMPARE(store.schemaVersion(), 1);
    QCOMPARE(queryValue(store, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = "
                                              "'ratings'")),
             QStringLiteral("0"));
}

void TestTerminalStore::newerSchemaIsRefusedUntouched_data()
{
    QTest::addColumn<bool>("programSchema"); // else a store made by a test with two steps
    QTest::newRow("a step after the program's last") << true;
    QTest::newRow("a later program's step") << false;
}

void TestTerminalStore::newerSchemaIsRefusedUntouched()
{
    QFETCH(bool, programSchema);
    const QString path = freshPath();
    int newer = 0;
    int known = 0;
    if (programSchema) {
        {
            TerminalStore store(path);
            QVERIFY(!store.open());
            QVERIFY(store.putState(QStringLiteral("kept"), QByteArrayLiteral("as it was")));
            known = store.latestVersion();
        }
        newer = known + 1;
        QVERIFY(execOn(path, {QStringLiteral("INSERT INTO store_migrations (version, "
                                             "applied_at_ms) VALUES (%1, 0)")
                                  .arg(newer)}));
    } else {
        const auto first = step(1, {QStringLiteral("CREATE TABLE a (x)")});
        {
            TerminalStore later(path, {first, step(2, {QStringLiteral("CREATE TABLE b (y)")})});
            QVERIFY(!later.open());
        }
        known = 1;
        newer = 2;
    }
    // Closed cleanly: the whole file is the database, no log beside it.
    QVERIFY(!QFile::exists(path + kWal));
    const QByteArray before = contents(path);
    QVERIFY(!before.isEmpty());
    const QStringList filesBefore = QDir(QFileInfo(path).absolutePath()).entryList(QDir::Files);

    for (int attempt = 0; attempt < 2; ++attempt) {
        std::unique_ptr<TerminalStore> store =
            programSchema
                ? std::make_unique<TerminalStore>(path)
                : std::make_unique<TerminalStore>(
                      path,
                      QList<TerminalSchema::Step>{step(1, {QStringLiteral("CREATE TABLE a (x)")})});
        const auto error = store->open();
        QVERIFY(error);
        QCOMPARE(error->kind, Kind::SchemaTooNew);
        QVERIFY(error->isFatal());
        QCOMPARE(error->foundVersion, newer);
        QCOMPARE(error->supportedVersion, known);
        QVERIFY(error->message().contains(QString::number(newer)));
        QVERIFY(error->message().contains(QString::number(known)));
        QVERIFY(!store->isOpen());
        QVERIFY(!store->putState(QStringLiteral("kept"), QByteArrayLiteral("changed")));
        QVERIFY(!store->state(QStringLiteral("kept")));
    }
    QCOMPARE(contents(path), before);
    // At most an empty log the reader made; nothing moved aside.
    QVERIFY(contents(path + kWal).isEmpty());
    for (const QString &file : QDir(QFileInfo(path).absolutePath()).entryList(QDir::Files))
        QVERIFY2(filesBefore.contains(file) || file.endsWith(QLatin1String("-wal")) ||
                     file.endsWith(QLatin1String("-shm")),
                 qPrintable(file));
}

void TestTerminalStore::otherProgramsDatabaseIsRefused()
{
    const QString path = freshPath();
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QVERIFY(execOn(path, {QStringLiteral("CREATE TABLE tickets (id INTEGER PRIMARY KEY)"),
                          QStringLiteral("INSERT INTO tickets VALUES (1)")}));
    const QByteArray before = contents(path);
    TerminalStore store(path);
    const auto error = store.open();
    QVERIFY(error);
    QCOMPARE(error->kind, Kind::ForeignDatabase);
    QVERIFY(error->isFatal());
    QVERIFY(error->message().contains(path));
    QVERIFY(!store.isOpen());
    QCOMPARE(contents(path), before);
}

void TestTerminalStore::damagedFileIsMovedAsideNotDeleted_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("random bytes") << QStringLiteral("random");
    QTest::newRow("a text file") << QStringLiteral("text");
    QTest::newRow("damaged pages") << QStringLiteral("pages");
    QTest::newRow("random bytes and a log") << QStringLiteral("random+log");
    QTest::newRow("a log without its database") << QStringLiteral("log only");
}

void TestTerminalStore::damagedFileIsMovedAsideNotDeleted()
{
    QFETCH(QString, damage);
    const QString path = freshPath();
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QByteArray database;
    QByteArray log;
    if (damage.startsWith(QLatin1String("random"))) {
        database = randomBytes(64 * 1024);
        if (damage.endsWith(QLatin1String("log")))
            log = randomBytes(8 * 1024);
    } else if (damage == QLatin1String("text")) {
        database = QStringLiteral("这不是数据库\n").toUtf8();
    } else if (damage == QLatin1String("pages")) {
        {
            TerminalStore store(path);
            QVERIFY(!store.open());
            for (int i = 0; i < 64; ++i)
                QVERIFY(store.putState(QStringLiteral("s%1").arg(i), randomBytes(2000)));
            QSqlQuery checkpoint(store.database());
            QVERIFY(checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        database = contents(path);
        QVERIFY(database.size() > 16 * 4096);
        // Scribble over the middle pages, leaving the header intact so the file still opens.
        for (qsizetype i = 2 * 4096; i < database.size() - 4096; i += 7)
            database[i] = char(0xA5);
    } else {
        // The log of a live store, its database gone.
        TerminalStore other(m_dir.filePath(QStringLiteral("other-%1.db").arg(m_next)));
        QVERIFY(!other.open());
        QVERIFY(other.putState(QStringLiteral("a"), QByteArrayLiteral("b")));
        log = contents(other.path() + kWal);
        QVERIFY(!log.isEmpty());
    }
    if (!database.isEmpty())
        QVERIFY(writeFile(path, database));
    if (!log.isEmpty())
        QVERIFY(writeFile(path + kWal, log));

    TerminalStore store(path);
    const auto notice = store.open();
    QVERIFY(notice);
    QCOMPARE(notice->kind, Kind::DamagedReplaced);
    QVERIFY(!notice->isFatal());
    const QString moved = notice->movedAsidePath;
    QVERIFY(!moved.isEmpty());
    QVERIFY(moved != path);
    QVERIFY(notice->message().contains(moved));
    // Exactly what was on disk, kept.
    QCOMPARE(contents(moved), database);
    QCOMPARE(QFile::exists(moved), !database.isEmpty());
    // (Judging the file may have left an empty log beside it; that goes along too.)
    QCOMPARE(contents(moved + kWal), log);

    // A fresh store in its place, in use at once.
    QVERIFY(store.isOpen());
    QCOMPARE(store.schemaVersion(), store.latestVersion());
    QVERIFY(!store.state(QStringLiteral("s1")));
    QVERIFY(store.putState(QStringLiteral("fresh"), QByteArrayLiteral("yes")));
    QCOMPARE(modeOf(path), mode_t(0600));
    store.close();
    QCOMPARE(contents(moved), database);
    QCOMPARE(contents(moved + kWal), log);
    QVERIFY(!store.open());
    QCOMPARE(store.state(QStringLiteral("fresh")), QByteArrayLiteral("yes"));
}

void TestTerminalStore::fileIsOwnerOnly_data()
{
    QTest::addColumn<bool>("existing"); // a store whose file had become readable by all
    QTest::newRow("new file") << false;
    QTest::newRow("existing file with a loose mode") << true;
}

void TestTerminalStore::fileIsOwnerOnly()
{
    QFETCH(bool, existing);
    // A permissive umask: owner-only must not be luck of the environment.
    ScopedUmask umask(0);
    const QString path = freshPath();
    if (existing) {
        {
            TerminalStore store(path);
            QVERIFY(!store.open());
        }
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                QFileDevice::ReadGroup | QFileDevice::ReadOther |
                                                QFileDevice::WriteOther));
        QCOMPARE(modeOf(path), mode_t(0646));
    }
    TerminalStore store(path);
    QVERIFY(!store.open());
    QVERIFY(store.putState(QStringLiteral("session.token"), QByteArrayLiteral("secret")));
    QCOMPARE(modeOf(path), mode_t(0600));
    // The log and the shared-memory index hold the same data.
    QVERIFY(QFile::exists(path + kWal));
    QCOMPARE(modeOf(path + kWal), mode_t(0600));
    QCOMPARE(modeOf(path + QStringLiteral("-shm")), mode_t(0600));
}

void TestTerminalStore::injectedWriteFailureLeavesNothing()
{
    const QString path = freshPath();
    WriteFaultInjector faults;
    {
        TerminalStore store(path);
        QVERIFY(!store.open());
        store.setFaultInjector(&faults);
        QVERIFY(store.putState(QStringLiteral("kept"), QByteArrayLiteral("old")));

        faults.failWrite(2);
        QVERIFY(store.putState(QStringLiteral("first"), QByteArrayLiteral("1")));
        QVERIFY(!store.putState(QStringLiteral("kept"), QByteArrayLiteral("new")));
        QCOMPARE(store.state(QStringLiteral("kept")), QByteArrayLiteral("old"));
        QVERIFY(!faults.armed());
        QVERIFY(store.putState(QStringLiteral("third"), QByteArrayLiteral("3")));

        // A write of several rows fails whole, though every statement in it ran.
        faults.failWrite();
        bool ranAll = false;
        QVERIFY(!store.write(QStringLiteral("two rows"), [&](QSqlQuery &query) {
            ranAll = query.exec(QStringLiteral("INSERT INTO store_state VALUES ('a', x'01', 0)")) &&
                     query.exec(QStringLiteral("INSERT INTO store_state VALUES ('b', x'02', 0)"));
            return ranAll;
        }));
        QVERIFY(ranAll);
        QVERIFY(!store.state(QStringLiteral("a")));
        QVERIFY(!store.state(QStringLiteral("b")));

        faults.failWrite();
        QVERIFY(!store.removeState(QStringLiteral("kept")));
        QCOMPARE(store.state(QStringLiteral("kept")), QByteArrayLiteral("old"));
    }
    // And so it is on disk.
    TerminalStore store(path);
    QVERIFY(!store.open());
    QCOMPARE(store.state(QStringLiteral("kept")), QByteArrayLiteral("old"));
    QCOMPARE(store.state(QStringLiteral("first")), QByteArrayLiteral("1"));
    QCOMPARE(store.state(QStringLiteral("third")), QByteArrayLiteral("3"));
    QVERIFY(!store.state(QStringLiteral("a")));
    QCOMPARE(queryValue(store, QStringLiteral("SELECT count(*) FROM store_state")),
             QStringLiteral("3"));
}

void TestTerminalStore::failedWorkLeavesNothing()
{
    TerminalStore store(freshPath());
    QVERIFY(!store.open());
    // Gives up after writing.
    QVERIFY(!store.write(QStringLiteral("gives up"), [](QSqlQuery &query) {
        return query.exec(QStringLiteral("INSERT INTO store_state VALUES ('x', x'01', 0)")) &&
               false;
    }));
    QVERIFY(!store.state(QStringLiteral("x")));
    // A statement fails after another succeeded.
    QVERIFY(!store.write(QStringLiteral("bad statement"), [](QSqlQuery &query) {
        return query.exec(QStringLiteral("INSERT INTO store_state VALUES ('y', x'01', 0)")) &&
               query.exec(QStringLiteral("INSERT INTO no_such_table VALUES (1)"));
    }));
    QVERIFY(!store.state(QStringLiteral("y")));
    // A write inside a write is refused; the outer one goes on.
    bool inner = true;
    QVERIFY(store.write(QStringLiteral("outer"), [&](QSqlQuery &query) {
        inner = store.putState(QStringLiteral("inner"), QByteArrayLiteral("1"));
        return query.exec(QStringLiteral("INSERT INTO store_state VALUES ('outer', x'01', 0)"));
    }));
    QVERIFY(!inner);
    QVERIFY(!store.state(QStringLiteral("inner")));
    QVERIFY(store.state(QStringLiteral("outer")));
    // The store is still usable after all that.
    QVERIFY(store.putState(QStringLiteral("z"), QByteArrayLiteral("1")));
}

void TestTerminalStore::closedStoreRefusesWrites()
{
    TerminalStore store(freshPath());
    QVERIFY(!store.isOpen());
    QVERIFY(!store.putState(QStringLiteral("a"), QByteArrayLiteral("b")));
    QVERIFY(!store.state(QStringLiteral("a")));
    QCOMPARE(store.schemaVersion(), 0);
    QVERIFY(!store.open());
    QVERIFY(store.putState(QStringLiteral("a"), QByteArrayLiteral("b")));
    store.close();
    QVERIFY(!store.putState(QStringLiteral("a"), QByteArrayLiteral("c")));
    QVERIFY(!store.removeState(QStringLiteral("a")));
}

void TestTerminalStore::openForProgramSaysWhatToDo_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("runs");
    QTest::addColumn<bool>("warned");
    QTest::newRow("no file yet") << QString() << true << false;
    QTest::newRow("a damaged file, moved aside") << QStringLiteral("damaged") << true << true;
    QTest::newRow("another program's database") << QStringLiteral("foreign") << false << false;
}

void TestTerminalStore::openForProgramSaysWhatToDo()
{
    QFETCH(QString, file);
    QFETCH(bool, runs);
    QFETCH(bool, warned);
    const QString path = freshPath();
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    if (file == QLatin1String("damaged")) {
        QFile damaged(path);
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write(randomBytes(64 * 1024));
    } else if (file == QLatin1String("foreign")) {
        QVERIFY(execOn(path, {QStringLiteral("CREATE TABLE tickets (id INTEGER PRIMARY KEY)")}));
    }
    TerminalStore store(path);
    QString error;
    QString warning;
    QCOMPARE(store.openForProgram(&error, &warning), runs);
    QCOMPARE(store.isOpen(), runs);
    QCOMPARE(error.isEmpty(), runs);
    QCOMPARE(!warning.isEmpty(), warned);
    if (!runs)
        QVERIFY(error.contains(path));
}

QTEST_GUILESS_MAIN(TestTerminalStore)
#include "tst_terminalstore.moc"
