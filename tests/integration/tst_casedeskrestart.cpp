// The counter's intake against the real hall server: cases taken while the server is down
// survive a restart of the counter and reach the server exactly once; a case taken under an
// item revision the server no longer has comes back refused and stays shown as refused, also
// in the case list read back from the server. The documents of a stored case are offered again
// for the same applicant.

#include "CaseDraft.h"
#include "CounterRun.h"
#include "NetworkFixture.h"
#include "TestCatalogue.h"
#include "calendar/WorkingCalendar.h"
#include "terminal/ApplicantHistory.h"
#include "terminal/CaseDesk.h"
#include "terminal/CaseListModel.h"
#include "terminal/CaseQueries.h"
#include "terminal/CatalogueCache.h"
#include "terminal/SqliteOutbox.h"
#include "terminal/TerminalStore.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace halldesk;
using namespace halldesk::test;

namespace {

const QString kTokenState = QStringLiteral("session.token");
const QDate kMonday(2026, 11, 30);

} // namespace

class TestCaseDeskRestart : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void offlineIntakeArrivesOnceAfterARestart();
};

void TestCaseDeskRestart::offlineIntakeArrivesOnceAfterARestart()
{
    NetworkFixture fixture(NetworkFixture::ClockKind::Manual, quiet);
    QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
    fixture.server()->setCasework(testCasework());
    const QString path = m_dir.filePath(QStringLiteral("counter/terminal.db"));
    CaseNumber still;   // T0001: the same in both catalogues
    CaseNumber changed; // T0002: its revision changes while the counter is offline

    // The first run: online long enough to sign in and fetch the catalogue.
    {
        CounterRun run(fixture, path);
        QVERIFY(run.isValid());
        QVERIFY(run.client->start());
        QVERIFY(waitForState(*run.client, HallClient::State::Ready));
        ReplyCatcher login;
        run.client->login(QStringLiteral("S1"), NetworkFixture::Password, login.callback());
        QVERIFY(login.wait());
        QVERIFY(login.reply().ok);
        QVERIFY(run.store.putState(kTokenState, run.client->sessionToken().toUtf8()));
        QSignalSpy fetched(&*run.catalogue, &CatalogueCache::catalogueChanged);
        run.catalogue->refresh(*run.client);
        QVERIFY(fetched.wait());
        QCOMPARE(run.desk->catalogue().version(), 7);

        fixture.stopServer();
        QVERIFY(waitForState(*run.client, HallClient::State::Offline));
        still = run.desk->nextCaseNumber(kMonday);
        CaseRecord first = caseDraft(1, still.sequence(), QStringLiteral("T0001"));
        auto refused = run.desk->submit(first);
        QVERIFY2(!refused, refused ? qPrintable(refused->message()) : "");
        changed = run.desk->nextCaseNumber(kMonday);
        CaseRecord second = caseDraft(1, changed.sequence(), QStringLiteral("T0002"));
        refused = run.desk->submit(second);
        QVERIFY2(!refused, refused ? qPrintable(refused->message()) : "");
        QCOMPARE(run.client->pendingChanges(), 2);
        QCOMPARE(run.desk->cases().pending().size(), 2);
        // The program ends here, nothing sent.
    }
    QCOMPARE(fixture.count(QStringLiteral("cases")), 0);

    // The next run starts before the server is back, which has a new revision of T0002.
    CounterRun run(fixture, path);
    QVERIFY(run.isValid());
    QCOMPARE(run.desk->catalogue().version(), 7);
    QCOMPARE(run.outbox->size(), 2);
    const auto token = run.store.state(kTokenState);
    QVERIFY(token);
    run.client->setSessionToken(QString::fromUtf8(*token));
    QSignalSpy sent(&*run.desk, &CaseDesk::caseSent);
    QSignalSpy refusedSpy(&*run.desk, &CaseDesk::caseRefused);
    QVERIFY(run.client->start());
    QVERIFY2(fixture.startServer(), qPrintable(fixture.error()));
    fixture.server()->setCasework(testCasework(2));
    QVERIFY(waitForState(*run.client, HallClient::State::Ready));
    QTRY_COMPARE_WITH_TIMEOUT(run.client->pendingChanges(), 0, 20000);

    QCOMPARE(sent.count(), 1);
    QCOMPARE(sent.first().first().toString(), still.toString());
    QCOMPARE(refusedSpy.count(), 1);
    QCOMPARE(refusedSpy.first().first().toString(), changed.toString());
    const auto error = refusedSpy.first().at(1).value<OperationError>();
    QCOMPARE(error.code(), ErrorCode::CatalogueChanged);
    QCOMPARE(error.detail(), QStringLiteral("T0002"));

    // Exactly once on the server; nothing left to send.
    QCOMPARE(fixture.count(QStringLiteral("cases")), 1);
    QCOMPARE(run.outbox->size(), 0);
    QSqlQuery query(run.store.database());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM outbox")) && query.next());
    QCOMPARE(query.value(0).toInt(), 0);

    const auto kept = run.desk->cases().find(still);
    QCOMPARE(kept->state, TerminalCase::State::Sent);
    QVERIFY(!kept->status.isEmpty());
    const auto refusedList = run.desk->cases().refused();
    QCOMPARE(refusedList.size(), 1);
    QCOMPARE(refusedList.first().record.number, changed);
    QCOMPARE(refusedList.first().refusal.code(), ErrorCode::CatalogueChanged);

    // The lists: the server's today holds the one case; numbering goes on after both.
    QSignalSpy listed(&*run.desk, &CaseDesk::listsRefreshed);
    run.desk->refreshLists(kMonday);
    QVERIFY(listed.wait());
    QCOMPARE(listed.first().first().toJsonArray().size(), 1);
    QCOMPARE(run.desk->nextCaseNumber(kMonday).sequence(), changed.sequence() + 1);

    // The case screens' reads, as the server answers them: the list merges in the refused case,
    // and the case comes with its history.
    CaseQueries queries(*run.client, run.desk->cases(), run.calendar);
    QList<CaseList> lists;
    connect(&queries, &CaseQueries::listed, this,
            [&lists](const CaseList &list) { lists << list; });
    queries.list(CaseListView::Today, kMonday);
    QTRY_COMPARE(lists.size(), 1);
    QVERIFY2(lists.first().fromServer(), qPrintable(lists.first().error.message()));
    CaseListModel model(run.calendar);
    model.setCases(lists.first().server, lists.first().local, kMonday);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.cases().first().number, changed.toString());
    QCOMPARE(model.cases().first().origin, CaseSummary::Origin::Refused);
    QCOMPARE(model.cases().last().number, still.toString());
    QCOMPARE(model.cases().last().origin, CaseSummary::Origin::Server);
    QCOMPARE(model.cases().last().itemCodes, QStringList{QStringLiteral("T0001")});
    QList<CaseDetail> details;
    connect(&queries, &CaseQueries::fetched, this,
            [&details](const CaseDetail &detail) { details << detail; });
    queries.fetch(still.toString());
    QTRY_COMPARE(details.size(), 1);
    QCOMPARE(details.first().record.number, still);
    QCOMPARE(details.first().events.size(), 2);
    QCOMPARE(details.first().events.first().kind, QStringLiteral("receive"));
    QCOMPARE(details.first().events.first().staffNo, QStringLiteral("S1"));
    QCOMPARE(details.first().events.first().window, 1);

    // The applicant's documents of the stored case can be taken again at the next intake; the
    // refused case never reached the server and offers nothing.
    std::optional<QList<EarlierMaterial>> earlier;
    std::optional<OperationError> lookupError;
    const auto answer = [&](const QList<EarlierMaterial> &materials,
                            const std::optional<OperationError> &error) {
        earlier = materials;
        lookupError = error;
    };
    ApplicantHistory::lookUp(*run.client, caseDraft(1, 1).applicant, answer);
    QTRY_VERIFY(earlier.has_value());
    QVERIFY(!lookupError);
    QCOMPARE(earlier->size(), 1);
    QCOMPARE(earlier->first().code, QStringLiteral("M-IDCARD"));
    QCOMPARE(earlier->first().caseNumber, still.toString());
    QCOMPARE(earlier->first().pages, 1);
    QCOMPARE(earlier->first().receivedOn, kMonday);

    fixture.stopServer();
    QVERIFY(waitForState(*run.client, HallClient::State::Offline));
    earlier.reset();
    ApplicantHistory::lookUp(*run.client, caseDraft(1, 1).applicant, answer);
    QTRY_VERIFY(earlier.has_value());
    QVERIFY(earlier->isEmpty());
    QVERIFY(lookupError);
    QCOMPARE(lookupError->code(), ErrorCode::Offline);
}

QTEST_GUILESS_MAIN(TestCaseDeskRestart)
#include "tst_casedeskrestart.moc"
