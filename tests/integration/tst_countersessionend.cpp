// A clerk at work whose account an administrator deactivates (PROTOCOL.md §5.40a): the counter
// hears it pushed, not at its next request, and goes back to the sign-in dialog saying why in
// Chinese, with the window signed out; the next clerk signs in there as usual.

#include "NetworkFixture.h"
#include "clock/SystemClock.h"
#include "counter/CounterController.h"
#include "counter/CounterMainWindow.h"
#include "counter/CounterWorkstation.h"
#include "counter/SignInDialog.h"
#include "i18n/TranslationInstaller.h"

#include <QApplication>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

using namespace halldesk;
using namespace halldesk::test;

namespace {

constexpr int Wait = 20000;
constexpr int Window = 2;

} // namespace

class TestCounterSessionEnd : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void aDeactivatedClerkIsSentToSignIn();

private:
    bool signIn(const QString &staffNo);
    SignInDialog *signInDialog() const { return m_counter->window()->signInDialog(); }

    QTemporaryDir m_dir;
    TranslationInstaller m_translations;
    std::unique_ptr<NetworkFixture> m_fixture;
    SystemClock m_clock;
    std::unique_ptr<CounterWorkstation> m_counter;
};

void TestCounterSessionEnd::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCOMPARE(m_translations.install(
                 {QStringLiteral("halldesk_core"), QStringLiteral("halldesk_counter")},
                 QLocale(QStringLiteral("zh_CN"))),
             2);
    m_fixture = std::make_unique<NetworkFixture>(NetworkFixture::ClockKind::System, quiet);
    QVERIFY2(m_fixture->isValid(), qPrintable(m_fixture->error()));
    CounterSettings settings;
    settings.serverUrl = m_fixture->url();
    settings.tls = m_fixture->terminalFiles(TerminalRole::Counter, Window);
    settings.window = Window;
    settings.voiceEnabled = false;
    settings.path = m_dir.filePath(QStringLiteral("counter.conf"));
    m_counter = std::make_unique<CounterWorkstation>(
        settings, m_dir.filePath(QStringLiteral("counter.db")), m_clock);
    QString error;
    QVERIFY2(m_counter->start(&error), qPrintable(error));
    m_counter->window()->resize(1366, 768);
    m_counter->window()->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_counter->window()));
}

void TestCounterSessionEnd::cleanupTestCase()
{
    m_counter.reset();
    m_fixture.reset();
}

bool TestCounterSessionEnd::signIn(const QString &staffNo)
{
    if (!QTest::qWaitFor([&] { return signInDialog() && signInDialog()->isVisible(); }, Wait) ||
        !QTest::qWaitFor([&] { return m_counter->controller()->isOnline(); }, Wait))
        return false;
    // The dialog may have the password focused (after a refusal): the clerk clicks each field.
    QLineEdit *number = nullptr;
    QLineEdit *password = nullptr;
    for (QLineEdit *field : signInDialog()->findChildren<QLineEdit *>())
        (field->echoMode() == QLineEdit::Password ? password : number) = field;
    if (!number || !password)
        return false;
    QTest::mouseClick(number, Qt::LeftButton);
    number->selectAll();
    QTest::keyClicks(number, staffNo);
    QTest::mouseClick(password, Qt::LeftButton);
    QTest::keyClicks(password, NetworkFixture::Password);
    QTest::keyClick(password, Qt::Key_Return);
    return QTest::qWaitFor([&] { return m_counter->isUsable(); }, Wait);
}

void TestCounterSessionEnd::aDeactivatedClerkIsSentToSignIn()
{
    CounterController &controller = *m_counter->controller();
    QVERIFY(signIn(QStringLiteral("S2")));
    QTRY_COMPARE_WITH_TIMEOUT(controller.model().window().state, WindowState::Open, Wait);
    QVERIFY(!signInDialog() || !signInDialog()->isVisible());

    m_fixture->rows(QStringLiteral("UPDATE staff SET role = 'admin' WHERE staff_no = 'S8'"));
    auto admin = m_fixture->raw(TerminalRole::Supervisor, 0);
    QVERIFY(admin);
    QVERIFY(isOk(admin->call(QStringLiteral("login"),
                             {{"staffNo", "S8"}, {"password", NetworkFixture::Password}})));
    QVERIFY(isOk(admin->change(
        QStringLiteral("adminSaveStaff"),
        {{"staffNo", "S2"}, {"name", "职员2"}, {"role", "clerk"}, {"active", false}})));

    // Nothing pressed at the counter: the sign-in dialog is back, saying why in Chinese.
    QTRY_VERIFY_WITH_TIMEOUT(signInDialog() && signInDialog()->isVisible(), Wait);
    QCOMPARE(signInDialog()->errorText(), OperationError(ErrorCode::SessionRevoked).message());
    QVERIFY2(signInDialog()->errorText().contains(QStringLiteral("管理员")),
             qPrintable(signInDialog()->errorText()));
    QVERIFY(!controller.hasSession());
    QCOMPARE(controller.model().window().state, WindowState::SignedOut);
    QVERIFY(!controller.availability(CounterAction::CallNext).enabled);

    // The next clerk signs in at the window as usual.
    QVERIFY(signIn(QStringLiteral("S3")));
    QTRY_COMPARE_WITH_TIMEOUT(controller.model().window().state, WindowState::Open, Wait);
    QCOMPARE(controller.model().window().staffNo, QStringLiteral("S3"));
}

QTEST_MAIN(TestCounterSessionEnd)
#include "tst_countersessionend.moc"
