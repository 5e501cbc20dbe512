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

QJsonObject issueIn(RawTerminal &kiosk, const QString &queue)
{
    return ticketOf(
        kiosk.change(QStringLiteral("issueTicket"), {{QStringLiteral("queue"), queue}}));
}

// The ticket numbers of a snapshot list ("tickets", "noShows"), in order.
QStringList numbersIn(const QJsonObject &snapshot, const QString &list)
{
    QStringList numbers;
    for (const QJsonValue &ticket : resultOf(snapshot).value(list).toArray())
        numbers << ticket.toObject().value(QLatin1String("number")).toString();
    return numbers;
}

QJsonObject windowsOnly(const QJsonArray &windows)
{
    return {{QStringLiteral("windows"), windows}};
}

QJsonObject figures(int window, const QString &staffNo, int served, qint64 averageServiceMs)
{
    return {{QStringLiteral("window"), window},
            {QStringLiteral("staffNo"), staffNo},
            {QStringLiteral("served"), served},
            {QStringLiteral("averageServiceMs"), double(averageServiceMs)}};
}

// A kiosk and the counters of windows 1 and 2 with S1 and S2 signed in, and tickets waiting in
// one queue.
struct TwoCounters
{
    std::unique_ptr<RawTerminal> kiosk;
    std::unique_ptr<RawTerminal> first;
    std::unique_ptr<RawTerminal> second;

    bool open(NetworkFixture &fixture, int tickets, const QString &queue = QStringLiteral("QA1"))
    {
        kiosk = fixture.raw(TerminalRole::Kiosk, 0);
        first = fixture.raw(TerminalRole::Counter, 1);
        second = fixture.raw(TerminalRole::Counter, 2);
        if (!kiosk || !first || !second || !fixture.signInCounter(*first, QStringLiteral("S1")) ||
            !fixture.signInCounter(*second, QStringLiteral("S2")))
            return false;
        for (int i = 0; i < tickets; ++i)
            if (issueIn(*kiosk, queue).isEmpty())
                return false;
        return true;
    }
};

bool hasAction(const QJsonObject &data, const char *action)
{
    return data.value(QLatin1String("action")).toString() == QLatin1String(action);
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
    void snapshotListsReturnableNoShows();
    void snapshotFiguresOfTheSignedInClerk();
    void snapshotFiguresOfAnEmptyWindow();
    void holdExpiryReachesTheHoldingWindow();
    void signOutTellsTheWindowOfReturnedTickets();
    void snapshotListsTicketsTransferredToTheWindow();
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
    // 2 + 2 + 1 (A001), 2 + 1 + 2 + 1 (A002 until it left the window), 2 + 1 (A003), and the
    // rating the finish asks the window's pad for (PROTOCOL.md §12.2).
    QTRY_COMPARE(counter->events().size(), 15);
    QStringList actions;
    for (const QJsonObject &event : counter->events()) {
        const QJsonObject data = event.value(QLatin1String("data")).toObject();
        actions << (event.value(QLatin1String("kind")).toString() == QLatin1String("call")
                        ? QStringLiteral("CALL")
                        : data.value(QLatin1String("action")).toString());
    }
    QCOMPARE(actions.join(QLatin1Char(' ')),
             QStringLiteral("call CALL recall CALL noShow call CALL hold resumeHeld CALL transfer "
                            "call CALL finish request"));
}

void TestHallServer::snapshotListsReturnableNoShows()
{
    NetworkFixture fixture;
    QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
    TwoCounters hall;
    QVERIFY(hall.open(fixture, 3));
    auto &first = hall.first;
    auto &second = hall.second;

    // A001 is a no-show at window 1, A002 at window 2; ten minutes later A003 at window 1.
    const QJsonObject a001 = ticketOf(first->change(QStringLiteral("callNext")));
    QCOMPARE(a001.value(QLatin1String("number")).toString(), QStringLiteral("A001"));
    QVERIFY(isOk(first->change(QStringLiteral("noShow"), idArgs(a001))));
    const QJsonObject a002 = ticketOf(second->change(QStringLiteral("callNext")));
    QCOMPARE(a002.value(QLatin1String("number")).toString(), QStringLiteral("A002"));
    QVERIFY(isOk(second->change(QStringLiteral("noShow"), idArgs(a002))));
    fixture.manualClock().advanceSecs(10 * 60);
    const QJsonObject a003 = ticketOf(first->change(QStringLiteral("callNext")));
    QCOMPARE(a003.value(QLatin1String("number")).toString(), QStringLiteral("A003"));
    QVERIFY(isOk(first->change(QStringLiteral("noShow"), idArgs(a003))));

    // Only window 1's own no-shows, newest first, as full tickets.
    QJsonObject snapshot = first->call(QStringLiteral("subscribe"), windowsOnly({1}));
    QVERIFY2(isOk(snapshot), qPrintable(describe(snapshot)));
    QCOMPARE(numbersIn(snapshot, QStringLiteral("noShows")), QStringList({"A003", "A001"}));
    const QJsonObject listed =
        resultOf(snapshot).value(QLatin1String("noShows")).toArray().first().toObject();
    QCOMPARE(listed.value(QLatin1String("status")).toString(), QStringLiteral("no_show"));
    QCOMPARE(listed.value(QLatin1String("window")).toInt(), 1);
    QCOMPARE(listed.value(QLatin1String("noShowAtMs")).toDouble(), double(fixture.clock().nowMs()));
    QVERIFY(numbersIn(snapshot, QStringLiteral("tickets")).isEmpty());
    snapshot = second->call(QStringLiteral("subscribe"), windowsOnly({2}));
    QCOMPARE(numbersIn(snapshot, QStringLiteral("noShows")), QStringList({"A002"}));

    // Thirty minutes after A001's no-show it may still come back, and is still listed...
    fixture.manualClock().advanceSecs(20 * 60);
    snapshot = first->call(QStringLiteral("snapshot"));
    QCOMPARE(numbersIn(snapshot, QStringLiteral("noShows")), QStringList({"A003", "A001"}));
    // ...a second later it may not, and is gone from the list.
    fixture.manualClock().advanceSecs(1);
    snapshot = first->call(QStringLiteral("snapshot"));
    QCOMPARE(numbersIn(snapshot, QStringLiteral("noShows")), QStringList({"A003"}));
    QCOMPARE(errorCode(first->change(QStringLiteral("returnNoShow"), idArgs(a001))),
             QStringLiteral("no_show_return_expired"));
    // A no-show that came back is waiting again, no longer a no-show.
    QVERIFY(isOk(first->change(QStringLiteral("returnNoShow"), idArgs(a003))));
    snapshot = first->call(QStringLiteral("snapshot"));
    QVERIFY(numbersIn(snapshot, QStringLiteral("noShows")).isEmpty());

    // Through "*" a board gets the window overview, not the counters' lists.
    auto board = fixture.raw(TerminalRole::Board, 0);
    QVERIFY(board);
    snapshot = board->call(QStringLiteral("subscribe"), windowsOnly({QStringLiteral("*")}));
    QVERIFY2(isOk(snapshot), qPrintable(describe(snapshot)));
    QCOMPARE(resultOf(snapshot).value(QLatin1String("noShows")).toArray(), QJsonArray());
    QCOMPARE(resultOf(snapshot).value(QLatin1String("figures")).toArray(), QJsonArray());
}

void TestHallServer::snapshotFiguresOfTheSignedInClerk()
{
    NetworkFixture fixture;
    QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
    TwoCounters hall;
    QVERIFY(hall.open(fixture, 4));
    auto &first = hall.first;
    auto &second = hall.second;

    // S1 serves A001 for 200 s and A003 for 300 s; S2 serves A002 for 200 s meanwhile.
    const QJsonObject a001 = ticketOf(first->change(QStringLiteral("callNext")));
    const QJsonObject a002 = ticketOf(second->change(QStringLiteral("callNext")));
    fixture.manualClock().advanceSecs(200);
    QVERIFY(isOk(first->change(QStringLiteral("finish"), idArgs(a001))));
    QVERIFY(isOk(second->change(QStringLiteral("finish"), idArgs(a002))));
    const QJsonObject a003 = ticketOf(first->change(QStringLiteral("callNext")));
    QCOMPARE(a003.value(QLatin1String("number")).toString(), QStringLiteral("A003"));
    fixture.manualClock().advanceSecs(300);
    QVERIFY(isOk(first->change(QStringLiteral("finish"), idArgs(a003))));

    QJsonObject snapshot = first->call(QStringLiteral("subscribe"), windowsOnly({1}));
    QVERIFY2(isOk(snapshot), qPrintable(describe(snapshot)));
    QCOMPARE(resultOf(snapshot).value(QLatin1String("figures")).toArray(),
             QJsonArray({figures(1, QStringLiteral("S1"), 2, 250'000)}));
    // A board naming windows gets them in window order.
    auto board = fixture.raw(TerminalRole::Board, 0);
    QVERIFY(board);
    snapshot = board->call(QStringLiteral("subscribe"), windowsOnly({2, 1}));
    QVERIFY2(isOk(snapshot), qPrintable(describe(snapshot)));
    QCOMPARE(resultOf(snapshot).value(QLatin1String("figures")).toArray(),
             QJsonArray({figures(1, QStringLiteral("S1"), 2, 250'000),
                         figures(2, QStringLiteral("S2"), 1, 200'000)}));

    // S1 moves to window 2: the figures follow the clerk, and window 1 has nobody now.
    QVERIFY(isOk(first->change(QStringLiteral("signOut"))));
    QVERIFY(isOk(second->change(QStringLiteral("signOut"))));
    QVERIFY(isOk(second->call(QStringLiteral("logout"))));
    QVERIFY(fixture.signInCounter(*second, QStringLiteral("S1")));
    const QJsonObject a004 = ticketOf(second->change(QStringLiteral("callNext")));
    QCOMPARE(a004.value(QLatin1String("number")).toString(), QStringLiteral("A004"));
    fixture.manualClock().advanceSecs(400);
    QVERIFY(isOk(second->change(QStringLiteral("finish"), idArgs(a004))));
    snapshot = board->call(QStringLiteral("snapshot"));
    QCOMPARE(
        resultOf(snapshot).value(QLatin1String("figures")).toArray(),
        QJsonArray({figures(1, QString(), 0, 0), figures(2, QStringLiteral("S1"), 3, 300'000)}));
}

void TestHallServer::snapshotFiguresOfAnEmptyWindow()
{
    NetworkFixture fixture;
    QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
    auto pad = fixture.raw(TerminalRole::Pad, 3);
    QVERIFY(pad);
    const QJsonObject snapshot = pad->call(QStringLiteral("subscribe"), windowsOnly({3}));
    QVERIFY2(isOk(snapshot), qPrintable(describe(snapshot)));
    QCOMPARE(resultOf(snapshot).value(QLatin1String("figures")).toArray(),
             QJsonArray({figures(3, QString(), 0, 0)}));
    QCOMPARE(resultOf(snapshot).value(QLatin1String("noShows")).toArray(), QJsonArray());
    QCOMPARE(resultOf(snapshot).value(QLatin1String("tickets")).toArray(), QJsonArray());
}

void TestHallServer::holdExpiryReachesTheHoldingWindow()
{
    NetworkFixture fixture;
    QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
    TwoCounters hall;
    QVERIFY(hall.open(fixture, 1, QStringLiteral("QA2")));
    auto &holder = hall.first;
    auto &other = hall.second;
    // Each counter watches its own window and no queue.
    QVERIFY(isOk(holder->call(QStringLiteral("subscribe"), windowsOnly({1}))));
    QVERIFY(isOk(other->call(QStringLiteral("subscribe"), windowsOnly({2}))));

    const QJsonObject a001 = ticketOf(holder->change(QStringLiteral("callNext")));
    QCOMPARE(a001.value(QLatin1String("number")).toString(), QStringLiteral("A001"));
    QVERIFY(isOk(holder->change(QStringLiteral("hold"), idArgs(a001))));

    // Within the 15 minutes the sweep leaves it held.
    fixture.manualClock().advanceSecs(14 * 60);
    fixture.server()->sweepNow();
    QJsonObject snapshot = holder->call(QStringLiteral("snapshot"));
    QCOMPARE(numbersIn(snapshot, QStringLiteral("tickets")), QStringList({"A001"}));
    QCOMPARE(fixture.count(QStringLiteral("events"), QStringLiteral("kind = 'hold_expired'")), 0);

    fixture.manualClock().advanceSecs(2 * 60);
    fixture.server()->sweepNow();
    const QJsonObject expired =
        holder->waitEvent(QStringLiteral("ticket"),
                          [](const QJsonObject &d) { return hasAction(d, "hold_expired"); });
    QVERIFY2(!expired.isEmpty(), "the holding window heard nothing of the expiry");
    const QJsonObject data = expired.value(QLatin1String("data")).toObject();
    QCOMPARE(data.value(QLatin1String("previousWindow")).toInt(), 1);
    const QJsonObject ticket = data.value(QLatin1String("ticket")).toObject();
    QCOMPARE(ticket.value(QLatin1String("number")).toString(), QStringLiteral("A001"));
    QCOMPARE(ticket.value(QLatin1String("status")).toString(), QStringLiteral("waiting"));
    QCOMPARE(ticket.value(QLatin1String("window")).toInt(), 0);
    QCOMPARE(ticket.value(QLatin1String("boosted")).toBool(), true);
    snapshot = holder->call(QStringLiteral("snapshot"));
    QVERIFY(numbersIn(snapshot, QStringLiteral("tickets")).isEmpty());

    // Another window did not hear it: its own pause, published after the expiry, is the
    // first event it gets.
    QVERIFY(isOk(other->change(QStringLiteral("pause"))));
    QVERIFY(!other->waitEvent(QStringLiteral("window")).isEmpty());
    QCOMPARE(other->events().size(), 1);
}

void TestHallServer::signOutTellsTheWindowOfReturnedTickets()
{
    NetworkFixture fixture;
    QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
    auto kiosk = fixture.raw(TerminalRole::Kiosk, 0);
    auto counter = fixture.raw(TerminalRole::Counter, 1);
    QVERIFY(kiosk && counter);
    QVERIFY(fixture.signInCounter(*counter, QStringLiteral("S1")));
    QVERIFY(!issueIn(*kiosk, QStringLiteral("QA2")).isEmpty());
    QVERIFY(isOk(counter->call(QStringLiteral("subscribe"), windowsOnly({1}))));
    const QJsonObject a001 = ticketOf(counter->change(QStringLiteral("callNext")));
    QVERIFY(isOk(counter->change(QStringLiteral("hold"), idArgs(a001))));
    QVERIFY(isOk(counter->change(QStringLiteral("signOut"))));

    const QJsonObject returned = counter->waitEvent(
        QStringLiteral("ticket"), [](const QJsonObject &d) { return hasAction(d, "returned"); });
    QVERIFY2(!returned.isEmpty(), "the window that signed out heard nothing of its held ticket");
    const QJsonObject data = returned.value(QLatin1String("data")).toObject();
    QCOMPARE(data.value(QLatin1String("previousWindow")).toInt(), 1);
    QCOMPARE(data.value(QLatin1String("ticket")).toObject().value(QLatin1String("status")),
             QJsonValue(QStringLiteral("waiting")));
}

void TestHallServer::snapshotListsTicketsTransferredToTheWindow()
{
    NetworkFixture fixture;
    QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
    TwoCounters hall;
    QVERIFY(hall.open(fixture, 3));
    auto &first = hall.first;
    auto &second = hall.second;

    // Window 1 sends A001 and then A002 to window 2 with a note; A003 stays in the queue.
    for (const char *number : {"A001", "A002"}) {
        const QJsonObject called = ticketOf(first->change(QStringLiteral("callNext")));
        QCOMPARE(called.value(QLatin1String("number")).toString(), QLatin1String(number));
        QJsonObject args = idArgs(called);
        args.insert(QStringLiteral("window"), 2);
        args.insert(QStringLiteral("comment"), QStringLiteral("材料已初审"));
        QVERIFY(isOk(first->change(QStringLiteral("transfer"), args)));
    }

    // Window 2 finds them in its snapshot, in line order; they are in no queue's list.
    QJsonObject snapshot =
        second->call(QStringLiteral("subscribe"), {{QStringLiteral("windows"), QJsonArray{2}},
                                                   {QStringLiteral("queues"), QJsonArray{"QA1"}}});
    QVERIFY2(isOk(snapshot), qPrintable(describe(snapshot)));
    QCOMPARE(numbersIn(snapshot, QStringLiteral("transferredIn")), QStringList({"A001", "A002"}));
    const QJsonObject listed =
        resultOf(snapshot).value(QLatin1String("transferredIn")).toArray().first().toObject();
    QCOMPARE(listed.value(QLatin1String("targetWindow")).toInt(), 2);
    QCOMPARE(listed.value(QLatin1String("transferComment")).toString(),
             QStringLiteral("材料已初审"));
    const QJsonArray queues = resultOf(snapshot).value(QLatin1String("queues")).toArray();
    QCOMPARE(queues.size(), 1);
    QCOMPARE(queues.first().toObject().value(QLatin1String("tickets")).toArray().size(), 1);
    // Window 1 has none, and once window 2 calls A001 it leaves the list.
    snapshot = first->call(QStringLiteral("subscribe"), windowsOnly({1}));
    QVERIFY(numbersIn(snapshot, QStringLiteral("transferredIn")).isEmpty());
    QVERIFY(
        isOk(second->change(QStringLiteral("callTicket"), {{QStringLiteral("number"), "A001"}})));
    snapshot = second->call(QStringLiteral("snapshot"));
    QCOMPARE(numbersIn(snapshot, QStringLiteral("transferredIn")), QStringList({"A002"}));
}

QTEST_GUILESS_MAIN(TestHallServer)
#include "tst_hallserver.moc"
