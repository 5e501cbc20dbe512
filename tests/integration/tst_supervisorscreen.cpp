// The supervisor console (halldesk-supervisor's SupervisorStation) against the real
// halldesk-server process on the demo hall, offscreen at 1920×1080 in Chinese: the sign-in's
// refusals in words, all 271 windows under their areas, a counter's tile going from 服务中 to
// 暂停 to 空闲 with its ticket and time, the queues' figures, a counter whose connection drops
// shown 离线 and alerted once with one sound, 确认 acknowledging it without a second sound, and
// no text cut off (screenshots in supervisor-screens/).

#include "HallCalls.h"
#include "NetworkFixture.h"
#include "ScreenChecks.h"
#include "ServerProcess.h"
#include "SupervisorConsoleFixture.h"
#include "client/HallClient.h"
#include "domain/OperationError.h"
#include "supervisor/AlertMonitor.h"
#include "supervisor/AlertRow.h"
#include "supervisor/AlertSound.h"
#include "supervisor/AlertsPanel.h"
#include "supervisor/HallMonitor.h"
#include "supervisor/QueueTableModel.h"
#include "supervisor/QueuesPanel.h"
#include "supervisor/SupervisorLoginDialog.h"
#include "supervisor/SupervisorLook.h"
#include "supervisor/SupervisorScreen.h"
#include "supervisor/SupervisorStation.h"
#include "supervisor/SupervisorStatusLine.h"
#include "supervisor/SupervisorWindow.h"
#include "supervisor/WindowGrid.h"

#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

#ifndef HALLDESK_SERVER_PATH
#error "HALLDESK_SERVER_PATH must name the halldesk-server executable"
#endif

using namespace halldesk;
using namespace halldesk::test;

namespace {

constexpr int Wait = SupervisorConsoleFixture::Wait;

// The edge of the outside world: counts what would have been played.
class CountingAlertSound : public AlertSound
{
public:
    explicit CountingAlertSound(int &plays)
        : m_plays(plays)
    {}
    void play() override { ++m_plays; }

private:
    int &m_plays;
};

} // namespace

class TestSupervisorScreen : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void signInRefusalsInWords_data();
    void signInRefusalsInWords();
    void aLockedAccountIsSaidSo();
    void theSupervisorSignsIn();
    void theWholeHall();
    void aTileFollowsItsCounter();
    void aDroppedCounterIsAlertedOnce();

private:
    SupervisorStation *station() const { return m_console.station(); }
    SupervisorScreen *screen() const { return station()->screen(); }
    QString tileState(int window) const { return screen()->grid()->tileLines(window).value(1); }
    QString queueCell(const QString &code, int column) const
    {
        const QueueTableModel *model = station()->queueModel();
        return model->index(model->rowOf(code), column).data().toString();
    }
    bool openCounter();
    QString signIn(const QString &staffNo, const QString &password);
    void saveAndCheck(const QString &name);

    SupervisorConsoleFixture m_console{QStringLiteral(HALLDESK_SERVER_PATH)};
    std::unique_ptr<RawTerminal> m_counter;
    int m_plays = 0;
    qint64 m_serving = 0;
};

void TestSupervisorScreen::initTestCase()
{
    const QString started = m_console.startServer();
    QVERIFY2(started.isEmpty(), qPrintable(started));
    SupervisorSettings settings = m_console.settings();
    // Short enough for a test; the other alerts stay at the hall's standard and never come.
    settings.thresholds.offline = std::chrono::seconds(2);
    settings.thresholds.checkInterval = std::chrono::milliseconds(200);
    const QString shown =
        m_console.startConsole(settings, std::make_unique<CountingAlertSound>(m_plays));
    QVERIFY2(shown.isEmpty(), qPrintable(shown));
}

void TestSupervisorScreen::cleanupTestCase()
{
    m_counter.reset();
    QVERIFY(m_console.stop());
}

QString TestSupervisorScreen::signIn(const QString &staffNo, const QString &password)
{
    SupervisorLoginDialog dialog(*station());
    dialog.show();
    dialog.staffNoEdit()->setText(staffNo);
    dialog.passwordEdit()->setText(password);
    QTest::mouseClick(dialog.signInButton(), Qt::LeftButton);
    if (!QTest::qWaitFor(
            [&] { return dialog.result() == QDialog::Accepted || !dialog.problemText().isEmpty(); },
            Wait))
        return QStringLiteral("no answer");
    if (dialog.result() == QDialog::Accepted)
        return {};
    saveShot(&dialog, QStringLiteral("supervisor-screens"), QStringLiteral("supervisor-signin"));
    const QStringList problems =
        clippedTexts(&dialog) + smallFonts(&dialog, SupervisorLook::MinimumPx);
    if (!problems.isEmpty())
        return problems.join(QLatin1Char('\n'));
    return dialog.problemText();
}

void TestSupervisorScreen::signInRefusalsInWords_data()
{
    QTest::addColumn<QString>("staffNo");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("problem");

    QTest::newRow("nothing typed") << ""
                                   << ""
                                   << "请输入工号和密码。";
    QTest::newRow("wrong password") << "HD0002"
                                    << "wrong"
                                    << "工号或密码错误。";
    QTest::newRow("a clerk") << "HD0012"
                             << "halldesk"
                             << "此账号不是值班长账号：值班长控制台仅供大厅值班长使用。";
}

void TestSupervisorScreen::signInRefusalsInWords()
{
    QFETCH(QString, staffNo);
    QFETCH(QString, password);
    QFETCH(QString, problem);
    QCOMPARE(signIn(staffNo, password), problem);
}

void TestSupervisorScreen::aLockedAccountIsSaidSo()
{
    // Another supervisor's account: wrong passwords until the server locks it.
    const QString staffNo = QStringLiteral("HD0003");
    const QString wrong = OperationError(ErrorCode::BadCredentials).message();
    const QString locked = OperationError(ErrorCode::AccountLocked).message();
    QString problem;
    for (int attempt = 0; attempt < 10 && problem != locked; ++attempt) {
        problem = signIn(staffNo, QStringLiteral("wrong"));
        QVERIFY2(problem == wrong || problem == locked, qPrintable(problem));
    }
    QCOMPARE(signIn(staffNo, QStringLiteral("halldesk")), locked);
    QVERIFY(locked.contains(QStringLiteral("锁定")));
}

void TestSupervisorScreen::theSupervisorSignsIn()
{
    QCOMPARE(signIn(QStringLiteral("HD0002"), QStringLiteral("halldesk")), QString());
    QVERIFY(station()->client()->signedInStaff().has_value());
}

void TestSupervisorScreen::theWholeHall()
{
    QVERIFY(QTest::qWaitFor(
        [&] { return station()->hall()->snapshots() >= 1 && screen()->grid()->tileCount() == 271; },
        Wait));
    const QStringList headings = screen()->grid()->headings();
    QCOMPARE(headings.size(), 10);
    QCOMPARE(headings.first(), QStringLiteral("A 综合受理"));
    QCOMPARE(tileState(1), QStringLiteral("未登录"));
    QCOMPARE(tileState(271), QStringLiteral("未登录"));
    QVERIFY(QTest::qWaitFor(
        [&] { return screen()->statusLine()->onlineText() == QStringLiteral("● 在线"); }, Wait));
    QVERIFY(screen()->statusLine()->countsText().contains(QStringLiteral("未登录 271")));
    QCOMPARE(screen()->alertsPanel()->rows().size(), 0);
    saveAndCheck(QStringLiteral("supervisor-hall"));
}

void TestSupervisorScreen::aTileFollowsItsCounter()
{
    QVERIFY(openCounter());
    QVERIFY(QTest::qWaitFor([&] { return tileState(1) == QStringLiteral("空闲"); }, Wait));
    const QString first = issueTicket(*m_console.kiosk(), QStringLiteral("A-CIT"));
    QVERIFY(!issueTicket(*m_console.kiosk(), QStringLiteral("A-CIT")).isEmpty());
    QVERIFY(QTest::qWaitFor(
        [&] { return queueCell(QStringLiteral("A-CIT"), QueueTableModel::WaitingColumn) == "2"; },
        Wait));

    QVERIFY(finishAndCallNext(*m_counter, m_serving));
    QVERIFY(QTest::qWaitFor([&] { return tileState(1) == QStringLiteral("服务中"); }, Wait));
    const QStringList serving = screen()->grid()->tileLines(1);
    QCOMPARE(serving.size(), 3);
    QVERIFY2(serving.at(0).startsWith(QStringLiteral("1  ")), qPrintable(serving.at(0)));
    QVERIFY2(serving.at(2).startsWith(first + QStringLiteral("  00:0")), qPrintable(serving.at(2)));
    QVERIFY(QTest::qWaitFor(
        [&] { return queueCell(QStringLiteral("A-CIT"), QueueTableModel::WaitingColumn) == "1"; },
        Wait));
    QCOMPARE(queueCell(QStringLiteral("A-CIT"), QueueTableModel::OpenWindowsColumn),
             QStringLiteral("1"));
    QVERIFY(!queueCell(QStringLiteral("A-CIT"), QueueTableModel::EstimatedWaitColumn).isEmpty());
    QVERIFY(screen()->statusLine()->countsText().contains(QStringLiteral("服务中 1")));
    QVERIFY(screen()->statusLine()->countsText().contains(QStringLiteral("等候 1")));
    saveAndCheck(QStringLiteral("supervisor-serving"));

    const QJsonObject finished =
        m_counter->change(QStringLiteral("finish"), {{QStringLiteral("ticketId"), m_serving}});
    QVERIFY2(isOk(finished), qPrintable(describe(finished)));
    m_serving = 0;
    const QJsonObject paused = m_counter->change(
        QStringLiteral("pause"), {{QStringLiteral("reason"), QStringLiteral("午休")}});
    QVERIFY2(isOk(paused), qPrintable(describe(paused)));
    QVERIFY(QTest::qWaitFor([&] { return tileState(1) == QStringLiteral("暂停：午休"); }, Wait));
    QCOMPARE(screen()->grid()->tileLines(1).size(), 2); // no ticket while paused
    QVERIFY(QTest::qWaitFor(
        [&] { return queueCell(QStringLiteral("A-CIT"), QueueTableModel::ServedColumn) == "1"; },
        Wait));
    saveAndCheck(QStringLiteral("supervisor-paused"));

    const QJsonObject resumed = m_counter->change(QStringLiteral("resumeWindow"));
    QVERIFY2(isOk(resumed), qPrintable(describe(resumed)));
    QVERIFY(QTest::qWaitFor([&] { return tileState(1) == QStringLiteral("空闲"); }, Wait));
}

void TestSupervisorScreen::aDroppedCounterIsAlertedOnce()
{
    AlertsPanel *alerts = screen()->alertsPanel();
    QCOMPARE(m_plays, 0);
    m_counter.reset();
    QVERIFY(QTest::qWaitFor([&] { return tileState(1) == QStringLiteral("离线"); }, Wait));
    QVERIFY(QTest::qWaitFor([&] { return alerts->rows().size() == 1; }, Wait));
    const AlertRow *row = alerts->rows().first();
    QCOMPARE(row->kindText(), QStringLiteral("窗口离线"));
    QCOMPARE(row->placeText(), QStringLiteral("综合受理 · 1号窗口"));
    QVERIFY2(row->text().contains(QStringLiteral("HD0012")), qPrintable(row->text()));
    QCOMPARE(row->timeText().size(), 8);
    QCOMPARE(m_plays, 1);
    QVERIFY(screen()->statusLine()->countsText().contains(QStringLiteral("离线 1")));
    QCOMPARE(alerts->titleText(), QStringLiteral("告警（1 条待确认）"));
    saveAndCheck(QStringLiteral("supervisor-alert"));

    // The condition lasts: several checks later, still one alert and one sound.
    const int id = row->alertId();
    QTest::qWait(1000);
    QCOMPARE(alerts->rows().size(), 1);
    QCOMPARE(m_plays, 1);

    QCOMPARE(alerts->rows().first()->acknowledgeButton()->text(), QStringLiteral("确认"));
    QTest::mouseClick(alerts->rows().first()->acknowledgeButton(), Qt::LeftButton);
    QCOMPARE(station()->alerts()->unacknowledged(), 0);
    QVERIFY(QTest::qWaitFor([&] { return alerts->rows().size() == 1; }, Wait));
    QCOMPARE(alerts->rows().first()->alertId(), id);
    QVERIFY(!alerts->rows().first()->acknowledgeButton()->isEnabled());
    QCOMPARE(alerts->rows().first()->acknowledgeButton()->text(), QStringLiteral("已确认"));
    QVERIFY(!alerts->acknowledgeAllButton()->isEnabled());
    QTest::qWait(1000);
    QCOMPARE(m_plays, 1);
    saveAndCheck(QStringLiteral("supervisor-acknowledged"));

    // The counter back: the alert goes.
    QVERIFY(openCounter());
    QVERIFY(QTest::qWaitFor([&] { return alerts->rows().isEmpty(); }, Wait));
    QVERIFY(QTest::qWaitFor([&] { return tileState(1) == QStringLiteral("空闲"); }, Wait));
    QCOMPARE(m_plays, 1);
}

bool TestSupervisorScreen::openCounter()
{
    m_counter = m_console.server()->counter(1);
    return bool(m_counter);
}

void TestSupervisorScreen::saveAndCheck(const QString &name)
{
    m_console.saveAndCheck(name, [this] { return screen()->grid()->clippedTiles(); });
}

QTEST_MAIN(TestSupervisorScreen)
#include "tst_supervisorscreen.moc"
