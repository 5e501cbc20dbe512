// The record of stored scans (schema step 5, DocumentStore) on each back-end: found by case,
// material and digest, stored once however often a finish is repeated, and one row per file.

#include "TestDatabase.h"
#include "server/DocumentStore.h"
#include "storage/Database.h"
#include "storage/PreparedStatements.h"
#include "storage/SchemaMigrations.h"
#include "storage/StorageError.h"

#include <QSqlQuery>
#include <QtTest>

using namespace halldesk;
using namespace halldesk::test;

namespace {

StoredDocument document(const QString &material, QChar digit)
{
    StoredDocument d;
    d.caseNumber = QStringLiteral("20261130-0001-0001");
    d.materialCode = material;
    d.sha256 = QString(64, digit);
    d.bytes = 5'000'000'000;
    d.storedPath = QStringLiteral("20261130-0001-0001/abc-def.hdsf");
    d.storedAtMs = 1796000000000;
    return d;
}

} // namespace

class TestDocumentStore : public QObject
{
    Q_OBJECT

private slots:
    void recordsOneRowPerFile();
};

void TestDocumentStore::recordsOneRowPerFile()
{
    TestDatabase testDb;
    QVERIFY2(testDb.isValid(), qPrintable(testDb.error()));
    Database db(testDb.url());
    QVERIFY(!db.open());
    QCOMPARE(db.schemaVersion(), SchemaMigrations::latestVersion());
    PreparedStatements statements(db);
    DocumentStore store(statements);

    const StoredDocument plan = document(QStringLiteral("M-PLAN"), QLatin1Char('a'));
    QVERIFY(!store.find(plan.caseNumber, plan.materialCode, plan.sha256));
    store.insert(plan);
    store.insert(plan); // a finish repeated after its answer was lost
    store.insert(document(QStringLiteral("M-IDCARD"), QLatin1Char('b')));
    const auto found = store.find(plan.caseNumber, plan.materialCode, plan.sha256);
    QVERIFY(found);
    QCOMPARE(found->bytes, plan.bytes);
    QCOMPARE(found->storedPath, plan.storedPath);
    QCOMPARE(found->storedAtMs, plan.storedAtMs);
    QVERIFY(!store.find(plan.caseNumber, plan.materialCode, QString(64, QLatin1Char('b'))));

    QSqlQuery count(db.connection());
    QVERIFY(count.exec(QStringLiteral("SELECT COUNT(*) FROM case_documents")));
    QVERIFY(count.next());
    QCOMPARE(count.value(0).toInt(), 2);
    // The table itself refuses a second row for the same file.
    QSqlQuery duplicate(db.connection());
    QVERIFY(!duplicate.exec(
        QStringLiteral("INSERT INTO case_documents (case_number, material_code, sha256, bytes, "
                       "stored_path, stored_at_ms) VALUES ('%1', 'M-PLAN', '%2', 1, 'x', 1)")
            .arg(plan.caseNumber, plan.sha256)));
}

QTEST_GUILESS_MAIN(TestDocumentStore)
#include "tst_documentstore.moc"
