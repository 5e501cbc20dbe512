// The hall board's behaviour (BoardSession) against the real hall server over TLS: calls made
// by a signed-in counter arrive newest first, a recall is flagged and moved to the top, the
// waiting citizens per area follow issuing and calling, and after a dropped connection or a
// server restart the board comes back by itself from a fresh snapshot without reporting old
// calls as new (so nothing is announced twice).

#include "HallCalls.h"
#include "NetworkFixture.h"
#include "board/BoardSession.h"
#include "client/HallClient.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace halldesk;
using namespace halldesk::test;

namespace {

int waitingIn(const BoardSession &session, const QString &area)
{
    for (const BoardArea &a : session.areas()) {
        if (a.code == area)
            return a.waiting;
    }
    return -1;
}

QStringList numbers(const BoardSession &session)
{
    QStringList list;
    for (const BoardCall &call : session.recentCalls())
        list << call.number;
    return list;
}

} // namespace

class TestBoardSession : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_serving = 0;
        m_fixture = std::make_unique<NetworkFixture>();
        QVERIFY2(m_fixture->isValid(), qPrintable(m_fixture->error()));
        m_counter = m_fixture->raw(TerminalRole::Counter, 1);
        m_kiosk = m_fixture->raw(TerminalRole::Kiosk, 0);
        QVERIFY(m_counter && m_kiosk);
        QVERIFY(m_fixture->signInCounter(*m_counter, QStringLiteral("S1")));
        m_client = m_fixture->client(TerminalRole::Board, 0);
        m_session = std::make_unique<BoardSession>(*m_client, m_fixture->clock());
        QString error;
        QVERIFY2(m_session->start(&error), qPrintable(error));
        QVERIFY(waitForState(*m_client, HallClient::State::Ready));
        QVERIFY(QTest::qWaitFor([&] { return m_session->areas().size() == 2; }, 10000));
    }

    void cleanup()
    {
        m_session.reset();
        m_client.reset();
        m_counter.reset();
        m_kiosk.reset();
        m_fixture.reset();
    }

    void theHallLayoutIsKnown()
    {
        const QList<BoardArea> areas = m_session->areas();
        QCOMPARE(areas.at(0).name, QStringLiteral("综合"));
        QCOMPARE(areas.at(0).letter, QStringLiteral("A"));
        QCOMPARE(areas.at(1).name, QStringLiteral("公安"));
        QCOMPARE(m_session->totalWaiting(), 0);
        QVERIFY(m_session->recentCalls().isEmpty());
        QVERIFY(m_session->isOnline());
    }

    void callsArriveNewestFirst()
    {
        QSignalSpy called(m_session.get(), &BoardSession::called);
        const QString first = issue(QStringLiteral("QA2"));
        const QString second = issue(QStringLiteral("QA2"));
        callNext();
        QVERIFY(QTest::qWaitFor([&] { return called.count() == 1; }));
        callNext();
        QVERIFY(QTest::qWaitFor([&] { return called.count() == 2; }));
        QCOMPARE(numbers(*m_session), (QStringList{second, first}));
        const BoardCall newest = m_session->recentCalls().constFirst();
        QCOMPARE(newest.window, 1);
        QCOMPARE(newest.windowName, QStringLiteral("窗口1"));
        QVERIFY(!newest.announcement.isEmpty());
        QVERIFY(newest.announcement.contains(second));
        QCOMPARE(newest.receivedAtMs, m_fixture->clock().nowMs());
        for (const QList<QVariant> &args : called)
            QCOMPARE(args.at(1).toBool(), false);
        QCOMPARE(called.at(1).at(0).value<BoardCall>().number, second);
    }

    void aRecallIsFlaggedAndMovesToTheTop()
    {
        QSignalSpy called(m_session.get(), &BoardSession::called);
        const QString first = issue(QStringLiteral("QA2"));
        callNext();
        const QString second = issue(QStringLiteral("QA2"));
        const qint64 secondId = callNext();
        QVERIFY(QTest::qWaitFor([&] { return called.count() == 2; }));
        QCOMPARE(numbers(*m_session), (QStringList{second, first}));

        const QJsonObject recalled =
            m_counter->change(QStringLiteral("recall"), {{QStringLiteral("ticketId"), secondId}});
        QVERIFY2(isOk(recalled), qPrintable(describe(recalled)));
        QVERIFY(QTest::qWaitFor([&] { return called.count() == 3; }));
        QCOMPARE(called.at(2).at(1).toBool(), true);
        const BoardCall again = called.at(2).at(0).value<BoardCall>();
        QCOMPARE(again.number, second);
        QCOMPARE(again.recall, 1);
        // Each ticket once: the recall replaced its first call at the top.
        QCOMPARE(numbers(*m_session), (QStringList{second, first}));
        QCOMPARE(m_session->recentCalls().constFirst().recall, 1);
    }

    void areaCountsFollowIssueAndCall()
    {
        issue(QStringLiteral("QA1"));
        issue(QStringLiteral("QA2"));
        issue(QStringLiteral("QB"));
        QVERIFY(QTest::qWaitFor([&] {
            return waitingIn(*m_session, QStringLiteral("a")) == 2 &&
                   waitingIn(*m_session, QStringLiteral("b")) == 1;
        }));
        QCOMPARE(m_session->totalWaiting(), 3);
        callNext();
        QVERIFY(QTest::qWaitFor([&] { return waitingIn(*m_session, QStringLiteral("a")) == 1; }));
        QCOMPARE(waitingIn(*m_session, QStringLiteral("b")), 1);
    }

    void aDroppedConnectionDoesNotRepeatCalls()
    {
        QSignalSpy called(m_session.get(), &BoardSession::called);
        const QString number = issue(QStringLiteral("QA2"));
        issue(QStringLiteral("QA2"));
        callNext();
        QVERIFY(QTest::qWaitFor([&] { return called.count() == 1; }));
        const int snapshots = m_session->snapshots();

        m_client->abortConnectionForTesting();
        QVERIFY(QTest::qWaitFor([&] { return m_session->snapshots() == snapshots + 1; }, 15000));
        QVERIFY(waitForState(*m_client, HallClient::State::Ready));
        // The fresh snapshot's recentCalls hold the call: shown, not reported again.
        QCOMPARE(numbers(*m_session), (QStringList{number}));
        QCOMPARE(m_session->recentCalls().constFirst().receivedAtMs, 0);
        QTest::qWait(300);
        QCOMPARE(called.count(), 1);
        QCOMPARE(waitingIn(*m_session, QStringLiteral("a")), 1);
    }

    void aServerRestartIsSurvived()
    {
        QSignalSpy called(m_session.get(), &BoardSession::called);
        QSignalSpy online(m_session.get(), &BoardSession::onlineChanged);
        const QString first = issue(QStringLiteral("QA2"));
        issue(QStringLiteral("QA2"));
        issue(QStringLiteral("QB"));
        callNext();
        QVERIFY(QTest::qWaitFor([&] {
            return called.count() == 1 && waitingIn(*m_session, QStringLiteral("a")) == 1;
        }));
        const int snapshots = m_session->snapshots();

        m_counter.reset();
        m_kiosk.reset();
        m_fixture->stopServer();
        QVERIFY(QTest::qWaitFor([&] { return !m_session->isOnline(); }));
        QVERIFY(!online.isEmpty() && !online.constLast().at(0).toBool());
        QVERIFY(m_fixture->startServer());
        QVERIFY(QTest::qWaitFor([&] { return m_session->snapshots() > snapshots; }, 15000));
        QVERIFY(waitForState(*m_client, HallClient::State::Ready));
        QVERIFY(online.constLast().at(0).toBool());
        // The restarted server forgot its recent calls; the board still shows the hall's
        // latest, rebuilt its counts from the snapshot and announced nothing again.
        QCOMPARE(numbers(*m_session), (QStringList{first}));
        QVERIFY(QTest::qWaitFor([&] {
            return m_session->areas().size() == 2 &&
                   waitingIn(*m_session, QStringLiteral("a")) == 1 &&
                   waitingIn(*m_session, QStringLiteral("b")) == 1;
        }));
        QTest::qWait(300);
        QCOMPARE(called.count(), 1);

        // Live again: the next call arrives once, on top.
        m_counter = m_fixture->raw(TerminalRole::Counter, 1);
        m_kiosk = m_fixture->raw(TerminalRole::Kiosk, 0);
        QVERIFY(m_counter && m_kiosk);
        QVERIFY(m_fixture->signInCounter(*m_counter, QStringLiteral("S1")));
        callNext();
        QVERIFY(QTest::qWaitFor([&] { return called.count() == 2; }));
        QCOMPARE(m_session->recentCalls().size(), 2);
        QCOMPARE(m_session->recentCalls().at(1).number, first);
        QVERIFY(QTest::qWaitFor([&] { return waitingIn(*m_session, QStringLiteral("a")) == 0; }));
    }

    void atMostTenCallsAreKept()
    {
        QSignalSpy called(m_session.get(), &BoardSession::called);
        QStringList issued;
        for (int i = 0; i < BoardSession::MaxCalls + 2; ++i) {
            issued.prepend(issue(QStringLiteral("QA2")));
            callNext();
        }
        QVERIFY(QTest::qWaitFor([&] { return called.count() == BoardSession::MaxCalls + 2; }));
        QCOMPARE(numbers(*m_session), issued.mid(0, BoardSession::MaxCalls));
    }

private:
    QString issue(const QString &queue) { return issueTicket(*m_kiosk, queue); }
    qint64 callNext() { return finishAndCallNext(*m_counter, m_serving); }

    std::unique_ptr<NetworkFixture> m_fixture;
    std::unique_ptr<RawTerminal> m_counter;
    std::unique_ptr<RawTerminal> m_kiosk;
    std::unique_ptr<HallClient> m_client;
    std::unique_ptr<BoardSession> m_session;
    qint64 m_serving = 0;
};

QTEST_GUILESS_MAIN(TestBoardSession)
#include "tst_boardsession.moc"
