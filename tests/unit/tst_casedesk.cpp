// The counter's intake without a server: a case checked against the cached catalogue and kept
// with its submission, or refused with nothing kept (a failed check, a failing or full store).

#include "CaseDraft.h"
#include "OfflineCounter.h"
#include "calendar/WorkingCalendar.h"
#include "client/HallClient.h"
#include "crypto/SealedFileWriter.h"
#include "terminal/CaseDesk.h"
#include "terminal/CaseQueries.h"
#include "terminal/CatalogueCache.h"
#include "terminal/SqliteOutbox.h"
#include "terminal/TerminalStore.h"
#include "terminal/WriteFaultInjector.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace halldesk;
using namespace halldesk::test;

class TestCaseDesk : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_next = 0;
    QString freshPath() { return m_dir.filePath(QStringLiteral("d%1/terminal.db").arg(++m_next)); }

private slots:
    void intakeWorksOffline();
    void failedCheckKeepsNothing_data();
    void failedCheckKeepsNothing();
    void failingStoreRefusesTheIntake_data();
    void failingStoreRefusesTheIntake();
    void readsFallBackToThisTerminal();
    void theCaseTakesTheScansItRecords();
    void listsWhatATicketHandled();
};

// What the pad shows the citizen to rate: the items and cases of their ticket only, not those
// of a refused case, nor another citizen's.
void TestCaseDesk::listsWhatATicketHandled()
{
    OfflineCounter counter(freshPath());
    QVERIFY(counter.open());
    const QDate day(2026, 11, 30);
    auto take = [&](const QString &ticket, const QString &item) {
        CaseRecord record = caseDraft(1, counter.desk->nextCaseNumber(day).sequence(), item);
        record.ticketNumber = ticket;
        const auto refused = counter.desk->submit(record);
        return refused ? CaseNumber() : record.number;
    };
    const CaseNumber first = take(QStringLiteral("A023"), QStringLiteral("T0002"));
    const CaseNumber second = take(QStringLiteral("A023"), QStringLiteral("T0001"));
    const CaseNumber third = take(QStringLiteral("A023"), QStringLiteral("T0002"));
    const CaseNumber other = take(QStringLiteral("A024"), QStringLiteral("T0001"));
    const CaseNumber refused = take(QStringLiteral("A023"), QStringLiteral("T0001"));
    for (const CaseNumber &n : {first, second, third, other, refused})
        QVERIFY(!n.toString().isEmpty());
    QVERIFY(counter.desk->cases().markRefused(
        counter.desk->cases().find(refused)->requestKey,
        OperationError(ErrorCode::CatalogueChanged, QStringLiteral("T0001"))));

    const QJsonObject handled = counter.desk->handledFor(QStringLiteral("A023"), day);
    QCOMPARE(handled.value(QLatin1String("items")).toArray(),
             (QJsonArray{QStringLiteral("T0002"), QStringLiteral("T0001")}));
    QStringList numbers;
    for (const QJsonValue &n : handled.value(QLatin1String("cases")).toArray())
        numbers << n.toString();
    numbers.sort();
    QCOMPARE(numbers, (QStringList{first.toString(), second.toString(), third.toString()}));
    QVERIFY(counter.desk->handledFor(QStringLiteral("A099"), day)
                .value(QLatin1String("cases"))
                .toArray()
                .isEmpty());
    QVERIFY(counter.desk->handledFor(QString(), day).isEmpty());
    QVERIFY(counter.desk->handledFor(QStringLiteral("A023"), day.addDays(1))
                .value(QLatin1String("items"))
                .toArray()
                .isEmpty());
}

void TestCaseDesk::intakeWorksOffline()
{
    OfflineCounter counter(freshPath());
    QVERIFY(counter.open());
    const CaseNumber number = counter.desk->nextCaseNumber(QDate(2026, 11, 30));
    QCOMPARE(number.toString(), QStringLiteral("20261130-0001-0001"));
    CaseRecord record = caseDraft(1, number.sequence());
    QVERIFY(!record.dueDate);
    const auto refused = counter.desk->submit(record);
    QVERIFY2(!refused, refused ? qPrintable(refused->message()) : "");
    // Completed by the check: names from the catalogue, a due date from the calendar.
    QVERIFY(record.dueDate);
    QVERIFY(!record.items.first().name.isEmpty());
    const auto kept = counter.desk->cases().find(number);
    QVERIFY(kept);
    QCOMPARE(kept->record, record);
    QCOMPARE(kept->state, TerminalCase::State::Pending);
    QCOMPARE(counter.client->pendingChanges(), 1);
    const OutboxEntry entry = counter.client->pendingEntries().first();
    QCOMPARE(entry.op, QStringLiteral("submitCase"));
    QCOMPARE(entry.key, kept->requestKey);
    QCOMPARE(entry.args.value(QLatin1String("case"))
                 .toObject()
                 .value(QLatin1String("number"))
                 .toString(),
             number.toString());
}

void TestCaseDesk::failedCheckKeepsNothing_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("detail");
    QTest::newRow("bad resident ID") << QStringLiteral("id") << int(ErrorCode::InvalidCase)
                                     << QStringLiteral("applicant.residentId");
    QTest::newRow("item not in the catalogue")
        << QStringLiteral("item") << int(ErrorCode::CatalogueChanged) << QStringLiteral("T9999");
}

void TestCaseDesk::failedCheckKeepsNothing()
{
    QFETCH(QString, what);
    QFETCH(int, code);
    QFETCH(QString, detail);
    OfflineCounter counter(freshPath());
    QVERIFY(counter.open());
    CaseRecord record = caseDraft(1, 1);
    if (what == QLatin1String("id"))
        record.applicant.residentId = QStringLiteral("420202199001011232");
    else
        record.items.first().code = QStringLiteral("T9999");
    const auto refused = counter.desk->submit(record);
    QVERIFY(refused);
    QCOMPARE(int(refused->code()), code);
    QCOMPARE(refused->detail(), detail);
    QCOMPARE(counter.rows(QStringLiteral("terminal_cases")), 0);
    QCOMPARE(counter.rows(QStringLiteral("outbox")), 0);
    QCOMPARE(counter.client->pendingChanges(), 0);
}

void TestCaseDesk::failingStoreRefusesTheIntake_data()
{
    QTest::addColumn<bool>("full");
    QTest::newRow("the write fails") << false;
    QTest::newRow("the store is full") << true;
}

void TestCaseDesk::failingStoreRefusesTheIntake()
{
    QFETCH(bool, full);
    OfflineCounter counter(freshPath());
    QVERIFY(counter.open());
    WriteFaultInjector faults;
    if (full) {
        QSqlQuery query(counter.store.database());
        QVERIFY(query.exec(QStringLiteral("PRAGMA page_count")) && query.next());
        const int pages = query.value(0).toInt();
        QVERIFY(query.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
        // Then filled up to the last byte of its last page.
        int filler = 0;
        while (
            counter.store.putState(QStringLiteral("filler-%1").arg(++filler), QByteArray(200, 'f')))
            QVERIFY(filler < 1000);
    } else {
        counter.store.setFaultInjector(&faults);
        faults.failWrite();
    }
    CaseRecord record = caseDraft(1, 1);
    // A note longer than a page, so the case cannot fit in the pages the tables already have.
    record.reason = QString(8000, QLatin1Char('x'));
    const auto refused = counter.desk->submit(record);
    QVERIFY(refused);
    QCOMPARE(refused->code(), ErrorCode::StorageFailure);
    QCOMPARE(counter.rows(QStringLiteral("terminal_cases")), 0);
    QCOMPARE(counter.rows(QStringLiteral("outbox")), 0);
    QCOMPARE(counter.client->pendingChanges(), 0);
    QVERIFY(!counter.desk->cases().find(record.number));
}

// Reads are not queued: offline, a list is this terminal's own cases and a case read fails.
void TestCaseDesk::readsFallBackToThisTerminal()
{
    OfflineCounter counter(freshPath());
    QVERIFY(counter.open());
    const QDate day(2026, 11, 30);
    CaseRecord pending = caseDraft(1, counter.desk->nextCaseNumber(day).sequence());
    QVERIFY(!counter.desk->submit(pending));
    CaseRecord refused = caseDraft(1, counter.desk->nextCaseNumber(day).sequence());
    QVERIFY(!counter.desk->submit(refused));
    const auto kept = counter.desk->cases().find(refused.number);
    QVERIFY(kept);
    QVERIFY(counter.desk->cases().markRefused(
        kept->requestKey, OperationError(ErrorCode::CatalogueChanged, QStringLiteral("T0002"))));

    CaseQueries queries(*counter.client, counter.desk->cases(), counter.calendar);
    QList<CaseList> lists;
    connect(&queries, &CaseQueries::listed, this,
            [&lists](const CaseList &list) { lists << list; });
    queries.list(CaseListView::Today, day);
    QTRY_COMPARE(lists.size(), 1);
    QCOMPARE(lists.first().view, CaseListView::Today);
    QVERIFY(lists.first().unreachable());
    QVERIFY(lists.first().server.isEmpty());
    QCOMPARE(lists.first().local.size(), 2);
    QSet<QString> numbers;
    for (const CaseSummary &s : lists.first().local) {
        numbers.insert(s.number);
        QCOMPARE(s.origin, s.number == refused.number.toString() ? CaseSummary::Origin::Refused
                                                                 : CaseSummary::Origin::Pending);
        QVERIFY(!s.applicantName.contains(DraftName));
    }
    QCOMPARE(numbers, (QSet<QString>{pending.number.toString(), refused.number.toString()}));

    // Past its due date the pending case is overdue; the refused one is on no due list.
    QVERIFY(pending.dueDate);
    queries.list(CaseListView::Overdue, pending.dueDate->addDays(1));
    QTRY_COMPARE(lists.size(), 2);
    QCOMPARE(lists.last().local.size(), 1);
    QCOMPARE(lists.last().local.first().number, pending.number.toString());

    QList<OperationError> failures;
    connect(&queries, &CaseQueries::fetchFailed, this,
            [&failures](const QString &, const OperationError &error) { failures << error; });
    queries.fetch(pending.number.toString());
    QTRY_COMPARE(failures.size(), 1);
    QCOMPARE(failures.first().code(), ErrorCode::Offline);
}

// The intake's scans, kept under its draft id while the clerk works, become the case's when it is
// kept, except those the case no longer records; an abandoned intake leaves none behind.
void TestCaseDesk::theCaseTakesTheScansItRecords()
{
    OfflineCounter counter(freshPath());
    QVERIFY(counter.open());
    MaterialScanStore &scans = counter.desk->scans();
    const auto keepScan = [&](const QString &owner, const QString &material,
                              const QByteArray &pdf) {
        QDir().mkpath(scans.workDirectory());
        const QString path = QDir(scans.workDirectory()).filePath(material);
        SealedFileWriter writer(scans.fileKey(), path);
        const StoredScan scan{
            QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex()),
            pdf.size(), 1};
        return writer.open(QIODevice::WriteOnly) && writer.write(pdf) == pdf.size() &&
                       writer.commit() && scans.keep(owner, material, scan, path)
                   ? scan
                   : StoredScan{};
    };
    const QString draft = MaterialScanStore::newDraftId();
    const StoredScan id = keepScan(draft, QStringLiteral("M-IDCARD"), "%PDF-1.4 id card");
    const StoredScan plan = keepScan(draft, QStringLiteral("M-PLAN"), "%PDF-1.4 plan");
    QVERIFY(!id.digest.isEmpty() && !plan.digest.isEmpty());

    const CaseNumber number = counter.desk->nextCaseNumber(QDate(2026, 11, 30));
    CaseRecord record = caseDraft(1, number.sequence());
    // The plan was scanned, then the clerk scanned nothing new and marked it missing.
    record.materials[0].scanDigest = id.digest;
    record.materials[0].scanBytes = id.bytes;
    record.materials[1].state = MaterialCheck::State::Missing;
    record.materials[1].pages = 0;
    record.decision = IntakeDecision::Correction;
    const auto refused = counter.desk->submit(record, draft);
    QVERIFY2(!refused, refused ? qPrintable(refused->message()) : "");
    QVERIFY(scans.ofCase(draft).isEmpty());
    const auto kept = scans.ofCase(number.toString());
    QCOMPARE(kept.size(), 1);
    QCOMPARE(kept.first().materialCode, QStringLiteral("M-IDCARD"));
    QCOMPARE(kept.first().scan, id);
    // Not offered for upload before the server has the case.
    QVERIFY(scans.pendingUploads().isEmpty());

    const QString other = MaterialScanStore::newDraftId();
    QVERIFY(!keepScan(other, QStringLiteral("M-IDCARD"), "%PDF-1.4 again").digest.isEmpty());
    const QString file = scans.find(other, QStringLiteral("M-IDCARD"))->filePath;
    counter.desk->abandonIntake(other);
    QVERIFY(scans.ofCase(other).isEmpty());
    QVERIFY(!QFile::exists(file));
    QCOMPARE(scans.ofCase(number.toString()).size(), 1);
}

QTEST_GUILESS_MAIN(TestCaseDesk)
#include "tst_casedesk.moc"
