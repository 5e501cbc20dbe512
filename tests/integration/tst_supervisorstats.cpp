// The supervisor console's charts and staff pages (issue 8) against the real halldesk-server
// process on the demo hall, offscreen at 1920×1080 in Chinese: tickets a kiosk issued and a
// counter served show in the hourly and waiting-time charts; the counter's clerk, who signed in
// and went on a break, shows in the attendance table; the ranking shows its criteria; with the
// server gone the charts and the staff page say 离线. No text cut off or too small (screenshots
// in supervisor-screens/).

#include "HallCalls.h"
#include "NetworkFixture.h"
#include "ScreenChecks.h"
#include "ServerProcess.h"
#include "SupervisorConsoleFixture.h"
#include "client/HallClient.h"
#include "clock/HallTime.h"
#include "hall/HallDefinitionLoader.h"
#include "supervisor/AlertSound.h"
#include "supervisor/AttendancePanel.h"
#include "supervisor/AttendanceTableModel.h"
#include "supervisor/ChartPanel.h"
#include "supervisor/ChartsPage.h"
#include "supervisor/HallChartBuilder.h"
#include "supervisor/RankingPanel.h"
#include "supervisor/StaffPage.h"
#include "supervisor/SupervisorStation.h"
#include "supervisor/SupervisorWindow.h"

#include <QDateEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <numeric>

#ifndef HALLDESK_SERVER_PATH
#error "HALLDESK_SERVER_PATH must name the halldesk-server executable"
#endif

using namespace halldesk;
using namespace halldesk::test;

namespace {

constexpr int Wait = SupervisorConsoleFixture::Wait;

class SilentAlertSound : public AlertSound
{
public:
    void play() override {}
};

qreal sum(const QList<qreal> &values)
{
    return std::accumulate(values.cbegin(), values.cend(), qreal(0));
}

} // namespace

class TestSupervisorStats : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void chartsShowTheDay();
    void chartsOfAnEarlierDay();
    void staffPageShowsTheClerk();
    void chartsSayWhenOffline();
    void satisfactionOfTheWholeHall();
    void staffPageSaysWhenOffline();

private:
    SupervisorStation *station() const { return m_console.station(); }
    QString today() const;

    SupervisorConsoleFixture m_console{QStringLiteral(HALLDESK_SERVER_PATH)};
    std::unique_ptr<RawTerminal> m_counter;
};

void TestSupervisorStats::initTestCase()
{
    const QString started = m_console.startServer();
    QVERIFY2(started.isEmpty(), qPrintable(started));
    const QString shown =
        m_console.startConsole(m_console.settings(), std::make_unique<SilentAlertSound>());
    QVERIFY2(shown.isEmpty(), qPrintable(shown));
    // Shortcuts (F5, Alt+S) act in the active window.
    station()->window()->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(station()->window()));
    const QString problem = m_console.signIn(QStringLiteral("HD0002"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // The whole list of pages is tst_supervisorpages' to check.
    const QStringList pages = station()->window()->pageTitles();
    QVERIFY2(pages.contains(QStringLiteral("图表")) && pages.contains(QStringLiteral("人员")),
             qPrintable(pages.join(u' ')));
}

void TestSupervisorStats::cleanupTestCase()
{
    m_counter.reset();
    QVERIFY(m_console.stop());
}

QString TestSupervisorStats::today() const
{
    return HallTime().serviceDay(m_console.clock().nowUtc()).toString(Qt::ISODate);
}

void TestSupervisorStats::chartsShowTheDay()
{
    // The demo clerk HD0012 signs in at window 1, serves two of three tickets, and goes to lunch.
    m_counter = m_console.server()->counter(1);
    QVERIFY(m_counter);
    for (int n = 0; n < 3; ++n)
        QVERIFY(!issueTicket(*m_console.kiosk(), QStringLiteral("A-CIT")).isEmpty());
    qint64 serving = 0;
    QVERIFY(finishAndCallNext(*m_counter, serving));
    QVERIFY(finishAndCallNext(*m_counter, serving));
    QVERIFY(
        isOk(m_counter->change(QStringLiteral("finish"), {{QStringLiteral("ticketId"), serving}})));
    QVERIFY(isOk(m_counter->change(QStringLiteral("pause"),
                                   {{QStringLiteral("reason"), QStringLiteral("午休")}})));

    ChartsPage *charts = station()->chartsPage();
    station()->window()->showPage(charts);
    QTest::mouseClick(charts->refreshButton(), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor(
        [&] { return charts->figures() && charts->figures()->servedTotal() == 2; }, Wait));
    QCOMPARE(charts->figures()->issuedTotal(), 3);
    QCOMPARE(sum(charts->barValues(ChartsPage::HourlyChart, 0)), 3.0);
    QCOMPARE(sum(charts->barValues(ChartsPage::HourlyChart, 1)), 2.0);
    // Both called within minutes of their tickets.
    QCOMPARE(sum(charts->barValues(ChartsPage::WaitsChart, 0)), 2.0);
    QCOMPARE(charts->categories(ChartsPage::WaitsChart).first(), QStringLiteral("0–5"));
    const QString hour =
        HallTime().localTime(m_console.clock().nowUtc()).toString(QStringLiteral("HH")) +
        QStringLiteral("时");
    QVERIFY2(charts->categories(ChartsPage::HourlyChart).contains(hour), qPrintable(hour));
    // Nobody rated on a pad: said so instead of an empty chart.
    QCOMPARE(charts->panel(ChartsPage::SatisfactionChart)->message(),
             QStringLiteral("今天还没有评价。"));
    QVERIFY2(charts->statusText().contains(QStringLiteral("取号 3")),
             qPrintable(charts->statusText()));
    m_console.saveAndCheck(QStringLiteral("supervisor-charts"));

    // F5 asks again.
    const int before = charts->refreshes();
    QTest::keyClick(station()->window(), Qt::Key_F5);
    QTRY_COMPARE_WITH_TIMEOUT(charts->refreshes(), before + 1, Wait);
    QVERIFY(charts->refreshesOnItsOwn());
    QCOMPARE(charts->refreshInterval(), std::chrono::milliseconds(60000));
}

void TestSupervisorStats::chartsOfAnEarlierDay()
{
    ChartsPage *charts = station()->chartsPage();
    QVERIFY(charts->isVisible());
    const QDate now = HallTime().serviceDay(m_console.clock().nowUtc());
    const QDate yesterday = now.addDays(-1);
    // A later day cannot be chosen.
    QCOMPARE(charts->dayEdit()->maximumDate(), now);
    charts->dayEdit()->setDate(yesterday);
    QVERIFY(!charts->showsToday());
    QCOMPARE(charts->day(), yesterday);
    QVERIFY(QTest::qWaitFor(
        [&] { return charts->figures() && charts->figures()->day == yesterday; }, Wait));
    // A past day does not change: it is not asked for again every minute.
    QVERIFY(!charts->refreshesOnItsOwn());
    const QString day = yesterday.toString(Qt::ISODate);
    QCOMPARE(charts->panel(ChartsPage::HourlyChart)->title(),
             QStringLiteral("%1 各时段取号与办结").arg(day));
    QCOMPARE(charts->panel(ChartsPage::SatisfactionChart)->title(),
             QStringLiteral("%1 各区域满意率").arg(day));
    QCOMPARE(charts->statusText(), QStringLiteral("%1：取号 %2，办结 %3。")
                                       .arg(day)
                                       .arg(charts->figures()->issuedTotal())
                                       .arg(charts->figures()->servedTotal()));
    // The server process started today: nothing happened yesterday, and the page says so in
    // the words of a past day.
    QCOMPARE(charts->figures()->issuedTotal(), 0);
    QCOMPARE(charts->panel(ChartsPage::HourlyChart)->message(), QStringLiteral("这一天没有取号。"));
    QCOMPARE(charts->panel(ChartsPage::SatisfactionChart)->message(),
             QStringLiteral("这一天没有评价。"));
    m_console.saveAndCheck(QStringLiteral("supervisor-charts-earlier-day"));

    // 今天 by keyboard: today's charts again, kept fresh.
    charts->todayButton()->setFocus();
    QTest::keyClick(charts->todayButton(), Qt::Key_Space);
    QVERIFY(charts->showsToday());
    QVERIFY(charts->refreshesOnItsOwn());
    QCOMPARE(charts->dayEdit()->date(), now);
    QVERIFY(
        QTest::qWaitFor([&] { return charts->figures() && charts->figures()->day == now; }, Wait));
    QCOMPARE(charts->figures()->issuedTotal(), 3);
    QCOMPARE(charts->panel(ChartsPage::HourlyChart)->title(),
             QStringLiteral("今日各时段取号与办结"));
}

void TestSupervisorStats::staffPageShowsTheClerk()
{
    StaffPage *staff = station()->staffPage();
    station()->window()->showPage(staff);
    // Hidden, the charts stop asking.
    QVERIFY(!station()->chartsPage()->refreshesOnItsOwn());
    AttendanceTableModel *model = staff->attendance()->model();
    QVERIFY(QTest::qWaitFor([&] { return model->rowOf(QStringLiteral("HD0012"), today()) >= 0; },
                            Wait));
    const int row = model->rowOf(QStringLiteral("HD0012"), today());
    const auto cell = [&](int column) {
        return model->index(row, column).data().toString();
    };
    QCOMPARE(cell(AttendanceTableModel::WindowsColumn), QStringLiteral("1"));
    QCOMPARE(cell(AttendanceTableModel::SignInColumn).size(), 5); // HH:mm
    QCOMPARE(cell(AttendanceTableModel::SignOutColumn), QStringLiteral("在岗"));
    QVERIFY2(cell(AttendanceTableModel::PausesColumn).startsWith(QStringLiteral("1次")),
             qPrintable(cell(AttendanceTableModel::PausesColumn)));
    QVERIFY2(cell(AttendanceTableModel::ReasonsColumn).startsWith(QStringLiteral("午休")),
             qPrintable(cell(AttendanceTableModel::ReasonsColumn)));
    QCOMPARE(cell(AttendanceTableModel::ServedColumn), QStringLiteral("2"));
    RankingPanel *ranking = staff->ranking();
    QVERIFY(QTest::qWaitFor([&] { return !ranking->criteriaText().isEmpty(); }, Wait));
    QVERIFY2(ranking->criteriaText().contains(QStringLiteral("满意率 40")),
             qPrintable(ranking->criteriaText()));
    m_console.saveAndCheck(QStringLiteral("supervisor-staff"));

    // By keyboard: Alt+S (显示考勤) asks again, and the answer fills the table anew.
    QSignalSpy answered(model, &QAbstractItemModel::modelReset);
    QTest::keyClick(station()->window(), Qt::Key_S, Qt::AltModifier);
    QVERIFY(answered.wait(Wait));
    QVERIFY(model->rowOf(QStringLiteral("HD0012"), today()) >= 0);
}

void TestSupervisorStats::chartsSayWhenOffline()
{
    m_counter.reset();
    QVERIFY(m_console.stopServer());
    QVERIFY(QTest::qWaitFor(
        [&] {
            return station()->client()->state() == HallClient::State::Offline ||
                   station()->client()->state() == HallClient::State::Connecting;
        },
        Wait));
    ChartsPage *charts = station()->chartsPage();
    station()->window()->showPage(charts);
    charts->refresh();
    QVERIFY(QTest::qWaitFor([&] { return charts->statusText().startsWith(QStringLiteral("离线")); },
                            Wait));
    // The last figures stay, marked as such.
    QVERIFY(charts->statusText().contains(QStringLiteral("上次")));
    QCOMPARE(sum(charts->barValues(ChartsPage::HourlyChart, 0)), 3.0);
    m_console.saveAndCheck(QStringLiteral("supervisor-charts-offline"));
}

// Nobody rates on a pad here, so the satisfaction chart is drawn from figures made by hand for
// the demo hall's ten areas, at the size it has on the page: every area's name, none cut off.
void TestSupervisorStats::satisfactionOfTheWholeHall()
{
    ChartFigures figures;
    figures.day = QDate(2026, 11, 30);
    int n = 0;
    for (const AreaDefinition &area : HallDefinitionLoader::demoHall().areas) {
        const int rated = n == 3 ? 0 : 20 + 7 * n;
        figures.areas.append({area.code, area.name, rated, n,
                              rated ? std::optional<double>(1.0 - 0.03 * n) : std::nullopt});
        ++n;
    }
    QCOMPARE(figures.areas.size(), 10);
    const QSize size = station()->chartsPage()->panel(ChartsPage::SatisfactionChart)->size();
    ChartPanel panel(QStringLiteral("今日各区域满意率"));
    panel.resize(size);
    panel.setChart(HallChartBuilder::satisfaction(figures));
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QVERIFY(panel.chart());
    QVERIFY(panel.message().isEmpty());
    saveShot(&panel, QStringLiteral("supervisor-screens"),
             QStringLiteral("supervisor-satisfaction"));
    QVERIFY(clippedTexts(&panel).isEmpty());
}

void TestSupervisorStats::staffPageSaysWhenOffline()
{
    // The server is still gone: attendance and ranking say so in words, in the problem red.
    StaffPage *staff = station()->staffPage();
    station()->window()->showPage(staff);
    staff->attendance()->query();
    staff->ranking()->query();
    const QString offline = QStringLiteral("离线");
    QVERIFY(QTest::qWaitFor(
        [&] {
            return staff->attendance()->statusText().startsWith(offline) &&
                   staff->ranking()->statusText().startsWith(offline);
        },
        Wait));
    m_console.saveAndCheck(QStringLiteral("supervisor-staff-offline"));
}

QTEST_MAIN(TestSupervisorStats)
#include "tst_supervisorstats.moc"
