// The counter's intake without a server: a case checked against the cached catalogue and kept
// with its submission, or refused with nothing kept (a failed check, a failing or full store).

#include "CaseDraft.h"
#include "TestCatalogue.h"
#include "calendar/WorkingCalendar.h"
#include "client/HallClient.h"
#include "terminal/CaseDesk.h"
#include "terminal/CatalogueCache.h"
#include "terminal/SqliteOutbox.h"
#include "terminal/TerminalStore.h"
#include "terminal/WriteFaultInjector.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace halldesk;
using namespace halldesk::test;

namespace {

// A counter whose server is never reached: every change waits in the outbox.
struct OfflineCounter
{
    TerminalStore store;
    std::optional<SqliteOutbox> outbox;
    std::optional<HallClient> client;
    std::optional<CatalogueCache> catalogue;
    WorkingCalendar calendar = WorkingCalendar::withShippedYears();
    std::optional<CaseDesk> desk;

    explicit OfflineCounter(const QString &path)
        : store(path)
    {}
    bool open()
    {
        if (store.open())
            return false;
        outbox.emplace(store);
        HallClientSettings settings;
        settings.url = QUrl(QStringLiteral("wss://127.0.0.1:1"));
        client.emplace(settings, &*outbox);
        catalogue.emplace(store, QStringList{QStringLiteral("a"), QStringLiteral("b")});
        const QJsonObject json = QJsonDocument::fromJson(testCatalogueJson()).object();
        if (catalogue->apply({{QStringLiteral("catalogue"), json}}))
            return false;
        desk.emplace(store, *outbox, *client, *catalogue, calendar, 1);
        return true;
    }
    int rows(const QString &table) const
    {
        QSqlQuery query(store.database());
        return query.exec(QStringLiteral("SELECT count(*) FROM ") + table) && query.next()
                   ? query.value(0).toInt()
                   : -1;
    }
};

} // namespace

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
};

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

QTEST_GUILESS_MAIN(TestCaseDesk)
#include "tst_casedesk.moc"
