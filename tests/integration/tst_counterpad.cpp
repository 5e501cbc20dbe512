// The whole rating flow as a hall runs it: the counter program against the real
// halldesk-server process, with the evaluator pad on its second monitor facing the citizen.
// The clerk serves by keys; the citizen taps the pad; the server keeps one rating per service,
// signed by the pad, and opens a follow-up for a 差评. Two offscreen monitors: the counter's
// (primary) and the citizen's.

#include "DatabaseFileRead.h"
#include "KeyboardInput.h"
#include "NetworkFixture.h"
#include "ServerProcess.h"
#include "clock/SystemClock.h"
#include "counter/CounterController.h"
#include "counter/CounterMainWindow.h"
#include "counter/CounterPad.h"
#include "counter/CounterWorkstation.h"
#include "pad/LevelButton.h"
#include "pad/PadIdlePage.h"
#include "pad/PadRatingPage.h"
#include "pad/PadReasonsPage.h"
#include "pad/PadScreen.h"
#include "pad/PadStation.h"
#include "pad/PadThanksPage.h"
#include "pad/ReasonButton.h"
#include "pki/TlsSettings.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QWindow>

#ifndef HALLDESK_SERVER_PATH
#error "HALLDESK_SERVER_PATH must name the halldesk-server executable"
#endif

using namespace halldesk;
using namespace halldesk::test;

namespace {

constexpr int Window = 1;
const QString StaffNo = QStringLiteral("HD0012");
constexpr int Wait = 20000;

} // namespace

class TestCounterPad : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCOMPARE(QGuiApplication::screens().size(), 2);
        m_server =
            std::make_unique<ServerProcess>(QStringLiteral(HALLDESK_SERVER_PATH), m_dir.path());
        QVERIFY(m_server->start());
        m_kiosk = m_server->kiosk();
        QVERIFY(m_kiosk);
    }

    void cleanupTestCase()
    {
        m_counter.reset();
        m_kiosk.reset();
        if (m_server)
            QVERIFY(m_server->stop());
    }

    void noPadWithoutItsCertificate()
    {
        // The counter's own certificate is no pad's: without the pad's files nothing shows.
        CounterSettings settings = m_server->counterSettings(Window, m_dir.path());
        settings.padTls = {};
        CounterWorkstation counter(settings, m_dir.filePath(QStringLiteral("plain.db")), m_clock);
        QString error;
        QVERIFY2(counter.start(&error), qPrintable(error));
        QVERIFY(!counter.pad());
    }

    void thePadIsInTheSettings()
    {
        // A technician names the pad's files in the counter's settings, or switches it off.
        CounterSettings settings = m_server->counterSettings(Window, m_dir.path());
        settings.path = m_dir.filePath(QStringLiteral("settings/counter.conf"));
        settings.padTls = *m_server->terminalFiles(TerminalRole::Pad, Window);
        settings.padScreen = false;
        QVERIFY(settings.save());
        const CounterSettings loaded = CounterSettings::load(settings.path);
        QCOMPARE(loaded.padTls.certificateFile, settings.padTls.certificateFile);
        QCOMPARE(loaded.padTls.keyFile, settings.padTls.keyFile);
        QCOMPARE(loaded.padTls.caFile, settings.tls.caFile);
        QVERIFY(loaded.hasPad());
        QVERIFY(!loaded.padScreen);
        QString warning;
        QVERIFY(!CounterPad::start(loaded, m_dir.filePath(QStringLiteral("off.db")), m_clock,
                                   &warning));
        QVERIFY(warning.isEmpty());
        // A key that is not there: the counter works on and says why the pad does not.
        CounterSettings broken = loaded;
        broken.padScreen = true;
        broken.padTls.keyFile = m_dir.filePath(QStringLiteral("missing.key"));
        QVERIFY(!CounterPad::start(broken, m_dir.filePath(QStringLiteral("broken.db")), m_clock,
                                   &warning));
        QVERIFY2(warning.contains(QStringLiteral("missing.key")), qPrintable(warning));
    }

    void thePadFacesTheCitizen()
    {
        CounterSettings settings = m_server->counterSettings(Window, m_dir.path());
        const auto pad = m_server->terminalFiles(TerminalRole::Pad, Window);
        QVERIFY(pad);
        settings.padTls = *pad;
        m_counter = std::make_unique<CounterWorkstation>(
            settings, m_dir.filePath(QStringLiteral("counter.db")), m_clock);
        QString error;
        QVERIFY2(m_counter->start(&error), qPrintable(error));
        m_counter->window()->resize(1366, 768);
        m_counter->window()->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_counter->window()));
        QVERIFY(m_counter->pad());
        PadScreen *screen = m_counter->pad()->screen();
        QVERIFY(QTest::qWaitForWindowExposed(screen));
        // On the second monitor, all of it, and not on the clerk's.
        QCOMPARE(QGuiApplication::primaryScreen()->name(), QStringLiteral("1-counter"));
        QCOMPARE(screen->windowHandle()->screen()->name(), QStringLiteral("2-citizen"));
        QVERIFY(screen->isFullScreen());
        QCOMPARE(screen->geometry(), QRect(1366, 0, 1280, 800));
        QCOMPARE(m_counter->window()->windowHandle()->screen()->name(),
                 QStringLiteral("1-counter"));
        QCOMPARE(CounterPad::storePath(m_dir.filePath(QStringLiteral("counter.db"))),
                 m_dir.filePath(QStringLiteral("pad.db")));

        m_counter->signInAutomatically(StaffNo, QStringLiteral("halldesk"));
        QTRY_VERIFY_WITH_TIMEOUT(m_counter->isUsable(), Wait);
        // The idle pad shows who serves.
        QTRY_COMPARE_WITH_TIMEOUT(m_counter->pad()->session()->windowInfo().staffNo, StaffNo, Wait);
        QCOMPARE(screen->currentPage(), screen->idlePage());
        QVERIFY(
            labelShowing(screen->idlePage(), m_counter->pad()->session()->windowInfo().staffName));
        QDir().mkpath(QStringLiteral("counter-pad"));
        screen->grab().save(QStringLiteral("counter-pad/idle.png"));
    }

    void askingBeforeFinishingRatesOnce()
    {
        QVERIFY(m_counter && m_counter->pad());
        PadScreen *screen = m_counter->pad()->screen();
        const qint64 ticket = callOne();
        QVERIFY(ticket > 0);

        press(Qt::Key_F11); // 请评价
        QTRY_COMPARE_WITH_TIMEOUT(screen->currentPage(), screen->ratingPage(), Wait);
        LevelButton *satisfied = screen->ratingPage()->button(RatingLevel::Satisfied);
        QVERIFY(satisfied && satisfied->height() >= 64);
        QDir().mkpath(QStringLiteral("counter-pad"));
        screen->grab().save(QStringLiteral("counter-pad/rating.png"));
        QTest::mouseClick(satisfied, Qt::LeftButton);
        QCOMPARE(screen->currentPage(), screen->thanksPage());
        QTRY_COMPARE_WITH_TIMEOUT(ratingOf(ticket), QStringLiteral("rated/satisfied"), Wait);

        // Finishing afterwards opens no second rating: one per service.
        press(Qt::Key_F7);
        QTRY_VERIFY_WITH_TIMEOUT(!m_counter->controller()->model().current(), Wait);
        QTRY_COMPARE_WITH_TIMEOUT(
            scalarFromFile(m_server->databasePath(),
                           QStringLiteral("SELECT status FROM tickets WHERE id = %1").arg(ticket))
                .toString(),
            QStringLiteral("finished"), Wait);
        QCOMPARE(ratingCount(ticket), 1);
        QCOMPARE(ratingOf(ticket), QStringLiteral("rated/satisfied"));
    }

    void aBadRatingWithItsReasons()
    {
        PadScreen *screen = m_counter->pad()->screen();
        // The thanks of the last citizen end by themselves.
        QTRY_COMPARE_WITH_TIMEOUT(screen->currentPage(), screen->idlePage(), Wait);
        const qint64 ticket = callOne();
        QVERIFY(ticket > 0);
        press(Qt::Key_F7); // finished without asking: the pad asks anyway
        QTRY_COMPARE_WITH_TIMEOUT(screen->currentPage(), screen->ratingPage(), Wait);

        QTest::mouseClick(screen->ratingPage()->button(RatingLevel::Dissatisfied), Qt::LeftButton);
        QCOMPARE(screen->currentPage(), screen->reasonsPage());
        PadReasonsPage *reasons = screen->reasonsPage();
        QVERIFY(!reasons->submitButton()->isEnabled());
        ReasonButton *slow = nullptr;
        for (ReasonButton *button : reasons->reasonButtons())
            if (button->text().contains(QStringLiteral("效率")))
                slow = button;
        QVERIFY(slow);
        QTest::mouseClick(slow, Qt::LeftButton);
        QVERIFY(reasons->submitButton()->isEnabled());
        // What the citizen sees, for a person to look at (in the build folder).
        QDir().mkpath(QStringLiteral("counter-pad"));
        screen->grab().save(QStringLiteral("counter-pad/reasons.png"));
        QTest::mouseClick(reasons->submitButton(), Qt::LeftButton);
        QCOMPARE(screen->currentPage(), screen->thanksPage());

        QTRY_COMPARE_WITH_TIMEOUT(ratingOf(ticket), QStringLiteral("rated/dissatisfied"), Wait);
        QCOMPARE(scalarFromFile(
                     m_server->databasePath(),
                     QStringLiteral("SELECT reasons FROM service_ratings WHERE ticket_id = %1")
                         .arg(ticket))
                     .toString(),
                 QStringLiteral("[\"slow\"]"));
        // The 差评 opened its follow-up at once.
        QCOMPARE(scalarFromFile(m_server->databasePath(),
                                QStringLiteral("SELECT f.state FROM rating_followups f JOIN "
                                               "service_ratings r ON r.id = f.rating_id WHERE "
                                               "r.ticket_id = %1")
                                    .arg(ticket))
                     .toString(),
                 QStringLiteral("new"));
    }

private:
    // A citizen takes a ticket and the clerk calls it with F1; its id.
    qint64 callOne()
    {
        if (!m_kiosk->change(QStringLiteral("issueTicket"), {{"queue", "A-CIT"}})
                 .value(QLatin1String("ok"))
                 .toBool())
            return 0;
        const CounterModel &model = m_counter->controller()->model();
        if (!QTest::qWaitFor([&] { return model.waitingCount() > 0; }, Wait))
            return 0;
        press(Qt::Key_F1);
        if (!QTest::qWaitFor([&] { return model.current().has_value(); }, Wait))
            return 0;
        return model.current()->id;
    }

    void press(int key)
    {
        if (QApplication::activeWindow() != m_counter->window()) {
            m_counter->window()->activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(m_counter->window()));
        }
        QTest::keyClick(m_counter->window(), Qt::Key(key));
    }

    QString ratingOf(qint64 ticket)
    {
        const QString state =
            scalarFromFile(m_server->databasePath(),
                           QStringLiteral("SELECT state FROM service_ratings WHERE ticket_id = %1")
                               .arg(ticket))
                .toString();
        const QString level =
            scalarFromFile(m_server->databasePath(),
                           QStringLiteral("SELECT level FROM service_ratings WHERE ticket_id = %1")
                               .arg(ticket))
                .toString();
        return state + QLatin1Char('/') + level;
    }

    int ratingCount(qint64 ticket)
    {
        return scalarFromFile(
                   m_server->databasePath(),
                   QStringLiteral("SELECT count(*) FROM service_ratings WHERE ticket_id = %1")
                       .arg(ticket))
            .toInt();
    }

    static bool labelShowing(const QWidget *page, const QString &text)
    {
        for (const QLabel *label : page->findChildren<QLabel *>())
            if (label->isVisible() && label->text().contains(text))
                return true;
        return false;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<RawTerminal> m_kiosk;
    SystemClock m_clock;
    std::unique_ptr<CounterWorkstation> m_counter;
};

int main(int argc, char *argv[])
{
    // Two monitors side by side: the clerk's (primary) and the one facing the citizen. The
    // offscreen platform orders its screens by name and makes the first the primary one.
    QTemporaryDir config;
    const QString path = config.filePath(QStringLiteral("screens.json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return 1;
    file.write(R"({"synchronousWindowSystemEvents": false, "windowFrameMargins": false,
 "screens": [
  {"name": "1-counter", "x": 0, "y": 0, "width": 1366, "height": 768,
   "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1},
  {"name": "2-citizen", "x": 1366, "y": 0, "width": 1280, "height": 800,
   "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})");
    file.close();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + path.toLocal8Bit());
    QApplication app(argc, argv);
    TestCounterPad test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_counterpad.moc"
