// HallClient against a real HallServer: it gets ready, follows the hall through a snapshot and
// numbered events, reconnects and resumes by itself, and its outbox makes every change happen
// exactly once, in order, whatever happens to the connection.

#include "NetworkFixture.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QtTest>
#include <future>

using namespace halldesk;
using namespace halldesk::test;

namespace {

QJsonObject issue(const QString &queue)
{
    return {{QStringLiteral("queue"), queue}};
}

// Holds the writer until released, so a request can be in flight for as long as a test needs.
class WriterGate
{
public:
    explicit WriterGate(EngineExecutor &executor)
    {
        executor.post(
            [future = m_open.get_future().share()](WriterContext &) {
                future.wait();
                return 0;
            },
            [](int) {});
    }
    ~WriterGate() { release(); }
    void release()
    {
        if (!m_released)
            m_open.set_value();
        m_released = true;
    }

private:
    std::promise<void> m_open;
    bool m_released = false;
};

} // namespace

class TestHallClient : public QObject
{
    Q_OBJECT

private slots:
    void readyWithSnapshotAndNumberedEvents();
    void reconnectsAndResumesItsSession();
    void aSubscriptionWaitsQuietlyForTheSignIn();
    void outboxWaitsForTheServer();
    void changeInFlightWhenTheConnectionDrops_data();
    void changeInFlightWhenTheConnectionDrops();
    void stopAndStartWithAChangeInFlight();
    void gapInSequenceNumbersBringsASnapshot();
    void sessionAndBinaryMessagesForUploads();
};

void TestHallClient::readyWithSnapshotAndNumberedEvents()
{
    NetworkFixture fixture(NetworkFixture::ClockKind::System);
    QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
    auto board = fixture.client(TerminalRole::Board, 0);
    board->setSubscription({{QStringLiteral("calls"), true},
                            {QStringLiteral("queues"), QJsonArray{QStringLiteral("*")}}});
    QSignalSpy snapshots(board.get(), &HallClient::snapshotReceived);
    QSignalSpy events(board.get(), &HallClient::eventReceived);
    QVERIFY(board->start());
    QVERIFY(waitForState(*board, HallClient::State::Ready));
    QTRY_COMPARE(snapshots.count(), 1);
    const QJsonObject snapshot = snapshots.first().first().toJsonObject();
    QCOMPARE(snapshot.value(QLatin1String("queues")).toArray().size(), 3);
    QCOMPARE(board->lastSequence(), qint64(snapshot.value(QLatin1String("seq")).toDouble()));

    auto issuer = fixture.client(TerminalRole::Kiosk, 0);
    auto counter = fixture.client(TerminalRole::Counter, 1);
    QVERIFY(issuer->start() && counter->start());
    QVERIFY(waitForState(*counter, HallClient::State::Ready));
    ReplyCatcher login;
    counter->login(QStringLiteral("S1"), NetworkFixture::Password, login.callback());
    QVERIFY(login.wait());
    QVERIFY(login.reply().ok);
    counter->submit(QStringLiteral("signIn"));
    for (const char *queue : {"QA1", "QA2", "QB", "QA1"})
        issuer->submit(QStringLiteral("issueTicket"), issue(QLatin1String(queue)));
    QTRY_COMPARE(issuer->pendingChanges(), 0);
    ReplyCatcher first, second;
    counter->submit(QStringLiteral("callNext"), {}, first.callback());
    counter->submit(QStringLiteral("callNext"), {}, second.callback());
    QVERIFY(first.wait() && second.wait());
    QVERIFY(first.reply().ok);
    // The second call is refused: window 1 is busy with the first ticket.
    QCOMPARE(second.reply().error.code(), ErrorCode::WindowBusy);

    // 4 issues, 1 call (ticket and call event), the window and queue figures: all numbered
    // on from the snapshot without a gap, and nothing that could not be applied.
    QTRY_VERIFY(events.count() >= 4 + 2 + 1);
    qint64 seq = qint64(snapshot.value(QLatin1String("seq")).toDouble());
    QStringList kinds;
    for (const QList<QVariant> &event : std::as_const(events)) {
        QCOMPARE(event.at(2).toLongLong(), ++seq);
        kinds << event.at(0).toString();
    }
    QCOMPARE(kinds.count(QStringLiteral("call")), 1);
    QVERIFY2(kinds.count(QStringLiteral("ticket")) >= 5, qPrintable(kinds.join(' ')));
    QCOMPARE(snapshots.count(), 1);
}

void TestHallClient::aSubscriptionWaitsQuietlyForTheSignIn()
{
    NetworkFixture fixture(NetworkFixture::ClockKind::System);
    QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
    auto counter = fixture.client(TerminalRole::Counter, 1);
    counter->setSubscription({{QStringLiteral("windows"), QJsonArray{1}}});
    QSignalSpy snapshots(counter.get(), &HallClient::snapshotReceived);
    QSignalSpy problems(counter.get(), &HallClient::connectionProblem);
    QVERIFY(counter->start());
    QVERIFY(waitForState(*counter, HallClient::State::Ready));
    // Nobody signed in yet: not subscribed, and nothing for anyone to see as a problem.
    QCOMPARE(snapshots.count(), 0);
    QCOMPARE(problems.count(), 0);
    ReplyCatcher login;
    counter->login(QStringLiteral("S1"), NetworkFixture::Password, login.callback());
    QVERIFY(login.wait() && login.reply().ok);
    QTRY_COMPARE(snapshots.count(), 1);
    QCOMPARE(problems.count(), 0);
}

void TestHallClient::reconnectsAndResumesItsSession()
{
    NetworkFixture fixture(NetworkFixture::ClockKind::System);
    QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
    auto counter = fixture.client(TerminalRole::Counter, 1);
    counter->setSubscription({{QStringLiteral("windows"), QJsonArray{1}}});
    QSignalSpy snapshots(counter.get(), &HallClient::snapshotReceived);
    QSignalSpy states(counter.get(), &HallClient::stateChanged);
    QSignalSpy lost(counter.get(), &HallClient::sessionLost);
    QVERIFY(counter->start());
    QVERIFY(waitForState(*counter, HallClient::State::Ready));
    ReplyCatcher login;
    counter->login(QStringLiteral("S1"), NetworkFixture::Password, login.callback());
    QVERIFY(login.wait() && login.reply().ok);
    QTRY_COMPARE(snapshots.count(), 1);
    ReplyCatcher signIn;
    counter->submit(QStringLiteral("signIn"), {}, signIn.callback());
    QVERIFY(signIn.wait() && signIn.reply().ok);

    for (int round = 1; round <= 3; ++round) {
        states.clear();
        counter->abortConnectionForTesting();
        QVERIFY(waitForState(*counter, HallClient::State::Ready));
        QVERIFY(states.contains({QVariant::fromValue(HallClient::State::Offline)}));
        QTRY_COMPARE(snapshots.count(), 1 + round);
    }
    QCOMPARE(fixture.requests(QStringLiteral("login"), QStringLiteral("ok")), quint64(1));
    QCOMPARE(fixture.requests(QStringLiteral("resume"), QStringLiteral("ok")), quint64(3));
    QVERIFY(lost.isEmpty());
    QVERIFY(counter->signedInStaff());
    // Still signed in: the server answers the window operation itself.
    ReplyCatcher call;
    counter->submit(QStringLiteral("callNext"), {}, call.callback());
    QVERIFY(call.wait());
    QCOMPARE(call.reply().error.code(), ErrorCode::NoTicketWaiting);
}

void TestHallClient::outboxWaitsForTheServer()
{
    NetworkFixture fixture(NetworkFixture::ClockKind::System);
    QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
    auto kiosk = fixture.client(TerminalRole::Kiosk, 0);
    QSignalSpy answered(kiosk.get(), &HallClient::outboxAnswered);
    QVERIFY(kiosk->start());
    QVERIFY(waitForState(*kiosk, HallClient::State::Ready));

    fixture.stopServer();
    QVERIFY(waitForState(*kiosk, HallClient::State::Offline));
    QCOMPARE(fixture.counter(QStringLiteral("halldesk_connections")), quint64(0));
    const QStringList order{"QA1", "QB", "QA2", "QB", "QA1", "QA2"};
    QStringList keys;
    for (const QString &queue : order)
        keys << kiosk->submit(QStringLiteral("issueTicket"), issue(queue));
    QCOMPARE(kiosk->pendingChanges(), int(order.size()));
    // Several connection attempts fail meanwhile; nothing is lost or sent.
    QTest::qWait(800);
    QCOMPARE(kiosk->pendingChanges(), int(order.size()));
    QVERIFY(answered.isEmpty());
    QCOMPARE(fixture.count(QStringLiteral("tickets")), 0);

    QVERIFY2(fixture.startServer(), qPrintable(fixture.error()));
    QVERIFY(waitForState(*kiosk, HallClient::State::Ready));
    QTRY_COMPARE(kiosk->pendingChanges(), 0);
    QCOMPARE(answered.count(), order.size());
    for (int i = 0; i < answered.count(); ++i) {
        QCOMPARE(answered.at(i).at(0).toString(), keys.at(i));
        QVERIFY(answered.at(i).at(1).value<ClientReply>().ok);
    }
    // Each exactly once, in the order they were made.
    QStringList issued;
    for (const QVariantList &row : fixture.rows(QStringLiteral(
             "SELECT q.code FROM events e JOIN tickets t ON t.id = e.ticket_id JOIN queues q ON "
             "q.id = t.queue_id WHERE e.kind = 'issue' ORDER BY e.id")))
        issued << row.value(0).toString();
    QCOMPARE(issued, order);
    QCOMPARE(fixture.count(QStringLiteral("request_log")), int(order.size()));
}

void TestHallClient::changeInFlightWhenTheConnectionDrops_data()
{
    QTest::addColumn<bool>("answerLost"); // the server did it, only its answer was lost
    QTest::newRow("dropped right after submit") << false;
    QTest::newRow("dropped before the answer") << true;
}

void TestHallClient::changeInFlightWhenTheConnectionDrops()
{
    QFETCH(bool, answerLost);
    NetworkFixture fixture(NetworkFixture::ClockKind::System);
    QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
    auto kiosk = fixture.client(TerminalRole::Kiosk, 0);
    QVERIFY(kiosk->start());
    QVERIFY(waitForState(*kiosk, HallClient::State::Ready));

    std::optional<WriterGate> gate;
    if (answerLost)
        gate.emplace(fixture.executor());
    ReplyCatcher reply;
    kiosk->submit(QStringLiteral("issueTicket"), issue(QStringLiteral("QA1")), reply.callback());
    if (answerLost)
        QTest::qWait(300); // the request reaches the server and waits for the writer
    kiosk->abortConnectionForTesting();
    QCOMPARE(kiosk->pendingChanges(), 1);
    if (gate)
        gate->release();

    QVERIFY(reply.wait(15000));
    QVERIFY(reply.reply().ok);
    QCOMPARE(reply.reply().replayed, answerLost);
    QCOMPARE(kiosk->pendingChanges(), 0);
    QCOMPARE(fixture.count(QStringLiteral("tickets")), 1);
    QCOMPARE(fixture.count(QStringLiteral("events"), QStringLiteral("kind = 'issue'")), 1);
    QCOMPARE(reply.reply().result.value("ticket").toObject().value("number").toString(),
             QStringLiteral("A001"));
}

void TestHallClient::stopAndStartWithAChangeInFlight()
{
    NetworkFixture fixture(NetworkFixture::ClockKind::System);
    QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
    auto kiosk = fixture.client(TerminalRole::Kiosk, 0);
    QVERIFY(kiosk->start());
    QVERIFY(waitForState(*kiosk, HallClient::State::Ready));
    {
        WriterGate gate(fixture.executor());
        kiosk->submit(QStringLiteral("issueTicket"), issue(QStringLiteral("QB")));
        QTest::qWait(200);
        kiosk->stop();
    }
    QCOMPARE(kiosk->pendingChanges(), 1);
    QVERIFY(kiosk->start());
    QVERIFY(waitForState(*kiosk, HallClient::State::Ready));
    QTRY_COMPARE(kiosk->pendingChanges(), 0);
    kiosk->submit(QStringLiteral("issueTicket"), issue(QStringLiteral("QB")));
    QTRY_COMPARE(kiosk->pendingChanges(), 0);
    QCOMPARE(fixture.count(QStringLiteral("tickets")), 2);
}

void TestHallClient::gapInSequenceNumbersBringsASnapshot()
{
    // A server that drops every event while the terminal's socket still has unsent data: the
    // event that follows an answer on the same connection is lost, and the next one shows it.
    NetworkFixture fixture(NetworkFixture::ClockKind::System,
                           [](ServerSettings &s) { s.maxPendingBytesPerConnection = 0; });
    QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
    auto kiosk = fixture.client(TerminalRole::Kiosk, 0);
    kiosk->setSubscription({{QStringLiteral("queues"), QJsonArray{QStringLiteral("QA1")}}});
    QSignalSpy snapshots(kiosk.get(), &HallClient::snapshotReceived);
    QSignalSpy events(kiosk.get(), &HallClient::eventReceived);
    QVERIFY(kiosk->start());
    QVERIFY(waitForState(*kiosk, HallClient::State::Ready));
    QTRY_COMPARE(snapshots.count(), 1);
    const qint64 first = kiosk->lastSequence();

    kiosk->submit(QStringLiteral("issueTicket"), issue(QStringLiteral("QA1")));
    QTRY_COMPARE(kiosk->pendingChanges(), 0);
    // The issue event was dropped; the queue figures that follow reveal the gap.
    QTRY_VERIFY(snapshots.count() >= 2);
    const QJsonObject fresh = snapshots.last().first().toJsonObject();
    const QJsonArray tickets = fresh.value(QLatin1String("queues"))
                                   .toArray()
                                   .first()
                                   .toObject()
                                   .value("tickets")
                                   .toArray();
    QCOMPARE(tickets.size(), 1);
    QVERIFY(kiosk->lastSequence() > first);
}

void TestHallClient::sessionAndBinaryMessagesForUploads()
{
    NetworkFixture fixture(NetworkFixture::ClockKind::System);
    QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
    auto counter = fixture.client(TerminalRole::Counter, 1);
    QSignalSpy sessions(counter.get(), &HallClient::sessionStarted);
    QSignalSpy frames(counter.get(), &HallClient::frameReceived);
    // Nothing goes out without a connection.
    QVERIFY(!counter->sendBinary(QByteArrayLiteral("HDU1")));
    QVERIFY(counter->start());
    QVERIFY(waitForState(*counter, HallClient::State::Ready));
    QCOMPARE(sessions.count(), 0);
    ReplyCatcher login;
    counter->login(QStringLiteral("S1"), NetworkFixture::Password, login.callback());
    QVERIFY(login.wait() && login.reply().ok);
    QCOMPARE(sessions.count(), 1);
    // After a reconnect the session is resumed, and said so.
    counter->abortConnectionForTesting();
    QVERIFY(QTest::qWaitFor([&] { return sessions.count() == 2; }, 15000));
    QVERIFY(waitForState(*counter, HallClient::State::Ready));
    // A binary message reaches the server; its answer is a frame HallClient hands on.
    QVERIFY(counter->sendBinary(QByteArray("HDU1") + QByteArray(12, '\0')));
    QVERIFY(QTest::qWaitFor([&] { return !frames.isEmpty(); }, 15000));
    QCOMPARE(frames.constFirst().at(0).toString(), QStringLiteral("uploadAck"));
    const QJsonObject ack = frames.constFirst().at(1).toJsonObject();
    QCOMPARE(ack.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString(),
             QStringLiteral("unknown_upload"));
}

QTEST_GUILESS_MAIN(TestHallClient)
#include "tst_hallclient.moc"
