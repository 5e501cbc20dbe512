// The administration of the hall over the real server and TLS (PROTOCOL.md §5.35–5.44), on
// SQLite and PostgreSQL: an admin reads and changes the layout, staff, passwords, priority
// groups, thresholds and holiday years; each change is one transaction with its admin_log
// row and its event; every refusal names what is wrong and changes nothing; a supervisor,
// a clerk and a kiosk are refused outright.

#include "NetworkFixture.h"
#include "counter/CounterController.h"
#include "supervisor/HallMonitor.h"
#include "terminal/TerminalStore.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QtTest>

using namespace halldesk;
using namespace halldesk::test;

namespace {

// S8 made an admin (S7 a supervisor) and signed in on a console.
std::unique_ptr<RawTerminal> console(NetworkFixture &fixture, const QString &staffNo,
                                     const QString &password = NetworkFixture::Password)
{
    fixture.rows(QStringLiteral("UPDATE staff SET role = 'admin' WHERE staff_no = 'S8'"));
    fixture.rows(QStringLiteral("UPDATE staff SET role = 'supervisor' WHERE staff_no = 'S7'"));
    auto terminal = fixture.raw(TerminalRole::Supervisor, 0);
    if (!terminal ||
        !isOk(terminal->call(QStringLiteral("login"), {{QStringLiteral("staffNo"), staffNo},
                                                       {QStringLiteral("password"), password}})))
        return nullptr;
    return terminal;
}

std::unique_ptr<RawTerminal> admin(NetworkFixture &fixture)
{
    return console(fixture, QStringLiteral("S8"));
}

QJsonObject window(int number, const QString &area, const QJsonArray &queues)
{
    return {{QStringLiteral("number"), number},
            {QStringLiteral("name"), QStringLiteral("%1号窗口").arg(number)},
            {QStringLiteral("area"), area},
            {QStringLiteral("queues"), queues}};
}

QJsonObject served(const QString &queue, double weight)
{
    return {{QStringLiteral("queue"), queue}, {QStringLiteral("weight"), weight}};
}

QJsonObject thresholds(int longWait)
{
    return {{QStringLiteral("longWaitMinutes"), longWait},
            {QStringLiteral("idleWithWaitingMinutes"), 4},
            {QStringLiteral("longServiceMinutes"), 25},
            {QStringLiteral("offlineMinutes"), 2},
            {QStringLiteral("badRatings"), true},
            {QStringLiteral("overdueFollowUps"), false}};
}

QJsonObject staff(const QString &staffNo, const QString &role, bool active = true)
{
    return {{QStringLiteral("staffNo"), staffNo},
            {QStringLiteral("name"), QStringLiteral("职员")},
            {QStringLiteral("role"), role},
            {QStringLiteral("active"), active}};
}

QJsonObject holidayYear(int year, const QString &firstDay)
{
    return {{QStringLiteral("year"), year},
            {QStringLiteral("notice"),
             QStringLiteral("国务院办公厅关于%1年部分节假日安排的通知").arg(year)},
            {QStringLiteral("holidays"),
             QJsonArray{QJsonObject{
                 {QStringLiteral("name"), QStringLiteral("元旦")},
                 {QStringLiteral("off"), QJsonArray{QJsonArray{firstDay, firstDay}}}}}}};
}

// The hall's layout, staff and settings as rows, to show that a refusal changed nothing.
QList<QVariantList> everything(NetworkFixture &fixture)
{
    QList<QVariantList> rows;
    for (const char *sql :
         {"SELECT code, name, letter FROM areas ORDER BY code",
          "SELECT code, name, prefix, initial_service_s, area_id FROM queues ORDER BY code",
          "SELECT number, name, area_id FROM windows ORDER BY number",
          "SELECT window_number, queue_id, weight FROM window_queues ORDER BY 1, 2",
          "SELECT staff_no, name, role, active FROM staff ORDER BY staff_no",
          "SELECT staff_id, password_hash, failed_count FROM staff_credentials ORDER BY 1",
          "SELECT name, value FROM hall_settings ORDER BY name",
          "SELECT year FROM holiday_years ORDER BY year", "SELECT count(*) FROM admin_log"})
        rows << fixture.rows(QLatin1String(sql));
    return rows;
}

// Window 2's counter as the program runs it: its store, client and controller, connected.
struct CounterOfWindowTwo
{
    explicit CounterOfWindowTwo(NetworkFixture &fixture)
        : store(fixture.directory() + QStringLiteral("/counter-2.db"))
        , client(fixture.client(TerminalRole::Counter, 2))
        , controller(std::make_unique<CounterController>(2, *client, store, fixture.clock()))
    {}
    bool start()
    {
        QString error;
        if (store.open() || !controller->start(&error)) {
            qWarning().noquote() << error;
            return false;
        }
        return waitForState(*client, HallClient::State::Ready);
    }

    TerminalStore store;
    std::unique_ptr<HallClient> client;
    std::unique_ptr<CounterController> controller;
};

// S2 signed in at window 2 and serving a QA1 ticket a kiosk issued: that ticket, {} if refused.
QJsonObject serveAtWindowTwo(NetworkFixture &fixture, RawTerminal &counter)
{
    auto kiosk = fixture.raw(TerminalRole::Kiosk, 0);
    if (!kiosk || !fixture.signInCounter(counter, QStringLiteral("S2")) ||
        !isOk(kiosk->change(QStringLiteral("issueTicket"), {{"queue", "QA1"}})))
        return {};
    const QJsonObject called = counter.change(QStringLiteral("callNext"));
    return resultOf(called).value(QLatin1String("ticket")).toObject();
}

// Window 2's `window` events among those a terminal received.
QList<QJsonObject> windowTwoEvents(const RawTerminal &terminal)
{
    QList<QJsonObject> found;
    for (const QJsonObject &event : terminal.events()) {
        const QJsonObject data = event.value(QLatin1String("data")).toObject();
        if (event.value(QLatin1String("kind")).toString() == QLatin1String("window") &&
            data.value(QLatin1String("number")).toInt() == 2)
            found << data;
    }
    return found;
}

} // namespace

class TestAdminServer : public QObject
{
    Q_OBJECT

private slots:
    void configShowsTheHall();
    void othersAreForbidden_data();
    void othersAreForbidden();
    void refusals_data();
    void refusals();
    void lastAdminIsKept();
    void windowQueuesApplyLive();
    void newWindowAndQueue();
    void aCounterFollowsItsNewQueues();
    void staffRoleEndsSessions();
    void resetPasswordClearsLockOut();
    void endedSessionsLeaveTheWindow_data();
    void endedSessionsLeaveTheWindow();
    void aServingClerkKeepsTheSession();
    void aCounterIsToldItsSessionEnded();
    void aRenameReachesTheConsoles();
    void disabledPriorityGroupIsRefused();
    void thresholdsForConsoles();
    void holidayYearReachesTheCalendar();
    void replayChangesNothing();
    void failedCommitChangesNothing();
};

void TestAdminServer::configShowsTheHall()
{
    NetworkFixture fixture(NetworkFixture::ClockKind::Manual, quiet);
    QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
    auto terminal = admin(fixture);
    QVERIFY(terminal);
    const QJsonObject answer = terminal->call(QStringLiteral("adminConfig"));
    QVERIFY2(isOk(answer), qPrintable(describe(answer)));
    const QJsonObject config = resultOf(answer);
    QCOMPARE(config.value("areas").toArray().size(), 2);
    QCOMPARE(config.value("queues").toArray().size(), 3);
    QCOMPARE(config.value("queues").toArray().first().toObject().value("initialServiceSeconds"),
             QJsonValue(600));
    const QJsonArray windows = config.value("windows").toArray();
    QCOMPARE(windows.size(), 8);
    QCOMPARE(windows.first().toObject().value("queues").toArray(),
             (QJsonArray{served("QA1", 2), served("QA2", 1)}));
    const QJsonArray staff = config.value("staff").toArray();
    QCOMPARE(staff.size(), 8);
    const QJsonObject s8 = staff.last().toObject();
    QCOMPARE(s8.value("staffNo").toString(), QStringLiteral("S8"));
    QCOMPARE(s8.value("role").toString(), QStringLiteral("admin"));
    QCOMPARE(s8.value("active").toBool(), true);
    QCOMPARE(s8.value("hasPassword").toBool(), true);
    // No secret of any kind travels.
    const QString text = describe(answer);
    QVERIFY(!text.contains(QLatin1String("pbkdf2")));
    QVERIFY(!text.contains(QLatin1String("hash\"")));
    // Never set: each console keeps its own until an administrator sets the hall's.
    QVERIFY(config.value("thresholds").isNull());
    QCOMPARE(config.value("priorityGroups").toArray().size(), 5);
    for (const QJsonValue &group : config.value("priorityGroups").toArray())
        QVERIFY(group.toObject().value("enabled").toBool());
    QVERIFY(!config.value("holidayYears").toArray().isEmpty());
    QCOMPARE(fixture.requests(QStringLiteral("adminConfig"), QStringLiteral("ok")), 1u);
}

void TestAdminServer::othersAreForbidden_data()
{
    QTest::addColumn<QString>("op");
    QTest::addColumn<int>("role");
    QTest::addColumn<QString>("staffNo");
    const QStringList ops = {
        "adminConfig",         "adminSaveArea",      "adminSaveQueue",         "adminSaveWindow",
        "adminSaveStaff",      "adminResetPassword", "adminSetPriorityGroups", "adminSetThresholds",
        "adminSaveHolidayYear"};
    for (const QString &op : ops) {
        QTest::addRow("%s by a supervisor", qPrintable(op))
            << op << int(TerminalRole::Supervisor) << QStringLiteral("S7");
        QTest::addRow("%s at a counter", qPrintable(op))
            << op << int(TerminalRole::Counter) << QStringLiteral("S8");
        QTest::addRow("%s at a kiosk", qPrintable(op))
            << op << int(TerminalRole::Kiosk) << QString();
    }
}

void TestAdminServer::othersAreForbidden()
{
    QFETCH(QString, op);
    QFETCH(int, role);
    QFETCH(QString, staffNo);
    NetworkFixture fixture(NetworkFixture::ClockKind::Manual, quiet);
    QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
    std::unique_ptr<RawTerminal> terminal;
    if (TerminalRole(role) == TerminalRole::Supervisor) {
        terminal = console(fixture, staffNo);
    } else {
        fixture.rows(QStringLiteral("UPDATE staff SET role = 'admin' WHERE staff_no = 'S8'"));
        terminal = fixture.raw(TerminalRole(role), role == int(TerminalRole::Counter) ? 1 : 0);
        if (terminal && !staffNo.isEmpty())
            QVERIFY(isOk(terminal->call(QStringLiteral("login"),
                                        {{QStringLiteral("staffNo"), staffNo},
                                         {QStringLiteral("password"), NetworkFixture::Password}})));
    }
    QVERIFY(terminal);
    const auto before = everything(fixture);
    const QJsonObject answer = terminal->call(
        op, staff(QStringLiteral("S1"), QStringLiteral("admin")), RawTerminal::newKey());
    QCOMPARE(errorCode(answer), QStringLiteral("forbidden"));
    QCOMPARE(everything(fixture), before);
}

void TestAdminServer::refusals_data()
{
    QTest::addColumn<QString>("op");
    QTest::addColumn<QJsonObject>("args");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("detail");
    auto area = [](const QString &code, const QString &letter) {
        return QJsonObject{{"code", code}, {"name", "新区"}, {"letter", letter}};
    };
    auto queue = [](const QString &area, const QString &prefix, int seconds) {
        return QJsonObject{{"code", "QN"},
                           {"name", "新业务"},
                           {"area", area},
                           {"prefix", prefix},
                           {"initialServiceSeconds", seconds}};
    };
    QTest::newRow("area letter lower case")
        << "adminSaveArea" << area("c", "c") << "invalid_setting"
        << "letter";
    QTest::newRow("area letter taken") << "adminSaveArea" << area("c", "B") << "invalid_setting"
                                       << "letter";
    QTest::newRow("area letter its queues lack")
        << "adminSaveArea" << area("a", "C") << "invalid_setting"
        << "letter";
    QTest::newRow("area code with space")
        << "adminSaveArea" << area("c d", "C") << "invalid_setting"
        << "code";
    QTest::newRow("area without name")
        << "adminSaveArea" << QJsonObject{{"code", "c"}, {"name", "  "}, {"letter", "C"}}
        << "invalid_setting"
        << "name";
    QTest::newRow("queue prefix of another area")
        << "adminSaveQueue" << queue("a", "B", 300) << "invalid_setting"
        << "prefix";
    QTest::newRow("queue prefix too long")
        << "adminSaveQueue" << queue("a", "A123", 300) << "bad_request"
        << "prefix";
    QTest::newRow("queue in no area") << "adminSaveQueue" << queue("Z", "Z", 300) << "unknown_area"
                                      << "Z";
    QTest::newRow("queue service too short")
        << "adminSaveQueue" << queue("a", "A", 5) << "invalid_setting"
        << "initialServiceSeconds";
    QTest::newRow("window weight zero")
        << "adminSaveWindow" << window(2, "a", {served("QA1", 0)}) << "invalid_setting"
        << "weight";
    QTest::newRow("window weight negative")
        << "adminSaveWindow" << window(2, "a", {served("QA1", -1)}) << "invalid_setting"
        << "weight";
    QTest::newRow("window without queues")
        << "adminSaveWindow" << window(2, "a", {}) << "invalid_setting"
        << "queues";
    QTest::newRow("window queue twice")
        << "adminSaveWindow" << window(2, "a", {served("QA1", 1), served("QA1", 2)})
        << "invalid_setting"
        << "queues";
    QTest::newRow("window unknown queue")
        << "adminSaveWindow" << window(2, "a", {served("QA1", 1), served("QX", 1)})
        << "unknown_queue"
        << "QX";
    QTest::newRow("window weight not a number")
        << "adminSaveWindow" << window(2, "a", {QJsonObject{{"queue", "QA1"}, {"weight", "2"}}})
        << "bad_request"
        << "queues";
    QTest::newRow("window number zero")
        << "adminSaveWindow" << window(0, "a", {served("QA1", 1)}) << "bad_request"
        << "number";
    QTest::newRow("window in no area")
        << "adminSaveWindow" << window(2, "Z", {served("QA1", 1)}) << "unknown_area"
        << "Z";
    QTest::newRow("staff role unknown")
        << "adminSaveStaff" << staff("S1", "boss") << "invalid_setting"
        << "role";
    QTest::newRow("staff number with space")
        << "adminSaveStaff" << staff("S 9", "clerk") << "invalid_setting"
        << "staffNo";
    QTest::newRow("demoting yourself")
        << "adminSaveStaff" << staff("S8", "supervisor") << "own_admin_role"
        << "";
    QTest::newRow("deactivating yourself")
        << "adminSaveStaff" << staff("S8", "admin", false) << "own_admin_role"
        << "";
    QTest::newRow("password too short")
        << "adminResetPassword" << QJsonObject{{"staffNo", "S1"}, {"password", "1234567"}}
        << "invalid_setting"
        << "password";
    QTest::newRow("password for nobody")
        << "adminResetPassword" << QJsonObject{{"staffNo", "S99"}, {"password", "longenough"}}
        << "unknown_staff"
        << "";
    QTest::newRow("unknown priority group")
        << "adminSetPriorityGroups" << QJsonObject{{"groups", QJsonObject{{"vip", false}}}}
        << "invalid_setting"
        << "vip";
    QTest::newRow("priority group not a switch")
        << "adminSetPriorityGroups" << QJsonObject{{"groups", QJsonObject{{"elderly", 0}}}}
        << "bad_request"
        << "groups";
    QTest::newRow("long wait of zero minutes")
        << "adminSetThresholds" << thresholds(0) << "invalid_setting"
        << "longWaitMinutes";
    QTest::newRow("long wait of a day")
        << "adminSetThresholds" << thresholds(1440) << "invalid_setting"
        << "longWaitMinutes";
    QJsonObject noSwitch = thresholds(30);
    noSwitch.remove("badRatings");
    QTest::newRow("threshold missing") << "adminSetThresholds" << noSwitch << "bad_request"
                                       << "badRatings";
    QTest::newRow("holiday year not an object")
        << "adminSaveHolidayYear" << QJsonObject{{"holidayYear", "2031"}} << "bad_request"
        << "holidayYear";
    QTest::newRow("holiday outside its year")
        << "adminSaveHolidayYear" << QJsonObject{{"holidayYear", holidayYear(2031, "2030-12-31")}}
        << "invalid_setting"
        << "*";
}

void TestAdminServer::refusals()
{
    QFETCH(QString, op);
    QFETCH(QJsonObject, args);
    QFETCH(QString, code);
    QFETCH(QString, detail);
    NetworkFixture fixture(NetworkFixture::ClockKind::Manual, quiet);
    QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
    auto terminal = admin(fixture);
    QVERIFY(terminal);
    const auto before = everything(fixture);
    const QJsonObject answer = terminal->change(op, args);
    QCOMPARE(errorCode(answer), code);
    // A holiday year's refusal says in words which holiday and date are wrong.
    if (detail == QLatin1String("*"))
        QVERIFY(!errorDetail(answer).isEmpty());
    else
        QCOMPARE(errorDetail(answer), detail);
    QVERIFY(!answer.value("error").toObject().value("message").toString().isEmpty());
    QCOMPARE(everything(fixture), before);
}

void TestAdminServer::lastAdminIsKept()
{
    NetworkFixture fixture(NetworkFixture::ClockKind::Manual, quiet);
    QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
    auto terminal = admin(fixture);
    QVERIFY(terminal);
    // S6 an admin too: S8 may demote S6 while both are.
    fixture.rows(QStringLiteral("UPDATE staff SET role = 'admin' WHERE staff_no = 'S6'"));
    QVERIFY(isOk(terminal->change(QStringLiteral("adminSaveStaff"),
                                  staff(QStringLiteral("S6"), QStringLiteral("clerk")))));
    QVERIFY(isOk(terminal->change(QStringLiteral("adminSaveStaff"),
                                  staff(QStringLiteral("S5"), QStringLiteral("admin")))));
    // S8 loses the role behind the server's back (its session still says admin): S5 is
    // then the last active admin and stays one.
    fixture.rows(QStringLiteral("UPDATE staff SET role = 'clerk' WHERE staff_no = 'S8'"));
    const auto before = everything(fixture);
    QCOMPARE(
        errorCode(terminal->change(QStringLiteral("adminSaveStaff"),
                                   staff(QStringLiteral("S5"), QStringLiteral("admin"), false))),
        QStringLiteral("last_admin"));
    QCOMPARE(errorCode(terminal->change(QStringLiteral("adminSaveStaff"),
                                        staff(QStringLiteral("S5"), QStringLiteral("clerk")))),
             QStringLiteral("last_admin"));
    QCOMPARE(everything(fixture), before);
}

void TestAdminServer::windowQueuesApplyLive()
{
    NetworkFixture fixture(NetworkFixture::ClockKind::Manual, quiet);
    QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
    auto counter = fixture.raw(TerminalRole::Counter, 2);
    QVERIFY(counter);
    QVERIFY(fixture.signInCounter(*counter, QStringLiteral("S2")));
    QVERIFY(isOk(counter->change(QStringLiteral("issueTicket"), {{"queue", "QA2"}})));
    // Window 2 serves QA1 only.
    QCOMPARE(errorCode(counter->change(QStringLiteral("callNext"))),
             QStringLiteral("no_ticket_waiting"));

    auto terminal = admin(fixture);
    QVERIFY(terminal);
    QVERIFY(isOk(terminal->call(QStringLiteral("subscribe"),
                                {{"queues", QJsonArray{"*"}}, {"windows", QJsonArray{"*"}}})));
    const QJsonObject saved =
        terminal->change(QStringLiteral("adminSaveWindow"),
                         window(2, QStringLiteral("a"), {served("QA1", 1), served("QA2", 3.5)}));
    QVERIFY2(isOk(saved), qPrintable(describe(saved)));
    QCOMPARE(resultOf(saved).value("created").toBool(), false);
    const QJsonObject layout =
        terminal->waitEvent(QStringLiteral("layout")).value("data").toObject();
    QCOMPARE(layout.value("change").toString(), QStringLiteral("window"));
    QCOMPARE(layout.value("target").toString(), QStringLiteral("2"));
    QCOMPARE(fixture.rows(QStringLiteral("SELECT q.code, wq.weight FROM window_queues wq JOIN "
                                         "queues q ON q.id = wq.queue_id WHERE wq.window_number = "
                                         "2 ORDER BY q.code")),
             (QList<QVariantList>{{QStringLiteral("QA1"), 1.0}, {QStringLiteral("QA2"), 3.5}}));
    // The next call already follows the new queues.
    const QJsonObject called = counter->change(QStringLiteral("callNext"));
    QVERIFY2(isOk(called), qPrintable(describe(called)));
    QCOMPARE(resultOf(called).value("ticket").toObject().value("queue").toString(),
             QStringLiteral("QA2"));
    // The log says who changed what, in one row.
    const auto log = fixture.rows(
        QStringLiteral("SELECT staff_no, operation, target FROM admin_log ORDER BY id"));
    QCOMPARE(log, (QList<QVariantList>{{QStringLiteral("S8"), QStringLiteral("adminSaveWindow"),
                                        QStringLiteral("2")}}));
    // The hall layout every terminal reads has it too.
    const QJsonArray windows =
        resultOf(terminal->call(QStringLiteral("hall"))).value("windows").toArray();
    QCOMPARE(windows.at(1).toObject().value("queues").toArray().size(), 2);
}

void TestAdminServer::newWindowAndQueue()
{
    NetworkFixture fixture(NetworkFixture::ClockKind::Manual, quiet);
    QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
    auto terminal = admin(fixture);
    QVERIFY(terminal);
    // No window 9 yet: its counter is refused at the door.
    QVERIFY(!fixture.raw(TerminalRole::Counter, 9));
    QVERIFY(isOk(terminal->change(QStringLiteral("adminSaveArea"),
                                  {{"code", "C"}, {"name", "不动产"}, {"letter", "C"}})));
    const QJsonObject queue =
        terminal->change(QStringLiteral("adminSaveQueue"), {{"code", "QC"},
                                                            {"name", "不动产登记"},
                                                            {"area", "C"},
                                                            {"prefix", "CD"},
                                                            {"initialServiceSeconds", 600}});
    QVERIFY2(isOk(queue), qPrintable(describe(queue)));
    QVERIFY(resultOf(queue).value("created").toBool());
    QVERIFY(isOk(terminal->change(QStringLiteral("adminSaveWindow"),
                                  window(9, QStringLiteral("C"), {served("QC", 1)}))));
    // A ping on the console: the server has re-read its windows by the time it answers.
    QVERIFY(isOk(terminal->call(QStringLiteral("ping"))));
    auto counter = fixture.raw(TerminalRole::Counter, 9);
    QVERIFY(counter);
    QVERIFY(fixture.signInCounter(*counter, QStringLiteral("S1")));
    const QJsonObject issued = counter->change(QStringLiteral("issueTicket"), {{"queue", "QC"}});
    QVERIFY2(isOk(issued), qPrintable(describe(issued)));
    QCOMPARE(resultOf(issued).value("ticket").toObject().value("number").toString(),
             QStringLiteral("CD001"));
    const QJsonObject config = resultOf(terminal->call(QStringLiteral("adminConfig")));
    QCOMPARE(config.value("areas").toArray().size(), 3);
    QCOMPARE(config.value("windows").toArray().size(), 9);
    QCOMPARE(fixture.count(QStringLiteral("admin_log")), 3);
}

void TestAdminServer::aCounterFollowsItsNewQueues()
{
    NetworkFixture fixture(NetworkFixture::ClockKind::Manual, quiet);
    QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
    auto terminal = admin(fixture);
    QVERIFY(terminal);
    CounterOfWindowTwo counter(fixture);
    QVERIFY(counter.start());
    HallClient *client = counter.client.get();
    CounterController &controller = *counter.controller;
    ReplyCatcher login;
    client->login(QStringLiteral("S2"), NetworkFixture::Password, login.callback());
    QVERIFY(login.wait() && login.reply().ok);
    QVERIFY(QTest::qWaitFor(
        [&] { return controller.model().layout().queuesOfWindow(2) == QStringList{"QA1"}; },
        10000));
    auto kiosk = fixture.raw(TerminalRole::Kiosk, 0);
    QVERIFY(kiosk);
    QVERIFY(isOk(kiosk->change(QStringLiteral("issueTicket"), {{"queue", "QA2"}})));
    QCOMPARE(controller.model().waitingCount(), 0);
    // Window 2 serves QA2 too from now on: its counter reads the hall again and lists the
    // citizen waiting there.
    QVERIFY(isOk(
        terminal->change(QStringLiteral("adminSaveWindow"),
                         window(2, QStringLiteral("a"), {served("QA1", 1), served("QA2", 1)}))));
    QVERIFY(QTest::qWaitFor([&] { return controller.model().waitingCount() == 1; }, 10000));
    QCOMPARE(controller.model().layout().queuesOfWindow(2), (QStringList{"QA1", "QA2"}));
}

void TestAdminServer::staffRoleEndsSessions()
{
    NetworkFixture fixture(NetworkFixture::ClockKind::Manual, quiet);
    QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
    auto terminal = admin(fixture);
    QVERIFY(terminal);
    auto supervisor = console(fixture, QStringLiteral("S7"));
    QVERIFY(supervisor);
    const QJsonObject login = supervisor->call(
        QStringLiteral("login"), {{"staffNo", "S7"}, {"password", NetworkFixture::Password}});
    const QString token = resultOf(login).value("token").toString();
    QVERIFY(!token.isEmpty());
    QVERIFY(isOk(supervisor->call(QStringLiteral("hallSettings"))));

    const QJsonObject saved = terminal->change(
        QStringLiteral("adminSaveStaff"), staff(QStringLiteral("S7"), QStringLiteral("clerk")));
    QVERIFY2(isOk(saved), qPrintable(describe(saved)));
    QVERIFY(resultOf(saved).value("sessionsEnded").toBool());
    // The console's session is gone, and its token no longer resumes.
    QCOMPARE(errorCode(supervisor->call(QStringLiteral("hallSettings"))),
             QStringLiteral("not_signed_in"));
    QCOMPARE(errorCode(supervisor->call(QStringLiteral("resume"), {{"token", token}})),
             QStringLiteral("session_expired"));
    // A clerk now: refused on the console.
    QCOMPARE(
        errorCode(supervisor->call(QStringLiteral("login"),
                                   {{"staffNo", "S7"}, {"password", NetworkFixture::Password}})),
        QStringLiteral("forbidden"));
    // A new member of staff, and a rename that ends nothing.
    const QJsonObject created =
        terminal->change(QStringLiteral("adminSaveStaff"), staff(QStringLiteral("S9"), "clerk"));
    QVERIFY(resultOf(created).value("created").toBool());
    QJsonObject renamed = staff(QStringLiteral("S1"), QStringLiteral("clerk"));
    renamed.insert("name", QStringLiteral("王芳"));
    QVERIFY(!resultOf(terminal->change(QStringLiteral("adminSaveStaff"), renamed))
                 .value("sessionsEnded")
                 .toBool());
    QCOMPARE(fixture.rows(QStringLiteral("SELECT name, role, active FROM staff WHERE staff_no "
                                         "IN ('S1', 'S7', 'S9') ORDER BY staff_no")),
             (QList<QVariantList>{{QStringLiteral("王芳"), QStringLiteral("clerk"), 1},
                                  {QStringLiteral("职员"), QStringLiteral("clerk"), 1},
                                  {QStringLiteral("职员"), QStringLiteral("clerk"), 1}}));
    // The log names fields, never the names themselves.
    const auto details = fixture.rows(QStringLiteral("SELECT detail FROM admin_log"));
    for (const QVariantList &row : details)
        QVERIFY2(!row.first().toString().contains(QStringLiteral("王芳")),
                 qPrintable(row.first().toString()));
}

void TestAdminServer::resetPasswordClearsLockOut()
{
    NetworkFixture fixture(NetworkFixture::ClockKind::Manual, quiet);
    QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
    auto terminal = admin(fixture);
    QVERIFY(terminal);
    auto counter = fixture.raw(TerminalRole::Counter, 3);
    QVERIFY(counter);
    QVERIFY(fixture.signInCounter(*counter, QStringLiteral("S3")));
    auto other = fixture.raw(TerminalRole::Counter, 4);
    QVERIFY(other);
    for (int i = 0; i < 5; ++i)
        other->call(QStringLiteral("login"), {{"staffNo", "S3"}, {"password", "wrong-password"}});
    QCOMPARE(errorCode(other->call(QStringLiteral("login"),
                                   {{"staffNo", "S3"}, {"password", NetworkFixture::Password}})),
             QStringLiteral("account_locked"));

    const QString fresh = QStringLiteral("Neues-Passwort-7");
    const QJsonObject reset = terminal->change(QStringLiteral("adminResetPassword"),
                                               {{"staffNo", "S3"}, {"password", fresh}});
    QVERIFY2(isOk(reset), qPrintable(describe(reset)));
    // The answer and the log keep no trace of the password.
    QVERIFY(!describe(reset).contains(fresh));
    QCOMPARE(
        fixture.count(QStringLiteral("request_log"), QStringLiteral("response LIKE '%Neues%'")), 0);
    QCOMPARE(fixture.count(QStringLiteral("admin_log"), QStringLiteral("detail LIKE '%Neues%'")),
             0);
    // Its sessions ended; the lock is gone; only the new password opens.
    QCOMPARE(errorCode(counter->change(QStringLiteral("issueTicket"), {{"queue", "QA1"}})),
             QStringLiteral("not_signed_in"));
    QCOMPARE(errorCode(other->call(QStringLiteral("login"),
                                   {{"staffNo", "S3"}, {"password", NetworkFixture::Password}})),
             QStringLiteral("bad_credentials"));
    QVERIFY(isOk(other->call(QStringLiteral("login"), {{"staffNo", "S3"}, {"password", fresh}})));
}

void TestAdminServer::endedSessionsLeaveTheWindow_data()
{
    QTest::addColumn<QString>("op");
    QTest::addColumn<QJsonObject>("args");
    QTest::newRow("deactivated") << QStringLiteral("adminSaveStaff")
                                 << staff(QStringLiteral("S2"), QStringLiteral("clerk"), false);
    QTest::newRow("role changed") << QStringLiteral("adminSaveStaff")
                                  << staff(QStringLiteral("S2"), QStringLiteral("supervisor"));
    QTest::newRow("password reset")
        << QStringLiteral("adminResetPassword")
        << QJsonObject{{"staffNo", "S2"}, {"password", "Neues-Passwort-7"}};
}

void TestAdminServer::endedSessionsLeaveTheWindow()
{
    QFETCH(QString, op);
    QFETCH(QJsonObject, args);
    NetworkFixture fixture(NetworkFixture::ClockKind::Manual, quiet);
    QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
    auto terminal = admin(fixture);
    QVERIFY(terminal);
    QVERIFY(isOk(terminal->call(QStringLiteral("subscribe"),
                                {{"queues", QJsonArray{"*"}}, {"windows", QJsonArray{1, 2, 3}}})));
    auto counter = fixture.raw(TerminalRole::Counter, 2);
    QVERIFY(counter);
    const QJsonObject called = serveAtWindowTwo(fixture, *counter);
    QVERIFY(!called.isEmpty());
    const qint64 held = called.value("id").toInteger();
    QVERIFY(isOk(counter->change(QStringLiteral("hold"), {{"ticketId", double(held)}})));
    fixture.manualClock().advanceSecs(600);
    const qint64 changedAt = fixture.clock().nowMs();

    const QString key = RawTerminal::newKey();
    const QJsonObject first = terminal->call(op, args, key);
    QVERIFY2(isOk(first), qPrintable(describe(first)));
    QVERIFY(resultOf(first).value("sessionsEnded").toBool());
    // The consoles see the window signed out at once, as after the clerk's own signOut, and
    // the held ticket back in its queue.
    const QJsonObject signedOut =
        terminal->waitEvent(QStringLiteral("window"), [&](const QJsonObject &data) {
            return data.value("number").toInt() == 2 &&
                   data.value("state").toString() == QStringLiteral("signed_out") &&
                   data.value("stateSinceMs").toInteger() == changedAt;
        });
    QVERIFY(!signedOut.isEmpty());
    QCOMPARE(signedOut.value("data").toObject().value("staffNo").toString(), QString());
    QVERIFY(
        !terminal
             ->waitEvent(QStringLiteral("ticket"),
                         [&](auto data) {
                             return data.value("action").toString() == QStringLiteral("returned") &&
                                    data.value("previousWindow").toInt() == 2 &&
                                    data.value("ticket").toObject().value("id").toInteger() == held;
                         })
             .isEmpty());
    QCOMPARE(fixture.count(QStringLiteral("windows"),
                           QStringLiteral("number = 2 AND state = 'signed_out' AND staff_id IS "
                                          "NULL")),
             1);
    QCOMPARE(fixture.count(QStringLiteral("tickets"),
                           QStringLiteral("id = %1 AND status = 'waiting'").arg(held)),
             1);
    // The counter is told, and its next request is refused.
    const QJsonObject ended = counter->waitEvent(QStringLiteral("session_ended"));
    QCOMPARE(ended.value("data").toObject().value("code").toString(),
             QStringLiteral("session_revoked"));
    QCOMPARE(errorCode(counter->change(QStringLiteral("callNext"))),
             QStringLiteral("not_signed_in"));
    // The attendance report ends the session at the change.
    const QJsonObject attendance = terminal->call(QStringLiteral("staffAttendance"),
                                                  {{"from", "2026-11-30"}, {"to", "2026-11-30"}});
    QVERIFY2(isOk(attendance), qPrintable(describe(attendance)));
    QJsonObject row;
    for (const QJsonValue &value : resultOf(attendance).value("rows").toArray()) {
        if (value.toObject().value("staffNo").toString() == QStringLiteral("S2"))
            row = value.toObject();
    }
    QCOMPARE(row.value("lastSignOutMs").toInteger(), changedAt);
    QCOMPARE(row.value("signedInNow").toBool(), false);
    QCOMPARE(row.value("signedInMs").toInteger(), 600 * 1000);

    // The same key again: the same answer, nothing done twice.
    const int windowEvents = int(windowTwoEvents(*terminal).size());
    const QJsonObject again = terminal->call(op, args, key);
    QVERIFY(again.value("replayed").toBool());
    QCOMPARE(resultOf(again), resultOf(first));
    QVERIFY(isOk(terminal->call(QStringLiteral("hallSettings")))); // any events came before
    QCOMPARE(windowTwoEvents(*terminal).size(), windowEvents);
    QCOMPARE(fixture.count(QStringLiteral("events"), QStringLiteral("kind = 'sign_out'")), 1);
    QCOMPARE(fixture.count(QStringLiteral("events"), QStringLiteral("kind = 'hold_released'")), 1);
    QCOMPARE(fixture.count(QStringLiteral("admin_log")), 1);
}

void TestAdminServer::aServingClerkKeepsTheSession()
{
    NetworkFixture fixture(NetworkFixture::ClockKind::Manual, quiet);
    QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
    auto terminal = admin(fixture);
    QVERIFY(terminal);
    auto counter = fixture.raw(TerminalRole::Counter, 2);
    QVERIFY(counter);
    const QJsonObject ticket = serveAtWindowTwo(fixture, *counter);
    QVERIFY(!ticket.isEmpty());
    const auto before = everything(fixture);
    const int sessions =
        fixture.count(QStringLiteral("staff_sessions"), QStringLiteral("revoked = 0"));

    // Like the clerk's own signOut: refused while a citizen is being served, nothing changed.
    const QJsonObject refused =
        terminal->change(QStringLiteral("adminSaveStaff"),
                         staff(QStringLiteral("S2"), QStringLiteral("clerk"), false));
    QCOMPARE(errorCode(refused), QStringLiteral("window_busy"));
    QCOMPARE(errorDetail(refused), ticket.value("number").toString());
    QCOMPARE(everything(fixture), before);
    QCOMPARE(fixture.count(QStringLiteral("staff_sessions"), QStringLiteral("revoked = 0")),
             sessions);
    QVERIFY(isOk(counter->change(QStringLiteral("finish"), {{"ticketId", ticket.value("id")}})));
    // Once the citizen is served, the same change goes through.
    QVERIFY(isOk(terminal->change(QStringLiteral("adminSaveStaff"),
                                  staff(QStringLiteral("S2"), QStringLiteral("clerk"), false))));
    QCOMPARE(fixture.count(QStringLiteral("windows"),
                           QStringLiteral("number = 2 AND state = 'signed_out'")),
             1);
}

void TestAdminServer::aCounterIsToldItsSessionEnded()
{
    NetworkFixture fixture(NetworkFixture::ClockKind::Manual, quiet);
    QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
    auto terminal = admin(fixture);
    QVERIFY(terminal);
    CounterOfWindowTwo counter(fixture);
    QVERIFY(counter.start());
    // The clerk signs in at the counter, which signs in at the window.
    CounterController &controller = *counter.controller;
    controller.login(QStringLiteral("S2"), NetworkFixture::Password);
    QVERIFY(QTest::qWaitFor([&] { return controller.model().window().state == WindowState::Open; },
                            10000));
    QSignalSpy needed(&controller, &CounterController::sessionNeeded);

    QVERIFY(isOk(terminal->change(QStringLiteral("adminSaveStaff"),
                                  staff(QStringLiteral("S2"), QStringLiteral("clerk"), false))));
    // Pushed, not found out at the next request: back to signing in, saying why.
    QVERIFY(QTest::qWaitFor([&] { return !needed.isEmpty(); }, 10000));
    QCOMPARE(needed.first().first().toString(),
             OperationError(ErrorCode::SessionRevoked).message());
    QVERIFY(!controller.hasSession());
    QCOMPARE(counter.client->sessionToken(), QString());
    QCOMPARE(controller.model().window().state, WindowState::SignedOut);
}

void TestAdminServer::aRenameReachesTheConsoles()
{
    NetworkFixture fixture(NetworkFixture::ClockKind::Manual, quiet);
    QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
    auto terminal = admin(fixture);
    QVERIFY(terminal);
    auto client = fixture.client(TerminalRole::Supervisor, 0);
    HallMonitor monitor(*client, fixture.clock());
    monitor.start();
    QVERIFY(client->start());
    QVERIFY(waitForState(*client, HallClient::State::Ready));
    ReplyCatcher login;
    client->login(QStringLiteral("S7"), NetworkFixture::Password, login.callback());
    QVERIFY(login.wait() && login.reply().ok);
    QVERIFY(QTest::qWaitFor([&] { return monitor.snapshots() >= 1 && monitor.hasLayout(); }));
    auto counter = fixture.raw(TerminalRole::Counter, 2);
    QVERIFY(counter);
    QVERIFY(fixture.signInCounter(*counter, QStringLiteral("S2")));
    QVERIFY(QTest::qWaitFor([&] { return monitor.window(2)->staffNo == QStringLiteral("S2"); }));
    QVERIFY(monitor.window(2)->staffName != QStringLiteral("王芳"));

    QJsonObject renamed = staff(QStringLiteral("S2"), QStringLiteral("clerk"));
    renamed.insert("name", QStringLiteral("王芳"));
    const QJsonObject saved = terminal->change(QStringLiteral("adminSaveStaff"), renamed);
    QVERIFY2(isOk(saved), qPrintable(describe(saved)));
    QVERIFY(!resultOf(saved).value("sessionsEnded").toBool());
    // The tile names them anew without a new sign-in; the window stays as it was.
    QVERIFY(QTest::qWaitFor([&] { return monitor.window(2)->staffName == QStringLiteral("王芳"); },
                            10000));
    QCOMPARE(monitor.window(2)->state, QStringLiteral("open"));
    QCOMPARE(monitor.window(2)->staffNo, QStringLiteral("S2"));
    QCOMPARE(fixture.count(QStringLiteral("events"), QStringLiteral("kind = 'sign_in'")), 1);
    // The counter's session carries the new name into its next window events too.
    QVERIFY(isOk(counter->change(QStringLiteral("pause"), {{"reason", "午休"}})));
    QVERIFY(QTest::qWaitFor([&] { return monitor.window(2)->state == QStringLiteral("paused"); },
                            10000));
    QCOMPARE(monitor.window(2)->staffName, QStringLiteral("王芳"));
}

void TestAdminServer::disabledPriorityGroupIsRefused()
{
    NetworkFixture fixture(NetworkFixture::ClockKind::Manual, quiet);
    QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
    auto terminal = admin(fixture);
    QVERIFY(terminal);
    auto kiosk = fixture.raw(TerminalRole::Kiosk, 0);
    QVERIFY(kiosk);
    QVERIFY(isOk(kiosk->call(QStringLiteral("subscribe"), {{"queues", QJsonArray{"QA1"}}})));
    const QJsonObject set = terminal->change(QStringLiteral("adminSetPriorityGroups"),
                                             {{"groups", QJsonObject{{"elderly", false}}}});
    QVERIFY2(isOk(set), qPrintable(describe(set)));
    // Every terminal hears of it.
    const QJsonObject event = kiosk->waitEvent(QStringLiteral("settings")).value("data").toObject();
    QCOMPARE(event.value("priorityGroups").toArray().first().toObject(),
             (QJsonObject{{"group", "elderly"}, {"enabled", false}}));

    auto counter = fixture.raw(TerminalRole::Counter, 1);
    QVERIFY(counter);
    QVERIFY(fixture.signInCounter(*counter, QStringLiteral("S1")));
    const QJsonObject refused =
        counter->change(QStringLiteral("issueTicket"), {{"queue", "QA1"}, {"priority", "elderly"}});
    QCOMPARE(errorCode(refused), QStringLiteral("priority_group_disabled"));
    QCOMPARE(errorDetail(refused), QStringLiteral("elderly"));
    QCOMPARE(fixture.count(QStringLiteral("tickets")), 0);
    QVERIFY(isOk(counter->change(QStringLiteral("issueTicket"),
                                 {{"queue", "QA1"}, {"priority", "pregnant"}})));
    // Switched on again, it is offered again.
    QVERIFY(isOk(terminal->change(QStringLiteral("adminSetPriorityGroups"),
                                  {{"groups", QJsonObject{{"elderly", true}}}})));
    QVERIFY(isOk(counter->change(QStringLiteral("issueTicket"),
                                 {{"queue", "QA1"}, {"priority", "elderly"}})));
}

void TestAdminServer::thresholdsForConsoles()
{
    NetworkFixture fixture(NetworkFixture::ClockKind::Manual, quiet);
    QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
    auto terminal = admin(fixture);
    QVERIFY(terminal);
    const QJsonObject set = terminal->change(QStringLiteral("adminSetThresholds"), thresholds(45));
    QVERIFY2(isOk(set), qPrintable(describe(set)));
    QCOMPARE(resultOf(set).value("thresholds").toObject(), thresholds(45));
    // A supervisor's console reads them (it may not change them).
    auto supervisor = console(fixture, QStringLiteral("S7"));
    QVERIFY(supervisor);
    const QJsonObject read = supervisor->call(QStringLiteral("hallSettings"));
    QVERIFY2(isOk(read), qPrintable(describe(read)));
    QCOMPARE(resultOf(read).value("thresholds").toObject(), thresholds(45));
    QCOMPARE(errorCode(supervisor->change(QStringLiteral("adminSetThresholds"), thresholds(50))),
             QStringLiteral("forbidden"));
    QCOMPARE(fixture.count(QStringLiteral("hall_settings")), 1);
}

void TestAdminServer::holidayYearReachesTheCalendar()
{
    NetworkFixture fixture(NetworkFixture::ClockKind::Manual, quiet);
    QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
    auto terminal = admin(fixture);
    QVERIFY(terminal);
    QVERIFY(!fixture.server()->casework().calendar->covers(2031));
    const QJsonObject saved =
        terminal->change(QStringLiteral("adminSaveHolidayYear"),
                         {{"holidayYear", holidayYear(2031, QStringLiteral("2031-01-01"))}});
    QVERIFY2(isOk(saved), qPrintable(describe(saved)));
    QCOMPARE(fixture.count(QStringLiteral("holiday_years"), QStringLiteral("year = 2031")), 1);
    // Deadlines count with it from now on.
    QVERIFY(fixture.server()->casework().calendar->covers(2031));
    QVERIFY(!fixture.server()->casework().calendar->isWorkingDay(QDate(2031, 1, 1)));
    bool listed = false;
    for (const QJsonValue &year :
         resultOf(terminal->call(QStringLiteral("adminConfig"))).value("holidayYears").toArray())
        listed = listed || year.toObject().value("year").toInt() == 2031;
    QVERIFY(listed);
}

void TestAdminServer::replayChangesNothing()
{
    NetworkFixture fixture(NetworkFixture::ClockKind::Manual, quiet);
    QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
    auto terminal = admin(fixture);
    QVERIFY(terminal);
    const QString key = RawTerminal::newKey();
    const QJsonObject args{{"code", "a"}, {"name", "综合受理区"}, {"letter", "A"}};
    const QJsonObject first = terminal->call(QStringLiteral("adminSaveArea"), args, key);
    QVERIFY2(isOk(first), qPrintable(describe(first)));
    const QJsonObject again = terminal->call(QStringLiteral("adminSaveArea"), args, key);
    QVERIFY(isOk(again));
    QVERIFY(again.value("replayed").toBool());
    QCOMPARE(resultOf(again), resultOf(first));
    QCOMPARE(fixture.count(QStringLiteral("admin_log")), 1);
    // The same key for another operation is a client's mistake.
    QCOMPARE(errorCode(terminal->call(QStringLiteral("adminSetThresholds"), thresholds(30), key)),
             QStringLiteral("bad_request"));
}

void TestAdminServer::failedCommitChangesNothing()
{
    NetworkFixture fixture(NetworkFixture::ClockKind::Manual, quiet);
    QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
    auto terminal = admin(fixture);
    QVERIFY(terminal);
    const auto before = everything(fixture);
    const QString key = RawTerminal::newKey();
    const QJsonObject args = window(2, QStringLiteral("a"), {served("QA2", 2)});
    fixture.executor().failNextCommitForTesting();
    QCOMPARE(errorCode(terminal->call(QStringLiteral("adminSaveWindow"), args, key)),
             QStringLiteral("storage_failure"));
    QCOMPARE(everything(fixture), before);
    // Nothing remembered: the same key does it now.
    const QJsonObject retried = terminal->call(QStringLiteral("adminSaveWindow"), args, key);
    QVERIFY2(isOk(retried), qPrintable(describe(retried)));
    QVERIFY(!retried.value("replayed").toBool());
    QCOMPARE(fixture.count(QStringLiteral("admin_log")), 1);
}

QTEST_GUILESS_MAIN(TestAdminServer)
#include "tst_adminserver.moc"
