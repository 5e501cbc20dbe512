// The counter's cases in its terminal store: a case and its submission written together or not
// at all, the verdicts kept, notices kept for reprinting, and no personal data in clear in the
// SQLite file; the terminal key made once and never replaced over existing data.

#include "CaseDraft.h"
#include "TestCatalogue.h"
#include "calendar/WorkingCalendar.h"
#include "casework/CaseJson.h"
#include "casework/IntakeCheck.h"
#include "catalogue/CatalogueJson.h"
#include "terminal/SqliteOutbox.h"
#include "terminal/TerminalCaseStore.h"
#include "terminal/TerminalKey.h"
#include "terminal/TerminalStore.h"
#include "terminal/WriteFaultInjector.h"

#include <QFile>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace halldesk;
using namespace halldesk::test;

namespace {

// A draft completed as CaseDesk completes it before storing: the store reads back only whole
// cases.
CaseRecord checkedDraft(int window, int sequence)
{
    static const Catalogue catalogue =
        CatalogueJson::parse(testCatalogueJson(), {QStringLiteral("a"), QStringLiteral("b")})
            .catalogue;
    static const WorkingCalendar calendar = WorkingCalendar::withShippedYears();
    CaseRecord record = caseDraft(window, sequence);
    if (IntakeCheck::complete(record, catalogue, calendar))
        qFatal("the test's draft does not pass the intake check");
    return record;
}

OutboxEntry submission(const CaseRecord &record, const QString &key)
{
    return OutboxEntry{key,
                       QStringLiteral("submitCase"),
                       {{QStringLiteral("case"), CaseJson::toJson(record)}},
                       1795827600000};
}

QByteArray fileBytes(const QString &path)
{
    QByteArray bytes;
    for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
        QFile file(path + suffix);
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    return bytes;
}

int rows(const TerminalStore &store, const QString &table)
{
    QSqlQuery query(store.database());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !query.next())
        return -1;
    return query.value(0).toInt();
}

} // namespace

class TestTerminalCaseStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_next = 0;
    QString freshPath() { return m_dir.filePath(QStringLiteral("c%1/terminal.db").arg(++m_next)); }

private slots:
    void caseAndSubmissionAreKeptTogether();
    void failedWriteLeavesNeither_data();
    void failedWriteLeavesNeither();
    void fullStoreChangesNothing();
    void verdictsAreKept();
    void noticesArePrintableAgain();
    void noPersonalDataInClear();
    void outboxRowsFromBeforeEncryptionStayReadable();
    void keyFileIsMadeOwnerOnly();
    void lostKeyIsRefusedNotReplaced();
    void wrongKeyIsRefused();
};

void TestTerminalCaseStore::caseAndSubmissionAreKeptTogether()
{
    const QString path = freshPath();
    const CaseRecord record = checkedDraft(1, 1);
    {
        TerminalStore store(path);
        QVERIFY(!store.open());
        TerminalCaseStore cases(store);
        QVERIFY(cases.saveAndQueue(record, submission(record, QStringLiteral("k-1"))));
    }
    TerminalStore store(path);
    QVERIFY(!store.open());
    TerminalCaseStore cases(store);
    const auto found = cases.find(record.number);
    QVERIFY(found);
    QCOMPARE(found->record, record);
    QCOMPARE(found->requestKey, QStringLiteral("k-1"));
    QCOMPARE(found->state, TerminalCase::State::Pending);
    QCOMPARE(cases.pending().size(), 1);
    QCOMPARE(cases.today(record.receivedOn).size(), 1);
    QVERIFY(cases.today(record.receivedOn.addDays(1)).isEmpty());
    SqliteOutbox outbox(store);
    QCOMPARE(outbox.size(), 1);
    const auto entries = outbox.entries();
    QCOMPARE(entries.first().key, QStringLiteral("k-1"));
    QCOMPARE(entries.first().args, submission(record, QStringLiteral("k-1")).args);
}

void TestTerminalCaseStore::failedWriteLeavesNeither_data()
{
    QTest::addColumn<int>("step");
    QTest::newRow("the case row is refused") << 1;
    QTest::newRow("the outbox row is refused") << 2;
    QTest::newRow("the commit fails") << 3;
}

void TestTerminalCaseStore::failedWriteLeavesNeither()
{
    QFETCH(int, step);
    TerminalStore store(freshPath());
    QVERIFY(!store.open());
    TerminalCaseStore cases(store);
    const CaseRecord first = checkedDraft(1, 1);
    QVERIFY(cases.saveAndQueue(first, submission(first, QStringLiteral("k-1"))));

    // Step 1 fails on the case's number, step 2 on the entry's key, step 3 at the commit.
    CaseRecord second = checkedDraft(1, step == 1 ? 1 : 2);
    second.applicant.name = QStringLiteral("李四");
    const QString key = step == 2 ? QStringLiteral("k-1") : QStringLiteral("k-2");
    WriteFaultInjector faults;
    store.setFaultInjector(&faults);
    if (step == 3)
        faults.failWrite();
    QVERIFY(!cases.saveAndQueue(second, submission(second, key)));

    QCOMPARE(rows(store, QStringLiteral("terminal_cases")), 1);
    QCOMPARE(rows(store, QStringLiteral("outbox")), 1);
    QCOMPARE(cases.find(first.number)->record, first);
    QCOMPARE(cases.findByRequestKey(QStringLiteral("k-1"))->record, first);
    QVERIFY(!cases.findByRequestKey(QStringLiteral("k-2")));
}

void TestTerminalCaseStore::fullStoreChangesNothing()
{
    TerminalStore store(freshPath());
    QVERIFY(!store.open());
    TerminalCaseStore cases(store);
    const CaseRecord first = checkedDraft(1, 1);
    QVERIFY(cases.saveAndQueue(first, submission(first, QStringLiteral("k-1"))));
    // The file may not grow by a single page, as on a full disk.
    QSqlQuery query(store.database());
    QVERIFY(query.exec(QStringLiteral("PRAGMA page_count")) && query.next());
    const int pages = query.value(0).toInt();
    QVERIFY(query.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
    query.finish();

    CaseRecord big = checkedDraft(1, 2);
    big.reason = QString(20000, QLatin1Char('x'));
    QVERIFY(!cases.saveAndQueue(big, submission(big, QStringLiteral("k-2"))));
    QCOMPARE(rows(store, QStringLiteral("terminal_cases")), 1);
    QCOMPARE(rows(store, QStringLiteral("outbox")), 1);
    QVERIFY(!cases.find(big.number));
}

void TestTerminalCaseStore::verdictsAreKept()
{
    const QString path = freshPath();
    const CaseRecord sent = checkedDraft(1, 1);
    const CaseRecord refused = checkedDraft(1, 2);
    {
        TerminalStore store(path);
        QVERIFY(!store.open());
        TerminalCaseStore cases(store);
        QVERIFY(cases.saveAndQueue(sent, submission(sent, QStringLiteral("k-1"))));
        QVERIFY(cases.saveAndQueue(refused, submission(refused, QStringLiteral("k-2"))));
        QVERIFY(cases.markSent(QStringLiteral("k-1"),
                               {{QStringLiteral("number"), sent.number.toString()},
                                {QStringLiteral("status"), QStringLiteral("accepted")},
                                {QStringLiteral("dueDate"), QStringLiteral("2026-12-03")},
                                {QStringLiteral("verificationDue"), QString()}}));
        QVERIFY(cases.markRefused(QStringLiteral("k-2"), OperationError(ErrorCode::CatalogueChanged,
                                                                        QStringLiteral("T0002"))));
        QVERIFY(!cases.markSent(QStringLiteral("no-such-key"), {}));
        QVERIFY(cases.updateSummary({{QStringLiteral("number"), sent.number.toString()},
                                     {QStringLiteral("status"), QStringLiteral("completed")},
                                     {QStringLiteral("dueDate"), QStringLiteral("2026-12-03")}}));
        // A refused case has no server summary to update.
        QVERIFY(!cases.updateSummary({{QStringLiteral("number"), refused.number.toString()},
                                      {QStringLiteral("status"), QStringLiteral("accepted")}}));
    }
    TerminalStore store(path);
    QVERIFY(!store.open());
    TerminalCaseStore cases(store);
    const auto done = cases.find(sent.number);
    QCOMPARE(done->state, TerminalCase::State::Sent);
    QCOMPARE(done->status, QStringLiteral("completed"));
    QCOMPARE(done->dueDate, QDate(2026, 12, 3));
    QVERIFY(!done->verificationDue);
    QVERIFY(cases.pending().isEmpty());
    const auto refusedList = cases.refused();
    QCOMPARE(refusedList.size(), 1);
    QCOMPARE(refusedList.first().record.number, refused.number);
    QCOMPARE(refusedList.first().refusal.code(), ErrorCode::CatalogueChanged);
    QCOMPARE(refusedList.first().refusal.detail(), QStringLiteral("T0002"));
}

void TestTerminalCaseStore::noticesArePrintableAgain()
{
    const QString path = freshPath();
    const CaseRecord record = checkedDraft(1, 1);
    const QByteArray pdf = QByteArrayLiteral("%PDF-1.7 ") + DraftResidentId.toUtf8();
    {
        TerminalStore store(path);
        QVERIFY(!store.open());
        TerminalCaseStore cases(store);
        QVERIFY(cases.saveAndQueue(record, submission(record, QStringLiteral("k-1"))));
        QVERIFY(cases.saveNotice(record.number, QStringLiteral("receipt"), pdf));
        // Only for a case this counter keeps.
        QVERIFY(!cases.saveNotice(checkedDraft(1, 9).number, QStringLiteral("receipt"), pdf));
    }
    TerminalStore store(path);
    QVERIFY(!store.open());
    TerminalCaseStore cases(store);
    QCOMPARE(cases.notice(record.number, QStringLiteral("receipt")), pdf);
    QVERIFY(!cases.notice(record.number, QStringLiteral("correction")));
}

void TestTerminalCaseStore::noPersonalDataInClear()
{
    const QString path = freshPath();
    {
        TerminalStore store(path);
        QVERIFY(!store.open());
        TerminalCaseStore cases(store);
        SqliteOutbox outbox(store);
        const CaseRecord record = checkedDraft(1, 1);
        QVERIFY(cases.saveAndQueue(record, submission(record, QStringLiteral("k-1"))));
        QVERIFY(cases.saveNotice(record.number, QStringLiteral("receipt"),
                                 DraftName.toUtf8() + DraftResidentId.toUtf8()));
        // An entry appended the ordinary way is encrypted too.
        QVERIFY(outbox.append(submission(checkedDraft(1, 2), QStringLiteral("k-2"))));
        // The same values do show up in the file unencrypted: the scan can find them.
        QVERIFY(store.putState(QStringLiteral("probe"), QByteArrayLiteral("QZXJ-probe")));
        QVERIFY(fileBytes(path).contains("QZXJ-probe"));
    }
    const QByteArray bytes = fileBytes(path);
    QVERIFY(!bytes.isEmpty());
    for (const QString &value :
         {DraftResidentId, DraftName, DraftMobile, QStringLiteral("黄石港区某路1号")})
        QVERIFY2(!bytes.contains(value.toUtf8()), qPrintable(value));
    // Nor is the key there.
    QFile keyFile(TerminalKey::pathFor(path));
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    QVERIFY(!bytes.contains(keyFile.readAll()));
}

void TestTerminalCaseStore::outboxRowsFromBeforeEncryptionStayReadable()
{
    TerminalStore store(freshPath());
    QVERIFY(!store.open());
    // A row as the first schema wrote it: arguments in clear, sealed left at its default.
    QVERIFY(store.write(QStringLiteral("old row"), [](QSqlQuery &query) {
        return query.exec(QStringLiteral("INSERT INTO outbox (request_key, op, args, "
                                         "created_at_ms) VALUES ('old', 'pause', "
                                         "'{\"reason\":\"lunch\"}', 1)"));
    }));
    SqliteOutbox outbox(store);
    QVERIFY(outbox.append(OutboxEntry{
        QStringLiteral("new"), QStringLiteral("resumeWindow"), {{QStringLiteral("n"), 1}}, 2}));
    const auto entries = outbox.entries();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).args.value(QLatin1String("reason")).toString(), QStringLiteral("lunch"));
    QCOMPARE(entries.at(1).args.value(QLatin1String("n")).toInt(), 1);
}

void TestTerminalCaseStore::keyFileIsMadeOwnerOnly()
{
    const QString path = freshPath();
    TerminalStore store(path);
    QVERIFY(!store.open());
    QVERIFY(store.cipher());
    const QFile::Permissions mode = QFile::permissions(TerminalKey::pathFor(path));
    QCOMPARE(mode & ~(QFile::ReadUser | QFile::WriteUser | QFile::ReadOwner | QFile::WriteOwner),
             QFile::Permissions());
    const QString sample = store.cipher()->encryptText(QStringLiteral("x"));
    store.close();
    QVERIFY(!store.cipher());
    // Opened again, the same key.
    QVERIFY(!store.open());
    QCOMPARE(store.cipher()->decryptText(sample), QStringLiteral("x"));
}

void TestTerminalCaseStore::lostKeyIsRefusedNotReplaced()
{
    const QString path = freshPath();
    {
        TerminalStore store(path);
        QVERIFY(!store.open());
        TerminalCaseStore cases(store);
        const CaseRecord record = checkedDraft(1, 1);
        QVERIFY(cases.saveAndQueue(record, submission(record, QStringLiteral("k-1"))));
    }
    QVERIFY(QFile::remove(TerminalKey::pathFor(path)));
    const QByteArray before = fileBytes(path);
    TerminalStore store(path);
    const auto error = store.open();
    QVERIFY(error);
    QCOMPARE(error->kind, TerminalStoreOpenError::Kind::KeyMissing);
    QVERIFY(error->isFatal());
    QVERIFY(error->message().contains(TerminalKey::pathFor(path)));
    QVERIFY(!store.isOpen());
    QVERIFY(!store.cipher());
    QVERIFY(!QFile::exists(TerminalKey::pathFor(path)));
    QCOMPARE(fileBytes(path), before);
}

void TestTerminalCaseStore::wrongKeyIsRefused()
{
    const QString path = freshPath();
    const QString other = freshPath();
    {
        TerminalStore store(path);
        QVERIFY(!store.open());
        TerminalStore another(other);
        QVERIFY(!another.open());
    }
    QVERIFY(QFile::remove(TerminalKey::pathFor(path)));
    QVERIFY(QFile::copy(TerminalKey::pathFor(other), TerminalKey::pathFor(path)));
    TerminalStore store(path);
    const auto error = store.open();
    QVERIFY(error);
    QCOMPARE(error->kind, TerminalStoreOpenError::Kind::KeyMismatch);
    QVERIFY(!store.isOpen());
}

QTEST_GUILESS_MAIN(TestTerminalCaseStore)
#include "tst_terminalcasestore.moc"
