// The hall board (halldesk-board's BoardStation) against the real halldesk-server process on
// the demo hall, offscreen at 1920×1080 in Chinese: a counter's calls appear newest on top and
// flashing, a recall is shown and spoken again, each call is spoken once, the waiting citizens
// per area follow, the board says when it is offline and comes back by itself without
// repeating old calls, and no text is cut off (screenshots in board-screens/).

#include "FakeSpeechEngine.h"
#include "HallCalls.h"
#include "NetworkFixture.h"
#include "ScreenChecks.h"
#include "ServerProcess.h"
#include "board/BoardAreaCounts.h"
#include "board/BoardCallList.h"
#include "board/BoardCallRow.h"
#include "board/BoardLook.h"
#include "board/BoardScreen.h"
#include "board/BoardSession.h"
#include "board/BoardStation.h"
#include "board/BoardStatusBar.h"
#include "board/BoardTicker.h"
#include "clock/SystemClock.h"
#include "i18n/TranslationInstaller.h"
#include "pki/TlsSettings.h"
#include "speech/CallAnnouncer.h"

#include <QApplication>
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

} // namespace

class TestBoardScreen : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCOMPARE(m_translations.install(
                     {QStringLiteral("halldesk_core"), QStringLiteral("halldesk_board")},
                     QLocale(QStringLiteral("zh_CN"))),
                 2);
        QVERIFY(m_dir.isValid());
        m_server =
            std::make_unique<ServerProcess>(QStringLiteral(HALLDESK_SERVER_PATH), m_dir.path());
        QVERIFY2(m_server->start(), qPrintable(m_server->lastOutput()));
        m_kiosk = m_server->kiosk();
        QVERIFY(m_kiosk);
        QVERIFY(openCounter());

        BoardSettings settings;
        settings.serverUrl = m_server->url();
        settings.tls = *m_server->terminalFiles(TerminalRole::Board, 0);
        auto engine = std::make_unique<FakeSpeechEngine>();
        m_engine = engine.get();
        m_station = std::make_unique<BoardStation>(settings, m_clock, std::move(engine));
        QString error;
        QVERIFY2(m_station->start(&error), qPrintable(error));
        m_engine->start({espeakMandarin()});
        m_station->screen()->resize(1920, 1080);
        m_station->screen()->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_station->screen()));
        QVERIFY(QTest::qWaitFor([&] { return m_station->session()->areas().size() == 10; }, Wait));
    }

    void cleanupTestCase()
    {
        m_station.reset();
        m_counter.reset();
        m_kiosk.reset();
        if (m_server)
            QVERIFY(m_server->stop());
    }

    void settingsFromIni()
    {
        const QString path = m_dir.filePath(QStringLiteral("board.conf"));
        {
            QSettings ini(path, QSettings::IniFormat);
            ini.setValue(QStringLiteral("server/url"), m_server->url().toString());
            const TlsFiles tls = *m_server->terminalFiles(TerminalRole::Board, 0);
            ini.setValue(QStringLiteral("tls/ca"), tls.caFile);
            ini.setValue(QStringLiteral("tls/certificate"), tls.certificateFile);
            ini.setValue(QStringLiteral("tls/key"), tls.keyFile);
            ini.setValue(QStringLiteral("board/notice"), QStringLiteral("午间不休息"));
            ini.setValue(QStringLiteral("voice/enabled"), false);
        }
        const BoardSettings settings = BoardSettings::load(path);
        QCOMPARE(settings.serverUrl, m_server->url());
        QCOMPARE(settings.notice, QStringLiteral("午间不休息"));
        QVERIFY(!settings.voiceEnabled);
        QCOMPARE(settings.voiceRate, -0.2);
        QVERIFY2(settings.problem().isEmpty(), qPrintable(settings.problem()));
        QVERIFY(
            !BoardSettings::load(m_dir.filePath(QStringLiteral("none.conf"))).problem().isEmpty());
    }

    void beforeAnyCall()
    {
        BoardScreen *screen = m_station->screen();
        QVERIFY(!screen->statusBar()->isOfflineShown());
        QCOMPARE(screen->statusBar()->titleText(), QStringLiteral("叫号信息"));
        QCOMPARE(screen->callList()->newestRow()->numberText(), QStringLiteral("暂无叫号"));
        QCOMPARE(screen->ticker()->text(), QStringLiteral("请留意叫号，过号请到原窗口办理。"));
        const QStringList areas = screen->areaCounts()->areaTexts();
        QCOMPARE(areas.size(), 10);
        QCOMPARE(areas.first(), QStringLiteral("A 综合受理"));
        saveAndCheck(QStringLiteral("board-empty"));
    }

    void callsShowFlashAndAreSpoken()
    {
        BoardScreen *screen = m_station->screen();
        const QString first = issue(QStringLiteral("A-CIT"));
        const QString second = issue(QStringLiteral("A-CIT"));
        QVERIFY(QTest::qWaitFor(
            [&] { return screen->areaCounts()->countTexts().value(0) == QStringLiteral("2 人"); },
            Wait));
        QCOMPARE(screen->areaCounts()->totalText(), QStringLiteral("共 2 人"));

        callNext();
        QVERIFY(QTest::qWaitFor(
            [&] { return screen->callList()->newestRow()->numberText() == first; }, Wait));
        QVERIFY(screen->callList()->isFlashing());
        QVERIFY(screen->callList()->newestRow()->isFlashOn());
        QCOMPARE(screen->callList()->newestRow()->windowText(), QStringLiteral("1号窗口"));
        QVERIFY(!screen->callList()->newestRow()->isRecallShown());
        const QString firstSaid = m_station->session()->recentCalls().first().announcement;
        QVERIFY(firstSaid.contains(first));
        QCOMPARE(m_engine->said, QStringList{firstSaid});
        speakOut();

        callNext();
        QVERIFY(QTest::qWaitFor(
            [&] { return screen->callList()->newestRow()->numberText() == second; }, Wait));
        QCOMPARE(screen->callList()->earlierRows().size(), 1);
        QCOMPARE(screen->callList()->earlierRows().first()->numberText(), first);
        const QString secondSaid = m_station->session()->recentCalls().first().announcement;
        QCOMPARE(m_engine->said, (QStringList{firstSaid, secondSaid}));
        speakOut();
        QVERIFY(QTest::qWaitFor(
            [&] { return screen->areaCounts()->countTexts().value(0) == QStringLiteral("0 人"); },
            Wait));

        // A recall: shown again on top with 重呼, and said again.
        const QJsonObject recalled =
            m_counter->change(QStringLiteral("recall"), {{QStringLiteral("ticketId"), m_serving}});
        QVERIFY2(isOk(recalled), qPrintable(describe(recalled)));
        QVERIFY(QTest::qWaitFor([&] { return m_engine->said.size() == 3; }, Wait));
        QCOMPARE(m_engine->said.last(), secondSaid);
        QCOMPARE(screen->callList()->newestRow()->numberText(), second);
        QVERIFY(screen->callList()->newestRow()->isRecallShown());
        QVERIFY(screen->callList()->isFlashing());
        QCOMPARE(screen->callList()->earlierRows().size(), 1);
        speakOut();
        saveAndCheck(QStringLiteral("board-recall"));

        // The flashing stops after a few seconds; the newest stays the large card on top.
        QVERIFY(QTest::qWaitFor([&] { return !screen->callList()->isFlashing(); },
                                BoardLook::FlashMs + 2000));
        QVERIFY(!screen->callList()->newestRow()->isFlashOn());
        QCOMPARE(screen->callList()->newestRow()->numberText(), second);
    }

    void aFullBoardFits()
    {
        // Ten calls across several areas and windows' queues, some waiting: the busiest board.
        for (int i = 0; i < 9; ++i) {
            const qsizetype said = m_engine->said.size();
            issue(QStringLiteral("A-ENT"));
            callNext();
            QVERIFY(QTest::qWaitFor([&] { return m_engine->said.size() == said + 1; }, Wait));
            speakOut();
        }
        for (const QString &queue : {QStringLiteral("A-CIT"), QStringLiteral("B-ID"),
                                     QStringLiteral("C-REG"), QStringLiteral("B-ID")})
            issue(queue);
        QVERIFY(
            m_counter->change(QStringLiteral("recall"), {{QStringLiteral("ticketId"), m_serving}})
                .value(QLatin1String("ok"))
                .toBool());
        BoardScreen *screen = m_station->screen();
        QVERIFY(QTest::qWaitFor(
            [&] {
                return screen->callList()->earlierRows().size() == BoardCallList::EarlierCalls &&
                       screen->areaCounts()->totalText() == QStringLiteral("共 4 人");
            },
            Wait));
        QVERIFY(QTest::qWaitFor([&] { return m_engine->said.size() == 13; }, Wait));
        saveAndCheck(QStringLiteral("board-full"));
    }

    void offlineAndBackWithoutRepeating()
    {
        BoardScreen *screen = m_station->screen();
        const QString newest = screen->callList()->newestRow()->numberText();
        speakOut();
        const int said = int(m_engine->said.size());
        m_counter.reset();
        m_kiosk.reset();
        QVERIFY(m_server->stop());
        QVERIFY(QTest::qWaitFor([&] { return screen->statusBar()->isOfflineShown(); }, Wait));
        QCOMPARE(screen->statusBar()->offlineText(),
                 QStringLiteral("● 离线：正在重新连接大厅服务器"));
        // The calls stay on the board while it is away.
        QCOMPARE(screen->callList()->newestRow()->numberText(), newest);
        saveAndCheck(QStringLiteral("board-offline"));

        QVERIFY(m_server->start(m_server->port()));
        QVERIFY(QTest::qWaitFor([&] { return !screen->statusBar()->isOfflineShown(); }, 40000));
        QVERIFY(QTest::qWaitFor([&] { return screen->areaCounts()->areaTexts().size() == 10; }));
        QTest::qWait(500);
        QCOMPARE(m_engine->said.size(), said);
        QCOMPARE(screen->callList()->newestRow()->numberText(), newest);
        QCOMPARE(screen->areaCounts()->totalText(), QStringLiteral("共 4 人"));

        // Live again: the next call is on top and said once.
        m_kiosk = m_server->kiosk();
        QVERIFY(m_kiosk && openCounter());
        callNext();
        QVERIFY(QTest::qWaitFor([&] { return m_engine->said.size() == said + 1; }, Wait));
        QVERIFY(screen->callList()->newestRow()->numberText() != newest);
        QVERIFY(screen->callList()->isFlashing());
    }

private:
    bool openCounter()
    {
        m_counter = m_server->counter(1);
        return bool(m_counter);
    }

    QString issue(const QString &queue) { return issueTicket(*m_kiosk, queue); }
    void callNext() { finishAndCallNext(*m_counter, m_serving); }

    // The engine says what the announcer gave it, to the end, so the next call comes through.
    void speakOut()
    {
        for (int i = 0; i < 20 && m_station->announcer()->current(); ++i) {
            m_engine->beginSpeaking();
            m_engine->endSpeaking();
            QCoreApplication::processEvents();
        }
    }

    void saveAndCheck(const QString &name)
    {
        QCoreApplication::processEvents();
        BoardScreen *screen = m_station->screen();
        const QString shot = saveShot(screen, QStringLiteral("board-screens"), name);
        QCOMPARE(screen->size(), QSize(1920, 1080)); // nothing needs more room than it has
        const QStringList clipped = clippedTexts(screen);
        QVERIFY2(clipped.isEmpty(),
                 qPrintable(clipped.join(QLatin1Char('\n')) + QLatin1Char('\n') + shot));
        const QStringList small = smallFonts(screen, BoardLook::LabelPx);
        QVERIFY2(small.isEmpty(), qPrintable(small.join(QLatin1Char('\n'))));
    }

    TranslationInstaller m_translations;
    QTemporaryDir m_dir;
    SystemClock m_clock;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<RawTerminal> m_kiosk;
    std::unique_ptr<RawTerminal> m_counter;
    std::unique_ptr<BoardStation> m_station;
    FakeSpeechEngine *m_engine = nullptr;
    qint64 m_serving = 0;
};

QTEST_MAIN(TestBoardScreen)
#include "tst_boardscreen.moc"
