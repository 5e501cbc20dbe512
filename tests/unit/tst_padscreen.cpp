// PadScreen over a real PadSession whose hall server is played by the test (the client is
// never started: its snapshot and events are emitted by hand), with PadVoice on a speech
// double: each stage shows its page and says its prompt, touches reach the session, the
// offline note and problems show; PNGs of every state at 1280×800 and 800×480.

#include "FakeSpeechEngine.h"
#include "PadPageChecks.h"
#include "client/HallClient.h"
#include "clock/ManualClock.h"
#include "i18n/TranslationInstaller.h"
#include "pad/LevelButton.h"
#include "pad/PadIdlePage.h"
#include "pad/PadLook.h"
#include "pad/PadRatingPage.h"
#include "pad/PadReasonsPage.h"
#include "pad/PadScreen.h"
#include "pad/PadSession.h"
#include "pad/PadStatusBar.h"
#include "pad/PadThanksPage.h"
#include "pad/ReasonButton.h"
#include "pki/CertificateIssuer.h"
#include "rating/RatingSigner.h"
#include "speech/PadVoice.h"

#include <QApplication>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QtTest>

using namespace halldesk;
using namespace halldesk::test;
using Stage = PadSession::Stage;

namespace {

const qint64 Start = QDateTime(QDate(2026, 12, 8), QTime(2, 0), Qt::UTC).toMSecsSinceEpoch();

QJsonObject window15(bool staffed, const QString &ticket = {})
{
    return {
        {QStringLiteral("number"), 15},
        {QStringLiteral("name"), QStringLiteral("15号窗口")},
        {QStringLiteral("state"), staffed ? QStringLiteral("open") : QStringLiteral("signed_out")},
        {QStringLiteral("staffNo"), staffed ? QStringLiteral("HD0026") : QString()},
        {QStringLiteral("staffName"), staffed ? QStringLiteral("欧阳晓梅") : QString()},
        {QStringLiteral("currentTicket"), ticket},
        {QStringLiteral("currentTicketId"), ticket.isEmpty() ? 0 : 7}};
}

QJsonObject rating(qint64 id, int items)
{
    static const QStringList names = {QStringLiteral("居民身份证换领"),
                                      QStringLiteral("城乡居民基本医疗保险参保登记"),
                                      QStringLiteral("个体工商户设立登记")};
    QJsonArray list;
    for (int i = 0; i < items; ++i)
        list.append(QJsonObject{{QStringLiteral("code"), QStringLiteral("C%1").arg(i)},
                                {QStringLiteral("name"), names.value(i % 3)}});
    QJsonArray reasons;
    for (const RatingReason &r : RatingReasons::defaults())
        reasons.append(
            QJsonObject{{QStringLiteral("code"), r.code}, {QStringLiteral("label"), r.label}});
    return {{QStringLiteral("id"), id},
            {QStringLiteral("window"), 15},
            {QStringLiteral("ticketId"), 7},
            {QStringLiteral("ticketNumber"), QStringLiteral("A023")},
            {QStringLiteral("staffNo"), QStringLiteral("HD0026")},
            {QStringLiteral("staffName"), QStringLiteral("欧阳晓梅")},
            {QStringLiteral("items"), list},
            {QStringLiteral("reasonChoices"), reasons},
            {QStringLiteral("requestedAtMs"), Start},
            {QStringLiteral("expiresAtMs"), Start + 120000},
            {QStringLiteral("timeoutMs"), 120000},
            {QStringLiteral("state"), QStringLiteral("pending")}};
}

// A pad of window 15, its screen and voice, and the hall server's part played by the test.
struct Pad
{
    Pad()
        : clock(QDateTime::fromMSecsSinceEpoch(Start, Qt::UTC))
        , client(HallClientSettings{QUrl(QStringLiteral("wss://127.0.0.1:9")), {}})
    {
        QString error;
        const auto ca = CertificateIssuer::createAuthority(QStringLiteral("Test"), 30, &error);
        Q_ASSERT(ca);
        session = std::make_unique<PadSession>(15, client,
                                               *RatingSigner::fromPem(ca->privateKeyPem()), clock);
        engine.start({espeakMandarin()});
        voice = std::make_unique<PadVoice>(engine);
        voice->follow(*session);
        screen = std::make_unique<PadScreen>(*session);
    }
    void snapshot(const QJsonObject &window, const QJsonArray &ratings = {})
    {
        emit client.snapshotReceived({{QStringLiteral("serverTimeMs"), clock.nowMs()},
                                      {QStringLiteral("windows"), QJsonArray{window}},
                                      {QStringLiteral("ratings"), ratings}});
    }
    void ask(qint64 id, int items = 3)
    {
        emit client.eventReceived(QStringLiteral("rating"),
                                  {{QStringLiteral("action"), QStringLiteral("request")},
                                   {QStringLiteral("rating"), rating(id, items)}},
                                  ++seq);
    }
    QList<OutboxEntry> given() const { return client.pendingEntries(); }

    ManualClock clock;
    HallClient client;
    FakeSpeechEngine engine;
    std::unique_ptr<PadSession> session;
    std::unique_ptr<PadVoice> voice;
    std::unique_ptr<PadScreen> screen;
    qint64 seq = 0;
};

} // namespace

class TestPadScreen : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aServiceRatedWithReasons();
    void aGoodRatingByTouch();
    void unansweredGoesBackToIdle();
    void aNewerServiceReplacesTheShownOne();
    void offlineAndProblemsShow();
    void screens_data();
    void screens();

private:
    TranslationInstaller m_translations;
    QPointingDevice *m_touch = nullptr;
};

void TestPadScreen::initTestCase()
{
    QCOMPARE(
        m_translations.install({QStringLiteral("halldesk_core"), QStringLiteral("halldesk_pad")},
                               QLocale(QStringLiteral("zh_CN"))),
        2);
    PadLook::apply(*qApp);
    m_touch = QTest::createTouchDevice();
}

void TestPadScreen::aServiceRatedWithReasons()
{
    Pad pad;
    pad.screen->resize(1280, 800);
    pad.screen->show();
    QVERIFY(QTest::qWaitForWindowExposed(pad.screen.get()));
    emit pad.client.stateChanged(HallClient::State::Ready);
    pad.snapshot(window15(true, QStringLiteral("A023")));
    QCOMPARE(pad.screen->currentPage(), pad.screen->idlePage());
    QCOMPARE(pad.screen->idlePage()->clerkText(), QStringLiteral("欧阳晓梅 工号：HD0026"));
    QCOMPARE(pad.screen->idlePage()->ticketText(), QStringLiteral("正在为A023号办理"));
    QCOMPARE(pad.screen->statusBar()->whereText(),
             QStringLiteral("15号窗口 · 欧阳晓梅（工号HD0026）"));

    pad.ask(41);
    QCOMPARE(pad.screen->currentPage(), pad.screen->ratingPage());
    QCOMPARE(pad.engine.said, QStringList{PadVoice::text(PadVoice::Prompt::Rate)});
    QCOMPARE(pad.screen->ratingPage()->countdownText(), QStringLiteral("还剩120秒"));
    QVERIFY(pad.screen->ratingPage()->itemsText().contains(QStringLiteral("居民身份证换领")));

    QTest::mouseClick(pad.screen->ratingPage()->button(RatingLevel::Dissatisfied), Qt::LeftButton);
    QCOMPARE(pad.session->stage(), Stage::Reasons);
    QCOMPARE(pad.screen->currentPage(), pad.screen->reasonsPage());
    QCOMPARE(pad.engine.said.last(), PadVoice::text(PadVoice::Prompt::Reasons));
    PadReasonsPage *reasons = pad.screen->reasonsPage();
    QVERIFY(!reasons->submitButton()->isEnabled());

    // 返回: another level after all.
    QTest::mouseClick(reasons->backButton(), Qt::LeftButton);
    QCOMPARE(pad.session->stage(), Stage::Rating);
    QCOMPARE(pad.screen->currentPage(), pad.screen->ratingPage());
    QTest::mouseClick(pad.screen->ratingPage()->button(RatingLevel::VeryDissatisfied),
                      Qt::LeftButton);
    QCOMPARE(pad.screen->currentPage(), pad.screen->reasonsPage());
    QTest::mouseClick(reasons->reasonButtons().at(0), Qt::LeftButton);
    QTest::mouseClick(reasons->reasonButtons().at(4), Qt::LeftButton);
    typeChinese(reasons->commentEdit(), QStringLiteral("等了一个小时"));
    QTest::mouseClick(reasons->submitButton(), Qt::LeftButton);

    QCOMPARE(pad.session->stage(), Stage::Thanks);
    QCOMPARE(pad.screen->currentPage(), pad.screen->thanksPage());
    QCOMPARE(pad.screen->thanksPage()->followText(),
             QStringLiteral("您的意见已记录，我们会认真改进。"));
    QCOMPARE(pad.engine.said.last(), PadVoice::text(PadVoice::Prompt::Thanks));
    const QList<OutboxEntry> given = pad.given();
    QCOMPARE(given.size(), 1);
    const QJsonObject record = given.first().args.value(QLatin1String("record")).toObject();
    QCOMPARE(record.value(QLatin1String("level")).toString(), QStringLiteral("very_dissatisfied"));
    QCOMPARE(record.value(QLatin1String("reasons")).toArray(),
             (QJsonArray{QStringLiteral("attitude"), QStringLiteral("long_wait")}));
    QCOMPARE(record.value(QLatin1String("comment")).toString(), QStringLiteral("等了一个小时"));

    pad.clock.advanceMs(PadSession::ThanksMs);
    pad.session->checkDeadlines();
    QCOMPARE(pad.screen->currentPage(), pad.screen->idlePage());
    QCOMPARE(pad.engine.said.size(), 4); // rate, reasons, reasons, thanks: no more
}

void TestPadScreen::aGoodRatingByTouch()
{
    Pad pad;
    pad.screen->resize(800, 480);
    pad.screen->show();
    QVERIFY(QTest::qWaitForWindowExposed(pad.screen.get()));
    pad.snapshot(window15(true, QStringLiteral("A023")), QJsonArray{rating(42, 1)});
    QCOMPARE(pad.screen->currentPage(), pad.screen->ratingPage());
    touchTap(m_touch, pad.screen->ratingPage()->button(RatingLevel::Basic));
    QCOMPARE(pad.screen->currentPage(), pad.screen->thanksPage());
    QCOMPARE(pad.screen->thanksPage()->followText(), QStringLiteral("欢迎您再次光临。"));
    QCOMPARE(pad.given().size(), 1);
    QCOMPARE(pad.given()
                 .first()
                 .args.value(QLatin1String("record"))
                 .toObject()
                 .value(QLatin1String("level"))
                 .toString(),
             QStringLiteral("basic"));
    // A second touch on the thanks does nothing.
    touchTap(m_touch, pad.screen->thanksPage());
    QCOMPARE(pad.given().size(), 1);
}

// The clerk finishes the next service before the last citizen rated: the pad shows, and the
// touch rates, the newer one.
void TestPadScreen::aNewerServiceReplacesTheShownOne()
{
    Pad pad;
    pad.screen->resize(1280, 800);
    pad.screen->show();
    QVERIFY(QTest::qWaitForWindowExposed(pad.screen.get()));
    pad.snapshot(window15(true));
    pad.ask(50, 1);
    QCOMPARE(pad.screen->currentPage(), pad.screen->ratingPage());
    const auto showing = [&pad](const QString &text) {
        for (const QLabel *label : pad.screen->ratingPage()->findChildren<QLabel *>())
            if (label->text().contains(text))
                return true;
        return false;
    };
    QVERIFY(showing(QStringLiteral("A023")));
    auto askFor = [&pad](qint64 id, qint64 ticketId, const QString &number) {
        QJsonObject next = rating(id, 2);
        next.insert(QStringLiteral("ticketId"), ticketId);
        next.insert(QStringLiteral("ticketNumber"), number);
        emit pad.client.eventReceived(QStringLiteral("rating"),
                                      {{QStringLiteral("action"), QStringLiteral("request")},
                                       {QStringLiteral("rating"), next}},
                                      ++pad.seq);
    };
    askFor(51, 8, QStringLiteral("A024"));
    QCOMPARE(pad.screen->currentPage(), pad.screen->ratingPage());
    QVERIFY(showing(QStringLiteral("A024")));
    QVERIFY(!showing(QStringLiteral("A023")));
    // Also from the reasons of a 差评 half given.
    QTest::mouseClick(pad.screen->ratingPage()->button(RatingLevel::Dissatisfied), Qt::LeftButton);
    QCOMPARE(pad.screen->currentPage(), pad.screen->reasonsPage());
    askFor(52, 9, QStringLiteral("A025"));
    QCOMPARE(pad.screen->currentPage(), pad.screen->ratingPage());
    QVERIFY(showing(QStringLiteral("A025")));
    QTest::mouseClick(pad.screen->ratingPage()->button(RatingLevel::Satisfied), Qt::LeftButton);
    QCOMPARE(pad.given().size(), 1);
    const QJsonObject record = pad.given().first().args.value(QLatin1String("record")).toObject();
    QCOMPARE(record.value(QLatin1String("ratingId")).toInteger(), 52);
    QCOMPARE(record.value(QLatin1String("ticketId")).toInteger(), 9);
}

void TestPadScreen::unansweredGoesBackToIdle()
{
    Pad pad;
    pad.snapshot(window15(true));
    pad.ask(43);
    QCOMPARE(pad.screen->currentPage(), pad.screen->ratingPage());
    pad.clock.advanceMs(30000);
    pad.session->checkDeadlines();
    QCOMPARE(pad.screen->ratingPage()->countdownText(), QStringLiteral("还剩90秒"));
    pad.clock.advanceMs(90000);
    pad.session->checkDeadlines();
    QCOMPARE(pad.screen->currentPage(), pad.screen->idlePage());
    QVERIFY(pad.given().isEmpty()); // 未评价, never a good rating
}

void TestPadScreen::offlineAndProblemsShow()
{
    Pad pad;
    pad.screen->show();
    QVERIFY(QTest::qWaitForWindowExposed(pad.screen.get()));
    QVERIFY(pad.screen->statusBar()->isOfflineShown()); // never connected
    emit pad.client.stateChanged(HallClient::State::Ready);
    QVERIFY(!pad.screen->statusBar()->isOfflineShown());
    emit pad.client.stateChanged(HallClient::State::Offline);
    QVERIFY(pad.screen->statusBar()->isOfflineShown());

    pad.snapshot(window15(true));
    pad.ask(44);
    emit pad.session->problem(QStringLiteral("您的评价未能保存，请重试或告知工作人员。"));
    QCOMPARE(pad.screen->problemText(), QStringLiteral("您的评价未能保存，请重试或告知工作人员。"));
    QTest::mouseClick(pad.screen->ratingPage()->button(RatingLevel::Satisfied), Qt::LeftButton);
    QVERIFY(pad.screen->problemText().isEmpty()); // the next step clears it
}

void TestPadScreen::screens_data()
{
    QTest::addColumn<QString>("state");
    QTest::addColumn<QSize>("size");
    for (const QSize size : {QSize(1280, 800), QSize(800, 480)})
        for (const char *state : {"idle-clerk", "idle-signed-out", "offline", "rating-3-items",
                                  "reasons", "thanks", "problem"})
            QTest::addRow("%s-%dx%d", state, size.width(), size.height())
                << QString::fromLatin1(state) << size;
}

void TestPadScreen::screens()
{
    QFETCH(QString, state);
    QFETCH(QSize, size);
    Pad pad;
    pad.screen->resize(size);
    pad.screen->show();
    QVERIFY(QTest::qWaitForWindowExposed(pad.screen.get()));
    if (state != QLatin1String("offline"))
        emit pad.client.stateChanged(HallClient::State::Ready);
    pad.snapshot(window15(state != QLatin1String("idle-signed-out"), QStringLiteral("A023")));
    if (state == QLatin1String("rating-3-items") || state == QLatin1String("reasons") ||
        state == QLatin1String("thanks") || state == QLatin1String("problem")) {
        pad.ask(50, 3);
        pad.clock.advanceMs(2500);
        pad.session->checkDeadlines();
    }
    if (state == QLatin1String("reasons")) {
        pad.session->choose(RatingLevel::Dissatisfied);
        pad.screen->reasonsPage()->reasonButtons().at(1)->setChecked(true);
    }
    if (state == QLatin1String("thanks"))
        pad.session->choose(RatingLevel::VerySatisfied);
    if (state == QLatin1String("problem"))
        emit pad.session->problem(QStringLiteral("您的评价未能保存，请重试或告知工作人员。"));
    QCoreApplication::processEvents();
    const QString shot = savePadShot(
        pad.screen.get(),
        QStringLiteral("screen-%1-%2x%3").arg(state).arg(size.width()).arg(size.height()));
    QCOMPARE(pad.screen->size(), size); // nothing needs more room than the screen has
    const QStringList clipped = padClippedTexts(pad.screen.get());
    QVERIFY2(clipped.isEmpty(),
             qPrintable(clipped.join(QLatin1Char('\n')) + QLatin1Char('\n') + shot));
    const QStringList small = padSmallTargets(pad.screen->currentPage(), PadLook::MinTargetPx);
    QVERIFY2(small.isEmpty(), qPrintable(small.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestPadScreen)
#include "tst_padscreen.moc"
