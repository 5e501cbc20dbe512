// The administration page (系统管理) of the supervisor console against the real
// halldesk-server process on the demo hall, offscreen at 1920×1080 in Chinese: hidden from a
// supervisor, shown to the hall's administrator (HD0001); a window's queues and weights and a
// staff member's role changed through the widgets by keyboard and read back from the server;
// a refusal said in words; the alert thresholds reaching the console; no text cut off and no
// font under 14 px (screenshots in supervisor-screens/).

#include "NetworkFixture.h"
#include "ScreenChecks.h"
#include "SupervisorConsoleFixture.h"
#include "client/HallClient.h"
#include "supervisor/AdminLogPanel.h"
#include "supervisor/AdminLogTableModel.h"
#include "supervisor/AdminPage.h"
#include "supervisor/AlertMonitor.h"
#include "supervisor/AlertSound.h"
#include "supervisor/AreasQueuesPanel.h"
#include "supervisor/HolidaysPanel.h"
#include "supervisor/PriorityThresholdsPanel.h"
#include "supervisor/StaffPanel.h"
#include "supervisor/SupervisorLoginDialog.h"
#include "supervisor/SupervisorStation.h"
#include "supervisor/SupervisorWindow.h"
#include "supervisor/WindowsPanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QJsonArray>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

#ifndef HALLDESK_SERVER_PATH
#error "HALLDESK_SERVER_PATH must name the halldesk-server executable"
#endif

using namespace halldesk;
using namespace halldesk::test;

namespace {

constexpr int Wait = SupervisorConsoleFixture::Wait;

} // namespace

class TestAdminScreen : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void aSupervisorSeesNoAdministration();
    void theAdministratorSeesIt();
    void windowQueuesAndWeightsByKeyboard();
    void aRefusalInWords();
    void staffRoleByKeyboard();
    void thresholdsReachTheConsole();
    void aHolidayYearFromItsFile();
    void theChangeLogSaysWhatWasDone();
    void aNewStaffMemberByKeyboard();
    void aNewWindowByKeyboard();
    void aNewAreaAndQueueStartEmpty();
    void aSupervisorSignsInWithTheHallsThresholds();
    void aSupervisorIsAskedToSignInAgain();
    void theDemotedSupervisorIsRefused();

private:
    SupervisorStation *station() const { return m_console.station(); }
    AdminPage *page() const { return station()->adminPage(); }
    // Clicks `button` and waits for the answer and the configuration read after it.
    bool saveAndReload(QPushButton *button, bool expectOk);
    void showPanel(QWidget *panel);

    SupervisorConsoleFixture m_console{QStringLiteral(HALLDESK_SERVER_PATH)};
};

void TestAdminScreen::initTestCase()
{
    const QString started = m_console.startServer();
    QVERIFY2(started.isEmpty(), qPrintable(started));
    const QString shown = m_console.startConsole(m_console.settings(), nullptr);
    QVERIFY2(shown.isEmpty(), qPrintable(shown));
}

void TestAdminScreen::cleanupTestCase()
{
    QVERIFY(m_console.stop());
}

bool TestAdminScreen::saveAndReload(QPushButton *button, bool expectOk)
{
    QSignalSpy answered(page(), &AdminPage::changeAnswered);
    QSignalSpy loaded(page(), &AdminPage::configLoaded);
    button->setFocus();
    QTest::keyClick(button, Qt::Key_Space);
    if (!QTest::qWaitFor([&] { return !answered.isEmpty() && !loaded.isEmpty(); }, Wait))
        return false;
    return answered.first().at(0).toBool() == expectOk;
}

void TestAdminScreen::showPanel(QWidget *panel)
{
    station()->window()->showPage(page());
    page()->tabs()->setCurrentWidget(panel);
    QCoreApplication::processEvents();
}

void TestAdminScreen::aSupervisorSeesNoAdministration()
{
    QCOMPARE(m_console.signIn(QStringLiteral("HD0002")), QString());
    QVERIFY(!station()->isAdmin());
    QVERIFY(!station()->window()->pageTitles().contains(QStringLiteral("系统管理")));
}

void TestAdminScreen::theAdministratorSeesIt()
{
    QSignalSpy loaded(page(), &AdminPage::configLoaded);
    QCOMPARE(m_console.signIn(QStringLiteral("HD0001")), QString());
    QVERIFY(QTest::qWaitFor([&] { return !loaded.isEmpty(); }, Wait));
    QVERIFY(station()->window()->pageTitles().contains(QStringLiteral("系统管理")));
    QCOMPARE(page()->config().windows.size(), 271);
    QCOMPARE(page()->config().staff.size(), 500);
    QCOMPARE(page()->tabs()->tabText(1), QStringLiteral("窗口"));
    showPanel(page()->areasQueues());
    m_console.saveAndCheck(QStringLiteral("admin-areas"));
    showPanel(page()->holidays());
    m_console.saveAndCheck(QStringLiteral("admin-holidays"));
}

void TestAdminScreen::windowQueuesAndWeightsByKeyboard()
{
    WindowsPanel *panel = page()->windows();
    showPanel(panel);
    panel->list()->setFocus();
    QTest::keyClick(panel->list(), Qt::Key_Home);
    QCOMPARE(panel->served(), (QList<AdminConfig::ServedQueue>{{QStringLiteral("A-CIT"), 1.0},
                                                               {QStringLiteral("A-ENT"), 2.0}}));
    // A-ENT off, A-PICK on, A-CIT weighed 3: by keyboard, as an administrator does it.
    QTableWidget *table = panel->queueTable();
    auto rowOf = [table](const QString &code) {
        for (int row = 0; row < table->rowCount(); ++row)
            if (table->cellWidget(row, 0)->property("queue").toString() == code)
                return row;
        return -1;
    };
    QTest::keyClick(table->cellWidget(rowOf(QStringLiteral("A-ENT")), 0), Qt::Key_Space);
    QTest::keyClick(table->cellWidget(rowOf(QStringLiteral("A-PICK")), 0), Qt::Key_Space);
    auto *weight =
        static_cast<QDoubleSpinBox *>(table->cellWidget(rowOf(QStringLiteral("A-CIT")), 1));
    weight->setFocus();
    QTest::keyClick(weight, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(weight, QStringLiteral("3"));
    QTest::keyClick(weight, Qt::Key_Tab);
    m_console.saveAndCheck(QStringLiteral("admin-windows"));
    QVERIFY(saveAndReload(panel->saveButton(), true));
    QCOMPARE(page()->status(), QStringLiteral("已保存，大厅即刻按新设置运行。"));

    // What every terminal reads of the hall has it now.
    const QJsonObject hall = resultOf(m_console.kiosk()->call(QStringLiteral("hall")));
    const QJsonObject first = hall.value("windows").toArray().first().toObject();
    QCOMPARE(first.value("number").toInt(), 1);
    QCOMPARE(first.value("queues").toArray(),
             (QJsonArray{QJsonObject{{"queue", "A-CIT"}, {"weight", 3}},
                         QJsonObject{{"queue", "A-PICK"}, {"weight", 1}}}));
    // The page shows the server's answer, window 1 still chosen.
    QCOMPARE(panel->served(), (QList<AdminConfig::ServedQueue>{{QStringLiteral("A-CIT"), 3.0},
                                                               {QStringLiteral("A-PICK"), 1.0}}));
}

void TestAdminScreen::aRefusalInWords()
{
    WindowsPanel *panel = page()->windows();
    showPanel(panel);
    for (const AdminConfig::ServedQueue &served : panel->served())
        panel->setServed(served.queue, 0);
    QVERIFY(saveAndReload(panel->saveButton(), false));
    QCOMPARE(page()->status(),
             QStringLiteral("未保存：办理的业务（至少一项，每项一次）：该值不允许。"));
    m_console.saveAndCheck(QStringLiteral("admin-refused"));
    // Nothing changed on the server, and the form shows it again.
    QCOMPARE(panel->served().size(), 2);
}

void TestAdminScreen::staffRoleByKeyboard()
{
    StaffPanel *panel = page()->staff();
    showPanel(panel);
    QVERIFY(panel->selectStaff(QStringLiteral("HD0002")));
    QCOMPARE(panel->roleBox()->currentText(), QStringLiteral("值班长"));
    panel->roleBox()->setFocus();
    QTest::keyClick(panel->roleBox(), Qt::Key_Up);
    QCOMPARE(panel->roleBox()->currentText(), QStringLiteral("办事员"));
    m_console.saveAndCheck(QStringLiteral("admin-staff"));
    QVERIFY(saveAndReload(panel->saveButton(), true));
    const AdminConfig::Staff *staff = page()->config().staffMember(QStringLiteral("HD0002"));
    QVERIFY(staff);
    QCOMPARE(staff->role, QStringLiteral("clerk"));
    QCOMPARE(panel->table()->item(panel->table()->currentRow(), 2)->text(),
             QStringLiteral("办事员"));
}

void TestAdminScreen::thresholdsReachTheConsole()
{
    PriorityThresholdsPanel *panel = page()->priorityThresholds();
    showPanel(panel);
    QSpinBox *longWait = panel->minutesBox(0);
    longWait->setFocus();
    QTest::keyClick(longWait, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(longWait, QStringLiteral("45"));
    QTest::keyClick(longWait, Qt::Key_Tab);
    QSignalSpy applied(station(), &SupervisorStation::hallSettingsApplied);
    m_console.saveAndCheck(QStringLiteral("admin-priority-alerts"));
    auto *save = panel->findChildren<QPushButton *>().last();
    QVERIFY(saveAndReload(save, true));
    // The console's own alerts follow the hall's thresholds (the `settings` event).
    QVERIFY(QTest::qWaitFor([&] { return !applied.isEmpty(); }, Wait));
    QCOMPARE(station()->alerts()->thresholds().longWait,
             std::chrono::milliseconds(std::chrono::minutes(45)));
}

void TestAdminScreen::aHolidayYearFromItsFile()
{
    HolidaysPanel *panel = page()->holidays();
    showPanel(panel);
    auto write = [this](const QString &name, const QByteArray &json) {
        QFile file(m_console.dir().filePath(name));
        return file.open(QIODevice::WriteOnly) && file.write(json) == json.size() ? file.fileName()
                                                                                  : QString();
    };
    // A day off outside its year is said in words, and nothing is sent.
    const QString wrong = write(QStringLiteral("cn-2031-wrong.json"),
                                R"({"year": 2031, "notice": "通知", "holidays": [)"
                                R"({"name": "元旦", "off": [["2030-12-31", "2030-12-31"]]}]})");
    QVERIFY(!wrong.isEmpty());
    QSignalSpy answered(page(), &AdminPage::changeAnswered);
    panel->pathEdit()->setFocus();
    QTest::keyClicks(panel->pathEdit(), wrong);
    QTest::keyClick(panel->pathEdit(), Qt::Key_Return);
    QVERIFY2(panel->problem().startsWith(QStringLiteral("这不是有效的节假日通知：")),
             qPrintable(panel->problem()));
    QVERIFY(answered.isEmpty());
    m_console.saveAndCheck(QStringLiteral("admin-holidays-refused"));

    const QString right = write(QStringLiteral("cn-2031.json"),
                                R"({"year": 2031, "notice": "国务院办公厅关于2031年部分节假日)"
                                R"(安排的通知", "holidays": [{"name": "元旦", "off": )"
                                R"([["2031-01-01", "2031-01-01"]]}]})");
    QVERIFY(!right.isEmpty());
    QSignalSpy loaded(page(), &AdminPage::configLoaded);
    panel->pathEdit()->clear();
    QTest::keyClicks(panel->pathEdit(), right);
    QTest::keyClick(panel->pathEdit(), Qt::Key_Return);
    QVERIFY(QTest::qWaitFor([&] { return !answered.isEmpty() && !loaded.isEmpty(); }, Wait));
    QVERIFY(answered.first().at(0).toBool());
    QVERIFY(panel->problem().isEmpty());
    const auto years = page()->config().holidayYears;
    QVERIFY(std::any_of(years.begin(), years.end(),
                        [](const AdminConfig::HolidayYearInfo &y) { return y.year == 2031; }));
    QCOMPARE(panel->table()->rowCount(), int(years.size()));
}

void TestAdminScreen::theChangeLogSaysWhatWasDone()
{
    // Read when its tab is shown: the changes of the tests above, newest first, in words.
    QSignalSpy loaded(page(), &AdminPage::logLoaded);
    showPanel(page()->log());
    QVERIFY(QTest::qWaitFor([&] { return !loaded.isEmpty(); }, Wait));
    const AdminLogTableModel *model = page()->logModel();
    QCOMPARE(model->rowCount(), 4);
    const auto cell = [model](int row, int column) {
        return model->index(row, column).data().toString();
    };
    QCOMPARE(cell(0, AdminLogTableModel::Change), QStringLiteral("保存节假日安排"));
    QCOMPARE(cell(0, AdminLogTableModel::Subject), QStringLiteral("2031年"));
    QCOMPARE(cell(1, AdminLogTableModel::Change), QStringLiteral("设置提醒阈值"));
    QVERIFY2(cell(1, AdminLogTableModel::Detail).startsWith(QStringLiteral("等候超时 45 分钟；")),
             qPrintable(cell(1, AdminLogTableModel::Detail)));
    QCOMPARE(cell(2, AdminLogTableModel::Change), QStringLiteral("修改工作人员"));
    QCOMPARE(cell(2, AdminLogTableModel::Subject), QStringLiteral("工作人员 HD0002"));
    QCOMPARE(cell(2, AdminLogTableModel::Detail),
             QStringLiteral("改动：角色；角色：办事员；允许登录"));
    QCOMPARE(cell(3, AdminLogTableModel::Subject), QStringLiteral("1号窗口"));
    // The area by its name, as the page shows areas.
    QString area;
    for (const AdminConfig::Area &known : page()->config().areas)
        if (known.code == QLatin1String("general"))
            area = known.name;
    QVERIFY(!area.isEmpty());
    QCOMPARE(cell(3, AdminLogTableModel::Detail),
             QStringLiteral("区域 %1（general）；办理业务：A-CIT（权重 3）、A-PICK（权重 1）")
                 .arg(area));
    for (int row = 0; row < model->rowCount(); ++row)
        QVERIFY(
            cell(row, AdminLogTableModel::Administrator).endsWith(QStringLiteral("（HD0001）")));
    QVERIFY(!page()->log()->olderButton()->isEnabled());
    m_console.saveAndCheck(QStringLiteral("admin-change-log"));
}

void TestAdminScreen::aNewStaffMemberByKeyboard()
{
    StaffPanel *panel = page()->staff();
    showPanel(panel);
    QVERIFY(panel->selectStaff(QStringLiteral("HD0003")));
    panel->newButton()->setFocus();
    QTest::keyClick(panel->newButton(), Qt::Key_Space);
    // An empty form, nothing chosen, the number to type first.
    QVERIFY(panel->staffNoEdit()->text().isEmpty());
    QVERIFY(panel->nameEdit()->text().isEmpty());
    QCOMPARE(panel->table()->currentRow(), -1);
    QCOMPARE(panel->roleBox()->currentText(), QStringLiteral("办事员"));
    QVERIFY(panel->activeBox()->isChecked());
    QTRY_VERIFY(panel->staffNoEdit()->hasFocus());
    QTest::keyClicks(panel->staffNoEdit(), QStringLiteral("HD0999"));
    panel->nameEdit()->insert(QStringLiteral("新同事"));
    m_console.saveAndCheck(QStringLiteral("admin-new-staff"));
    QVERIFY(saveAndReload(panel->saveButton(), true));
    const AdminConfig::Staff *staff = page()->config().staffMember(QStringLiteral("HD0999"));
    QVERIFY(staff);
    QCOMPARE(staff->name, QStringLiteral("新同事"));
    QCOMPARE(staff->role, QStringLiteral("clerk"));
    QVERIFY(staff->active);
    QVERIFY(!staff->hasPassword);
    QCOMPARE(page()->config().staff.size(), 501);
    // The page shows the new member chosen, ready for a temporary password.
    QCOMPARE(panel->table()->item(panel->table()->currentRow(), 0)->text(),
             QStringLiteral("HD0999"));
}

void TestAdminScreen::aNewWindowByKeyboard()
{
    WindowsPanel *panel = page()->windows();
    showPanel(panel);
    panel->newButton()->setFocus();
    QTest::keyClick(panel->newButton(), Qt::Key_Space);
    // The next number after the hall's 271, and no queue until one is chosen.
    QCOMPARE(panel->numberBox()->value(), 272);
    QCOMPARE(panel->nameEdit()->text(), QStringLiteral("272号窗口"));
    QCOMPARE(panel->list()->currentRow(), -1);
    QVERIFY(panel->served().isEmpty());
    QTRY_VERIFY(panel->numberBox()->hasFocus());
    QTableWidget *table = panel->queueTable();
    QTest::keyClick(table->cellWidget(0, 0), Qt::Key_Space);
    QCOMPARE(panel->served().size(), 1);
    QVERIFY(saveAndReload(panel->saveButton(), true));
    const AdminConfig::Window *window = page()->config().window(272);
    QVERIFY(window);
    QCOMPARE(window->queues.size(), 1);
    QCOMPARE(page()->config().windows.size(), 272);
}

void TestAdminScreen::aNewAreaAndQueueStartEmpty()
{
    AreasQueuesPanel *panel = page()->areasQueues();
    showPanel(panel);
    panel->areaTable()->setCurrentCell(0, 0);
    QVERIFY(!panel->areaCodeEdit()->text().isEmpty());
    panel->startNewArea();
    QVERIFY(panel->areaCodeEdit()->text().isEmpty());
    QCOMPARE(panel->areaTable()->currentRow(), -1);
    QTRY_VERIFY(panel->areaCodeEdit()->hasFocus());

    panel->queueTable()->setCurrentCell(0, 0);
    QVERIFY(!panel->queueCodeEdit()->text().isEmpty());
    panel->startNewQueue();
    QVERIFY(panel->queueCodeEdit()->text().isEmpty());
    // A queue's prefix starts with its area's letter: that letter is offered.
    const AdminConfig::Area *area =
        page()->config().area(panel->queueAreaBox()->currentData().toString());
    QVERIFY(area);
    QCOMPARE(panel->prefixEdit()->text(), area->letter);
    m_console.saveAndCheck(QStringLiteral("admin-new-area-queue"));
}

void TestAdminScreen::aSupervisorSignsInWithTheHallsThresholds()
{
    // A console started with its own thresholds takes the hall's at sign-in (hallSettings).
    SupervisorSettings settings = m_console.settings();
    settings.thresholds.longWait = std::chrono::minutes(5);
    SupervisorStation other(settings, m_console.clock(), nullptr);
    QString error;
    QVERIFY2(other.start(&error), qPrintable(error));
    QCOMPARE(other.alerts()->thresholds().longWait,
             std::chrono::milliseconds(std::chrono::minutes(5)));
    QSignalSpy applied(&other, &SupervisorStation::hallSettingsApplied);
    QCOMPARE(SupervisorConsoleFixture::signIn(other, QStringLiteral("HD0003")), QString());
    QVERIFY(QTest::qWaitFor([&] { return !applied.isEmpty(); }, Wait));
    QCOMPARE(other.alerts()->thresholds().longWait,
             std::chrono::milliseconds(std::chrono::minutes(45)));
    QVERIFY(!other.isAdmin());
    QVERIFY(!other.window()->pageTitles().contains(QStringLiteral("系统管理")));
}

void TestAdminScreen::aSupervisorIsAskedToSignInAgain()
{
    SupervisorStation other(m_console.settings(), m_console.clock(), nullptr);
    QString error;
    QVERIFY2(other.start(&error), qPrintable(error));
    other.window()->resize(1920, 1080);
    other.window()->show();
    QVERIFY(QTest::qWaitForWindowExposed(other.window()));
    QCOMPARE(SupervisorConsoleFixture::signIn(other, QStringLiteral("HD0003")), QString());
    QVERIFY(!other.signInAgainDialog());

    // The administrator gives HD0003 a temporary password: their session ends.
    StaffPanel *panel = page()->staff();
    showPanel(panel);
    QVERIFY(panel->selectStaff(QStringLiteral("HD0003")));
    const QString temporary = QStringLiteral("temporary-2026");
    panel->passwordEdit()->setFocus();
    QTest::keyClicks(panel->passwordEdit(), temporary);
    QVERIFY(saveAndReload(panel->resetButton(), true));

    // The other console asks at once, over the hall it shows, and says why.
    QTRY_VERIFY_WITH_TIMEOUT(other.signInAgainDialog(), Wait);
    SupervisorLoginDialog *dialog = other.signInAgainDialog();
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->problemText(), OperationError(ErrorCode::SessionRevoked).message());
    QCOMPARE(dialog->staffNoEdit()->text(), QStringLiteral("HD0003"));
    QVERIFY(!other.client()->signedInStaff());
    saveShot(dialog, QStringLiteral("supervisor-screens"), QStringLiteral("sign-in-again"));
    const QStringList clipped = clippedTexts(dialog);
    QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QLatin1Char('\n'))));

    // The old password is refused in words; the temporary one lets the supervisor back in.
    QTest::keyClicks(dialog->passwordEdit(), QStringLiteral("halldesk"));
    QTest::keyClick(dialog->passwordEdit(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(
        dialog->problemText() == OperationError(ErrorCode::BadCredentials).message(), Wait);
    QTest::keyClicks(dialog->passwordEdit(), temporary);
    QTest::keyClick(dialog->passwordEdit(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!other.signInAgainDialog(), Wait);
    QVERIFY(other.client()->signedInStaff());
    QCOMPARE(other.client()->signedInStaff()->value(QLatin1String("staffNo")).toString(),
             QStringLiteral("HD0003"));
    QVERIFY(other.window()->isVisible());
}

void TestAdminScreen::theDemotedSupervisorIsRefused()
{
    // HD0002 is a clerk now: the console says so in words and shows no administration.
    QCOMPARE(m_console.signIn(QStringLiteral("HD0002")), SupervisorStation::loginProblem([] {
                 ClientReply reply;
                 reply.error = OperationError(ErrorCode::Forbidden);
                 return reply;
             }()));
}

QTEST_MAIN(TestAdminScreen)
#include "tst_adminscreen.moc"
