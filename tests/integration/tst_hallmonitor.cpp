// The supervisor console's live hall (HallMonitor) against the real hall server over TLS: each
// window's state in the grid through sign-in, call, pause, finish, sign-out and a counter that
// disconnects; the queue and area figures with a longest wait that grows with the clock alone;
// and everything rebuilt from a fresh snapshot after a dropped connection, a server restart and a
// new service day.

#include "HallCalls.h"
#include "NetworkFixture.h"
#include "client/HallClient.h"
#include "supervisor/HallMonitor.h"

#include <QSignalSpy>
#include <QTest>

using namespace halldesk;
using namespace halldesk::test;

Q_DECLARE_METATYPE(halldesk::WindowStatus)

namespace {

constexpr qint64 kMinute = 60 * 1000;

} // namespace

class TestHallMonitor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void theWholeHallIsShown();
    void gridStates_data();
    void gridStates();
    void queueAndAreaFigures();
    void aDroppedConnectionRebuilds();
    void aServerRestartRebuilds();
    void aNewDayStartsAfresh();

private:
    const MonitoredWindow &window(int number) { return *m_monitor->window(number); }
    WindowStatus status(int number) { return m_monitor->window(number)->status(); }
    QueueFigures queue(const QString &code)
    {
        return m_monitor->queue(code).value_or(QueueFigures{});
    }
    QueueFigures area(const QString &code)
    {
        for (const QueueFigures &figures : m_monitor->areas()) {
            if (figures.code == code)
                return figures;
        }
        return {};
    }
    bool connectCounter()
    {
        m_counter = m_fixture->raw(TerminalRole::Counter, 1);
        return bool(m_counter);
    }
    QJsonObject change(const QString &op, const QJsonObject &args = {})
    {
        const QJsonObject response = m_counter->change(op, args);
        if (!isOk(response))
            qWarning().noquote() << describe(response);
        return response;
    }

    std::unique_ptr<NetworkFixture> m_fixture;
    std::unique_ptr<RawTerminal> m_counter;
    std::unique_ptr<RawTerminal> m_kiosk;
    std::unique_ptr<HallClient> m_client;
    std::unique_ptr<HallMonitor> m_monitor;
    qint64 m_serving = 0;
};

void TestHallMonitor::init()
{
    m_serving = 0;
    // A session long enough to see the next service day.
    m_fixture = std::make_unique<NetworkFixture>(
        NetworkFixture::ClockKind::Manual,
        [](ServerSettings &settings) { settings.sessionTtl = std::chrono::hours(48); });
    QVERIFY2(m_fixture->isValid(), qPrintable(m_fixture->error()));
    m_fixture->rows(QStringLiteral("UPDATE staff SET role = 'supervisor' WHERE staff_no = 'S8'"));
    QVERIFY(connectCounter());
    m_kiosk = m_fixture->raw(TerminalRole::Kiosk, 0);
    QVERIFY(m_kiosk);

    m_client = m_fixture->client(TerminalRole::Supervisor, 0);
    m_monitor = std::make_unique<HallMonitor>(*m_client, m_fixture->clock());
    m_monitor->start();
    QVERIFY(m_client->start());
    QVERIFY(waitForState(*m_client, HallClient::State::Ready));
    ReplyCatcher login;
    m_client->login(QStringLiteral("S8"), NetworkFixture::Password, login.callback());
    QVERIFY(login.wait());
    QVERIFY2(login.reply().ok, qPrintable(login.reply().error.message()));
    QVERIFY(QTest::qWaitFor([&] { return m_monitor->snapshots() >= 1 && m_monitor->hasLayout(); }));
}

void TestHallMonitor::cleanup()
{
    m_monitor.reset();
    m_client.reset();
    m_counter.reset();
    m_kiosk.reset();
    m_fixture.reset();
}

void TestHallMonitor::theWholeHallIsShown()
{
    QCOMPARE(m_monitor->windowNumbers(), (QList<int>{1, 2, 3, 4, 5, 6, 7, 8}));
    const QList<AreaWindows> areas = m_monitor->windowsByArea();
    QCOMPARE(areas.size(), 2);
    QCOMPARE(areas.at(0).code, QStringLiteral("a"));
    QCOMPARE(areas.at(0).name, QStringLiteral("综合"));
    QCOMPARE(areas.at(0).windows, (QList<int>{1, 2, 4, 5, 6, 7, 8}));
    QCOMPARE(areas.at(1).windows, (QList<int>{3}));
    QCOMPARE(window(4).queues, (QStringList{QStringLiteral("QA1"), QStringLiteral("QB")}));
    QCOMPARE(window(3).name, QStringLiteral("窗口3"));
    for (int number : m_monitor->windowNumbers())
        QCOMPARE(status(number), WindowStatus::SignedOut);
    QCOMPARE(m_monitor->queues().size(), 3);
    QCOMPARE(queue(QStringLiteral("QB")).area, QStringLiteral("b"));
    QVERIFY(m_monitor->isOnline());
}

void TestHallMonitor::gridStates_data()
{
    QTest::addColumn<QStringList>("steps");
    QTest::addColumn<WindowStatus>("expected");
    QTest::addColumn<QString>("ticket");
    QTest::addColumn<int>("served");

    QTest::newRow("signed in") << QStringList{"signIn"} << WindowStatus::Idle << "" << 0;
    QTest::newRow("calling") << QStringList{"signIn", "call"} << WindowStatus::Serving << "A001"
                             << 0;
    QTest::newRow("paused") << QStringList{"signIn", "pause"} << WindowStatus::Paused << "" << 0;
    QTest::newRow("resumed") << QStringList{"signIn", "pause", "resume"} << WindowStatus::Idle << ""
                             << 0;
    QTest::newRow("finished") << QStringList{"signIn", "call", "finish"} << WindowStatus::Idle << ""
                              << 1;
    QTest::newRow("next after a finish")
        << QStringList{"signIn", "call", "finish", "call"} << WindowStatus::Serving << "A002" << 1;
    QTest::newRow("signed out") << QStringList{"signIn", "call", "finish", "signOut"}
                                << WindowStatus::SignedOut << "" << 0;
    QTest::newRow("counter disconnected")
        << QStringList{"signIn", "call", "disconnect"} << WindowStatus::Offline << "A001" << 0;
    QTest::newRow("counter back") << QStringList{"signIn", "call", "disconnect", "reconnect"}
                                  << WindowStatus::Serving << "A001" << 0;
    QTest::newRow("disconnected while signed out")
        << QStringList{"disconnect"} << WindowStatus::SignedOut << "" << 0;
}

void TestHallMonitor::gridStates()
{
    QFETCH(QStringList, steps);
    QFETCH(WindowStatus, expected);
    QFETCH(QString, ticket);
    QFETCH(int, served);

    QSignalSpy changed(m_monitor.get(), &HallMonitor::windowChanged);
    for (int i = 0; i < 3; ++i)
        QVERIFY(!issueTicket(*m_kiosk, QStringLiteral("QA2")).isEmpty());
    for (const QString &step : std::as_const(steps)) {
        // The monitor may hear of a step before its counter has the answer.
        const qsizetype before = changed.count();
        if (step == QLatin1String("signIn")) {
            QVERIFY(m_fixture->signInCounter(*m_counter, QStringLiteral("S1")));
        } else if (step == QLatin1String("call")) {
            m_fixture->manualClock().advanceSecs(60);
            QVERIFY(isOk(change(QStringLiteral("callNext"))));
            m_serving = m_counter->responses().constLast()["result"]["ticket"]["id"].toInteger();
        } else if (step == QLatin1String("finish")) {
            m_fixture->manualClock().advanceSecs(240);
            QVERIFY(
                isOk(change(QStringLiteral("finish"), {{QStringLiteral("ticketId"), m_serving}})));
        } else if (step == QLatin1String("pause")) {
            QVERIFY(isOk(change(QStringLiteral("pause"),
                                {{QStringLiteral("reason"), QStringLiteral("午休")}})));
        } else if (step == QLatin1String("resume")) {
            QVERIFY(isOk(change(QStringLiteral("resumeWindow"))));
        } else if (step == QLatin1String("signOut")) {
            QVERIFY(isOk(change(QStringLiteral("signOut"))));
        } else if (step == QLatin1String("disconnect")) {
            m_counter.reset();
        } else if (step == QLatin1String("reconnect")) {
            QVERIFY(connectCounter());
        }
        // Every step shows in the grid before the next one.
        QVERIFY2(QTest::qWaitFor([&] { return changed.count() > before; }), qPrintable(step));
    }
    QVERIFY(QTest::qWaitFor([&] { return status(1) == expected; }));
    const MonitoredWindow &shown = window(1);
    QCOMPARE(shown.currentTicket, ticket);
    QCOMPARE(shown.served, served);
    QCOMPARE(shown.isSignedIn(), expected != WindowStatus::SignedOut);
    QCOMPARE(shown.staffNo, shown.isSignedIn() ? QStringLiteral("S1") : QString());
    if (served == 1)
        QCOMPARE(shown.averageServiceMs, qint64(240 * 1000));
    if (!ticket.isEmpty())
        QVERIFY(shown.calledAtMs > 0 && shown.calledAtMs <= m_monitor->serverNowMs());
    if (steps.contains(QStringLiteral("pause")) && expected == WindowStatus::Paused)
        QCOMPARE(shown.pauseReason, QStringLiteral("午休"));
    for (const QList<QVariant> &args : std::as_const(changed))
        QCOMPARE(args.at(0).toInt(), 1);
    // What the grid shows is what a fresh snapshot says.
    const int snapshots = m_monitor->snapshots();
    m_client->requestSnapshot();
    QVERIFY(QTest::qWaitFor([&] { return m_monitor->snapshots() > snapshots; }));
    QCOMPARE(status(1), expected);
    QCOMPARE(window(1).currentTicket, ticket);
    QCOMPARE(window(1).served, served);
}

void TestHallMonitor::queueAndAreaFigures()
{
    QSignalSpy queues(m_monitor.get(), &HallMonitor::queuesChanged);
    QVERIFY(m_fixture->signInCounter(*m_counter, QStringLiteral("S1")));
    QVERIFY(!issueTicket(*m_kiosk, QStringLiteral("QA2")).isEmpty());
    m_fixture->manualClock().advanceSecs(120);
    QVERIFY(!issueTicket(*m_kiosk, QStringLiteral("QA2")).isEmpty());
    QVERIFY(!issueTicket(*m_kiosk, QStringLiteral("QB")).isEmpty());
    QVERIFY(QTest::qWaitFor([&] {
        return queue(QStringLiteral("QA2")).waiting == 2 &&
               queue(QStringLiteral("QB")).waiting == 1;
    }));
    QVERIFY(!queues.isEmpty());
    QCOMPARE(queue(QStringLiteral("QA2")).longestWaitMs, 2 * kMinute);
    QCOMPARE(queue(QStringLiteral("QA2")).openWindows, 1);
    QCOMPARE(queue(QStringLiteral("QB")).openWindows, 0);
    // No event comes, the wait grows with the clock.
    m_fixture->manualClock().advanceSecs(25 * 60);
    QCOMPARE(queue(QStringLiteral("QA2")).longestWaitMs, 27 * kMinute);
    QCOMPARE(queue(QStringLiteral("QB")).longestWaitMs, 25 * kMinute);
    QCOMPARE(area(QStringLiteral("a")).longestWaitMs, 27 * kMinute);
    QCOMPARE(area(QStringLiteral("a")).waiting, 2);
    QCOMPARE(area(QStringLiteral("a")).openWindows, 1);
    QCOMPARE(area(QStringLiteral("b")).openWindows, 0);

    // Calling the oldest leaves the younger one's wait; finishing counts as served.
    qint64 serving = 0;
    QVERIFY(finishAndCallNext(*m_counter, serving));
    QVERIFY(QTest::qWaitFor([&] { return queue(QStringLiteral("QA2")).waiting == 1; }));
    QCOMPARE(queue(QStringLiteral("QA2")).longestWaitMs, 25 * kMinute);
    QVERIFY(finishAndCallNext(*m_counter, serving));
    QVERIFY(QTest::qWaitFor([&] { return queue(QStringLiteral("QA2")).servedToday == 1; }));
    QCOMPARE(queue(QStringLiteral("QA2")).waiting, 0);
    QCOMPARE(queue(QStringLiteral("QA2")).longestWaitMs, 0);
    QCOMPARE(area(QStringLiteral("a")).servedToday, 1);
    QVERIFY(queue(QStringLiteral("QB")).estimatedWaitSeconds > 0);
}

void TestHallMonitor::aDroppedConnectionRebuilds()
{
    QVERIFY(m_fixture->signInCounter(*m_counter, QStringLiteral("S1")));
    for (int i = 0; i < 3; ++i)
        QVERIFY(!issueTicket(*m_kiosk, QStringLiteral("QA2")).isEmpty());
    QVERIFY(finishAndCallNext(*m_counter, m_serving));
    QVERIFY(QTest::qWaitFor([&] { return window(1).currentTicket == QStringLiteral("A001"); }));
    const int snapshots = m_monitor->snapshots();

    m_client->abortConnectionForTesting();
    // What happens meanwhile arrives with the next snapshot.
    QVERIFY(finishAndCallNext(*m_counter, m_serving));
    QVERIFY(QTest::qWaitFor([&] { return m_monitor->snapshots() > snapshots; }, 15000));
    QVERIFY(waitForState(*m_client, HallClient::State::Ready));
    QCOMPARE(window(1).currentTicket, QStringLiteral("A002"));
    QCOMPARE(window(1).served, 1);
    QVERIFY(QTest::qWaitFor([&] { return queue(QStringLiteral("QA2")).waiting == 1; }));
    QCOMPARE(status(1), WindowStatus::Serving);
}

void TestHallMonitor::aServerRestartRebuilds()
{
    QVERIFY(m_fixture->signInCounter(*m_counter, QStringLiteral("S1")));
    for (int i = 0; i < 2; ++i)
        QVERIFY(!issueTicket(*m_kiosk, QStringLiteral("QA2")).isEmpty());
    QVERIFY(finishAndCallNext(*m_counter, m_serving));
    QVERIFY(QTest::qWaitFor([&] { return status(1) == WindowStatus::Serving; }));
    const int snapshots = m_monitor->snapshots();

    m_counter.reset();
    m_kiosk.reset();
    m_fixture->stopServer();
    QVERIFY(QTest::qWaitFor([&] { return !m_monitor->isOnline(); }));
    QVERIFY(m_fixture->startServer());
    QVERIFY(QTest::qWaitFor([&] { return m_monitor->snapshots() > snapshots; }, 15000));
    // The restarted server has not seen window 1's counter yet: signed in, serving, offline.
    QCOMPARE(status(1), WindowStatus::Offline);
    QCOMPARE(window(1).currentTicket, QStringLiteral("A001"));
    QCOMPARE(window(1).staffNo, QStringLiteral("S1"));
    QCOMPARE(queue(QStringLiteral("QA2")).waiting, 1);
    QVERIFY(connectCounter());
    QVERIFY(QTest::qWaitFor([&] { return status(1) == WindowStatus::Serving; }));
}

void TestHallMonitor::aNewDayStartsAfresh()
{
    QVERIFY(m_fixture->signInCounter(*m_counter, QStringLiteral("S1")));
    for (int i = 0; i < 2; ++i)
        QVERIFY(!issueTicket(*m_kiosk, QStringLiteral("QA2")).isEmpty());
    QVERIFY(finishAndCallNext(*m_counter, m_serving));
    QVERIFY(finishAndCallNext(*m_counter, m_serving));
    QVERIFY(QTest::qWaitFor([&] { return window(1).served == 1; }));
    const int day = m_monitor->serviceDay();
    const int snapshots = m_monitor->snapshots();

    m_fixture->manualClock().advanceSecs(24 * 3600);
    m_fixture->server()->sweepNow();
    QVERIFY(QTest::qWaitFor([&] { return m_monitor->snapshots() > snapshots; }));
    QVERIFY(m_monitor->serviceDay() > day);
    // Yesterday's open tickets were cancelled: nobody waits, nobody is being served.
    QCOMPARE(queue(QStringLiteral("QA2")).waiting, 0);
    QCOMPARE(queue(QStringLiteral("QA2")).servedToday, 0);
    QCOMPARE(window(1).currentTicket, QString());
    QCOMPARE(window(1).served, 0);
}

QTEST_GUILESS_MAIN(TestHallMonitor)
#include "tst_hallmonitor.moc"
