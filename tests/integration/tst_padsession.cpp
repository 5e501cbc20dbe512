// The evaluator pad's behaviour (PadSession) against the real hall server over TLS: a counter
// finishes a service, the pad of its window shows the rating, the citizen's choice is signed with
// the pad's key and stored once; nobody rating gives 未评价; a rating given while the server is
// away survives a restart of the pad and arrives exactly once.

#include "NetworkFixture.h"
#include "TestCatalogue.h"
#include "client/HallClient.h"
#include "clock/ManualClock.h"
#include "pad/PadSession.h"
#include "rating/RatingSigner.h"
#include "server/HallServer.h"
#include "terminal/SqliteOutbox.h"
#include "terminal/TerminalStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace halldesk;
using namespace halldesk::test;

namespace {

// One run of the pad program of window 1 on its own terminal store.
struct PadRun
{
    TerminalStore store;
    std::optional<SqliteOutbox> outbox;
    std::unique_ptr<HallClient> client;
    std::unique_ptr<PadSession> session;

    PadRun(NetworkFixture &fixture, const QString &path)
        : store(path)
    {
        if (store.open())
            return;
        outbox.emplace(store);
        client = fixture.client(TerminalRole::Pad, 1, &*outbox);
        auto signer =
            RatingSigner::fromKeyFile(fixture.terminalFiles(TerminalRole::Pad, 1).keyFile, nullptr);
        if (!signer)
            return;
        session = std::make_unique<PadSession>(1, *client, *signer, fixture.clock());
    }
    bool start() { return session && session->start(); }
};

bool waitForStage(const PadSession &session, PadSession::Stage stage, int timeoutMs = 10000)
{
    return QTest::qWaitFor([&] { return session.stage() == stage; }, timeoutMs);
}

} // namespace

class TestPadSession : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_fixture = std::make_unique<NetworkFixture>(
            NetworkFixture::ClockKind::Manual, [this](ServerSettings &settings) {
                quiet(settings);
                settings.ratingTimeout = std::chrono::seconds(60);
                settings.staffPhotosDirectory = photoDirectory();
            });
        QVERIFY2(m_fixture->isValid(), qPrintable(m_fixture->error()));
        m_fixture->server()->setCasework(testCasework());
        m_counter = m_fixture->raw(TerminalRole::Counter, 1);
        m_kiosk = m_fixture->raw(TerminalRole::Kiosk, 0);
        QVERIFY(m_counter && m_kiosk);
        QVERIFY(m_fixture->signInCounter(*m_counter, QStringLiteral("S1")));
    }

    void cleanup()
    {
        m_counter.reset();
        m_kiosk.reset();
        m_fixture.reset();
    }

    void ratesAFinishedService()
    {
        PadRun pad(*m_fixture, m_fixture->directory() + QStringLiteral("/pad.db"));
        QVERIFY(pad.start());
        QVERIFY(waitForState(*pad.client, HallClient::State::Ready));
        QVERIFY(QTest::qWaitFor(
            [&] { return pad.session->windowInfo().staffNo == QLatin1String("S1"); }));
        QCOMPARE(pad.session->windowInfo().staffName, QStringLiteral("职员1"));
        // The clerk's photo, as the server keeps it.
        QVERIFY(QTest::qWaitFor([&] { return !pad.session->windowInfo().staffPhoto.isEmpty(); }));
        QCOMPARE(pad.session->windowInfo().staffPhoto, photoBytes());

        QSignalSpy asked(pad.session.get(), &PadSession::ratingRequested);
        const qint64 ticket = serveOne();
        QVERIFY(
            QTest::qWaitFor([&] { return !pad.session->windowInfo().currentTicket.isEmpty(); }));
        finish(ticket, {QStringLiteral("T0001"), QStringLiteral("T0002")});
        QVERIFY(waitForStage(*pad.session, PadSession::Stage::Rating));
        QCOMPARE(asked.count(), 1);
        const RatingRequest request = *pad.session->currentRequest();
        QCOMPARE(request.ticketId, ticket);
        QCOMPARE(request.items.size(), 2);
        QCOMPARE(request.items.first().name, QStringLiteral("户籍证明开具"));
        QCOMPARE(pad.session->secondsLeft(), 60);
        QVERIFY(pad.session->windowInfo().currentTicket.isEmpty());

        pad.session->choose(RatingLevel::VerySatisfied);
        QCOMPARE(pad.session->stage(), PadSession::Stage::Thanks);
        QVERIFY(QTest::qWaitFor([&] { return pad.session->pendingDeliveries() == 0; }));
        QCOMPARE(ratingRows(), (QList<QVariantList>{
                                   {QStringLiteral("rated"), QStringLiteral("very_satisfied")}}));
        // The thanks stay a few seconds, then the pad faces the next citizen.
        m_fixture->manualClock().advanceMs(PadSession::ThanksMs);
        pad.session->checkDeadlines();
        QCOMPARE(pad.session->stage(), PadSession::Stage::Idle);
    }

    void aBadRatingAsksForReasons()
    {
        PadRun pad(*m_fixture, m_fixture->directory() + QStringLiteral("/pad.db"));
        QVERIFY(pad.start());
        QVERIFY(waitForState(*pad.client, HallClient::State::Ready));
        finish(serveOne(), {QStringLiteral("T0003")});
        QVERIFY(waitForStage(*pad.session, PadSession::Stage::Rating));

        pad.session->choose(RatingLevel::Dissatisfied);
        QCOMPARE(pad.session->stage(), PadSession::Stage::Reasons);
        QVERIFY(!pad.session->currentRequest()->reasonChoices.isEmpty());
        // Nothing goes without a reason from the checklist.
        QVERIFY(!pad.session->submitReasons({}, QString()));
        QVERIFY(!pad.session->submitReasons({QStringLiteral("made_up")}, QString()));
        QVERIFY(!pad.session->submitReasons({QStringLiteral("slow")}, QString(201, QChar(0x6162))));
        QCOMPARE(pad.session->stage(), PadSession::Stage::Reasons);
        pad.session->back();
        QCOMPARE(pad.session->stage(), PadSession::Stage::Rating);
        pad.session->choose(RatingLevel::VeryDissatisfied);
        QVERIFY(pad.session->submitReasons({QStringLiteral("slow"), QStringLiteral("many_trips")},
                                           QStringLiteral("  跑了三次  ")));
        QCOMPARE(pad.session->stage(), PadSession::Stage::Thanks);
        QVERIFY(QTest::qWaitFor([&] { return pad.session->pendingDeliveries() == 0; }));
        QCOMPARE(ratingRows(), (QList<QVariantList>{{QStringLiteral("rated"),
                                                     QStringLiteral("very_dissatisfied")}}));
        // A 差评 opens its follow-up at once.
        QCOMPARE(m_fixture->count(QStringLiteral("rating_followups")), 1);
    }

    void nobodyRatingGivesNotRated()
    {
        PadRun pad(*m_fixture, m_fixture->directory() + QStringLiteral("/pad.db"));
        QVERIFY(pad.start());
        QVERIFY(waitForState(*pad.client, HallClient::State::Ready));
        finish(serveOne(), {});
        QVERIFY(waitForStage(*pad.session, PadSession::Stage::Rating));
        QSignalSpy timedOut(pad.session.get(), &PadSession::ratingTimedOut);
        m_fixture->manualClock().advanceMs(59 * 1000);
        pad.session->checkDeadlines();
        QCOMPARE(pad.session->stage(), PadSession::Stage::Rating);
        QCOMPARE(pad.session->secondsLeft(), 1);
        m_fixture->manualClock().advanceMs(1 * 1000);
        pad.session->checkDeadlines();
        QCOMPARE(pad.session->stage(), PadSession::Stage::Idle);
        QCOMPARE(timedOut.count(), 1);
        // Choosing now changes nothing.
        pad.session->choose(RatingLevel::VerySatisfied);
        QCOMPARE(pad.session->pendingDeliveries(), 0);
        m_fixture->manualClock().advanceMs(1 * 1000);
        m_fixture->server()->sweepNow();
        QVERIFY(QTest::qWaitFor([&] {
            return ratingRows() == QList<QVariantList>{{QStringLiteral("unrated"), QString()}};
        }));
    }

    void aRatingGivenOfflineArrivesOnceAfterARestart()
    {
        const QString path = m_fixture->directory() + QStringLiteral("/pad.db");
        {
            PadRun pad(*m_fixture, path);
            QVERIFY(pad.start());
            QVERIFY(waitForState(*pad.client, HallClient::State::Ready));
            finish(serveOne(), {QStringLiteral("T0001")});
            QVERIFY(waitForStage(*pad.session, PadSession::Stage::Rating));
            m_fixture->stopServer();
            QVERIFY(waitForState(*pad.client, HallClient::State::Offline));
            pad.session->choose(RatingLevel::Basic);
            QCOMPARE(pad.session->stage(), PadSession::Stage::Thanks);
            QCOMPARE(pad.session->pendingDeliveries(), 1);
        } // the pad program ends with the rating undelivered
        QCOMPARE(
            m_fixture->count(QStringLiteral("service_ratings"), QStringLiteral("state = 'rated'")),
            0);

        QVERIFY(m_fixture->startServer());
        PadRun again(*m_fixture, path);
        QCOMPARE(again.session->pendingDeliveries(), 1);
        QVERIFY(again.start());
        QVERIFY(QTest::qWaitFor([&] { return again.session->pendingDeliveries() == 0; }));
        QVERIFY(waitForState(*again.client, HallClient::State::Ready));
        // Delivered once, and not offered to the next citizen again.
        QCOMPARE(ratingRows(),
                 (QList<QVariantList>{{QStringLiteral("rated"), QStringLiteral("basic")}}));
        QTest::qWait(200);
        QCOMPARE(again.session->stage(), PadSession::Stage::Idle);
    }

    void aPadStartedLaterShowsTheOpenRating()
    {
        finish(serveOne(), {QStringLiteral("T0002")});
        m_fixture->manualClock().advanceMs(20 * 1000);
        PadRun pad(*m_fixture, m_fixture->directory() + QStringLiteral("/pad.db"));
        QVERIFY(pad.start());
        QVERIFY(waitForStage(*pad.session, PadSession::Stage::Rating));
        // What is left of the server's deadline, not a fresh one.
        QCOMPARE(pad.session->secondsLeft(), 40);
        pad.session->choose(RatingLevel::Satisfied);
        QVERIFY(QTest::qWaitFor([&] { return pad.session->pendingDeliveries() == 0; }));
        QCOMPARE(ratingRows(),
                 (QList<QVariantList>{{QStringLiteral("rated"), QStringLiteral("satisfied")}}));
    }

private:
    static QByteArray photoBytes()
    {
        // A PNG signature and enough bytes to be one: the server checks no more than that.
        return QByteArrayLiteral("\x89PNG\r\n\x1A\n") + QByteArray(64, 'p');
    }
    QString photoDirectory()
    {
        const QString path = m_photos.filePath(QStringLiteral("photos"));
        QDir().mkpath(path);
        QFile file(path + QStringLiteral("/S1.png"));
        if (file.open(QIODevice::WriteOnly))
            file.write(photoBytes());
        return path;
    }

    // Issues a ticket at the kiosk and calls it at window 1; returns its id.
    qint64 serveOne()
    {
        const QJsonObject issued = m_kiosk->change(
            QStringLiteral("issueTicket"), {{QStringLiteral("queue"), QStringLiteral("QA2")}});
        if (!isOk(issued))
            qWarning() << describe(issued);
        const QJsonObject called = m_counter->change(QStringLiteral("callNext"));
        if (!isOk(called))
            qWarning() << describe(called);
        return called.value(QLatin1String("result"))
            .toObject()
            .value(QLatin1String("ticket"))
            .toObject()
            .value(QLatin1String("id"))
            .toInteger();
    }

    void finish(qint64 ticketId, const QStringList &items)
    {
        QJsonObject args{{QStringLiteral("ticketId"), ticketId}};
        if (!items.isEmpty())
            args.insert(QStringLiteral("items"), QJsonArray::fromStringList(items));
        const QJsonObject finished = m_counter->change(QStringLiteral("finish"), args);
        QVERIFY2(isOk(finished), qPrintable(describe(finished)));
    }

    QList<QVariantList> ratingRows()
    {
        QList<QVariantList> rows =
            m_fixture->rows(QStringLiteral("SELECT state, level FROM service_ratings ORDER BY id"));
        for (QVariantList &row : rows)
            for (QVariant &value : row)
                value = value.toString();
        return rows;
    }

    QTemporaryDir m_photos;
    std::unique_ptr<NetworkFixture> m_fixture;
    std::unique_ptr<RawTerminal> m_counter;
    std::unique_ptr<RawTerminal> m_kiosk;
};

QTEST_GUILESS_MAIN(TestPadSession)
#include "tst_padsession.moc"
