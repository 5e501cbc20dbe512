// The supervisor console's alerts (AlertMonitor) on a HallMonitor fed by hand with the
// protocol's snapshots and events, and a ManualClock: for every kind of alert, nothing before
// its threshold, one alert when it is reached, no repeats while it lasts, acknowledged, cleared
// when the condition ends and raised anew when it comes back.

#include "client/HallClient.h"
#include "clock/ManualClock.h"
#include "i18n/TranslationInstaller.h"
#include "supervisor/AlertMonitor.h"
#include "supervisor/HallMonitor.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace halldesk;

Q_DECLARE_METATYPE(halldesk::HallAlert::Kind)

namespace {

constexpr int kDay = 20261130;

QJsonObject ticket(qint64 id, const QString &status, qint64 issuedAtMs, int window = 0,
                   qint64 calledAtMs = 0, qint64 finishedAtMs = 0)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("number"), QStringLiteral("A%1").arg(id, 3, 10, QLatin1Char('0'))},
            {QStringLiteral("queue"), QStringLiteral("QA")},
            {QStringLiteral("status"), status},
            {QStringLiteral("serviceDay"), kDay},
            {QStringLiteral("issuedAtMs"), issuedAtMs},
            {QStringLiteral("calledAtMs"), calledAtMs},
            {QStringLiteral("finishedAtMs"), finishedAtMs},
            {QStringLiteral("window"), window},
            {QStringLiteral("targetWindow"), 0}};
}

QJsonObject ticketEvent(const QString &action, const QJsonObject &ticket)
{
    return {{QStringLiteral("action"), action}, {QStringLiteral("ticket"), ticket}};
}

QJsonObject windowData(int number, const QString &state, bool online, qint64 sinceMs)
{
    const bool signedIn = state != QLatin1String("signed_out");
    return {{QStringLiteral("number"), number},
            {QStringLiteral("name"), QStringLiteral("窗口%1").arg(number)},
            {QStringLiteral("area"), QStringLiteral("a")},
            {QStringLiteral("state"), state},
            {QStringLiteral("staffNo"), signedIn ? QStringLiteral("S%1").arg(number) : QString()},
            {QStringLiteral("staffName"), QString()},
            {QStringLiteral("stateSinceMs"), sinceMs},
            {QStringLiteral("online"), online}};
}

QJsonObject queueStatus(int waiting)
{
    return {{QStringLiteral("queue"), QStringLiteral("QA")},
            {QStringLiteral("waiting"), waiting},
            {QStringLiteral("longestWaitMs"), 0},
            {QStringLiteral("estimatedWaitSeconds"), 300 * waiting},
            {QStringLiteral("openWindows"), 1},
            {QStringLiteral("servedToday"), 0}};
}

QJsonObject rating(qint64 id, const QString &level)
{
    return {{QStringLiteral("action"), QStringLiteral("rated")},
            {QStringLiteral("rating"),
             QJsonObject{{QStringLiteral("id"), id},
                         {QStringLiteral("window"), 1},
                         {QStringLiteral("area"), QStringLiteral("a")},
                         {QStringLiteral("ticketNumber"), QStringLiteral("A001")},
                         {QStringLiteral("state"), QStringLiteral("rated")},
                         {QStringLiteral("level"), level}}}};
}

QJsonObject followUp(qint64 id, bool overdue)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("window"), 1},
            {QStringLiteral("area"), QStringLiteral("a")},
            {QStringLiteral("ticketNumber"), QStringLiteral("A001")},
            {QStringLiteral("state"), QStringLiteral("new")},
            {QStringLiteral("overdue"), overdue}};
}

} // namespace

class TestAlertMonitor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void eachKind_data();
    void eachKind();
    void thresholdsAreConfigurable();
    void theHallsThresholdsApplyAtOnce();
    void satisfiedRatingsRaiseNothing_data();
    void satisfiedRatingsRaiseNothing();
    void acknowledgeAll();
    void textsAreInTheUsersLanguage();

private:
    using Kind = HallAlert::Kind;
    // Sets the hall up so that `kind`'s condition starts now.
    void begin(Kind kind);
    // Time (or an event) to reach the threshold; `justUnder` stops one second short.
    void reach(Kind kind, bool justUnder);
    void end(Kind kind);
    void comeBack(Kind kind);
    void snapshot(const QJsonArray &windows, const QJsonArray &waiting, const QJsonArray &serving);
    void event(const QString &kind, const QJsonObject &data) { m_hall->applyEvent(kind, data); }

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<HallClient> m_client;
    std::unique_ptr<HallMonitor> m_hall;
    std::unique_ptr<AlertMonitor> m_alerts;
};

void TestAlertMonitor::init()
{
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 11, 30), QTime(1, 0), Qt::UTC));
    // Never started: the monitor is fed by hand.
    m_client = std::make_unique<HallClient>(HallClientSettings{});
    m_hall = std::make_unique<HallMonitor>(*m_client, *m_clock);
    m_alerts = std::make_unique<AlertMonitor>(*m_hall, *m_clock);
    const QJsonArray queues{QJsonObject{{QStringLiteral("queue"), QStringLiteral("QA")},
                                        {QStringLiteral("weight"), 1}}};
    m_hall->applyHall({{QStringLiteral("areas"),
                        QJsonArray{QJsonObject{{QStringLiteral("code"), QStringLiteral("a")},
                                               {QStringLiteral("name"), QStringLiteral("综合")},
                                               {QStringLiteral("letter"), QStringLiteral("A")}}}},
                       {QStringLiteral("queues"),
                        QJsonArray{QJsonObject{{QStringLiteral("code"), QStringLiteral("QA")},
                                               {QStringLiteral("name"), QStringLiteral("个人")},
                                               {QStringLiteral("area"), QStringLiteral("a")},
                                               {QStringLiteral("prefix"), QStringLiteral("A")}}}},
                       {QStringLiteral("windows"),
                        QJsonArray{QJsonObject{{QStringLiteral("number"), 1},
                                               {QStringLiteral("name"), QStringLiteral("窗口1")},
                                               {QStringLiteral("area"), QStringLiteral("a")},
                                               {QStringLiteral("queues"), queues}},
                                   QJsonObject{{QStringLiteral("number"), 2},
                                               {QStringLiteral("name"), QStringLiteral("窗口2")},
                                               {QStringLiteral("area"), QStringLiteral("a")},
                                               {QStringLiteral("queues"), queues}}}}});
}

void TestAlertMonitor::cleanup()
{
    m_alerts.reset();
    m_hall.reset();
    m_client.reset();
    m_clock.reset();
}

void TestAlertMonitor::snapshot(const QJsonArray &windows, const QJsonArray &waiting,
                                const QJsonArray &serving)
{
    QJsonObject queue = queueStatus(int(waiting.size()));
    queue.insert(QStringLiteral("tickets"), waiting);
    m_hall->applySnapshot({{QStringLiteral("serverTimeMs"), m_clock->nowMs()},
                           {QStringLiteral("serviceDay"), kDay},
                           {QStringLiteral("queues"), QJsonArray{queue}},
                           {QStringLiteral("windows"), windows},
                           {QStringLiteral("tickets"), serving},
                           {QStringLiteral("figures"), QJsonArray()}});
}

void TestAlertMonitor::begin(Kind kind)
{
    const qint64 now = m_clock->nowMs();
    switch (kind) {
    case Kind::LongWait:
        // Nobody open: the line only grows.
        snapshot({windowData(1, QStringLiteral("signed_out"), false, now)},
                 {ticket(1, QStringLiteral("waiting"), now)}, {});
        break;
    case Kind::IdleWithWaiting:
        snapshot({windowData(1, QStringLiteral("open"), true, now)}, {}, {});
        event(QStringLiteral("ticket"),
              ticketEvent(QStringLiteral("issue"), ticket(1, QStringLiteral("waiting"), now)));
        event(QStringLiteral("queue"), queueStatus(1));
        break;
    case Kind::LongService: {
        QJsonObject window = windowData(1, QStringLiteral("open"), true, now);
        window.insert(QStringLiteral("currentTicket"), QStringLiteral("A001"));
        window.insert(QStringLiteral("currentTicketId"), 1);
        snapshot({window}, {}, {ticket(1, QStringLiteral("called"), now, 1, now)});
        break;
    }
    case Kind::WindowOffline:
        snapshot({windowData(1, QStringLiteral("paused"), true, now)}, {}, {});
        event(QStringLiteral("window"), windowData(1, QStringLiteral("paused"), false, now));
        break;
    case Kind::BadRating:
    case Kind::OverdueFollowUp:
        snapshot({windowData(1, QStringLiteral("open"), true, now)}, {}, {});
        break;
    }
}

void TestAlertMonitor::reach(Kind kind, bool justUnder)
{
    switch (kind) {
    case Kind::LongWait:
        m_clock->advanceSecs(30 * 60 + (justUnder ? 0 : 1));
        break;
    case Kind::IdleWithWaiting:
        m_clock->advanceSecs(5 * 60 + (justUnder ? -1 : 0));
        break;
    case Kind::LongService:
        m_clock->advanceSecs(20 * 60 + (justUnder ? 0 : 1));
        break;
    case Kind::WindowOffline:
        m_clock->advanceSecs(60 + (justUnder ? -1 : 0));
        break;
    case Kind::BadRating:
        if (!justUnder)
            event(QStringLiteral("rating"), rating(7, QStringLiteral("dissatisfied")));
        break;
    case Kind::OverdueFollowUp:
        if (!justUnder)
            m_hall->applyOverdueFollowUps({followUp(3, true)});
        break;
    }
}

void TestAlertMonitor::end(Kind kind)
{
    const qint64 now = m_clock->nowMs();
    switch (kind) {
    case Kind::LongWait:
    case Kind::IdleWithWaiting:
        // Window 2 calls the waiting citizen.
        event(QStringLiteral("ticket"),
              ticketEvent(QStringLiteral("call"),
                          ticket(1, QStringLiteral("called"), now - 1000, 2, now)));
        event(QStringLiteral("queue"), queueStatus(0));
        break;
    case Kind::LongService:
        event(QStringLiteral("ticket"),
              ticketEvent(QStringLiteral("finish"),
                          ticket(1, QStringLiteral("finished"), now, 1, now - 1000, now)));
        break;
    case Kind::WindowOffline:
        event(QStringLiteral("window"), windowData(1, QStringLiteral("paused"), true, now));
        break;
    case Kind::BadRating:
        break; // only an acknowledgement ends it
    case Kind::OverdueFollowUp: {
        QJsonObject done = followUp(3, false);
        done.insert(QStringLiteral("state"), QStringLiteral("done"));
        event(QStringLiteral("followUp"), {{QStringLiteral("action"), QStringLiteral("update")},
                                           {QStringLiteral("followUp"), done}});
        break;
    }
    }
}

void TestAlertMonitor::comeBack(Kind kind)
{
    const qint64 now = m_clock->nowMs();
    switch (kind) {
    case Kind::LongWait:
    case Kind::IdleWithWaiting:
        event(QStringLiteral("ticket"),
              ticketEvent(QStringLiteral("issue"), ticket(2, QStringLiteral("waiting"), now)));
        event(QStringLiteral("queue"), queueStatus(1));
        break;
    case Kind::LongService:
        event(
            QStringLiteral("ticket"),
            ticketEvent(QStringLiteral("call"), ticket(2, QStringLiteral("called"), now, 1, now)));
        break;
    case Kind::WindowOffline:
        event(QStringLiteral("window"), windowData(1, QStringLiteral("paused"), false, now));
        break;
    case Kind::BadRating:
        event(QStringLiteral("rating"), rating(8, QStringLiteral("very_dissatisfied")));
        return;
    case Kind::OverdueFollowUp:
        event(QStringLiteral("followUp"), {{QStringLiteral("action"), QStringLiteral("update")},
                                           {QStringLiteral("followUp"), followUp(3, true)}});
        return;
    }
    reach(kind, false);
}

void TestAlertMonitor::eachKind_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::newRow("long wait") << Kind::LongWait;
    QTest::newRow("idle while citizens wait") << Kind::IdleWithWaiting;
    QTest::newRow("long service") << Kind::LongService;
    QTest::newRow("window offline") << Kind::WindowOffline;
    QTest::newRow("差评") << Kind::BadRating;
    QTest::newRow("overdue follow-up") << Kind::OverdueFollowUp;
}

void TestAlertMonitor::eachKind()
{
    QFETCH(Kind, kind);
    QSignalSpy raised(m_alerts.get(), &AlertMonitor::alertRaised);
    QSignalSpy cleared(m_alerts.get(), &AlertMonitor::alertCleared);
    const bool liveCondition = kind != Kind::BadRating;

    begin(kind);
    reach(kind, true);
    m_alerts->check();
    QCOMPARE(raised.count(), 0);
    reach(kind, false);
    m_alerts->check();
    QCOMPARE(raised.count(), 1);
    const HallAlert first = raised.at(0).at(0).value<HallAlert>();
    QCOMPARE(first.kind, kind);
    QCOMPARE(first.raisedAtMs, m_clock->nowMs());
    QCOMPARE(first.area, QStringLiteral("a"));
    QVERIFY(!first.text.isEmpty());
    QVERIFY(!first.acknowledged);
    if (kind == Kind::LongWait)
        QCOMPARE(first.queue, QStringLiteral("QA"));
    else
        QCOMPARE(first.window, 1);

    // While it lasts: no repeats.
    for (int i = 0; i < 3; ++i) {
        m_clock->advanceSecs(30);
        m_alerts->check();
    }
    QCOMPARE(raised.count(), 1);
    QCOMPARE(m_alerts->activeAlerts().size(), 1);
    QCOMPARE(m_alerts->unacknowledged(), 1);

    QVERIFY(m_alerts->acknowledge(first.id));
    QVERIFY(!m_alerts->acknowledge(first.id + 100));
    QCOMPARE(m_alerts->unacknowledged(), 0);
    if (liveCondition) {
        // Acknowledged, it stays listed (muted) until the condition ends.
        QCOMPARE(m_alerts->activeAlerts().size(), 1);
        QVERIFY(m_alerts->activeAlerts().constFirst().acknowledged);
        m_alerts->check();
        QCOMPARE(raised.count(), 1);
        end(kind);
        m_alerts->check();
        QCOMPARE(cleared.count(), 1);
        QCOMPARE(cleared.at(0).at(0).toInt(), first.id);
    }
    QVERIFY(m_alerts->activeAlerts().isEmpty());

    comeBack(kind);
    m_alerts->check();
    QCOMPARE(raised.count(), 2);
    const HallAlert again = raised.at(1).at(0).value<HallAlert>();
    QCOMPARE(again.kind, kind);
    QVERIFY(again.id != first.id);
    QVERIFY(!again.acknowledged);
    QCOMPARE(m_alerts->activeAlerts().size(), 1);
}

void TestAlertMonitor::thresholdsAreConfigurable()
{
    AlertThresholds thresholds;
    thresholds.longWait = std::chrono::minutes(10);
    thresholds.badRatings = false;
    AlertMonitor strict(*m_hall, *m_clock, thresholds);
    QSignalSpy raised(&strict, &AlertMonitor::alertRaised);
    QSignalSpy usual(m_alerts.get(), &AlertMonitor::alertRaised);
    begin(Kind::LongWait);
    m_clock->advanceSecs(11 * 60);
    strict.check();
    m_alerts->check();
    QCOMPARE(raised.count(), 1);
    QCOMPARE(usual.count(), 0);
    event(QStringLiteral("rating"), rating(9, QStringLiteral("very_dissatisfied")));
    QCOMPARE(raised.count(), 1);
    QCOMPARE(usual.count(), 1);
}

void TestAlertMonitor::theHallsThresholdsApplyAtOnce()
{
    QSignalSpy raised(m_alerts.get(), &AlertMonitor::alertRaised);
    begin(Kind::LongWait);
    m_clock->advanceSecs(11 * 60);
    m_alerts->check();
    QCOMPARE(raised.count(), 0);
    // An administrator lowers the hall's long wait to 10 minutes: raised without waiting
    // for the next check, and the console keeps its own check interval.
    AlertThresholds hall;
    hall.longWait = std::chrono::minutes(10);
    hall.checkInterval = std::chrono::hours(1);
    const auto interval = m_alerts->thresholds().checkInterval;
    m_alerts->setThresholds(hall);
    QCOMPARE(raised.count(), 1);
    QCOMPARE(m_alerts->thresholds().longWait, std::chrono::milliseconds(std::chrono::minutes(10)));
    QCOMPARE(m_alerts->thresholds().checkInterval, interval);
}

void TestAlertMonitor::satisfiedRatingsRaiseNothing_data()
{
    QTest::addColumn<QString>("level");
    QTest::addColumn<int>("alerts");
    QTest::newRow("very_satisfied") << "very_satisfied" << 0;
    QTest::newRow("satisfied") << "satisfied" << 0;
    QTest::newRow("basic") << "basic" << 0;
    QTest::newRow("dissatisfied") << "dissatisfied" << 1;
    QTest::newRow("very_dissatisfied") << "very_dissatisfied" << 1;
}

void TestAlertMonitor::satisfiedRatingsRaiseNothing()
{
    QFETCH(QString, level);
    QFETCH(int, alerts);
    QSignalSpy raised(m_alerts.get(), &AlertMonitor::alertRaised);
    event(QStringLiteral("rating"), rating(5, level));
    // The same rating heard twice (a snapshot and an event) is one alert.
    event(QStringLiteral("rating"), rating(5, level));
    QCOMPARE(raised.count(), alerts);
}

void TestAlertMonitor::acknowledgeAll()
{
    QSignalSpy changed(m_alerts.get(), &AlertMonitor::alertsChanged);
    begin(Kind::LongService);
    reach(Kind::LongService, false);
    m_alerts->check();
    event(QStringLiteral("rating"), rating(7, QStringLiteral("dissatisfied")));
    QCOMPARE(m_alerts->activeAlerts().size(), 2);
    QCOMPARE(m_alerts->unacknowledged(), 2);
    m_alerts->acknowledgeAll();
    QCOMPARE(m_alerts->unacknowledged(), 0);
    QCOMPARE(m_alerts->activeAlerts().size(), 1);
    QCOMPARE(m_alerts->activeAlerts().constFirst().kind, Kind::LongService);
    QVERIFY(changed.count() >= 3);
}

void TestAlertMonitor::textsAreInTheUsersLanguage()
{
    TranslationInstaller translations;
    QCOMPARE(translations.install({QStringLiteral("halldesk_core")},
                                  QLocale(QLocale::Chinese, QLocale::China)),
             1);
    QSignalSpy raised(m_alerts.get(), &AlertMonitor::alertRaised);
    begin(Kind::LongWait);
    reach(Kind::LongWait, false);
    m_alerts->check();
    event(QStringLiteral("rating"), rating(7, QStringLiteral("very_dissatisfied")));
    QCOMPARE(raised.count(), 2);
    QCOMPARE(raised.at(0).at(0).value<HallAlert>().text,
             QStringLiteral("个人：已有群众等候 30 分钟"));
    QCOMPARE(raised.at(1).at(0).value<HallAlert>().text,
             QStringLiteral("1号窗口：A001号评价为非常不满意"));
}

QTEST_GUILESS_MAIN(TestAlertMonitor)
#include "tst_alertmonitor.moc"
