// The ticket kiosk (halldesk-kiosk's KioskStation) against the real halldesk-server process on
// the demo hall, offscreen at 1080×1920 portrait in Chinese: a citizen taps an area, a queue,
// skips or types a resident ID and gets a ticket whose slip comes out of QPrinter as a PDF
// (read back with pdfinfo, pdftotext and zbarimg); a wrong ID is refused in words; out of
// paper and offline the kiosk says so and issues nothing; paper running out during a slip
// leaves a valid ticket shown on screen (issued once) with a reprint at the help desk; an
// untouched kiosk goes back to its first page and forgets what was typed. No text is cut off
// and every target is finger-sized (screenshots in kiosk-screens/).

#include "FakeSpeechEngine.h"
#include "HallCalls.h"
#include "NetworkFixture.h"
#include "NoticeTestTools.h"
#include "ScreenChecks.h"
#include "ServerProcess.h"
#include "clock/HallTime.h"
#include "clock/SystemClock.h"
#include "i18n/TranslationInstaller.h"
#include "kiosk/KioskEntryPage.h"
#include "kiosk/KioskHelpDeskPage.h"
#include "kiosk/KioskHomePage.h"
#include "kiosk/KioskKeypad.h"
#include "kiosk/KioskLook.h"
#include "kiosk/KioskNoticePage.h"
#include "kiosk/KioskQueuePage.h"
#include "kiosk/KioskScreen.h"
#include "kiosk/KioskSession.h"
#include "kiosk/KioskStation.h"
#include "kiosk/KioskStatusBar.h"
#include "kiosk/QPrinterSlipPrinter.h"
#include "kiosk/TicketDispenser.h"
#include "notice/TicketQrPayload.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#ifndef HALLDESK_SERVER_PATH
#error "HALLDESK_SERVER_PATH must name the halldesk-server executable"
#endif

using namespace halldesk;
using namespace halldesk::test;

namespace {

constexpr int Wait = 20000;

// Taps the keypad's keys for each character of `text`.
void typeOnKeypad(KioskKeypad *keypad, const QString &text)
{
    const QList<QPushButton *> keys = keypad->findChildren<QPushButton *>();
    for (const QChar c : text) {
        QPushButton *key = nullptr;
        for (QPushButton *candidate : keys) {
            if (candidate->text() == QString(c))
                key = candidate;
        }
        QVERIFY2(key, qPrintable(QStringLiteral("no key %1").arg(c)));
        QTest::mouseClick(key, Qt::LeftButton);
    }
}

} // namespace

class TestKioskScreen : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void settingsFromIni();
    void theFirstPageShowsTheAreas();
    void aTicketWithoutIdPrintsItsSlip();
    void aWrongIdIsRefusedInWords();
    void noPaperNoTicket();
    void paperRunningOutLeavesAValidTicket();
    void offlineNoTicket();
    void anUntouchedKioskForgets();
    void anAppointmentChecksInOnce();
    void aWrongCodeIsExplained();
    void theHelpDeskAuthorisesAPriorityTicket_data();
    void theHelpDeskAuthorisesAPriorityTicket();
    void aWrongPinIssuesNothing();

private:
    bool openCounter();
    // From the first page to the resident ID page of the area's first queue.
    void goToResidentIdPage(int area = 0);
    QString waitForTicket();
    void saveAndCheck(const QString &name);
    QStringList slips() const;

    TranslationInstaller m_translations;
    QTemporaryDir m_dir;
    SystemClock m_clock;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<RawTerminal> m_counter;
    std::unique_ptr<KioskStation> m_station;
    FakeSpeechEngine *m_engine = nullptr;
    QString m_slipDir;
};

void TestKioskScreen::initTestCase()
{
    QCOMPARE(
        m_translations.install({QStringLiteral("halldesk_core"), QStringLiteral("halldesk_kiosk")},
                               QLocale(QStringLiteral("zh_CN"))),
        2);
    QLocale::setDefault(QLocale(QStringLiteral("zh_CN")));
    const QString missing = missingTools();
    if (!missing.isEmpty())
        QFAIL(qPrintable(missing));
    QVERIFY(m_dir.isValid());
    m_server = std::make_unique<ServerProcess>(QStringLiteral(HALLDESK_SERVER_PATH), m_dir.path());
    QVERIFY2(m_server->start(), qPrintable(m_server->lastOutput()));
    QVERIFY(openCounter());

    m_slipDir = m_dir.filePath(QStringLiteral("slips"));
    KioskSettings settings;
    settings.serverUrl = m_server->url();
    settings.tls = *m_server->terminalFiles(TerminalRole::Kiosk, 0);
    settings.hallName = QStringLiteral("演示市政务服务中心");
    settings.pdfDirectory = m_slipDir;
    auto engine = std::make_unique<FakeSpeechEngine>();
    m_engine = engine.get();
    m_station = std::make_unique<KioskStation>(settings, m_dir.filePath(QStringLiteral("kiosk.db")),
                                               m_clock, std::move(engine));
    QString error;
    QVERIFY2(m_station->start(&error), qPrintable(error));
    m_engine->start({espeakMandarin()});
    m_station->screen()->resize(1080, 1920);
    m_station->screen()->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_station->screen()));
    QVERIFY(QTest::qWaitFor(
        [&] { return m_station->screen()->homePage()->areaButtons().size() == 10; }, Wait));
}

void TestKioskScreen::cleanupTestCase()
{
    m_station.reset();
    m_counter.reset();
    if (m_server)
        QVERIFY(m_server->stop());
}

void TestKioskScreen::init()
{
    m_station->printer()->setPaperSensor({});
    m_station->screen()->setTimeouts(KioskScreen::IdleMs, KioskScreen::ResultMs);
    m_station->screen()->goHome();
}

bool TestKioskScreen::openCounter()
{
    m_counter = m_server->counter(1);
    return bool(m_counter);
}

QStringList TestKioskScreen::slips() const
{
    return QDir(m_slipDir).entryList({QStringLiteral("*.pdf")}, QDir::Files, QDir::Name);
}

void TestKioskScreen::saveAndCheck(const QString &name)
{
    QCoreApplication::processEvents();
    KioskScreen *screen = m_station->screen();
    const QString shot = saveShot(screen, QStringLiteral("kiosk-screens"), name);
    QCOMPARE(screen->size(), QSize(1080, 1920)); // nothing needs more room than it has
    const QStringList clipped = clippedTexts(screen);
    QVERIFY2(clipped.isEmpty(),
             qPrintable(clipped.join(QLatin1Char('\n')) + QLatin1Char('\n') + shot));
    const QStringList small = smallFonts(screen, KioskLook::DetailPx);
    QVERIFY2(small.isEmpty(), qPrintable(small.join(QLatin1Char('\n'))));
    QStringList targets = smallTargets(screen, KioskLook::MinTargetPx);
    // The card reader's input is not a target: it only holds the keyboard focus.
    targets.removeIf([](const QString &t) { return t.startsWith(QStringLiteral("QLineEdit")); });
    QVERIFY2(targets.isEmpty(), qPrintable(targets.join(QLatin1Char('\n'))));
}

void TestKioskScreen::goToResidentIdPage(int area)
{
    KioskScreen *screen = m_station->screen();
    QCOMPARE(screen->currentPage(), static_cast<QWidget *>(screen->homePage()));
    QTest::mouseClick(screen->homePage()->areaButtons().at(area), Qt::LeftButton);
    QCOMPARE(screen->currentPage(), static_cast<QWidget *>(screen->queuePage()));
    QVERIFY(!screen->queuePage()->queueButtons().isEmpty());
    QTest::mouseClick(screen->queuePage()->queueButtons().constFirst(), Qt::LeftButton);
    QCOMPARE(screen->currentPage(), static_cast<QWidget *>(screen->residentIdPage()));
}

QString TestKioskScreen::waitForTicket()
{
    KioskNoticePage *notice = m_station->screen()->noticePage();
    if (!QTest::qWaitFor([&] { return notice->numberLabel()->isVisible(); }, Wait))
        return {};
    return notice->numberLabel()->text();
}

void TestKioskScreen::settingsFromIni()
{
    const QString path = m_dir.filePath(QStringLiteral("kiosk.conf"));
    {
        QSettings ini(path, QSettings::IniFormat);
        ini.setValue(QStringLiteral("server/url"), m_server->url().toString());
        const TlsFiles tls = *m_server->terminalFiles(TerminalRole::Kiosk, 0);
        ini.setValue(QStringLiteral("tls/ca"), tls.caFile);
        ini.setValue(QStringLiteral("tls/certificate"), tls.certificateFile);
        ini.setValue(QStringLiteral("tls/key"), tls.keyFile);
        ini.setValue(QStringLiteral("kiosk/hall"), QStringLiteral("黄石市政务服务中心"));
        ini.setValue(QStringLiteral("kiosk/askResidentId"), false);
        ini.setValue(QStringLiteral("printer/name"), QStringLiteral("kiosk-thermal"));
        ini.setValue(QStringLiteral("voice/enabled"), false);
    }
    const KioskSettings settings = KioskSettings::load(path);
    QCOMPARE(settings.serverUrl, m_server->url());
    QCOMPARE(settings.hallName, QStringLiteral("黄石市政务服务中心"));
    QVERIFY(!settings.askResidentId);
    QCOMPARE(settings.printerName, QStringLiteral("kiosk-thermal"));
    QVERIFY(settings.pdfDirectory.isEmpty());
    QVERIFY(!settings.voiceEnabled);
    QVERIFY2(settings.problem().isEmpty(), qPrintable(settings.problem()));
    QVERIFY(!KioskSettings::load(m_dir.filePath(QStringLiteral("none.conf"))).problem().isEmpty());
    // A printer CUPS does not know is a problem the kiosk states, not a crash.
    QVERIFY(!QPrinterSlipPrinter(QStringLiteral("no-such-printer"), {}).problem().isEmpty());
}

void TestKioskScreen::theFirstPageShowsTheAreas()
{
    KioskHomePage *home = m_station->screen()->homePage();
    QVERIFY(!home->banner()->isVisible());
    const QList<QPushButton *> areas = home->areaButtons();
    QCOMPARE(areas.size(), 10);
    QVERIFY2(areas.first()->text().startsWith(QStringLiteral("综合受理\n等候 ")),
             qPrintable(areas.first()->text()));
    for (QPushButton *area : areas)
        QVERIFY(area->isEnabled());
    QCOMPARE(home->checkInButton()->text(), QStringLiteral("预约签到"));
    saveAndCheck(QStringLiteral("kiosk-home"));
}

void TestKioskScreen::aTicketWithoutIdPrintsItsSlip()
{
    KioskScreen *screen = m_station->screen();
    const int before = int(slips().size());
    QTest::mouseClick(screen->homePage()->areaButtons().at(0), Qt::LeftButton);
    const QString queueText = screen->queuePage()->queueButtons().constFirst()->text();
    QVERIFY2(queueText.contains(QStringLiteral("等候")) &&
                 queueText.contains(QStringLiteral("预计")),
             qPrintable(queueText));
    saveAndCheck(QStringLiteral("kiosk-queues"));
    QTest::mouseClick(screen->queuePage()->queueButtons().constFirst(), Qt::LeftButton);
    QCOMPARE(screen->currentPage(), static_cast<QWidget *>(screen->residentIdPage()));
    saveAndCheck(QStringLiteral("kiosk-resident-id"));
    m_engine->said.clear();
    QTest::mouseClick(screen->residentIdPage()->skipButton(), Qt::LeftButton);

    const QString number = waitForTicket();
    QVERIFY(number.startsWith(u'A'));
    QCOMPARE(screen->noticePage()->titleLabel()->text(), QStringLiteral("您的号码是"));
    QVERIFY(screen->noticePage()->bodyLabel()->text().contains(QStringLiteral("前面还有")));
    QVERIFY(QTest::qWaitFor([&] { return !m_engine->said.isEmpty(); }));
    QVERIFY2(m_engine->said.constLast().contains(number), qPrintable(m_engine->said.join(u'|')));
    saveAndCheck(QStringLiteral("kiosk-ticket"));

    // The ticket is the server's, once.
    const QJsonObject looked =
        m_counter->call(QStringLiteral("ticket"), {{QStringLiteral("number"), number}});
    QVERIFY2(isOk(looked), qPrintable(describe(looked)));
    const QJsonObject ticket =
        looked.value(QLatin1String("result")).toObject().value(QLatin1String("ticket")).toObject();
    QVERIFY(!ticket.value(QLatin1String("hasResidentId")).toBool());

    // Its slip: one page of 80 × 150 mm with the number, the queue and a QR code of the ticket.
    QCOMPARE(slips().size(), before + 1);
    const QString slip =
        QDir(m_slipDir).filePath(m_station->printer()->lastFile().section(u'/', -1));
    QVERIFY(slip.contains(number));
    const ToolRun info = runTool(QStringLiteral("pdfinfo"), {slip});
    QCOMPARE(info.exitCode, 0);
    // QPrinter rounds the page to whole points: 80 × 150 mm is 226.8 × 425.2 pt.
    QVERIFY2(info.output.contains("Page size:       227 x 425 pts"), info.output.constData());
    const QString text = pdfTextWithoutSpaces(slip);
    QVERIFY2(text.contains(number) && text.contains(QStringLiteral("演示市政务服务中心")) &&
                 text.contains(QStringLiteral("前面还有")),
             qPrintable(text));
    const QString png = renderPdfPage(slip, 1, 300);
    QVERIFY(!png.isEmpty());
    const ToolRun qr = decodeQr(png);
    QCOMPARE(qr.exitCode, 0);
    const auto payload = TicketQrPayload::parse(qr.output);
    QVERIFY2(payload, qr.output.constData());
    QCOMPARE(payload->number, number);
    QCOMPARE(payload->ticketId, ticket.value(QLatin1String("id")).toInteger());

    QTest::mouseClick(screen->noticePage()->doneButton(), Qt::LeftButton);
    QCOMPARE(screen->currentPage(), static_cast<QWidget *>(screen->homePage()));
}

void TestKioskScreen::aWrongIdIsRefusedInWords()
{
    KioskScreen *screen = m_station->screen();
    const int before = m_station->printer()->printed();
    goToResidentIdPage(1);
    KioskEntryPage *page = screen->residentIdPage();
    typeOnKeypad(page->keypad(), QStringLiteral("110105194912310021"));
    QCOMPARE(page->entryLabel()->text(), QStringLiteral("1101 0519 4912 3100 21"));
    QTest::mouseClick(page->confirmButton(), Qt::LeftButton);
    QVERIFY(page->errorLabel()->isVisible());
    QVERIFY(!page->errorLabel()->text().isEmpty());
    QCOMPARE(screen->currentPage(), static_cast<QWidget *>(page));
    saveAndCheck(QStringLiteral("kiosk-resident-id-wrong"));

    // Corrected with the erase key: the right ID takes the ticket.
    QTest::mouseClick(page->keypad()->findChildren<QPushButton *>().constLast(), Qt::LeftButton);
    QTest::mouseClick(page->keypad()->findChildren<QPushButton *>().constLast(), Qt::LeftButton);
    typeOnKeypad(page->keypad(), QStringLiteral("2X"));
    QVERIFY(!page->errorLabel()->isVisible());
    QTest::mouseClick(page->confirmButton(), Qt::LeftButton);
    const QString number = waitForTicket();
    QVERIFY(number.startsWith(u'B'));
    QCOMPARE(m_station->printer()->printed(), before + 1);
    const QJsonObject looked =
        m_counter->call(QStringLiteral("ticket"), {{QStringLiteral("number"), number}});
    QVERIFY(looked.value(QLatin1String("result"))
                .toObject()
                .value(QLatin1String("ticket"))
                .toObject()
                .value(QLatin1String("hasResidentId"))
                .toBool());
}

void TestKioskScreen::noPaperNoTicket()
{
    KioskScreen *screen = m_station->screen();
    const int printed = m_station->printer()->printed();
    m_station->printer()->setPaperSensor([] { return QStringLiteral("号票打印机缺纸。"); });
    screen->goHome();
    KioskHomePage *home = screen->homePage();
    QVERIFY(home->banner()->isVisible());
    QVERIFY(home->banner()->text().contains(QStringLiteral("缺纸")));
    for (QPushButton *area : home->areaButtons())
        QVERIFY(!area->isEnabled());
    QVERIFY(!home->checkInButton()->isEnabled());
    saveAndCheck(QStringLiteral("kiosk-no-paper"));

    // Even a request that got past the page is refused before anything reaches the server.
    KioskRequest request;
    request.queue =
        m_station->session()->hall().queuesOf(QStringLiteral("general")).constFirst().code;
    QString why;
    QVERIFY(!m_station->dispenser()->take(request, &why));
    QVERIFY(why.contains(QStringLiteral("缺纸")));
    QVERIFY(!m_station->session()->isBusy());
    QCOMPARE(m_station->client()->pendingChanges(), 0);
    QCOMPARE(m_station->printer()->printed(), printed);

    m_station->printer()->setPaperSensor({});
    screen->goHome();
    QVERIFY(!home->banner()->isVisible());
    QVERIFY(home->areaButtons().constFirst()->isEnabled());
}

void TestKioskScreen::paperRunningOutLeavesAValidTicket()
{
    KioskScreen *screen = m_station->screen();
    auto checks = std::make_shared<int>(0);
    // Paper there when the ticket is taken, gone when the slip is done.
    m_station->printer()->setPaperSensor(
        [checks] { return ++*checks > 1 ? QStringLiteral("号票打印机缺纸。") : QString(); });
    const int printed = m_station->printer()->printed();
    m_engine->said.clear();
    goToResidentIdPage(2);
    QTest::mouseClick(screen->residentIdPage()->skipButton(), Qt::LeftButton);
    const QString number = waitForTicket();
    QVERIFY(!number.isEmpty());
    QCOMPARE(m_station->printer()->printed(), printed);
    const QLabel *warning =
        screen->noticePage()->findChild<QLabel *>(QStringLiteral("kioskBanner"));
    QVERIFY(warning && warning->text().contains(QStringLiteral("号票未能打印")));
    QVERIFY(QTest::qWaitFor([&] { return !m_engine->said.isEmpty(); }));
    QVERIFY(m_engine->said.constLast().contains(QStringLiteral("记住")));
    saveAndCheck(QStringLiteral("kiosk-print-failed"));
    QTest::qWait(300);
    QVERIFY(!m_station->session()->isBusy());
    QCOMPARE(m_station->client()->pendingChanges(), 0);
    const QJsonObject looked =
        m_counter->call(QStringLiteral("ticket"), {{QStringLiteral("number"), number}});
    QVERIFY(isOk(looked));

    // Paper refilled, the help desk reprints the same ticket: no second ticket.
    m_station->printer()->setPaperSensor({});
    QString why;
    QVERIFY2(m_station->dispenser()->reprintLast(&why), qPrintable(why));
    QCOMPARE(m_station->dispenser()->lastTicket().number, number);
    const QString text = pdfTextWithoutSpaces(m_station->printer()->lastFile());
    QVERIFY2(text.contains(number) && text.contains(QStringLiteral("补打号票")), qPrintable(text));
}

void TestKioskScreen::offlineNoTicket()
{
    KioskScreen *screen = m_station->screen();
    m_counter.reset();
    QVERIFY(m_server->stop());
    QVERIFY(QTest::qWaitFor([&] { return !m_station->session()->isOnline(); }, Wait));
    screen->goHome();
    QVERIFY(screen->homePage()->banner()->isVisible());
    QVERIFY(screen->homePage()->banner()->text().contains(QStringLiteral("连接")));
    QVERIFY(!screen->homePage()->areaButtons().constFirst()->isEnabled());
    QCOMPARE(screen->statusBar()->stateLabel()->text(), QStringLiteral("网络中断"));
    saveAndCheck(QStringLiteral("kiosk-offline"));

    QVERIFY2(m_server->start(m_server->port()), qPrintable(m_server->lastOutput()));
    QVERIFY(QTest::qWaitFor([&] { return m_station->session()->isOnline(); }, Wait));
    QVERIFY(openCounter());
    screen->goHome();
    QVERIFY(!screen->homePage()->banner()->isVisible());
    QCOMPARE(screen->statusBar()->stateLabel()->text(), QStringLiteral("联网正常"));
}

void TestKioskScreen::anUntouchedKioskForgets()
{
    KioskScreen *screen = m_station->screen();
    screen->setTimeouts(300, 300);
    goToResidentIdPage(0);
    typeOnKeypad(screen->residentIdPage()->keypad(), QStringLiteral("1101"));
    QCOMPARE(screen->residentIdPage()->text(), QStringLiteral("1101"));
    QVERIFY(QTest::qWaitFor(
        [&] { return screen->currentPage() == static_cast<QWidget *>(screen->homePage()); }, 5000));
    QVERIFY(screen->residentIdPage()->text().isEmpty());
    QVERIFY(screen->residentIdPage()->entryLabel()->text().isEmpty());
}

void TestKioskScreen::anAppointmentChecksInOnce()
{
    // The demo hall has an appointment in A-CIT for every half hour of today, coded A + MMdd +
    // HHmm of its start (README): the one running now may be checked in.
    const QDateTime now = HallTime().localTime(QDateTime::currentDateTimeUtc());
    const QTime slot(now.time().hour(), now.time().minute() < 30 ? 0 : 30);
    const QString code = QStringLiteral("A") + now.toString(QStringLiteral("MMdd")) +
                         slot.toString(QStringLiteral("HHmm"));
    KioskScreen *screen = m_station->screen();
    QTest::mouseClick(screen->homePage()->checkInButton(), Qt::LeftButton);
    QCOMPARE(screen->currentPage(), static_cast<QWidget *>(screen->checkInPage()));
    typeOnKeypad(screen->checkInPage()->keypad(), code);
    saveAndCheck(QStringLiteral("kiosk-check-in"));
    QTest::mouseClick(screen->checkInPage()->confirmButton(), Qt::LeftButton);
    const QString number = waitForTicket();
    QVERIFY(number.startsWith(u'A'));
    QCOMPARE(screen->noticePage()->titleLabel()->text(), QStringLiteral("签到成功，您的号码是"));
    const QString text = pdfTextWithoutSpaces(m_station->printer()->lastFile());
    QVERIFY2(text.contains(number) && text.contains(QStringLiteral("预约时段")) &&
                 text.contains(slot.toString(QStringLiteral("HH:mm"))),
             qPrintable(text));
    QTest::mouseClick(screen->noticePage()->doneButton(), Qt::LeftButton);

    // The same code again (someone taps twice, or a second person has the message): the
    // ticket already issued is named, and no second one is made.
    const int printed = m_station->printer()->printed();
    QTest::mouseClick(screen->homePage()->checkInButton(), Qt::LeftButton);
    typeOnKeypad(screen->checkInPage()->keypad(), code.toLower().toUpper());
    QTest::mouseClick(screen->checkInPage()->confirmButton(), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor(
        [&] { return screen->noticePage()->titleLabel()->text() == QStringLiteral("未能取号"); },
        Wait));
    QVERIFY2(screen->noticePage()->bodyLabel()->text().contains(number),
             qPrintable(screen->noticePage()->bodyLabel()->text()));
    QVERIFY(!screen->noticePage()->numberLabel()->isVisible());
    QCOMPARE(m_station->printer()->printed(), printed);
    saveAndCheck(QStringLiteral("kiosk-checked-in-already"));
}

void TestKioskScreen::aWrongCodeIsExplained()
{
    KioskScreen *screen = m_station->screen();
    QTest::mouseClick(screen->homePage()->checkInButton(), Qt::LeftButton);
    typeOnKeypad(screen->checkInPage()->keypad(), QStringLiteral("Z99999999"));
    QTest::mouseClick(screen->checkInPage()->confirmButton(), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor(
        [&] { return screen->noticePage()->titleLabel()->text() == QStringLiteral("未能取号"); },
        Wait));
    QVERIFY2(screen->noticePage()->bodyLabel()->text().contains(QStringLiteral("预约码")),
             qPrintable(screen->noticePage()->bodyLabel()->text()));
    // Said as well, for a citizen who cannot read the screen well.
    QVERIFY(QTest::qWaitFor([&] {
        return !m_engine->said.isEmpty() &&
               m_engine->said.constLast().startsWith(QStringLiteral("未能取号"));
    }));
}

void TestKioskScreen::theHelpDeskAuthorisesAPriorityTicket_data()
{
    QTest::addColumn<bool>("byCard");
    QTest::newRow("staff number and PIN") << false;
    QTest::newRow("staff card") << true;
}

void TestKioskScreen::theHelpDeskAuthorisesAPriorityTicket()
{
    QFETCH(bool, byCard);
    KioskScreen *screen = m_station->screen();
    KioskHelpDeskPage *desk = screen->helpDeskPage();
    QTest::mouseClick(screen->homePage()->helpDeskButton(), Qt::LeftButton);
    QCOMPARE(screen->currentPage(), static_cast<QWidget *>(desk));
    QVERIFY(!desk->confirmButton()->isEnabled());
    QTest::mouseClick(desk->groupButtons().constFirst(), Qt::LeftButton); // 老年人
    if (byCard) {
        // The card reader types the card's number and Enter into the focused input.
        QTest::keyClicks(desk->cardInput(), QStringLiteral("88000014"));
        QTest::keyClick(desk->cardInput(), Qt::Key_Return);
    } else {
        typeOnKeypad(desk->keypad(), QStringLiteral("HD0014"));
        QTest::mouseClick(desk->pinField(), Qt::LeftButton);
        typeOnKeypad(desk->keypad(), QStringLiteral("2468"));
        QCOMPARE(desk->pinField()->text(), QStringLiteral("密码：••••▏"));
        saveAndCheck(QStringLiteral("kiosk-help-desk"));
        QVERIFY(desk->confirmButton()->isEnabled());
        QTest::mouseClick(desk->confirmButton(), Qt::LeftButton);
    }
    QCOMPARE(screen->currentPage(), static_cast<QWidget *>(screen->homePage()));
    QVERIFY(screen->homePage()->findChildren<QLabel *>(QStringLiteral("kioskBanner")).size() >= 1);
    saveAndCheck(QStringLiteral("kiosk-priority-home"));

    goToResidentIdPage(0);
    QTest::mouseClick(screen->residentIdPage()->skipButton(), Qt::LeftButton);
    const QString number = waitForTicket();
    QVERIFY(!number.isEmpty());
    QVERIFY(screen->noticePage()->bodyLabel()->text().contains(QStringLiteral("优先：老年人")));
    const QJsonObject looked =
        m_counter->call(QStringLiteral("ticket"), {{QStringLiteral("number"), number}});
    QCOMPARE(looked.value(QLatin1String("result"))
                 .toObject()
                 .value(QLatin1String("ticket"))
                 .toObject()
                 .value(QLatin1String("priority"))
                 .toString(),
             QStringLiteral("elderly"));
    // One ticket per authorisation: the next citizen is ordinary again.
    QTest::mouseClick(screen->noticePage()->doneButton(), Qt::LeftButton);
    goToResidentIdPage(0);
    QTest::mouseClick(screen->residentIdPage()->skipButton(), Qt::LeftButton);
    QVERIFY(!waitForTicket().isEmpty());
    QVERIFY(!screen->noticePage()->bodyLabel()->text().contains(QStringLiteral("优先")));
}

void TestKioskScreen::aWrongPinIssuesNothing()
{
    KioskScreen *screen = m_station->screen();
    KioskHelpDeskPage *desk = screen->helpDeskPage();
    const int printed = m_station->printer()->printed();
    QTest::mouseClick(screen->homePage()->helpDeskButton(), Qt::LeftButton);
    QTest::mouseClick(desk->groupButtons().at(1), Qt::LeftButton);
    typeOnKeypad(desk->keypad(), QStringLiteral("HD0015"));
    QTest::mouseClick(desk->pinField(), Qt::LeftButton);
    typeOnKeypad(desk->keypad(), QStringLiteral("1111"));
    QTest::mouseClick(desk->confirmButton(), Qt::LeftButton);
    goToResidentIdPage(0);
    QTest::mouseClick(screen->residentIdPage()->skipButton(), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor(
        [&] { return screen->noticePage()->titleLabel()->text() == QStringLiteral("未能取号"); },
        Wait));
    QVERIFY(!screen->noticePage()->numberLabel()->isVisible());
    // In the words of a PIN, not of the password the server's refusal speaks of.
    const QString body = screen->noticePage()->bodyLabel()->text();
    QVERIFY2(body.contains(QStringLiteral("PIN")) && !body.contains(QStringLiteral("密码")),
             qPrintable(body));
    QCOMPARE(body, OperationError(ErrorCode::BadHelpDeskCredentials).message());
    QCOMPARE(m_station->printer()->printed(), printed);
    saveAndCheck(QStringLiteral("kiosk-wrong-pin"));
    // The refused authorisation is forgotten: the help desk tries again.
    QTest::mouseClick(screen->noticePage()->doneButton(), Qt::LeftButton);
    QVERIFY(screen->homePage()->findChildren<QLabel *>(QStringLiteral("kioskBanner")).size() >= 1);
    const QList<QLabel *> banners =
        screen->homePage()->findChildren<QLabel *>(QStringLiteral("kioskBanner"));
    for (QLabel *banner : banners)
        QVERIFY2(!banner->isVisible(), qPrintable(banner->text()));
}

QTEST_MAIN(TestKioskScreen)
#include "tst_kioskscreen.moc"
