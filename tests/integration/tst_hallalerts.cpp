// A simulated working morning of the demo hall (271 windows in 10 areas) seen from the
// supervisor console: a signed-in counter in every area but one, tickets issued and called
// through the real server, and the ManualClock moved on. HallMonitor must show every window, and
// AlertMonitor must raise exactly what a supervisor should see, each once: a 差评 given on a real
// pad (signed with its certificate's key), an idle window while its queue has someone waiting, a
// disconnected counter, a service running over time and a long wait in the area whose only
// signed-in window is on a break.

#include "HallCalls.h"
#include "NetworkFixture.h"
#include "client/HallClient.h"
#include "hall/HallDefinitionLoader.h"
#include "rating/RatingRecord.h"
#include "rating/RatingSigner.h"
#include "supervisor/AlertMonitor.h"
#include "supervisor/HallMonitor.h"

#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace halldesk;
using namespace halldesk::test;

namespace {

// The demo hall's clerk of window w (README: HD%04d of w + 11) and its supervisor.
QString clerkOf(int window)
{
    return QStringLiteral("HD%1").arg(window + 11, 4, 10, QLatin1Char('0'));
}
const QString kSupervisor = QStringLiteral("HD0002");

} // namespace

class TestHallAlerts : public QObject
{
    Q_OBJECT

private slots:
    void aMorningInTheWholeHall();

private:
    // The windows of an area, and every queue they serve.
    QList<int> windowsOf(const QString &area) const
    {
        QList<int> numbers;
        for (const WindowDefinition &window : m_hall.windows) {
            if (window.areaCode == area)
                numbers << window.number;
        }
        return numbers;
    }
    QStringList queuesOf(int number) const
    {
        QStringList codes;
        for (const WindowDefinition &window : m_hall.windows) {
            if (window.number == number) {
                for (const auto &queue : window.queues)
                    codes << queue.first;
            }
        }
        return codes;
    }
    RawTerminal *signIn(int window)
    {
        auto counter = m_fixture->raw(TerminalRole::Counter, window);
        if (!counter || !m_fixture->signInCounter(*counter, clerkOf(window)))
            return nullptr;
        return (m_counters[window] = std::move(counter)).get();
    }
    QList<HallAlert::Kind> kindsRaised(const QSignalSpy &spy) const
    {
        QList<HallAlert::Kind> kinds;
        for (const QList<QVariant> &args : spy)
            kinds << args.at(0).value<HallAlert>().kind;
        return kinds;
    }

    HallDefinition m_hall;
    std::unique_ptr<NetworkFixture> m_fixture;
    std::map<int, std::unique_ptr<RawTerminal>> m_counters;
};

void TestHallAlerts::aMorningInTheWholeHall()
{
    using Kind = HallAlert::Kind;
    m_hall = HallDefinitionLoader::demoHall();
    QCOMPARE(m_hall.windows.size(), 271);
    m_fixture = std::make_unique<NetworkFixture>(NetworkFixture::ClockKind::Manual,
                                                 std::function<void(ServerSettings &)>{}, m_hall);
    QVERIFY2(m_fixture->isValid(), qPrintable(m_fixture->error()));
    ManualClock &clock = m_fixture->manualClock();

    // The console: signed in, watching everything, alerts checked by hand.
    auto console = m_fixture->client(TerminalRole::Supervisor, 0);
    HallMonitor monitor(*console, clock);
    AlertMonitor alerts(monitor, clock);
    QSignalSpy raised(&alerts, &AlertMonitor::alertRaised);
    QSignalSpy cleared(&alerts, &AlertMonitor::alertCleared);
    monitor.start();
    QVERIFY(console->start());
    QVERIFY(waitForState(*console, HallClient::State::Ready));
    ReplyCatcher login;
    console->login(kSupervisor, NetworkFixture::Password, login.callback());
    QVERIFY(login.wait());
    QVERIFY2(login.reply().ok, qPrintable(login.reply().error.message()));
    QVERIFY(QTest::qWaitFor([&] { return monitor.snapshots() >= 1; }, 20000));
    QCOMPARE(monitor.windowNumbers().size(), 271);
    const QList<AreaWindows> areas = monitor.windowsByArea();
    QCOMPARE(areas.size(), 10);
    int inAreas = 0;
    for (const AreaWindows &area : areas)
        inAreas += int(area.windows.size());
    QCOMPARE(inAreas, 271);

    // general (A): one window, idle, with one citizen waiting for it. police (B): one window,
    // on a break, and a line. Every other area: four signed-in windows, their queues empty;
    // one of them serves a citizen who rates it 差评, one loses its counter.
    const int idle = windowsOf(QStringLiteral("general")).constFirst();
    const int paused = windowsOf(QStringLiteral("police")).constFirst();
    QSet<QString> busyQueues;
    for (int window : windowsOf(QStringLiteral("general")) + windowsOf(QStringLiteral("police"))) {
        const QStringList served = queuesOf(window);
        busyQueues += QSet<QString>(served.cbegin(), served.cend());
    }
    QList<int> quiet;
    for (const AreaWindows &area : areas) {
        if (area.code == QLatin1String("general") || area.code == QLatin1String("police"))
            continue;
        int taken = 0;
        for (int window : area.windows) {
            const QStringList served = queuesOf(window);
            if (taken < 4 &&
                !QSet<QString>(served.cbegin(), served.cend()).intersects(busyQueues)) {
                quiet << window;
                ++taken;
            }
        }
    }
    QCOMPARE(quiet.size(), 32);
    for (int window : QList<int>{idle, paused} + quiet)
        QVERIFY2(signIn(window), qPrintable(QString::number(window)));
    QVERIFY(isOk(m_counters[paused]->change(QStringLiteral("pause"),
                                            {{QStringLiteral("reason"), QStringLiteral("培训")}})));

    auto kiosk = m_fixture->raw(TerminalRole::Kiosk, 0);
    QVERIFY(kiosk);
    const QString lineQueue = queuesOf(paused).constFirst();
    for (int i = 0; i < 6; ++i)
        QVERIFY(!issueTicket(*kiosk, lineQueue).isEmpty());
    const QString idleQueue = queuesOf(idle).constFirst();
    QVERIFY(!issueTicket(*kiosk, idleQueue).isEmpty());

    // The 差评, through the real pad of the rated window.
    const int rated = quiet.at(0);
    QVERIFY(!issueTicket(*kiosk, queuesOf(rated).constFirst()).isEmpty());
    qint64 serving = 0;
    RawTerminal &ratedCounter = *m_counters[rated];
    QVERIFY(finishAndCallNext(ratedCounter, serving));
    const QJsonObject finished =
        ratedCounter.change(QStringLiteral("finish"), {{QStringLiteral("ticketId"), serving}});
    const QJsonObject rating = resultOf(finished).value(QLatin1String("rating")).toObject();
    QVERIFY2(!rating.isEmpty(), qPrintable(describe(finished)));
    auto pad = m_fixture->raw(TerminalRole::Pad, rated);
    QVERIFY(pad);
    RatingRecord record;
    record.ratingId = rating.value(QLatin1String("id")).toInteger();
    record.window = rated;
    record.ticketId = serving;
    record.staffNo = clerkOf(rated);
    record.level = RatingLevel::Dissatisfied;
    record.reasons = {QStringLiteral("slow")};
    record.ratedAtMs = clock.nowMs();
    record.terminal = QStringLiteral("pad-%1").arg(rated);
    QString error;
    const auto signer = RatingSigner::fromKeyFile(
        m_fixture->terminalFiles(TerminalRole::Pad, rated).keyFile, &error);
    QVERIFY2(signer, qPrintable(error));
    const QJsonObject rate =
        pad->change(QStringLiteral("rate"),
                    {{QStringLiteral("record"), record.toJson()},
                     {QStringLiteral("signature"),
                      QString::fromLatin1(signer->sign(record.signedBytes()).toBase64())}});
    QVERIFY2(isOk(rate), qPrintable(describe(rate)));
    QVERIFY(QTest::qWaitFor([&] { return raised.count() == 1; }));
    QCOMPARE(raised.at(0).at(0).value<HallAlert>().kind, Kind::BadRating);
    QCOMPARE(raised.at(0).at(0).value<HallAlert>().window, rated);

    // A counter that drops off the network.
    const int lost = quiet.at(1);
    m_counters.erase(lost);
    QVERIFY(
        QTest::qWaitFor([&] { return monitor.window(lost)->status() == WindowStatus::Offline; }));
    // Everything the console was told has arrived: the line and the last ticket issued.
    QVERIFY(QTest::qWaitFor([&] {
        return monitor.queue(lineQueue)->waiting == 6 && monitor.queue(idleQueue)->waiting == 1;
    }));
    alerts.check();
    QCOMPARE(raised.count(), 1);

    // Six minutes on: the idle window and the lost counter.
    clock.advanceSecs(6 * 60);
    alerts.check();
    QCOMPARE(kindsRaised(raised),
             (QList<Kind>{Kind::BadRating, Kind::IdleWithWaiting, Kind::WindowOffline}));
    QCOMPARE(raised.at(1).at(0).value<HallAlert>().window, idle);
    QCOMPARE(raised.at(2).at(0).value<HallAlert>().window, lost);

    // The idle window calls its citizen: its alert goes. 21 minutes later the service is long.
    qint64 idleServing = 0;
    QVERIFY(finishAndCallNext(*m_counters[idle], idleServing));
    QVERIFY(
        QTest::qWaitFor([&] { return monitor.window(idle)->status() == WindowStatus::Serving; }));
    alerts.check();
    QCOMPARE(cleared.count(), 1);
    QCOMPARE(cleared.at(0).at(0).toInt(), raised.at(1).at(0).value<HallAlert>().id);
    clock.advanceSecs(21 * 60);
    alerts.check();
    QCOMPARE(raised.count(), 4);
    QCOMPARE(raised.at(3).at(0).value<HallAlert>().kind, Kind::LongService);
    QCOMPARE(raised.at(3).at(0).value<HallAlert>().window, idle);

    // 27 minutes: nobody in the police line has waited 30 yet; 31: the long wait.
    alerts.check();
    QCOMPARE(raised.count(), 4);
    clock.advanceSecs(4 * 60);
    alerts.check();
    QCOMPARE(raised.count(), 5);
    const HallAlert wait = raised.at(4).at(0).value<HallAlert>();
    QCOMPARE(wait.kind, Kind::LongWait);
    QCOMPARE(wait.queue, lineQueue);
    QCOMPARE(wait.area, QStringLiteral("police"));
    // And nothing is raised twice.
    clock.advanceSecs(60);
    alerts.check();
    QCOMPARE(raised.count(), 5);
    QCOMPARE(alerts.activeAlerts().size(), 4);

    // The grid shows each of those windows as it is, and all the others signed out.
    QCOMPARE(monitor.window(paused)->status(), WindowStatus::Paused);
    QCOMPARE(monitor.window(paused)->pauseReason, QStringLiteral("培训"));
    QCOMPARE(monitor.window(rated)->served, 1);
    int signedOut = 0;
    for (int number : monitor.windowNumbers()) {
        if (monitor.window(number)->status() == WindowStatus::SignedOut)
            ++signedOut;
    }
    QCOMPARE(signedOut, 271 - 34);
    for (const QueueFigures &area : monitor.areas()) {
        if (area.code == QLatin1String("police")) {
            QCOMPARE(area.openWindows, 0);
            QCOMPARE(area.waiting, 6);
            QVERIFY(area.longestWaitMs > 30 * 60 * 1000);
        }
    }
}

QTEST_GUILESS_MAIN(TestHallAlerts)
#include "tst_hallalerts.moc"
