// What only an SQLite file can go through: its pragmas, garbage on disk, a damaged page.
// A damaged file is moved aside and reported, never deleted.

#include "TestHall.h"
#include "storage/Database.h"
#include "storage/HallConfigRepository.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace halldesk;

class TestSqliteFile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    DatabaseUrl urlFor(const QString &name) const
    {
        DatabaseUrl url;
        url.path = m_dir.filePath(name);
        return url;
    }
    static QString pragma(Database &db, const QString &name)
    {
        QSqlQuery q(db.connection());
        if (!q.exec(QStringLiteral("PRAGMA ") + name) || !q.next())
            return {};
        return q.value(0).toString();
    }
    static QByteArray readAll(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void durableSettings()
    {
        Database db(urlFor(QStringLiteral("settings.db")));
        QVERIFY(!db.open());
        QCOMPARE(pragma(db, QStringLiteral("journal_mode")), QStringLiteral("wal"));
        QCOMPARE(pragma(db, QStringLiteral("synchronous")), QStringLiteral("2")); // FULL
        QCOMPARE(pragma(db, QStringLiteral("foreign_keys")), QStringLiteral("1"));
        QVERIFY(pragma(db, QStringLiteral("busy_timeout")).toInt() >= 5000);
    }

    void createsMissingFolders()
    {
        Database db(urlFor(QStringLiteral("a/b/c/hall.db")));
        QVERIFY(!db.open());
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("a/b/c/hall.db"))));
    }

    void garbageFileIsMovedAsideNotDeleted()
    {
        const DatabaseUrl url = urlFor(QStringLiteral("garbage.db"));
        QByteArray garbage(64 * 1024, '\0');
        for (auto &c : garbage)
            c = char(QRandomGenerator::global()->bounded(256));
        {
            QFile f(url.path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(garbage);
        }
        Database db(url);
        const auto error = db.open();
        QVERIFY(error);
        QCOMPARE(error->kind, DatabaseOpenError::Kind::Corrupt);
        QVERIFY(!error->movedAsidePath.isEmpty());
        QVERIFY(error->message().contains(error->movedAsidePath));
        QVERIFY(!QFile::exists(url.path));
        QCOMPARE(readAll(error->movedAsidePath), garbage);
        // The next open starts a new, empty database in its place.
        QVERIFY(!db.open());
        QVERIFY(HallConfigRepository(db).isEmpty());
    }

    void damagedPageIsMovedAside()
    {
        const DatabaseUrl url = urlFor(QStringLiteral("damaged.db"));
        {
            Database db(url);
            QVERIFY(!db.open());
            QVERIFY(HallConfigRepository(db).installIfEmpty(test::smallHall()));
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        QByteArray bytes = readAll(url.path);
        QVERIFY(bytes.size() > 8 * 4096);
        // Scribble over the middle pages, leaving the header intact so the file still opens.
        for (int i = 2 * 4096; i < bytes.size() - 4096; i += 7)
            bytes[i] = char(0xA5);
        {
            QFile f(url.path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        }
        Database db(url);
        const auto error = db.open();
        QVERIFY(error);
        QCOMPARE(error->kind, DatabaseOpenError::Kind::Corrupt);
        QCOMPARE(readAll(error->movedAsidePath), bytes);
        QVERIFY(!QFile::exists(url.path));
    }
};

QTEST_GUILESS_MAIN(TestSqliteFile)
#include "tst_sqlitefile.moc"
