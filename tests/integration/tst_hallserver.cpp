// The hall server over real TLS sockets: ping, staff sign-in, lock-out, session expiry and
// binding, and the queue operations of kiosks and counters with the events they cause.
// Who may do what is in tst_serveraccess.cpp.

#include "NetworkFixture.h"

#include <QJsonArray>
#include <QtTest>

using namespace halldesk;
using namespace halldesk::test;

namespace {

QJsonObject loginArgs(const QString &staffNo, const QString &password)
{
    return {{QStringLiteral("staffNo"), staffNo}, {QStringLiteral("password"), password}};
}

bool isOk(const QJsonObject &response)
{
    return response.value(QLatin1String("ok")).toBool();
}

QJsonObject ticketOf(const QJsonObject &response)
{
    return response.value(QLatin1String("result"))
        .toObject()
        .value(QLatin1String("ticket"))
        .toObject();
}

QJsonObject idArgs(const QJsonObject &ticket)
{
    return {{QStringLiteral("ticketId"), ticket.value(QLatin1String("id"))}};
}

QString describe(const QJsonObject &frame)
{
    return QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact));
}

} // namespace

class TestHallServer : public QObject
{
    Q_OBJECT

private slots:
    void ping();
    void login_data();
    void login();
    void lockoutAfterFiveFailures();
    void sessionExpires();
    void sessionIsBoundToItsTerminal();
    void kioskIssuesWithoutStaff();
    void counterServesTicketsAndBoardsHearCalls();
};

void TestHallServer::ping()
{
    NetworkFixture fixture;
    QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
    auto kiosk = fixture.raw(TerminalRole::Kiosk, 0);
    QVERIFY(kiosk);
    const QJsonObject hello = kiosk->hello();
    QCOMPARE(hello.value(QLatin1String("protocol")).toInt(), 1);
    QCOMPARE(hello.value(QLatin1String("terminal")).toObject().value(QLatin1String("role")),
             QJsonValue(QStringLiteral("kiosk")));

    const QJsonObject pong = kiosk->call(QStringLiteral("ping"));
    QVERIFY2(isOk(pong), qPrintable(describe(pong)));
    QCOMPARE(pong.value(QLatin1String("v")).toInt(), 1);
    QCOMPARE(pong.value(QLatin1String("type")).toString(), QStringLiteral("response"));
    QCOMPARE(pong.value(QLatin1String("result")).toObject().value(QLatin1String("serverTimeMs")),
             QJsonValue(double(fixture.clock().nowMs())));
    QCOMPARE(fixture.requests(QStringLiteral("ping"), QStringLiteral("ok")), quint64(1));
    QCOMPARE(fixture.server()->connectionCount(), 1);
}

void TestHallServer::login_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<QJsonObject>("args");
    QTest::addColumn<QString>("expected");
    const int counter = int(TerminalRole::Counter);
    const QString right = NetworkFixture::Password;
    QTest::newRow("right password") << counter << loginArgs(QStringLiteral("S1"), right) << "";
    QTest::newRow("wrong password")
        << counter << loginArgs(QStringLiteral("S1"), right + QLatin1Char('x'))
        << "bad_credentials";
    QTest::newRow("unknown staff")
        << counter << loginArgs(QStringLiteral("S99"), right) << "bad_credentials";
    QTest::newRow("empty password")
        << counter << loginArgs(QStringLiteral("S1"), QString()) << "bad_request";
    QTest::newRow("password not a string")
        << counter
        << QJsonObject{{QStringLiteral("staffNo"), QStringLiteral("S1")},
                       {QStringLiteral("password"), 12345678}}
        << "bad_request";
    QTest::newRow("kiosk may not sign in")
        << int(TerminalRole::Kiosk) << loginArgs(QStringLiteral("S1"), right) << "forbidden";
    QTest::newRow("clerk on a supervisor console")
        << int(TerminalRole::Supervisor) << loginArgs(QStringLiteral("S1"), right) << "forbidden";
}

void TestHallServer::login()
{
    QFETCH(int, role);
    QFETCH(QJsonObject, args);
    QFETCH(QString, expected);
    NetworkFixture fixture;
    QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
    auto terminal = fixture.raw(TerminalRole(role), TerminalRole(role) == TerminalRole::Counter);
    QVERIFY(terminal);
    const QJsonObject response = terminal->call(QStringLiteral("login"), args);
    QVERIFY2(!response.isEmpty(), "no answer");
    QCOMPARE(errorCode(response), expected);
    const QJsonObject result = response.value(QLatin1String("result")).toObject();
    if (expected.isEmpty()) {
        QVERIFY(!result.value(QLatin1String("token")).toString().isEmpty());
        QCOMPARE(result.value(QLatin1String("staff")).toObject().value(QLatin1String("staffNo")),
                 QJsonValue(QStringLiteral("S1")));
        QCOMPARE(fixture.count(QStringLiteral("staff_sessions")), 1);
        // Signed in: window operations are allowed now.
        QVERIFY(isOk(terminal->change(QStringLiteral("signIn"))));
    } else {
        QVERIFY(!result.contains(QLatin1String("token")));
        QCOMPARE(fixture.count(QStringLiteral("staff_sessions")), 0);
        if (TerminalRole(role) == TerminalRole::Counter)
            QCOMPARE(errorCode(terminal->change(QStringLiteral("signIn"))),
                     QStringLiteral("not_signed_in"));
    }
}

void TestHallServer::lockoutAfterFiveFailures()
{
    NetworkFixture fixture;
    QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
    auto counter = fixture.raw(TerminalRole::Counter, 1);
    QVERIFY(counter);
    const QJsonObject wrong = loginArgs(QStringLiteral("S1"), QStringLiteral("guess-guess"));
    const QJsonObject right = loginArgs(QStringLiteral("S1"), NetworkFixture::Password);
    for (int attempt = 1; attempt <= 4; ++attempt)
        QCOMPARE(errorCode(counter->call(QStringLiteral("login"), wrong)),
                 QStringLiteral("bad_credentials"));
    QCOMPARE(errorCode(counter->call(QStringLiteral("login"), wrong)),
             QStringLiteral("account_locked"));
    // Locked means locked: the right password does not help, on this terminal or another.
    QCOMPARE(errorCode(counter->call(QStringLiteral("login"), right)),
             QStringLiteral("account_locked"));
    auto other = fixture.raw(TerminalRole::Counter, 2);
    QVERIFY(other);
    QCOMPARE(errorCode(other->call(QStringLiteral("login"), right)),
             QStringLiteral("account_locked"));
    // Other staff are not affected.
    QVERIFY(isOk(other->call(QStringLiteral("login"),
                             loginArgs(QStringLiteral("S2"), NetworkFixture::Password))));

    fixture.manualClock().advanceSecs(14 * 60);
    QCOMPARE(errorCode(counter->call(QStringLiteral("login"), right)),
             QStringLiteral("account_locked"));
    fixture.manualClock().advanceSecs(2 * 60);
    const QJsonObject unlocked = counter->call(QStringLiteral("login"), right);
    QVERIFY2(isOk(unlocked), qPrintable(describe(unlocked)));
    // The success wiped the failures: one wrong password is one failure again.
    QCOMPARE(errorCode(counter->call(QStringLiteral("login"), wrong)),
             QStringLiteral("bad_credentials"));
}

void TestHallServer::sessionExpires()
{
    NetworkFixture fixture(NetworkFixture::ClockKind::Manual,
                           [](ServerSettings &s) { s.sessionTtl = std::chrono::minutes(60); });
    QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
    auto counter = fixture.raw(TerminalRole::Counter, 1);
    QVERIFY(counter);
    const QJsonObject login = counter->call(
        QStringLiteral("login"), loginArgs(QStringLiteral("S1"), NetworkFixture::Password));
    QVERIFY(isOk(login));
    const QString token =
        login.value(QLatin1String("result")).toObject().value(QLatin1String("token")).toString();
    QVERIFY(isOk(counter->change(QStringLiteral("signIn"))));
    fixture.manualClock().advanceSecs(59 * 60);
    QCOMPARE(errorCode(counter->change(QStringLiteral("callNext"))),
             QStringLiteral("no_ticket_waiting"));

    fixture.manualClock().advanceSecs(2 * 60);
    QCOMPARE(errorCode(counter->change(QStringLiteral("callNext"))),
             QStringLiteral("session_expired"));
    QCOMPARE(errorCode(counter->change(QStringLiteral("callNext"))),
             QStringLiteral("not_signed_in"));
    // The token is worthless now, on a new connection too.
    auto again = fixture.raw(TerminalRole::Counter, 1);
    QVERIFY(again);
    QCOMPARE(errorCode(again->call(QStringLiteral("resume"), {{QStringLiteral("token"), token}})),
             QStringLiteral("session_expired"));
    // Signing in again continues at the window, which stayed open.
    QVERIFY(isOk(again->call(QStringLiteral("login"),
                             loginArgs(QStringLiteral("S1"), NetworkFixture::Password))));
    QCOMPARE(errorCode(again->change(QStringLiteral("callNext"))),
             QStringLiteral("no_ticket_waiting"));
}

void TestHallServer::sessionIsBoundToItsTerminal()
{
    NetworkFixture fixture;
    QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
    auto first = fixture.raw(TerminalRole::Counter, 1);
    QVERIFY(first);
    const QJsonObject login = first->call(
        QStringLiteral("login"), loginArgs(QStringLiteral("S1"), NetworkFixture::Password));
    QVERIFY(isOk(login));
    const QJsonObject token{
        {QStringLiteral("token"),
         login.value(QLatin1String("result")).toObject().value(QLatin1String("token"))}};

    auto elsewhere = fixture.raw(TerminalRole::Counter, 2);
    QVERIFY(elsewhere);
    QCOMPARE(errorCode(elsewhere->call(QStringLiteral("resume"), token)),
             QStringLiteral("session_expired"));
    QCOMPARE(errorCode(elsewhere->change(QStringLiteral("signIn"))),
             QStringLiteral("not_signed_in"));
    auto notAToken = fixture.raw(TerminalRole::Counter, 3);
    QVERIFY(notAToken);
    QCOMPARE(errorCode(notAToken->call(QStringLiteral("resume"),
                                       {{QStringLiteral("token"), QStringLiteral("nonsense")}})),
             QStringLiteral("session_expired"));

    // The same terminal, reconnected, resumes without a password.
    first.reset();
    auto back = fixture.raw(TerminalRole::Counter, 1);
    QVERIFY(back);
    const QJsonObject resumed = back->call(QStringLiteral("resume"), token);
    QVERIFY2(isOk(resumed), qPrintable(describe(resumed)));
    QVERIFY(isOk(back->change(QStringLiteral("signIn"))));
    // A logout revokes the token.
    QVERIFY(isOk(back->call(QStringLiteral("logout"))));
    auto afterLogout = fixture.raw(TerminalRole::Counter, 1);
    QVERIFY(afterLogout);
    QCOMPARE(errorCode(afterLogout->call(QStringLiteral("resume"), token)),
             QStringLiteral("session_expired"));
}

void TestHallServer::kioskIssuesWithoutStaff()
{
    NetworkFixture fixture;
    QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
    auto kiosk = fixture.raw(TerminalRole::Kiosk, 0);
    QVERIFY(kiosk);
    const QJsonObject first = kiosk->change(QStringLiteral("issueTicket"),
                                            {{QStringLiteral("queue"), QStringLiteral("QA1")}});
    QVERIFY2(isOk(first), qPrintable(describe(first)));
    QCOMPARE(ticketOf(first).value(QLatin1String("number")).toString(), QStringLiteral("A001"));
    QCOMPARE(ticketOf(first).value(QLatin1String("status")).toString(), QStringLiteral("waiting"));
    QCOMPARE(first.value(QLatin1String("result")).toObject().value(QLatin1String("waitingAhead")),
             QJsonValue(0));
    const QJsonObject second = kiosk->change(QStringLiteral("issueTicket"),
                                             {{QStringLiteral("queue"), QStringLiteral("QA2")}});
    QCOMPARE(ticketOf(second).value(QLatin1String("number")).toString(), QStringLiteral("A002"));
    QCOMPARE(errorCode(kiosk->change(QStringLiteral("issueTicket"),
                                     {{QStringLiteral("queue"), QStringLiteral("NOPE")}})),
             QStringLiteral("unknown_queue"));
    QCOMPARE(errorCode(kiosk->change(QStringLiteral("issueTicket"),
                                     {{QStringLiteral("queue"), QStringLiteral("QB")},
                                      {QStringLiteral("priority"), QStringLiteral("royalty")}})),
             QStringLiteral("bad_request"));
    QCOMPARE(fixture.count(QStringLiteral("tickets")), 2);
    QCOMPARE(fixture.count(QStringLiteral("events"), QStringLiteral("kind = 'issue'")), 2);
}

void TestHallServer::counterServesTicketsAndBoardsHearCalls()
{
    NetworkFixture fixture;
    QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
    auto kiosk = fixture.raw(TerminalRole::Kiosk, 0);
    auto board = fixture.raw(TerminalRole::Board, 0);
    auto counter = fixture.raw(TerminalRole::Counter, 1);
    QVERIFY(kiosk && board && counter);
    QVERIFY(fixture.signInCounter(*counter, QStringLiteral("S1")));
    for (const char *queue : {"QA1", "QA1", "QA2"})
        QVERIFY(isOk(kiosk->change(QStringLiteral("issueTicket"),
                                   {{QStringLiteral("queue"), QLatin1String(queue)}})));

    const QJsonObject boardSnapshot =
        board->call(QStringLiteral("subscribe"), {{QStringLiteral("calls"), true}});
    QVERIFY2(isOk(boardSnapshot), qPrintable(describe(boardSnapshot)));
    const qint64 boardSeq =
        qint64(boardSnapshot.value(QLatin1String("result")).toObject().value("seq").toDouble());
    const QJsonObject counterSnapshot =
        counter->call(QStringLiteral("subscribe"), {{QStringLiteral("windows"), QJsonArray{1}}});
    QVERIFY2(isOk(counterSnapshot), qPrintable(describe(counterSnapshot)));

    // Call A001, recall it, and give up on it.
    const QJsonObject a001 = ticketOf(counter->change(QStringLiteral("callNext")));
    QCOMPARE(a001.value(QLatin1String("number")).toString(), QStringLiteral("A001"));
    QCOMPARE(a001.value(QLatin1String("window")).toInt(), 1);
    const QJsonObject call = board->waitEvent(QStringLiteral("call"), [](const QJsonObject &d) {
        return d.value(QLatin1String("number")).toString() == QLatin1String("A001");
    });
    QVERIFY2(!call.isEmpty(), "the board heard no call");
    const QJsonObject callData = call.value(QLatin1String("data")).toObject();
    QCOMPARE(callData.value(QLatin1String("window")).toInt(), 1);
    const QString announcement = callData.value(QLatin1String("announcement")).toString();
    QVERIFY2(announcement.contains(QLatin1String("A001")) &&
                 announcement.contains(QLatin1Char('1')),
             qPrintable(announcement));
    QVERIFY(!counter
                 ->waitEvent(QStringLiteral("ticket"),
                             [](const QJsonObject &d) {
                                 return d.value(QLatin1String("action")).toString() == "call";
                             })
                 .isEmpty());

    const QJsonObject recalled = ticketOf(counter->change(QStringLiteral("recall"), idArgs(a001)));
    QCOMPARE(recalled.value(QLatin1String("recallCount")).toInt(), 1);
    QVERIFY(!board
                 ->waitEvent(QStringLiteral("call"),
                             [](const QJsonObject &d) { return d.value("recall").toInt() == 1; })
                 .isEmpty());
    QCOMPARE(ticketOf(counter->change(QStringLiteral("noShow"), idArgs(a001)))
                 .value(QLatin1String("status"))
                 .toString(),
             QStringLiteral("no_show"));

    // Call A002, hold it, take it back, and send it to queue QB.
    const QJsonObject a002 = ticketOf(counter->change(QStringLiteral("callNext")));
    QCOMPARE(a002.value(QLatin1String("number")).toString(), QStringLiteral("A002"));
    QCOMPARE(ticketOf(counter->change(QStringLiteral("hold"), idArgs(a002)))
                 .value(QLatin1String("status"))
                 .toString(),
             QStringLiteral("held"));
    QCOMPARE(ticketOf(counter->change(QStringLiteral("resumeHeld"), idArgs(a002)))
                 .value(QLatin1String("status"))
                 .toString(),
             QStringLiteral("called"));
    QJsonObject transferArgs = idArgs(a002);
    transferArgs.insert(QStringLiteral("queue"), QStringLiteral("QB"));
    const QJsonObject moved = ticketOf(counter->change(QStringLiteral("transfer"), transferArgs));
    QCOMPARE(moved.value(QLatin1String("queue")).toString(), QStringLiteral("QB"));
    QCOMPARE(moved.value(QLatin1String("status")).toString(), QStringLiteral("waiting"));

    // Call A003 and finish it; then nobody is left for window 1 (QB is not its queue).
    const QJsonObject a003 = ticketOf(counter->change(QStringLiteral("callNext")));
    QCOMPARE(a003.value(QLatin1String("number")).toString(), QStringLiteral("A003"));
    QCOMPARE(ticketOf(counter->change(QStringLiteral("finish"), idArgs(a003)))
                 .value(QLatin1String("status"))
                 .toString(),
             QStringLiteral("finished"));
    QCOMPARE(errorCode(counter->change(QStringLiteral("callNext"))),
             QStringLiteral("no_ticket_waiting"));

    // The board heard every call in order (A001, its recall, A002, A002 again after the hold),
    // numbered on from its snapshot without a gap; it heard nothing it did not ask for.
    QTRY_COMPARE(board->events().size(), 5);
    QStringList heard;
    qint64 seq = boardSeq;
    for (const QJsonObject &event : board->events()) {
        QCOMPARE(event.value(QLatin1String("kind")).toString(), QStringLiteral("call"));
        QCOMPARE(qint64(event.value(QLatin1String("seq")).toDouble()), ++seq);
        heard << event.value(QLatin1String("data")).toObject().value("number").toString();
    }
    QCOMPARE(heard, QStringList({"A001", "A001", "A002", "A002", "A003"}));
    QCOMPARE(fixture.count(QStringLiteral("tickets"), QStringLiteral("status = 'finished'")), 1);
    QCOMPARE(fixture.count(QStringLiteral("events"), QStringLiteral("kind = 'call'")), 3);
    // The counter's own window heard each change of a ticket at window 1 and each call there:
    // 2 + 2 + 1 (A001), 2 + 1 + 2 + 1 (A002 until it left the window), 2 + 1 (A003).
    QTRY_COMPARE(counter->events().size(), 14);
    QStringList actions;
    for (const QJsonObject &event : counter->events()) {
        const QJsonObject data = event.value(QLatin1String("data")).toObject();
        actions << (event.value(QLatin1String("kind")).toString() == QLatin1String("call")
                        ? QStringLiteral("CALL")
                        : data.value(QLatin1String("action")).toString());
    }
    QCOMPARE(actions.join(QLatin1Char(' ')),
             QStringLiteral("call CALL recall CALL noShow call CALL hold resumeHeld CALL transfer "
                            "call CALL finish"));
}

QTEST_GUILESS_MAIN(TestHallServer)
#include "tst_hallserver.moc"
