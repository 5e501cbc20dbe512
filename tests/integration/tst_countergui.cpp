// The counter program's window against the real halldesk-server process, driven by the keys a
// clerk presses: sign in, call, recall until the citizen is a no-show, transfer, finish, and
// keep working through a server outage with every change delivered exactly once; take an
// application (受理) for the citizen being served, online and offline, each case stored once.

#include "DatabaseFileRead.h"
#include "KeyboardInput.h"
#include "NetworkFixture.h"
#include "ServerProcess.h"
#include "cases/CaseListPanel.h"
#include "cases/CaseViewDialog.h"
#include "cases/CaseViews.h"
#include "clock/SystemClock.h"
#include "counter/CounterController.h"
#include "counter/CounterMainWindow.h"
#include "counter/CounterWorkstation.h"
#include "counter/IntakeLauncher.h"
#include "counter/PauseDialog.h"
#include "counter/SignInDialog.h"
#include "counter/TransferDialog.h"
#include "intake/IntakeDialog.h"
#include "pki/TlsSettings.h"
#include "terminal/CaseDesk.h"
#include "terminal/CaseListModel.h"
#include "terminal/CatalogueCache.h"
#include "terminal/TerminalStore.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#ifndef HALLDESK_SERVER_PATH
#error "HALLDESK_SERVER_PATH must name the halldesk-server executable"
#endif

using namespace halldesk;
using namespace halldesk::test;

namespace {

constexpr int Window = 1;
const QString StaffNo = QStringLiteral("HD0012"); // the demo hall's clerk of window 1
constexpr int Wait = 20000;

QString ticketStatus(const QString &db, qint64 ticket)
{
    return scalarFromFile(db,
                          QStringLiteral("SELECT status FROM tickets WHERE id = %1").arg(ticket))
        .toString();
}

QString windowColumn(const QString &db, const char *column)
{
    return scalarFromFile(db, QStringLiteral("SELECT %1 FROM windows WHERE number = %2")
                                  .arg(QLatin1String(column))
                                  .arg(Window))
        .toString();
}

// Events of this kind in the server's append-only log, for a ticket or for the window.
int eventCount(const QString &db, const char *kind, const char *column, qint64 value)
{
    return scalarFromFile(
               db, QStringLiteral("SELECT count(*) FROM events WHERE kind = '%1' AND %2 = %3")
                       .arg(QLatin1String(kind), QLatin1String(column))
                       .arg(value))
        .toInt();
}

} // namespace

class TestCounterGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void clerkWorksThroughTheDay();
    void restartKeepsWhatWasNotSent();
    void intakeAtTheCounter();
    void signOutEndsTheDay();

private:
    void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    QString shownNumber() const;
    bool issue(int count);
    bool startCounter();
    bool takeApplication(QString *number);

    QTemporaryDir m_dir;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<RawTerminal> m_kiosk;
    SystemClock m_clock;
    std::unique_ptr<CounterWorkstation> m_counter;
};

void TestCounterGui::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_server = std::make_unique<ServerProcess>(QStringLiteral(HALLDESK_SERVER_PATH), m_dir.path());
    QVERIFY(m_server->start());
    m_kiosk = m_server->kiosk();
    QVERIFY(m_kiosk);
    QVERIFY(startCounter());
}

bool TestCounterGui::startCounter()
{
    m_counter =
        std::make_unique<CounterWorkstation>(m_server->counterSettings(Window, m_dir.path()),
                                             m_dir.filePath(QStringLiteral("counter.db")), m_clock);
    QString error;
    if (!m_counter->start(&error)) {
        qWarning().noquote() << error;
        return false;
    }
    // What the clerk is told, in the log of a failing run.
    connect(m_counter->controller(), &CounterController::notice, this,
            [](const QString &message) { qWarning().noquote() << "notice:" << message; });
    m_counter->window()->resize(1366, 768);
    m_counter->window()->show();
    return QTest::qWaitForWindowExposed(m_counter->window());
}

void TestCounterGui::cleanupTestCase()
{
    m_counter.reset();
    m_kiosk.reset();
    if (m_server)
        QVERIFY(m_server->stop());
}

void TestCounterGui::press(int key, Qt::KeyboardModifiers modifiers)
{
    // A closed dialog leaves no active window on the offscreen platform; a window manager
    // gives the focus back to the main window.
    if (QApplication::activeWindow() != m_counter->window()) {
        m_counter->window()->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_counter->window()));
    }
    QTest::keyClick(m_counter->window(), Qt::Key(key), modifiers);
}

QString TestCounterGui::shownNumber() const
{
    const auto *label = m_counter->window()->findChild<QLabel *>(QStringLiteral("currentNumber"));
    return label ? label->text() : QString();
}

bool TestCounterGui::issue(int count)
{
    if (!m_kiosk || !m_kiosk->isOpen())
        m_kiosk = m_server->kiosk(); // the server was restarted since
    if (!m_kiosk)
        return false;
    for (int i = 0; i < count; ++i) {
        const QJsonObject answer =
            m_kiosk->change(QStringLiteral("issueTicket"), {{"queue", "A-CIT"}});
        if (!answer.value(QLatin1String("ok")).toBool())
            return false;
    }
    return true;
}

void TestCounterGui::clerkWorksThroughTheDay()
{
    CounterController &controller = *m_counter->controller();
    const CounterModel &model = controller.model();

    // Nobody is signed in on a fresh terminal: the sign-in dialog asks, and the clerk types.
    QTRY_VERIFY_WITH_TIMEOUT(m_counter->window()->signInDialog() &&
                                 m_counter->window()->signInDialog()->isVisible(),
                             Wait);
    QTRY_VERIFY_WITH_TIMEOUT(controller.isOnline(), Wait);
    SignInDialog *signIn = m_counter->window()->signInDialog();
    QTest::keyClicks(signIn->focusWidget(), StaffNo);
    QTest::keyClick(signIn->focusWidget(), Qt::Key_Tab);
    QTest::keyClicks(signIn->focusWidget(), QStringLiteral("halldesk"));
    QTest::keyClick(signIn->focusWidget(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(m_counter->isUsable(), Wait);
    QCOMPARE(model.window().state, WindowState::Open);
    QCOMPARE(controller.staffNo(), StaffNo);

    // Three citizens take tickets; the list fills from the server's events.
    QVERIFY(issue(3));
    QTRY_COMPARE_WITH_TIMEOUT(model.waitingCount(), 3, Wait);

    // F1 calls the first of them.
    press(Qt::Key_F1);
    QTRY_COMPARE_WITH_TIMEOUT(shownNumber(), QStringLiteral("A001"), Wait);
    const qint64 first = model.current()->id;

    // F2 recalls; the fourth recall makes the citizen a no-show.
    for (int recall = 1; recall <= 3; ++recall) {
        press(Qt::Key_F2);
        QTRY_COMPARE_WITH_TIMEOUT(model.current() ? model.current()->recallCount : -1, recall,
                                  Wait);
    }
    press(Qt::Key_F2);
    QTRY_VERIFY_WITH_TIMEOUT(!model.current(), Wait);
    QTRY_COMPARE_WITH_TIMEOUT(model.noShows().size(), 1, Wait);
    QCOMPARE(model.noShows().first().id, first);
    QCOMPARE(ticketStatus(m_server->databasePath(), first), QStringLiteral("no_show"));

    // The next citizen needs the enterprise desk: F6, choose the queue, Enter.
    press(Qt::Key_F1);
    QTRY_COMPARE_WITH_TIMEOUT(shownNumber(), QStringLiteral("A002"), Wait);
    const qint64 second = model.current()->id;
    press(Qt::Key_F6);
    TransferDialog *transfer = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((transfer = m_counter->window()->findChild<TransferDialog *>()) &&
                                 transfer->isVisible(),
                             Wait);
    transfer->selectQueue(QStringLiteral("A-ENT"));
    transfer->accept();
    QTRY_VERIFY_WITH_TIMEOUT(!model.current(), Wait);
    QTRY_COMPARE_WITH_TIMEOUT(
        scalarFromFile(
            m_server->databasePath(),
            QStringLiteral("SELECT q.code FROM tickets t JOIN queues q ON q.id = t.queue_id "
                           "WHERE t.id = %1")
                .arg(second))
            .toString(),
        QStringLiteral("A-ENT"), Wait);

    // A transferred ticket is owed a turn: this window serves A-ENT too, so F1 calls it back.
    press(Qt::Key_F1);
    QTRY_COMPARE_WITH_TIMEOUT(shownNumber(), QStringLiteral("A002"), Wait);
    QTest::qWait(1100); // a service takes time: the average below must not be zero
    press(Qt::Key_F7);
    QTRY_VERIFY_WITH_TIMEOUT(!model.current(), Wait);
    QTRY_COMPARE_WITH_TIMEOUT(model.figures().served, 1, Wait);
    QTRY_COMPARE_WITH_TIMEOUT(controller.pendingChanges(), 0, Wait);
    QTest::qWait(300); // the server's finish event has come: it must not count twice
    QCOMPARE(model.figures().served, 1);
    QVERIFY(model.figures().averageServiceMs >= 1000);

    // The third citizen is being served when the server dies.
    press(Qt::Key_F1);
    QTRY_COMPARE_WITH_TIMEOUT(shownNumber(), QStringLiteral("A003"), Wait);
    const qint64 third = model.current()->id;
    m_server->kill();
    QTRY_VERIFY_WITH_TIMEOUT(!controller.isOnline(), Wait);
    const QString offlineReason = controller.availability(CounterAction::Recall).reason;
    QVERIFY(!controller.availability(CounterAction::Recall).enabled);
    QVERIFY(!offlineReason.isEmpty());

    // Offline, the clerk finishes the service (F7) and takes a break (F8): both are kept.
    press(Qt::Key_F7);
    QTRY_VERIFY_WITH_TIMEOUT(!model.current(), Wait);
    press(Qt::Key_F8);
    PauseDialog *pause = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (pause = m_counter->window()->findChild<PauseDialog *>()) && pause->isVisible(), Wait);
    pause->choose(PauseDialog::LunchBreak);
    const QString reason = pause->reason();
    pause->accept();
    QTRY_COMPARE_WITH_TIMEOUT(model.window().state, WindowState::Paused, Wait);
    QCOMPARE(controller.pendingChanges(), 2);
    QCOMPARE(ticketStatus(m_server->databasePath(), third), QStringLiteral("called"));

    // The server comes back on the same port and database: the client reconnects by itself
    // and the outbox drains, each change applied once.
    QVERIFY(m_server->start());
    QTRY_VERIFY_WITH_TIMEOUT(controller.isOnline(), Wait);
    QTRY_COMPARE_WITH_TIMEOUT(controller.pendingChanges(), 0, Wait);
    const QString db = m_server->databasePath();
    QTRY_COMPARE_WITH_TIMEOUT(ticketStatus(db, third), QStringLiteral("finished"), Wait);
    QCOMPARE(eventCount(db, "finish", "ticket_id", third), 1);
    QCOMPARE(windowColumn(db, "state"), QStringLiteral("paused"));
    QCOMPARE(windowColumn(db, "pause_reason"), reason);
    QCOMPARE(eventCount(db, "pause", "window_number", Window), 1);
    QTRY_COMPARE_WITH_TIMEOUT(model.figures().served, 2, Wait);
    QTRY_COMPARE_WITH_TIMEOUT(model.window().state, WindowState::Paused, Wait);

    // F8 again resumes service.
    press(Qt::Key_F8);
    QTRY_COMPARE_WITH_TIMEOUT(windowColumn(db, "state"), QStringLiteral("open"), Wait);
}

void TestCounterGui::restartKeepsWhatWasNotSent()
{
    // Carries on from the working day above: the window is open, the clerk signed in.
    QVERIFY(m_counter->isUsable() || QTest::qWaitFor([&] { return m_counter->isUsable(); }, Wait));
    QVERIFY(issue(1));
    press(Qt::Key_F1);
    QTRY_VERIFY_WITH_TIMEOUT(m_counter->controller()->model().current().has_value(), Wait);
    const qint64 ticket = m_counter->controller()->model().current()->id;
    const QString number = shownNumber();

    // The server goes away; the clerk finishes; then the counter program itself is closed.
    m_server->kill();
    QTRY_VERIFY_WITH_TIMEOUT(!m_counter->controller()->isOnline(), Wait);
    press(Qt::Key_F7);
    QTRY_COMPARE_WITH_TIMEOUT(m_counter->controller()->pendingChanges(), 1, Wait);
    const int servedBefore = m_counter->controller()->model().figures().served;
    m_counter.reset();

    // Started again with the server still down: the window as it was left, the finish still
    // shown as done and still waiting to be sent, the clerk still signed in.
    QVERIFY(startCounter());
    const CounterController &c = *m_counter->controller();
    QVERIFY(c.model().isStale());
    QVERIFY(c.hasSession());
    QCOMPARE(c.staffNo(), StaffNo);
    QCOMPARE(c.pendingChanges(), 1);
    QVERIFY(!c.model().current());
    QVERIFY(shownNumber() != number);
    QCOMPARE(c.model().figures().served, servedBefore);

    // The server is back: the session is resumed (no sign-in dialog) and the finish applied once.
    QVERIFY(m_server->start());
    QTRY_VERIFY_WITH_TIMEOUT(m_counter->isUsable(), Wait);
    QTRY_COMPARE_WITH_TIMEOUT(c.pendingChanges(), 0, Wait);
    QVERIFY(!m_counter->window()->signInDialog() ||
            !m_counter->window()->signInDialog()->isVisible());
    const QString db = m_server->databasePath();
    QTRY_COMPARE_WITH_TIMEOUT(ticketStatus(db, ticket), QStringLiteral("finished"), Wait);
    QCOMPARE(eventCount(db, "finish", "ticket_id", ticket), 1);
    QTRY_COMPARE_WITH_TIMEOUT(c.model().figures().served, servedBefore, Wait);
    QVERIFY(!c.model().isStale());
}

// The demo catalogue's D0402 参保缴费证明打印 is finished on the spot (即办) for a person.
bool TestCounterGui::takeApplication(QString *number)
{
    const auto key = [](Qt::Key k, Qt::KeyboardModifiers m = Qt::NoModifier) {
        QTest::keyClick(focused(), k, m);
    };
    press(Qt::Key_N, Qt::ControlModifier);
    IntakeDialog *dialog = nullptr;
    if (!QTest::qWaitFor(
            [&] { return (dialog = m_counter->intake()->dialog()) && dialog->isVisible(); }, Wait))
        return false;
    dialog->activateWindow();
    if (!QTest::qWaitFor([&] { return focused() && dialog->isAncestorOf(focused()); }, Wait)) {
        qWarning().noquote() << "the intake has no focus:"
                             << (focused() ? focused()->metaObject()->className() : "nothing");
        return false;
    }
    QSignalSpy taken(dialog, &IntakeDialog::caseTaken);
    test::type(QStringLiteral("D0402"));
    key(Qt::Key_Return);
    key(Qt::Key_Return, Qt::ControlModifier);
    test::type(QStringLiteral("张三"));
    key(Qt::Key_Tab);
    test::type(QStringLiteral("420202199001011231"));
    key(Qt::Key_Tab);
    test::type(QStringLiteral("13800138000"));
    key(Qt::Key_Tab);
    test::type(QStringLiteral("张三"));
    key(Qt::Key_Tab);
    test::type(QStringLiteral("420202199001011231"));
    key(Qt::Key_Return, Qt::ControlModifier);
    if (dialog->step() != IntakeDialog::DecisionStep) {
        qWarning().noquote() << "intake stuck at step" << dialog->step() << dialog->messageText()
                             << (focused() ? focused()->metaObject()->className() : "no focus");
        return false;
    }
    key(Qt::Key_A, Qt::ControlModifier); // every material on the desk
    key(Qt::Key_2, Qt::ControlModifier); // 即办
    key(Qt::Key_Return, Qt::ControlModifier);
    if (taken.count() != 1) {
        qWarning().noquote() << "intake not taken:" << dialog->messageText();
        return false;
    }
    *number = taken.first().first().value<CaseRecord>().number.toString();
    return true;
}

void TestCounterGui::intakeAtTheCounter()
{
    CounterController &c = *m_counter->controller();
    QTRY_VERIFY_WITH_TIMEOUT(m_counter->isUsable(), Wait);
    QTRY_VERIFY_WITH_TIMEOUT(m_counter->catalogue()->version() > 0, Wait);
    m_counter->intake()->setPrintingEnabled(false); // no printer here; the PDF is kept

    // Without a citizen at the window there is nothing to take: the reason is shown.
    QVERIFY(!c.model().current());
    QVERIFY(!m_counter->intake()->action()->isEnabled());
    QVERIFY(!m_counter->intake()->action()->statusTip().isEmpty());

    QVERIFY(issue(1));
    press(Qt::Key_F1);
    QTRY_VERIFY_WITH_TIMEOUT(c.model().current().has_value(), Wait);
    QTRY_VERIFY_WITH_TIMEOUT(m_counter->intake()->action()->isEnabled(), Wait);
    const QString ticket = c.model().current()->number;

    QSignalSpy sent(m_counter->caseDesk(), &CaseDesk::caseSent);
    QString online;
    QVERIFY(takeApplication(&online));
    QTRY_COMPARE_WITH_TIMEOUT(sent.count(), 1, Wait);
    const QString db = m_server->databasePath();
    QCOMPARE(
        scalarFromFile(
            db, QStringLiteral("SELECT count(*) FROM cases WHERE case_number = '%1'").arg(online))
            .toInt(),
        1);
    QCOMPARE(
        scalarFromFile(
            db,
            QStringLiteral("SELECT ticket_number FROM cases WHERE case_number = '%1'").arg(online))
            .toString(),
        ticket);
    const auto kept = m_counter->caseDesk()->cases().find(CaseNumber::parse(online).value());
    QVERIFY(kept);
    QCOMPARE(kept->state, TerminalCase::State::Sent);
    QVERIFY(
        m_counter->caseDesk()->cases().notice(kept->record.number, QStringLiteral("completion")));

    // The server goes down: the second application of the same citizen is still taken, kept on
    // this terminal, and reaches the server once when it is back.
    m_server->kill();
    QTRY_VERIFY_WITH_TIMEOUT(!c.isOnline(), Wait);
    QString offline;
    QVERIFY(takeApplication(&offline));
    QVERIFY(offline != online);
    QCOMPARE(m_counter->caseDesk()->cases().pending().size(), 1);
    QVERIFY(m_server->start());
    QTRY_COMPARE_WITH_TIMEOUT(sent.count(), 2, Wait);
    QTRY_COMPARE_WITH_TIMEOUT(c.pendingChanges(), 0, Wait);
    QCOMPARE(
        scalarFromFile(
            db, QStringLiteral("SELECT count(*) FROM cases WHERE case_number = '%1'").arg(offline))
            .toInt(),
        1);
    QCOMPARE(m_counter->caseDesk()->cases().pending().size(), 0);

    // Alt+2: the window's cases of today, read from the server; Enter opens the first with its
    // history, and its notice can be printed again.
    press(Qt::Key_2, Qt::AltModifier);
    QVERIFY(m_counter->window()->isCasePanelShown());
    CaseListModel *cases = m_counter->casePanel()->model();
    QTRY_COMPARE_WITH_TIMEOUT(cases->rowCount(), 2, Wait);
    QTRY_VERIFY_WITH_TIMEOUT(focused() && m_counter->casePanel()->isAncestorOf(focused()), Wait);
    QTest::keyClick(focused(), Qt::Key_Return);
    CaseViewDialog *view = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((view = m_counter->caseViews()->dialog()) && view->isVisible(), Wait);
    QTRY_VERIFY_WITH_TIMEOUT(view->history()->rowCount() >= 2, Wait); // received, then finished
    const auto shown =
        m_counter->caseDesk()->cases().find(CaseNumber::parse(view->number()).value());
    QVERIFY(shown);
    const QByteArray again = m_counter->intake()->reprint(shown->record, {});
    QVERIFY(again.startsWith("%PDF"));
    view->close();
    press(Qt::Key_1, Qt::AltModifier);
    QVERIFY(!m_counter->window()->isCasePanelShown());
    // The citizen is still at the window: signOutEndsTheDay finishes the service.
}

void TestCounterGui::signOutEndsTheDay()
{
    CounterController &c = *m_counter->controller();
    QTRY_VERIFY_WITH_TIMEOUT(m_counter->isUsable(), Wait);
    QVERIFY(c.model().current());
    // The last citizen is finished (F7) and, before the finish has reached the server, the
    // clerk signs out (Ctrl+Shift+Q): the window is signed out on the server (attendance) after
    // the finish, then the session ends and the sign-in dialog asks for the next clerk.
    press(Qt::Key_F7);
    QVERIFY(!c.model().current());
    press(Qt::Key_Q, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(c.pendingChanges(), 2);
    const QString db = m_server->databasePath();
    QTRY_COMPARE_WITH_TIMEOUT(windowColumn(db, "state"), QStringLiteral("signed_out"), Wait);
    QCOMPARE(eventCount(db, "sign_out", "window_number", Window), 1);
    QTRY_VERIFY_WITH_TIMEOUT(!c.hasSession(), Wait);
    QTRY_VERIFY_WITH_TIMEOUT(m_counter->window()->signInDialog() &&
                                 m_counter->window()->signInDialog()->isVisible(),
                             Wait);
    QCOMPARE(c.model().window().state, WindowState::SignedOut);
    QVERIFY(!c.availability(CounterAction::CallNext).enabled);
}

QTEST_MAIN(TestCounterGui)
#include "tst_countergui.moc"
