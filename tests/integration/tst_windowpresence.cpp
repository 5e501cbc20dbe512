// What the server tells supervisors beyond the queue engine's state: whether each window's
// counter terminal is connected (`online`, PROTOCOL.md §9.4), flipped by the first counter
// connection in and the last one out and published as a `window` event; and the tickets each
// queue finished today (`servedToday`, §9.3), in snapshots and queue events, kept across a
// server restart and started again on a new service day.

#include "HallCalls.h"
#include "NetworkFixture.h"

#include <QJsonArray>
#include <QTest>

using namespace halldesk;
using namespace halldesk::test;

namespace {

QJsonObject entry(const QJsonObject &snapshot, const char *list, const char *key,
                  const QJsonValue &value)
{
    for (const QJsonValue &item : snapshot.value(QLatin1String(list)).toArray()) {
        if (item.toObject().value(QLatin1String(key)) == value)
            return item.toObject();
    }
    return {};
}

} // namespace

class TestWindowPresence : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_fixture = std::make_unique<NetworkFixture>();
        QVERIFY2(m_fixture->isValid(), qPrintable(m_fixture->error()));
        m_console = supervisor();
        QVERIFY(m_console);
    }
    void cleanup()
    {
        m_console.reset();
        m_fixture.reset();
    }

    void onlineFollowsCounterConnections_data();
    void onlineFollowsCounterConnections();
    void servedTodayCountsFinishes();

private:
    std::unique_ptr<RawTerminal> supervisor()
    {
        m_fixture->rows(
            QStringLiteral("UPDATE staff SET role = 'supervisor' WHERE staff_no = 'S8'"));
        auto console = m_fixture->raw(TerminalRole::Supervisor, 0);
        if (!console ||
            !isOk(console->call(QStringLiteral("login"),
                                {{QStringLiteral("staffNo"), QStringLiteral("S8")},
                                 {QStringLiteral("password"), NetworkFixture::Password}})))
            return nullptr;
        return console;
    }
    QJsonObject subscribe()
    {
        const QJsonObject response =
            m_console->call(QStringLiteral("subscribe"),
                            {{QStringLiteral("queues"), QJsonArray{QStringLiteral("*")}},
                             {QStringLiteral("windows"), QJsonArray{1, 2, 3}}});
        return resultOf(response);
    }
    int windowEvents(int window)
    {
        int count = 0;
        for (const QJsonObject &event : m_console->events()) {
            if (event.value(QLatin1String("kind")).toString() == QLatin1String("window") &&
                event.value(QLatin1String("data")).toObject().value(QLatin1String("number")) ==
                    window)
                ++count;
        }
        return count;
    }
    QJsonObject lastWindowEvent(int window)
    {
        QJsonObject last;
        for (const QJsonObject &event : m_console->events()) {
            const QJsonObject data = event.value(QLatin1String("data")).toObject();
            if (event.value(QLatin1String("kind")).toString() == QLatin1String("window") &&
                data.value(QLatin1String("number")) == window)
                last = data;
        }
        return last;
    }

    std::unique_ptr<NetworkFixture> m_fixture;
    std::unique_ptr<RawTerminal> m_console;
};

void TestWindowPresence::onlineFollowsCounterConnections_data()
{
    QTest::addColumn<int>("connections");
    QTest::addColumn<bool>("signIn");
    QTest::newRow("one counter, signed out") << 1 << false;
    QTest::newRow("one counter, signed in") << 1 << true;
    QTest::newRow("two connections of one counter") << 2 << true;
}

void TestWindowPresence::onlineFollowsCounterConnections()
{
    QFETCH(int, connections);
    QFETCH(bool, signIn);
    QJsonObject snapshot = subscribe();
    QCOMPARE(entry(snapshot, "windows", "number", 2).value(QLatin1String("online")), false);
    QCOMPARE(entry(snapshot, "windows", "number", 3).value(QLatin1String("online")), false);

    std::vector<std::unique_ptr<RawTerminal>> counters;
    for (int i = 0; i < connections; ++i) {
        counters.push_back(m_fixture->raw(TerminalRole::Counter, 2));
        QVERIFY(counters.back());
    }
    QVERIFY(QTest::qWaitFor([&] { return windowEvents(2) >= 1; }));
    QCOMPARE(lastWindowEvent(2).value(QLatin1String("online")), true);
    QCOMPARE(lastWindowEvent(2).value(QLatin1String("state")), QStringLiteral("signed_out"));
    if (signIn) {
        QVERIFY(m_fixture->signInCounter(*counters.front(), QStringLiteral("S2")));
        QVERIFY(QTest::qWaitFor([&] { return windowEvents(2) == 2; }));
        // A state change made while connected says so too.
        QCOMPARE(lastWindowEvent(2).value(QLatin1String("state")), QStringLiteral("open"));
        QCOMPARE(lastWindowEvent(2).value(QLatin1String("online")), true);
    }
    const int before = windowEvents(2);
    snapshot = subscribe();
    QCOMPARE(entry(snapshot, "windows", "number", 2).value(QLatin1String("online")), true);
    QCOMPARE(entry(snapshot, "windows", "number", 3).value(QLatin1String("online")), false);

    // Only the last connection out turns the window offline; its state stays as it was.
    while (counters.size() > 1) {
        counters.back().reset();
        counters.pop_back();
    }
    counters.front()->socket().close();
    QVERIFY(QTest::qWaitFor([&] { return windowEvents(2) == before + 1; }));
    QCOMPARE(lastWindowEvent(2).value(QLatin1String("online")), false);
    QCOMPARE(lastWindowEvent(2).value(QLatin1String("state")),
             signIn ? QStringLiteral("open") : QStringLiteral("signed_out"));
    QCOMPARE(lastWindowEvent(2).value(QLatin1String("staffNo")),
             signIn ? QStringLiteral("S2") : QString());
    QTest::qWait(100);
    QCOMPARE(windowEvents(2), before + 1);
    QCOMPARE(windowEvents(3), 0);
    snapshot = subscribe();
    QCOMPARE(entry(snapshot, "windows", "number", 2).value(QLatin1String("online")), false);
}

void TestWindowPresence::servedTodayCountsFinishes()
{
    auto counter = m_fixture->raw(TerminalRole::Counter, 1);
    auto kiosk = m_fixture->raw(TerminalRole::Kiosk, 0);
    QVERIFY(counter && kiosk);
    QVERIFY(m_fixture->signInCounter(*counter, QStringLiteral("S1")));
    QJsonObject snapshot = subscribe();
    QCOMPARE(entry(snapshot, "queues", "queue", "QA2").value(QLatin1String("servedToday")), 0);

    for (int i = 0; i < 3; ++i)
        QVERIFY(!issueTicket(*kiosk, QStringLiteral("QA2")).isEmpty());
    qint64 serving = 0;
    for (int i = 0; i < 3; ++i)
        QVERIFY(finishAndCallNext(*counter, serving));
    // Two finished, the third is being served.
    const QJsonObject event =
        m_console->waitEvent(QStringLiteral("queue"), [](const QJsonObject &d) {
            return d.value(QLatin1String("queue")) == QStringLiteral("QA2") &&
                   d.value(QLatin1String("servedToday")).toInt() == 2;
        });
    QVERIFY2(!event.isEmpty(), "no queue event with servedToday 2");
    snapshot = subscribe();
    QCOMPARE(entry(snapshot, "queues", "queue", "QA2").value(QLatin1String("servedToday")), 2);
    QCOMPARE(entry(snapshot, "queues", "queue", "QA1").value(QLatin1String("servedToday")), 0);

    // A restarted server reads the day's finishes back.
    counter.reset();
    kiosk.reset();
    m_console.reset();
    m_fixture->stopServer();
    QVERIFY(m_fixture->startServer());
    m_console = supervisor();
    QVERIFY(m_console);
    snapshot = subscribe();
    QCOMPARE(entry(snapshot, "queues", "queue", "QA2").value(QLatin1String("servedToday")), 2);

    // A new service day starts from zero.
    m_fixture->manualClock().advanceSecs(24 * 3600);
    m_fixture->server()->sweepNow();
    QVERIFY(!m_console->waitEvent(QStringLiteral("resync")).isEmpty());
    // A day later the console's session has expired: sign in again.
    m_console = supervisor();
    QVERIFY(m_console);
    snapshot = subscribe();
    QCOMPARE(entry(snapshot, "queues", "queue", "QA2").value(QLatin1String("servedToday")), 0);
}

QTEST_GUILESS_MAIN(TestWindowPresence)
#include "tst_windowpresence.moc"
