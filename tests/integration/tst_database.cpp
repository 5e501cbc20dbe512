// Opening the hall database on either back-end: migrations, a newer schema refused untouched,
// a failed migration leaving nothing behind.

#include "TestDatabase.h"
#include "TestHall.h"
#include "storage/Database.h"
#include "storage/HallConfigRepository.h"
#include "storage/SchemaMigrations.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QtTest>

using namespace halldesk;
using namespace halldesk::test;

namespace {

QStringList tables(Database &db)
{
    QStringList names = db.connection().tables();
    names.sort();
    return names;
}

// A connection that bypasses Database, so nothing is migrated or checked.
QSqlDatabase rawConnection(const DatabaseUrl &url, const QString &name)
{
    QSqlDatabase c = QSqlDatabase::addDatabase(
        url.backend == Backend::Sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL"), name);
    if (url.backend == Backend::Sqlite) {
        c.setDatabaseName(url.path);
    } else {
        c.setHostName(url.host);
        c.setPort(url.port);
        c.setUserName(url.user);
        c.setPassword(url.password);
        c.setDatabaseName(url.databaseName);
    }
    return c;
}

QByteArray fileDigest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestDatabaseOpen : public QObject
{
    Q_OBJECT

private slots:
    void freshDatabaseIsMigrated()
    {
        TestDatabase testDb;
        QVERIFY2(testDb.isValid(), qPrintable(testDb.error()));
        Database db(testDb.url());
        const auto error = db.open();
        QVERIFY2(!error, qPrintable(error ? error->message() + error->driverText : QString()));
        QCOMPARE(db.schemaVersion(), SchemaMigrations::latestVersion());
        const QStringList names = tables(db);
        for (const char *table : {"areas", "queues", "windows", "window_queues", "staff", "tickets",
                                  "ticket_sequences", "events", "schema_migrations", "queue_stats"})
            QVERIFY2(names.contains(QLatin1String(table)), table);
        // Opening again applies nothing twice.
        db.close();
        QVERIFY(!db.open());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM schema_migrations")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), SchemaMigrations::latestVersion());
    }

    void hallIsInstalledOnce()
    {
        TestDatabase testDb;
        Database db(testDb.url());
        QVERIFY(!db.open());
        HallConfigRepository config(db);
        QVERIFY(config.installIfEmpty(smallHall()));
        QVERIFY(!config.installIfEmpty(smallHall()));
        QCOMPARE(config.count(QStringLiteral("windows")), 8);
        QCOMPARE(config.count(QStringLiteral("window_queues")), 10);
    }

    void newerSchemaIsRefusedAndLeftUntouched()
    {
        TestDatabase testDb;
        {
            Database db(testDb.url());
            QVERIFY(!db.open());
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO schema_migrations (version, applied_at_ms) VALUES (999, 0)")));
        }
        const bool sqlite = testDb.url().backend == Backend::Sqlite;
        const QByteArray before = sqlite ? fileDigest(testDb.url().path) : QByteArray();
        Database db(testDb.url());
        const auto error = db.open();
        QVERIFY(error);
        QCOMPARE(error->kind, DatabaseOpenError::Kind::SchemaTooNew);
        QCOMPARE(error->foundVersion, 999);
        QVERIFY(error->message().contains(QLatin1String("999")));
        QVERIFY(!db.isOpen());
        if (sqlite)
            QCOMPARE(fileDigest(testDb.url().path), before);
    }

    void failedMigrationLeavesNothingBehind()
    {
        // Something else already owns a table name our schema needs: step 1 fails half-way.
        TestDatabase other;
        {
            QSqlDatabase c = rawConnection(other.url(), QStringLiteral("raw"));
            QVERIFY(c.open());
            QSqlQuery q(c);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE events (unrelated TEXT)")));
            q.finish();
            c.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        Database db(other.url());
        const auto error = db.open();
        QVERIFY(error);
        QCOMPARE(error->kind, DatabaseOpenError::Kind::MigrationFailed);
        QVERIFY(!error->message().isEmpty());
        // The tables created before the failing statement were rolled back with it.
        {
            QSqlDatabase c = rawConnection(other.url(), QStringLiteral("probe"));
            QVERIFY(c.open());
            QStringList names = c.tables();
            names.sort();
            QCOMPARE(names, QStringList{QStringLiteral("events")});
            c.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("probe"));
    }
};

QTEST_GUILESS_MAIN(TestDatabaseOpen)
#include "tst_database.moc"
