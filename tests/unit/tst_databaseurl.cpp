// The --database address: sqlite:PATH or a PostgreSQL URL; anything else is refused, and the
// form written to the logs never carries the password.

#include "storage/DatabaseUrl.h"

#include <QTest>
#include <QUrl>

using halldesk::Backend;
using halldesk::DatabaseUrl;

class TestDatabaseUrl : public QObject
{
    Q_OBJECT

private slots:
    void sqlite_data();
    void sqlite();
    void postgres_data();
    void postgres();
    void rejected_data();
    void rejected();
    void redactedHasNoPassword_data();
    void redactedHasNoPassword();
};

void TestDatabaseUrl::sqlite_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("path");

    QTest::newRow("absolute") << QStringLiteral("sqlite:/a/b.db") << QStringLiteral("/a/b.db");
    QTest::newRow("relative") << QStringLiteral("sqlite:relative.db")
                              << QStringLiteral("relative.db");
    QTest::newRow("relative folder")
        << QStringLiteral("sqlite:data/hall.db") << QStringLiteral("data/hall.db");
    QTest::newRow("sqlite:/// absolute") << QStringLiteral("sqlite:///var/lib/halldesk/hall.db")
                                         << QStringLiteral("/var/lib/halldesk/hall.db");
    QTest::newRow("sqlite:// relative")
        << QStringLiteral("sqlite://hall.db") << QStringLiteral("hall.db");
    QTest::newRow("non-ASCII path") << QStringLiteral("sqlite:/srv/市民之家/hall.db")
                                    << QStringLiteral("/srv/市民之家/hall.db");
    QTest::newRow("space in path") << QStringLiteral("sqlite:/srv/hall data/hall.db")
                                   << QStringLiteral("/srv/hall data/hall.db");
}

void TestDatabaseUrl::sqlite()
{
    QFETCH(QString, text);
    QFETCH(QString, path);
    const auto url = DatabaseUrl::parse(text);
    QVERIFY(url.has_value());
    QCOMPARE(url->backend, Backend::Sqlite);
    QCOMPARE(url->path, path);
    QVERIFY(url->host.isEmpty());
    QVERIFY(url->password.isEmpty());
    QCOMPARE(url->redacted(), QStringLiteral("sqlite:") + path);
}

void TestDatabaseUrl::postgres_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("databaseName");

    QTest::newRow("full postgresql://")
        << QStringLiteral("postgresql://u:p@h:5433/db") << QStringLiteral("h") << 5433
        << QStringLiteral("u") << QStringLiteral("p") << QStringLiteral("db");
    QTest::newRow("postgres:// alias")
        << QStringLiteral("postgres://u:p@h:5433/db") << QStringLiteral("h") << 5433
        << QStringLiteral("u") << QStringLiteral("p") << QStringLiteral("db");
    QTest::newRow("default port") << QStringLiteral(
                                         "postgresql://halldesk:secret@db.example/halldesk")
                                  << QStringLiteral("db.example") << 5432
                                  << QStringLiteral("halldesk") << QStringLiteral("secret")
                                  << QStringLiteral("halldesk");
    QTest::newRow("no credentials")
        << QStringLiteral("postgresql://10.0.0.5:6432/hall") << QStringLiteral("10.0.0.5") << 6432
        << QString() << QString() << QStringLiteral("hall");
    QTest::newRow("user without password")
        << QStringLiteral("postgresql://clerk@localhost/hall") << QStringLiteral("localhost")
        << 5432 << QStringLiteral("clerk") << QString() << QStringLiteral("hall");
    QTest::newRow("percent-encoded password")
        << QStringLiteral("postgresql://u:p%40ss%3Aw0rd@h/db") << QStringLiteral("h") << 5432
        << QStringLiteral("u") << QStringLiteral("p@ss:w0rd") << QStringLiteral("db");
}

void TestDatabaseUrl::postgres()
{
    QFETCH(QString, text);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QString, databaseName);
    const auto url = DatabaseUrl::parse(text);
    QVERIFY(url.has_value());
    QCOMPARE(url->backend, Backend::Postgres);
    QCOMPARE(url->host, host);
    QCOMPARE(url->port, port);
    QCOMPARE(url->user, user);
    QCOMPARE(url->password, password);
    QCOMPARE(url->databaseName, databaseName);
    QVERIFY(url->path.isEmpty());
}

void TestDatabaseUrl::rejected_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("empty") << QString();
    QTest::newRow("mysql") << QStringLiteral("mysql://u:p@h:3306/db");
    QTest::newRow("bare path") << QStringLiteral("/var/lib/halldesk/hall.db");
    QTest::newRow("file URL") << QStringLiteral("file:///var/lib/halldesk/hall.db");
    QTest::newRow("sqlite: without path") << QStringLiteral("sqlite:");
    QTest::newRow("sqlite:// without path") << QStringLiteral("sqlite://");
    QTest::newRow("postgresql without database") << QStringLiteral("postgresql://u:p@h:5433/");
    QTest::newRow("postgresql without path") << QStringLiteral("postgresql://u:p@h:5433");
    QTest::newRow("postgres without database") << QStringLiteral("postgres://u:p@h");
    QTest::newRow("postgresql without host") << QStringLiteral("postgresql:///db");
    QTest::newRow("postgresql port out of range") << QStringLiteral("postgresql://u@h:99999/db");
    QTest::newRow("postgresql port not a number") << QStringLiteral("postgresql://u@h:abc/db");
    QTest::newRow("postgresql: without slashes") << QStringLiteral("postgresql:h/db");
}

void TestDatabaseUrl::rejected()
{
    QFETCH(QString, text);
    QVERIFY2(!DatabaseUrl::parse(text).has_value(), qPrintable(text));
}

void TestDatabaseUrl::redactedHasNoPassword_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain") << QStringLiteral("postgresql://halldesk:Sup3rGeheim@db:5432/halldesk")
                           << QStringLiteral("Sup3rGeheim")
                           << QStringLiteral("postgresql://halldesk@db:5432/halldesk");
    QTest::newRow("postgres alias")
        << QStringLiteral("postgres://u:hunter2xyz@h:5433/db") << QStringLiteral("hunter2xyz")
        << QStringLiteral("postgresql://u@h:5433/db");
    QTest::newRow("encoded") << QStringLiteral("postgresql://u:p%40ssw0rd%21@h/db")
                             << QStringLiteral("p@ssw0rd!")
                             << QStringLiteral("postgresql://u@h:5432/db");
    QTest::newRow("Chinese password")
        << QStringLiteral("postgresql://u:密码口令@h/db") << QStringLiteral("密码口令")
        << QStringLiteral("postgresql://u@h:5432/db");
}

void TestDatabaseUrl::redactedHasNoPassword()
{
    QFETCH(QString, text);
    QFETCH(QString, password);
    QFETCH(QString, expected);
    const auto url = DatabaseUrl::parse(text);
    QVERIFY(url.has_value());
    QCOMPARE(url->password, password);
    const QString redacted = url->redacted();
    QVERIFY2(!redacted.contains(password), qPrintable(redacted));
    QVERIFY2(!redacted.contains(QString::fromUtf8(QUrl::toPercentEncoding(password))),
             qPrintable(redacted));
    QCOMPARE(redacted, expected);
}

QTEST_GUILESS_MAIN(TestDatabaseUrl)
#include "tst_databaseurl.moc"
