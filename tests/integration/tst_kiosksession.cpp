// The ticket kiosk's core (KioskSession) against the real hall server over TLS: the queues
// and their live figures, one ticket per touch, resident IDs checked before anything is sent,
// nothing issued while offline, and a request whose answer was lost (a dropped connection, a
// killed kiosk) yielding exactly one ticket.

#include "HallCalls.h"
#include "NetworkFixture.h"
#include "client/HallClient.h"
#include "kiosk/KioskSession.h"
#include "terminal/SqliteOutbox.h"
#include "terminal/TerminalStore.h"

#include <QSignalSpy>
#include <QTest>

using namespace halldesk;
using namespace halldesk::test;

class TestKioskSession : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void theHallAndItsFiguresAreKnown();
    void oneTouchIssuesOneTicket();
    void aWrongResidentIdIsRefusedBeforeSending_data();
    void aWrongResidentIdIsRefusedBeforeSending();
    void theServerLimitsOneOpenTicketPerResident();
    void aBusyKioskTakesNoSecondRequest();
    void nothingIsIssuedWhileOffline();
    void aDroppedConnectionYieldsOneTicket();
    void aKilledKioskRecoversItsTicketOnce();
    void staleRequestsAreDropped();
    void onlyOfferedPriorityGroups();

private:
    bool startSession(ClientOutbox *outbox = nullptr);

    std::unique_ptr<NetworkFixture> m_fixture;
    std::unique_ptr<HallClient> m_client;
    std::unique_ptr<KioskSession> m_session;
};

void TestKioskSession::init()
{
    m_fixture = std::make_unique<NetworkFixture>();
    QVERIFY2(m_fixture->isValid(), qPrintable(m_fixture->error()));
    QVERIFY(startSession());
}

void TestKioskSession::cleanup()
{
    m_session.reset();
    m_client.reset();
    m_fixture.reset();
}

bool TestKioskSession::startSession(ClientOutbox *outbox)
{
    m_session.reset();
    m_client = m_fixture->client(TerminalRole::Kiosk, 0, outbox);
    m_session = std::make_unique<KioskSession>(*m_client, m_fixture->clock());
    QString error;
    if (!m_session->start(&error)) {
        qWarning().noquote() << error;
        return false;
    }
    return waitForState(*m_client, HallClient::State::Ready) &&
           QTest::qWaitFor([&] { return !m_session->hall().isEmpty(); }, 10000);
}

void TestKioskSession::theHallAndItsFiguresAreKnown()
{
    const QList<KioskArea> areas = m_session->hall().areas();
    QCOMPARE(areas.size(), 2);
    QCOMPARE(areas.at(0).name, QStringLiteral("综合"));
    QCOMPARE(areas.at(1).name, QStringLiteral("公安"));
    const auto queue = m_session->hall().queue(QStringLiteral("QA1"));
    QVERIFY(queue);
    QVERIFY(queue->windows.contains(1));
    QVERIFY(queue->isClosed());

    auto counter = m_fixture->raw(TerminalRole::Counter, 1);
    auto kiosk = m_fixture->raw(TerminalRole::Kiosk, 0);
    QVERIFY(counter && kiosk);
    QVERIFY(m_fixture->signInCounter(*counter, QStringLiteral("S1")));
    QVERIFY(!issueTicket(*kiosk, QStringLiteral("QA1")).isEmpty());
    QVERIFY(!issueTicket(*kiosk, QStringLiteral("QA1")).isEmpty());
    QVERIFY(QTest::qWaitFor([&] {
        const auto now = m_session->hall().queue(QStringLiteral("QA1"));
        return now->waiting == 2 && !now->isClosed();
    }));
    QCOMPARE(m_session->hall().areas().at(0).waiting, 2);
    QCOMPARE(m_session->hall().areas().at(1).waiting, 0);
}

void TestKioskSession::oneTouchIssuesOneTicket()
{
    QSignalSpy issued(m_session.get(), &KioskSession::ticketIssued);
    QSignalSpy busy(m_session.get(), &KioskSession::busyChanged);
    KioskRequest request;
    request.queue = QStringLiteral("QA1");
    request.residentId = QStringLiteral("11010519491231002x");
    OperationError why;
    QVERIFY(m_session->request(request, &why));
    QVERIFY(m_session->isBusy());
    QVERIFY(issued.wait(10000));
    QVERIFY(!m_session->isBusy());
    QCOMPARE(busy.size(), 2);
    const KioskTicket ticket = issued.at(0).at(0).value<KioskTicket>();
    QVERIFY(ticket.isValid());
    QCOMPARE(ticket.queue, QStringLiteral("QA1"));
    QVERIFY(!ticket.queueName.isEmpty());
    QVERIFY(ticket.windows.contains(1));
    QCOMPARE(ticket.waitingAhead, 0);
    QCOMPARE(ticket.serviceDay, 20261130);
    QVERIFY(!ticket.recovered);
    QCOMPARE(m_fixture->count(QStringLiteral("tickets")), 1);
    // The ID went as its normalized 18 characters, stored encrypted: never as typed.
    QCOMPARE(m_fixture->count(QStringLiteral("tickets"),
                              QStringLiteral("resident_hash <> '' AND resident_id_enc <> ''")),
             1);
}

void TestKioskSession::aWrongResidentIdIsRefusedBeforeSending_data()
{
    QTest::addColumn<QString>("id");
    QTest::newRow("check digit") << QStringLiteral("110105194912310021");
    QTest::newRow("too short") << QStringLiteral("1101051949123");
    QTest::newRow("letters") << QStringLiteral("11010519491231002A");
    QTest::newRow("birth date") << QStringLiteral("110105194902301234");
}

void TestKioskSession::aWrongResidentIdIsRefusedBeforeSending()
{
    QFETCH(QString, id);
    KioskRequest request;
    request.queue = QStringLiteral("QA1");
    request.residentId = id;
    OperationError why;
    QVERIFY(!m_session->request(request, &why));
    QCOMPARE(why.code(), ErrorCode::InvalidResidentId);
    QVERIFY(!why.detail().isEmpty());
    QVERIFY(!m_session->isBusy());
    QCOMPARE(m_client->pendingChanges(), 0);
    QCOMPARE(m_fixture->count(QStringLiteral("tickets")), 0);
}

void TestKioskSession::theServerLimitsOneOpenTicketPerResident()
{
    QSignalSpy issued(m_session.get(), &KioskSession::ticketIssued);
    QSignalSpy failed(m_session.get(), &KioskSession::requestFailed);
    KioskRequest request;
    request.queue = QStringLiteral("QA1");
    request.residentId = QStringLiteral("420202198503123415");
    OperationError why;
    QVERIFY(m_session->request(request, &why));
    QVERIFY(issued.wait(10000));
    // The same person again, the old 15-digit card: the same resident to the server.
    request.residentId = QStringLiteral("420202850312341");
    QVERIFY(m_session->request(request, &why));
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.at(0).at(0).value<OperationError>().code(), ErrorCode::DuplicateResidentTicket);
    QCOMPARE(issued.size(), 1);
    QCOMPARE(m_fixture->count(QStringLiteral("tickets")), 1);
    // Another queue is allowed.
    request.queue = QStringLiteral("QB");
    QVERIFY(m_session->request(request, &why));
    QVERIFY(issued.wait(10000));
    QCOMPARE(m_fixture->count(QStringLiteral("tickets")), 2);
}

void TestKioskSession::aBusyKioskTakesNoSecondRequest()
{
    QSignalSpy issued(m_session.get(), &KioskSession::ticketIssued);
    KioskRequest request;
    request.queue = QStringLiteral("QA1");
    OperationError why;
    QVERIFY(m_session->request(request, &why));
    QVERIFY(!m_session->request(request, &why));
    QCOMPARE(why.code(), ErrorCode::ServerBusy);
    QVERIFY(issued.wait(10000));
    QTest::qWait(200);
    QCOMPARE(issued.size(), 1);
    QCOMPARE(m_fixture->count(QStringLiteral("tickets")), 1);
}

void TestKioskSession::nothingIsIssuedWhileOffline()
{
    QSignalSpy online(m_session.get(), &KioskSession::onlineChanged);
    m_fixture->stopServer();
    QVERIFY(QTest::qWaitFor([&] { return !m_session->isOnline(); }));
    KioskRequest request;
    request.queue = QStringLiteral("QA1");
    OperationError why;
    QVERIFY(!m_session->request(request, &why));
    QCOMPARE(why.code(), ErrorCode::Offline);
    QCOMPARE(m_client->pendingChanges(), 0);
    QVERIFY(m_fixture->startServer());
    QVERIFY(waitForState(*m_client, HallClient::State::Ready));
    QVERIFY(online.constLast().at(0).toBool());
    QTest::qWait(200);
    QCOMPARE(m_fixture->count(QStringLiteral("tickets")), 0);
}

void TestKioskSession::aDroppedConnectionYieldsOneTicket()
{
    QSignalSpy issued(m_session.get(), &KioskSession::ticketIssued);
    KioskRequest request;
    request.queue = QStringLiteral("QB");
    OperationError why;
    QVERIFY(m_session->request(request, &why));
    // The answer is lost with the connection; the request goes again under its key.
    m_client->abortConnectionForTesting();
    QVERIFY(issued.wait(15000));
    QTest::qWait(300);
    QCOMPARE(issued.size(), 1);
    QCOMPARE(m_fixture->count(QStringLiteral("tickets")), 1);
    QVERIFY(!m_session->isBusy());
}

void TestKioskSession::aKilledKioskRecoversItsTicketOnce()
{
    const QString storePath = m_fixture->directory() + QStringLiteral("/kiosk.db");
    QString number;
    {
        TerminalStore store(storePath);
        QVERIFY(!store.open());
        SqliteOutbox outbox(store);
        QVERIFY(startSession(&outbox));
        KioskRequest request;
        request.queue = QStringLiteral("QA2");
        request.residentId = QStringLiteral("440306199001011236");
        OperationError why;
        QVERIFY(m_session->request(request, &why));
        // The kiosk dies before the answer: the server goes away with the request in flight.
        m_fixture->stopServer();
        QCOMPARE(outbox.size(), 1);
        m_session.reset();
        m_client.reset();
    }
    QVERIFY(m_fixture->startServer());

    TerminalStore store(storePath);
    QVERIFY(!store.open());
    SqliteOutbox outbox(store);
    QCOMPARE(outbox.size(), 1);
    QCOMPARE(KioskSession::dropStaleRequests(outbox, m_fixture->clock().nowMs()), 0);
    m_client = m_fixture->client(TerminalRole::Kiosk, 0, &outbox);
    m_session = std::make_unique<KioskSession>(*m_client, m_fixture->clock());
    QSignalSpy recovered(m_session.get(), &KioskSession::ticketRecovered);
    QSignalSpy issued(m_session.get(), &KioskSession::ticketIssued);
    QString error;
    QVERIFY(m_session->start(&error));
    QVERIFY(recovered.wait(15000));
    const KioskTicket ticket = recovered.at(0).at(0).value<KioskTicket>();
    QVERIFY(ticket.recovered);
    QCOMPARE(ticket.queue, QStringLiteral("QA2"));
    QTest::qWait(300);
    QCOMPARE(recovered.size(), 1);
    QCOMPARE(issued.size(), 0);
    QCOMPARE(outbox.size(), 0);
    QCOMPARE(m_fixture->count(QStringLiteral("tickets")), 1);
    QVERIFY(!m_session->isBusy());
    m_session.reset();
    m_client.reset();
}

void TestKioskSession::staleRequestsAreDropped()
{
    const qint64 now = m_fixture->clock().nowMs();
    MemoryOutbox outbox;
    outbox.append({QStringLiteral("old"),
                   QStringLiteral("issueTicket"),
                   {},
                   now - KioskSession::StaleRequestMs - 1});
    outbox.append({QStringLiteral("old check-in"),
                   QStringLiteral("checkInAppointment"),
                   {},
                   now - 3600 * 1000});
    outbox.append({QStringLiteral("recent"), QStringLiteral("issueTicket"), {}, now - 60 * 1000});
    outbox.append({QStringLiteral("not a ticket"), QStringLiteral("logout"), {}, 0});
    QCOMPARE(KioskSession::dropStaleRequests(outbox, now), 2);
    QStringList kept;
    for (const OutboxEntry &entry : outbox.entries())
        kept << entry.key;
    QCOMPARE(kept, (QStringList{QStringLiteral("recent"), QStringLiteral("not a ticket")}));
}

void TestKioskSession::onlyOfferedPriorityGroups()
{
    QCOMPARE(m_session->offeredPriorityGroups().size(), 5);
    m_fixture->rows(QStringLiteral("UPDATE staff SET role = 'admin' WHERE staff_no = 'S8'"));
    auto console = m_fixture->raw(TerminalRole::Supervisor, 0);
    QVERIFY(console);
    QVERIFY(isOk(console->call(QStringLiteral("login"),
                               {{QStringLiteral("staffNo"), QStringLiteral("S8")},
                                {QStringLiteral("password"), NetworkFixture::Password}})));
    QSignalSpy changed(m_session.get(), &KioskSession::priorityGroupsChanged);
    QVERIFY(isOk(console->change(
        QStringLiteral("adminSetPriorityGroups"),
        {{QStringLiteral("groups"),
          QJsonObject{{QStringLiteral("elderly"), false}, {QStringLiteral("pregnant"), false}}}})));
    // Heard at once (the settings event) ...
    QVERIFY(changed.wait(10000));
    QCOMPARE(m_session->offeredPriorityGroups(),
             (QStringList{"disabled", "military", "serious_illness"}));
    // ... and read again by a kiosk started later.
    QVERIFY(startSession());
    QVERIFY(QTest::qWaitFor([&] { return m_session->offeredPriorityGroups().size() == 3; }, 10000));
}

QTEST_GUILESS_MAIN(TestKioskSession)
#include "tst_kiosksession.moc"
