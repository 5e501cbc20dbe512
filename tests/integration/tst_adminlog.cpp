// adminLog (PROTOCOL.md §5.45) over the real server and TLS, on SQLite and PostgreSQL: the
// administrators' changes newest first with who made them, page by page without a gap or a
// repeat, no password in any entry, arguments out of range refused, and only for admins.

#include "NetworkFixture.h"

#include <QJsonArray>
#include <QtTest>

using namespace halldesk;
using namespace halldesk::test;

namespace {

QJsonObject clerk(const QString &staffNo, const QString &role)
{
    return {{QStringLiteral("staffNo"), staffNo},
            {QStringLiteral("name"), QStringLiteral("新职员")},
            {QStringLiteral("role"), role},
            {QStringLiteral("active"), true}};
}

QJsonArray entriesOf(const QJsonObject &answer)
{
    return resultOf(answer).value(QLatin1String("entries")).toArray();
}

} // namespace

class TestAdminLog : public QObject
{
    Q_OBJECT

private slots:
    void changesNewestFirst();
    void pagesWithoutGapOrRepeat();
    void badArguments_data();
    void badArguments();
    void onlyForAdmins();
};

void TestAdminLog::changesNewestFirst()
{
    NetworkFixture fixture(NetworkFixture::ClockKind::Manual, quiet);
    QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
    auto admin = fixture.adminConsole(QStringLiteral("S8"));
    QVERIFY(admin);

    const QJsonObject empty = admin->call(QStringLiteral("adminLog"));
    QVERIFY2(isOk(empty), qPrintable(describe(empty)));
    QVERIFY(entriesOf(empty).isEmpty());
    const qint64 created = fixture.clock().nowMs();
    QVERIFY(isOk(admin->change(QStringLiteral("adminSaveStaff"),
                               clerk(QStringLiteral("N1"), QStringLiteral("clerk")))));
    fixture.manualClock().advanceSecs(60);
    const QString secret = QStringLiteral("temporary-secret-42");
    QVERIFY(isOk(admin->change(QStringLiteral("adminResetPassword"),
                               {{QStringLiteral("staffNo"), QStringLiteral("N1")},
                                {QStringLiteral("password"), secret}})));
    fixture.manualClock().advanceSecs(60);
    QVERIFY(isOk(admin->change(QStringLiteral("adminSaveStaff"),
                               clerk(QStringLiteral("N1"), QStringLiteral("supervisor")))));

    const QJsonObject answer = admin->call(QStringLiteral("adminLog"));
    QVERIFY2(isOk(answer), qPrintable(describe(answer)));
    const QJsonArray entries = entriesOf(answer);
    QCOMPARE(entries.size(), 3);
    QCOMPARE(resultOf(answer).value(QLatin1String("more")).toBool(), false);
    QStringList operations;
    for (const QJsonValue &entry : entries)
        operations << entry.toObject().value(QLatin1String("operation")).toString();
    QCOMPARE(operations, (QStringList{"adminSaveStaff", "adminResetPassword", "adminSaveStaff"}));

    const QJsonObject newest = entries.first().toObject();
    QCOMPARE(newest.value(QLatin1String("staffNo")).toString(), QStringLiteral("S8"));
    const QString adminName =
        fixture.rows(QStringLiteral("SELECT name FROM staff WHERE staff_no = 'S8'"))
            .value(0)
            .value(0)
            .toString();
    QVERIFY(!adminName.isEmpty());
    QCOMPARE(newest.value(QLatin1String("staffName")).toString(), adminName);
    QCOMPARE(newest.value(QLatin1String("target")).toString(), QStringLiteral("N1"));
    QCOMPARE(newest.value(QLatin1String("atMs")).toInteger(), created + 120000);
    const QJsonObject detail = newest.value(QLatin1String("detail")).toObject();
    QCOMPARE(detail.value(QLatin1String("changed")).toArray(), QJsonArray{QStringLiteral("role")});
    QCOMPARE(detail.value(QLatin1String("role")).toString(), QStringLiteral("supervisor"));
    QCOMPARE(entries.last().toObject().value(QLatin1String("atMs")).toInteger(), created);
    QVERIFY(entries.first().toObject().value(QLatin1String("id")).toInteger() >
            entries.last().toObject().value(QLatin1String("id")).toInteger());
    // Neither the password nor the staff member's name is in the log.
    const QString text = describe(answer);
    QVERIFY(!text.contains(secret));
    QVERIFY(!text.contains(QStringLiteral("新职员")));
    QCOMPARE(fixture.requests(QStringLiteral("adminLog"), QStringLiteral("ok")), 2u);
}

void TestAdminLog::pagesWithoutGapOrRepeat()
{
    NetworkFixture fixture(NetworkFixture::ClockKind::Manual, quiet);
    QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
    auto admin = fixture.adminConsole(QStringLiteral("S8"));
    QVERIFY(admin);
    const int changes = 7;
    for (int i = 1; i <= changes; ++i)
        QVERIFY(isOk(admin->change(QStringLiteral("adminSaveStaff"),
                                   clerk(QStringLiteral("N%1").arg(i), QStringLiteral("clerk")))));

    QStringList targets;
    QJsonObject args{{QStringLiteral("limit"), 3}};
    int pages = 0;
    for (;;) {
        const QJsonObject answer = admin->call(QStringLiteral("adminLog"), args);
        QVERIFY2(isOk(answer), qPrintable(describe(answer)));
        const QJsonArray entries = entriesOf(answer);
        QVERIFY(entries.size() <= 3);
        ++pages;
        for (const QJsonValue &entry : entries)
            targets << entry.toObject().value(QLatin1String("target")).toString();
        if (!resultOf(answer).value(QLatin1String("more")).toBool())
            break;
        QCOMPARE(entries.size(), 3);
        args.insert(QStringLiteral("beforeId"), entries.last().toObject().value("id"));
        QVERIFY(pages < 10);
    }
    QCOMPARE(pages, 3);
    QCOMPARE(targets, (QStringList{"N7", "N6", "N5", "N4", "N3", "N2", "N1"}));
}

void TestAdminLog::badArguments_data()
{
    QTest::addColumn<QJsonObject>("args");
    QTest::addColumn<QString>("detail");
    QTest::newRow("limit 0") << QJsonObject{{"limit", 0}} << "limit";
    QTest::newRow("limit 201") << QJsonObject{{"limit", 201}} << "limit";
    QTest::newRow("limit a word") << QJsonObject{{"limit", "ten"}} << "limit";
    QTest::newRow("beforeId 0") << QJsonObject{{"beforeId", 0}} << "beforeId";
    QTest::newRow("beforeId a word") << QJsonObject{{"beforeId", "x"}} << "beforeId";
}

void TestAdminLog::badArguments()
{
    QFETCH(QJsonObject, args);
    QFETCH(QString, detail);
    NetworkFixture fixture(NetworkFixture::ClockKind::Manual, quiet);
    QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
    auto admin = fixture.adminConsole(QStringLiteral("S8"));
    QVERIFY(admin);
    const QJsonObject answer = admin->call(QStringLiteral("adminLog"), args);
    QCOMPARE(errorCode(answer), QStringLiteral("bad_request"));
    QCOMPARE(errorDetail(answer), detail);
}

void TestAdminLog::onlyForAdmins()
{
    NetworkFixture fixture(NetworkFixture::ClockKind::Manual, quiet);
    QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
    auto supervisor = fixture.supervisorConsole(QStringLiteral("S7"));
    QVERIFY(supervisor);
    QCOMPARE(errorCode(supervisor->call(QStringLiteral("adminLog"))), QStringLiteral("forbidden"));
    // An admin is refused too when signed in at a counter: the log is for the console.
    QVERIFY(fixture.adminConsole(QStringLiteral("S8")));
    auto counter = fixture.raw(TerminalRole::Counter, 1);
    QVERIFY(counter);
    QVERIFY(fixture.signInCounter(*counter, QStringLiteral("S8")));
    QCOMPARE(errorCode(counter->call(QStringLiteral("adminLog"))), QStringLiteral("forbidden"));
    auto kiosk = fixture.raw(TerminalRole::Kiosk, 0);
    QVERIFY(kiosk);
    QCOMPARE(errorCode(kiosk->call(QStringLiteral("adminLog"))), QStringLiteral("forbidden"));
}

QTEST_GUILESS_MAIN(TestAdminLog)
#include "tst_adminlog.moc"
