// Who may do what on the hall server: the role in the terminal certificate, the staff session
// and the window are checked before anything runs, and a refused request changes nothing.

#include "NetworkFixture.h"
#include "protocol/OperationTable.h"

#include <QJsonArray>
#include <QtTest>

using namespace halldesk;
using namespace halldesk::test;

namespace {

QJsonObject issue(const char *queue)
{
    return {{QStringLiteral("queue"), QLatin1String(queue)}};
}

} // namespace

class TestServerAccess : public QObject
{
    Q_OBJECT

private slots:
    void refused_data();
    void refused();
    void ticketAtAnotherWindow();
    void everyMutatingOperationNeedsAKey();
};

void TestServerAccess::refused_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<int>("window");
    QTest::addColumn<QString>("staffNo"); // signed in (and the window opened) first if set
    QTest::addColumn<QString>("op");
    QTest::addColumn<QJsonObject>("args");
    QTest::addColumn<QString>("expected");
    const int counter = int(TerminalRole::Counter);
    const int kiosk = int(TerminalRole::Kiosk);
    const int board = int(TerminalRole::Board);
    const int pad = int(TerminalRole::Pad);
    const int supervisor = int(TerminalRole::Supervisor);
    const QString s1 = QStringLiteral("S1");
    const QString none;

    QTest::newRow("supervisor callNext")
        << supervisor << 0 << none << "callNext" << QJsonObject() << "forbidden";
    QTest::newRow("board issueTicket")
        << board << 0 << none << "issueTicket" << issue("QA1") << "forbidden";
    QTest::newRow("pad issueTicket")
        << pad << 1 << none << "issueTicket" << issue("QA1") << "forbidden";
    QTest::newRow("kiosk callNext")
        << kiosk << 0 << none << "callNext" << QJsonObject() << "forbidden";
    QTest::newRow("board ticket lookup")
        << board << 0 << none << "ticket"
        << QJsonObject{{QStringLiteral("number"), QStringLiteral("A001")}} << "forbidden";
    QTest::newRow("pad subscribes to queues")
        << pad << 1 << none << "subscribe"
        << QJsonObject{{QStringLiteral("queues"), QJsonArray{QStringLiteral("QA1")}}}
        << "forbidden";
    QTest::newRow("counter without session callNext")
        << counter << 1 << none << "callNext" << QJsonObject() << "not_signed_in";
    QTest::newRow("counter without session issueTicket")
        << counter << 1 << none << "issueTicket" << issue("QA1") << "not_signed_in";
    QTest::newRow("counter without session subscribe")
        << counter << 1 << none << "subscribe"
        << QJsonObject{{QStringLiteral("windows"), QJsonArray{1}}} << "not_signed_in";
    QTest::newRow("counter acting for window 2")
        << counter << 1 << s1 << "callNext" << QJsonObject{{QStringLiteral("window"), 2}}
        << "wrong_window";
    // A window that is not a number is a malformed request, whatever it says.
    QTest::newRow("counter acting for window \"1\"")
        << counter << 1 << s1 << "callNext"
        << QJsonObject{{QStringLiteral("window"), QStringLiteral("1")}} << "bad_request";
    QTest::newRow("counter pausing window 3")
        << counter << 1 << s1 << "pause" << QJsonObject{{QStringLiteral("window"), 3}}
        << "wrong_window";
    QTest::newRow("counter subscribes to window 2")
        << counter << 1 << s1 << "subscribe"
        << QJsonObject{{QStringLiteral("windows"), QJsonArray{1, 2}}} << "wrong_window";
    QTest::newRow("counter subscribes to every window")
        << counter << 1 << s1 << "subscribe"
        << QJsonObject{{QStringLiteral("windows"), QJsonArray{QStringLiteral("*")}}}
        << "wrong_window";
    QTest::newRow("pad subscribes to window 2")
        << pad << 1 << none << "subscribe"
        << QJsonObject{{QStringLiteral("windows"), QJsonArray{2}}} << "wrong_window";
}

void TestServerAccess::refused()
{
    QFETCH(int, role);
    QFETCH(int, window);
    QFETCH(QString, staffNo);
    QFETCH(QString, op);
    QFETCH(QJsonObject, args);
    QFETCH(QString, expected);
    NetworkFixture fixture;
    QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
    auto kiosk = fixture.raw(TerminalRole::Kiosk, 0);
    QVERIFY(kiosk);
    QVERIFY(isOk(kiosk->change(QStringLiteral("issueTicket"), issue("QA1"))));
    auto terminal = fixture.raw(TerminalRole(role), window);
    QVERIFY(terminal);
    if (!staffNo.isEmpty())
        QVERIFY(fixture.signInCounter(*terminal, staffNo));
    const int tickets = fixture.count(QStringLiteral("tickets"));
    const int events = fixture.count(QStringLiteral("events"));

    const auto spec = OperationTable::find(op);
    QVERIFY(spec);
    const QJsonObject response =
        spec->mutating ? terminal->change(op, args) : terminal->call(op, args);
    QCOMPARE(errorCode(response), expected);
    QCOMPARE(response.value(QLatin1String("ok")), QJsonValue(false));
    QCOMPARE(fixture.count(QStringLiteral("tickets")), tickets);
    QCOMPARE(fixture.count(QStringLiteral("events")), events);
    QCOMPARE(fixture.count(QStringLiteral("tickets"), QStringLiteral("status = 'waiting'")), 1);
    // Refused, not disconnected.
    QVERIFY(isOk(terminal->call(QStringLiteral("ping"))));
}

void TestServerAccess::ticketAtAnotherWindow()
{
    NetworkFixture fixture;
    QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
    auto kiosk = fixture.raw(TerminalRole::Kiosk, 0);
    auto one = fixture.raw(TerminalRole::Counter, 1);
    auto two = fixture.raw(TerminalRole::Counter, 2);
    QVERIFY(kiosk && one && two);
    QVERIFY(fixture.signInCounter(*one, QStringLiteral("S1")));
    QVERIFY(fixture.signInCounter(*two, QStringLiteral("S2")));
    QVERIFY(isOk(kiosk->change(QStringLiteral("issueTicket"), issue("QA1"))));
    const QJsonObject called = two->change(QStringLiteral("callNext"));
    QVERIFY(isOk(called));
    const QJsonValue id =
        called.value(QLatin1String("result")).toObject().value("ticket").toObject().value("id");
    const QJsonObject args{{QStringLiteral("ticketId"), id}};
    for (const char *op : {"recall", "finish", "noShow", "hold", "transfer"}) {
        QJsonObject opArgs = args;
        if (QLatin1String(op) == QLatin1String("transfer"))
            opArgs.insert(QStringLiteral("queue"), QStringLiteral("QB"));
        QCOMPARE(errorCode(one->change(QLatin1String(op), opArgs)),
                 QStringLiteral("ticket_at_other_window"));
    }
    // Window 2 still has it, untouched.
    QCOMPARE(fixture.count(QStringLiteral("tickets"),
                           QStringLiteral("status = 'called' AND window_number = 2")),
             1);
    QCOMPARE(fixture.count(QStringLiteral("events"), QStringLiteral("kind <> 'issue' AND kind "
                                                                    "<> 'call' AND kind <> "
                                                                    "'sign_in'")),
             0);
    // Someone else's staff number cannot open window 2 while S2 works there.
    auto three = fixture.raw(TerminalRole::Counter, 2);
    QVERIFY(three);
    QVERIFY(isOk(three->call(QStringLiteral("login"),
                             {{QStringLiteral("staffNo"), QStringLiteral("S3")},
                              {QStringLiteral("password"), NetworkFixture::Password}})));
    QCOMPARE(errorCode(three->change(QStringLiteral("finish"), args)),
             QStringLiteral("window_signed_in_by_other"));
}

void TestServerAccess::everyMutatingOperationNeedsAKey()
{
    NetworkFixture fixture;
    QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
    auto counter = fixture.raw(TerminalRole::Counter, 1);
    QVERIFY(counter);
    QVERIFY(fixture.signInCounter(*counter, QStringLiteral("S1")));
    const int events = fixture.count(QStringLiteral("events"));
    for (const OperationSpec &spec : OperationTable::all()) {
        // The role is checked before the key: only what a counter may call gets that far.
        if (!spec.mutating || spec.access == OperationAccess::Pad ||
            spec.access == OperationAccess::Supervisor || spec.access == OperationAccess::Admin)
            continue;
        const QJsonObject response = counter->call(QLatin1String(spec.name), issue("QA1"));
        QVERIFY2(errorCode(response) == QLatin1String("bad_request"), spec.name);
        QCOMPARE(response.value(QLatin1String("error")).toObject().value("detail"),
                 QJsonValue(QStringLiteral("key")));
    }
    QCOMPARE(fixture.count(QStringLiteral("events")), events);
    QCOMPARE(fixture.count(QStringLiteral("request_log"), QStringLiteral("operation <> 'signIn'")),
             0);
}

QTEST_GUILESS_MAIN(TestServerAccess)
#include "tst_serveraccess.moc"
