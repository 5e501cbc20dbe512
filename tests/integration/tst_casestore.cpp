// The server's case tables on each back-end: a case read back exactly as stored, its personal
// data only as ciphertext and keyed hash, the counter's list views, the sequence a window
// resumes from, and a history nobody can rewrite.

#include "TestDatabase.h"
#include "TestHall.h"
#include "crypto/PersonalDataCipher.h"
#include "server/CaseStore.h"
#include "storage/Database.h"
#include "storage/HallConfigRepository.h"
#include "storage/PreparedStatements.h"
#include "storage/StorageError.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QtTest>

using namespace halldesk;
using namespace halldesk::test;

namespace {

const QByteArray Key(PersonalDataCipher::KeyBytes, 'k');

CaseRecord record(int window, int sequence, QDate day, const QString &residentId)
{
    CaseRecord r;
    r.number = CaseNumber(day, window, sequence);
    r.verificationCode = QStringLiteral("7KQ2MZ9H");
    r.window = window;
    r.staffNo = QStringLiteral("S1");
    r.receivedAtMs = 1795990000000;
    r.receivedOn = day;
    r.catalogueVersion = 3;
    r.items = {{QStringLiteral("T0002"), 1, QString(), QStringLiteral("食品经营许可")}};
    r.applicant.kind = Applicant::Kind::Person;
    r.applicant.name = QStringLiteral("李小龙");
    r.applicant.residentId = residentId;
    r.applicant.mobile = QStringLiteral("13912345678");
    r.form[QStringLiteral("T0002")][QStringLiteral("address")] = QStringLiteral("下陆区某路8号");
    MaterialCheck id;
    id.code = QStringLiteral("M-IDCARD");
    id.name = QStringLiteral("申请人身份证");
    id.state = MaterialCheck::State::Received;
    id.pages = 1;
    r.materials = {id};
    r.decision = IntakeDecision::Accept;
    r.state.status = CaseStatus::Accepted;
    r.dueDate = day.addDays(3);
    return r;
}

struct Store
{
    TestDatabase testDb;
    Database db{testDb.url()};
    PersonalDataCipher cipher{Key};
    std::unique_ptr<PreparedStatements> statements;

    bool open()
    {
        if (!testDb.isValid() || db.open())
            return false;
        HallConfigRepository(db).installIfEmpty(smallHall());
        statements = std::make_unique<PreparedStatements>(db);
        return true;
    }
    CaseStore store() { return CaseStore(*statements, cipher); }
    qint64 staffId()
    {
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT id FROM staff WHERE staff_no = 'S1'"));
        return q.next() ? q.value(0).toLongLong() : 0;
    }
};

const QString IdA = QStringLiteral("420202199001011231");
const QString IdB = QStringLiteral("420202198506150021");

} // namespace

class TestCaseStore : public QObject
{
    Q_OBJECT

private slots:
    void roundTripKeepsEverything();
    void personalDataIsCiphertext();
    void updateAndHistory();
    void historyIsAppendOnly();
    void listViews();
    void lastSequencePerWindowAndDay();
    void casesOfOneApplicant();
    void wrongKeyIsAnErrorNotABlank();
};

void TestCaseStore::roundTripKeepsEverything()
{
    Store s;
    QVERIFY2(s.open(), qPrintable(s.testDb.error()));
    CaseRecord r = record(1, 1, QDate(2026, 11, 30), IdA);
    r.pauses = {{QDate(2026, 12, 1), QDate(2026, 12, 2)}, {QDate(2026, 12, 4), std::nullopt}};
    r.verificationDue = QDate(2026, 12, 28);
    r.decision = IntakeDecision::CreditCommitment;
    r.state = CaseState{CaseStatus::Correction, CaseOutcome::None, CaseStatus::Accepted};
    const qint64 id = s.store().insert(r, s.staffId(), 1000);
    QVERIFY(id > 0);
    const auto back = s.store().find(r.number.toString());
    QVERIFY(back.has_value());
    QCOMPARE(back->id, id);
    QCOMPARE(back->staffId, s.staffId());
    QCOMPARE(back->record, r);
    QVERIFY(!s.store().find(QStringLiteral("20261130-0001-0002")).has_value());
}

void TestCaseStore::personalDataIsCiphertext()
{
    Store s;
    QVERIFY(s.open());
    s.store().insert(record(1, 1, QDate(2026, 11, 30), IdA), 0, 1000);
    QSqlQuery q(s.db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT * FROM cases")));
    QVERIFY(q.next());
    for (int i = 0; i < q.record().count(); ++i) {
        const QString text = q.value(i).toString();
        for (const QString &secret : {IdA, QStringLiteral("李小龙"), QStringLiteral("13912345678"),
                                      QStringLiteral("下陆区")})
            QVERIFY2(!text.contains(secret), qPrintable(q.record().fieldName(i)));
    }
    QSqlQuery hash(s.db.connection());
    QVERIFY(hash.exec(QStringLiteral("SELECT applicant_hash FROM cases")));
    QVERIFY(hash.next());
    QCOMPARE(hash.value(0).toString(), s.cipher.blindIndex(IdA));
}

void TestCaseStore::updateAndHistory()
{
    Store s;
    QVERIFY(s.open());
    const CaseRecord r = record(1, 1, QDate(2026, 11, 30), IdA);
    const qint64 id = s.store().insert(r, 0, 1000);
    s.store().appendEvent(id, 1000, QStringLiteral("receive"), 0, QStringLiteral("S1"), 1,
                          QString(), QStringLiteral("received"), QString());
    auto stored = *s.store().find(r.number.toString());
    stored.record.state =
        CaseState{CaseStatus::Completed, CaseOutcome::Approved, CaseStatus::Received};
    stored.record.materials.first().pages = 4;
    stored.record.reason = QStringLiteral("材料齐全");
    s.store().update(stored, 2000);
    s.store().appendEvent(id, 2000, QStringLiteral("complete"), s.staffId(), QStringLiteral("S1"),
                          1, QStringLiteral("accepted"), QStringLiteral("completed"),
                          QStringLiteral("材料齐全"));
    QCOMPARE(s.store().find(r.number.toString())->record, stored.record);
    const QJsonArray events = s.store().events(id);
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.at(0).toObject().value(QLatin1String("kind")).toString(),
             QStringLiteral("receive"));
    QCOMPARE(events.at(1).toObject().value(QLatin1String("to")).toString(),
             QStringLiteral("completed"));
    QCOMPARE(events.at(1).toObject().value(QLatin1String("detail")).toString(),
             QStringLiteral("材料齐全"));
}

void TestCaseStore::historyIsAppendOnly()
{
    Store s;
    QVERIFY(s.open());
    const qint64 id = s.store().insert(record(1, 1, QDate(2026, 11, 30), IdA), 0, 1000);
    s.store().appendEvent(id, 1000, QStringLiteral("receive"), 0, QStringLiteral("S1"), 1,
                          QString(), QStringLiteral("received"), QString());
    QSqlQuery q(s.db.connection());
    QVERIFY(!q.exec(QStringLiteral("UPDATE case_events SET kind = 'forged'")));
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM case_events")));
    QSqlQuery count(s.db.connection());
    QVERIFY(count.exec(QStringLiteral("SELECT kind FROM case_events")));
    QVERIFY(count.next());
    QCOMPARE(count.value(0).toString(), QStringLiteral("receive"));
}

void TestCaseStore::listViews()
{
    Store s;
    QVERIFY(s.open());
    const QDate monday(2026, 11, 30);
    CaseRecord dueThursday = record(1, 1, monday, IdA);
    dueThursday.dueDate = QDate(2026, 12, 3);
    CaseRecord dueNextWeek = record(1, 2, monday, IdB);
    dueNextWeek.dueDate = QDate(2026, 12, 10);
    CaseRecord finished = record(1, 3, monday, IdB);
    finished.state = CaseState{CaseStatus::Completed, CaseOutcome::Approved, CaseStatus::Received};
    finished.dueDate = QDate(2026, 12, 1);
    CaseRecord otherWindow = record(2, 1, monday, IdA);
    otherWindow.window = 2;
    for (const CaseRecord &r : {dueThursday, dueNextWeek, finished, otherWindow})
        s.store().insert(r, r.window == 1 ? s.staffId() : 0, 1000);

    CaseListFilter f;
    f.window = 1;
    f.staffId = s.staffId();
    f.today = monday;
    f.dueBy = QDate(2026, 12, 3);
    auto numbers = [&](CaseListFilter::View view) {
        f.view = view;
        QStringList out;
        for (const QJsonValue &v : s.store().list(f))
            out << v.toObject().value(QLatin1String("number")).toString().right(9);
        return out;
    };
    QCOMPARE(numbers(CaseListFilter::View::Today),
             (QStringList{"0001-0003", "0001-0002", "0001-0001"}));
    QCOMPARE(numbers(CaseListFilter::View::Mine).size(), 3);
    QCOMPARE(numbers(CaseListFilter::View::DueSoon), QStringList{"0001-0001"});
    QCOMPARE(numbers(CaseListFilter::View::Overdue), QStringList());
    f.today = QDate(2026, 12, 4);
    f.dueBy = QDate(2026, 12, 9);
    // The finished case was due on 1 December too, but it is closed.
    QCOMPARE(numbers(CaseListFilter::View::Overdue), QStringList{"0001-0001"});
    QCOMPARE(numbers(CaseListFilter::View::Today), QStringList());

    f.view = CaseListFilter::View::Today;
    f.today = monday;
    const QJsonObject line = s.store().list(f).first().toObject();
    QCOMPARE(line.value(QLatin1String("applicantName")).toString(), QStringLiteral("李**"));
    QCOMPARE(line.value(QLatin1String("applicantId")).toString(),
             QStringLiteral("4202**********0021"));
}

void TestCaseStore::lastSequencePerWindowAndDay()
{
    Store s;
    QVERIFY(s.open());
    const QDate monday(2026, 11, 30);
    QCOMPARE(s.store().lastSequence(1, monday), 0);
    for (int sequence : {1, 12, 3})
        s.store().insert(record(1, sequence, monday, IdA), 0, 1000);
    s.store().insert(record(1, 40, monday.addDays(1), IdA), 0, 1000);
    QCOMPARE(s.store().lastSequence(1, monday), 12);
    QCOMPARE(s.store().lastSequence(1, monday.addDays(1)), 40);
    QCOMPARE(s.store().lastSequence(2, monday), 0);
}

void TestCaseStore::casesOfOneApplicant()
{
    Store s;
    QVERIFY(s.open());
    const QDate monday(2026, 11, 30);
    s.store().insert(record(1, 1, monday, IdA), 0, 1000);
    s.store().insert(record(1, 2, monday, IdB), 0, 1000);
    s.store().insert(record(3, 1, monday.addDays(1), IdA), 0, 1000);
    const QJsonArray mine = s.store().casesOfApplicant(IdA, 10);
    QCOMPARE(mine.size(), 2);
    QCOMPARE(mine.at(0).toObject().value(QLatin1String("number")).toString(),
             QStringLiteral("20261201-0003-0001"));
    const QJsonArray materials = mine.at(0).toObject().value(QLatin1String("materials")).toArray();
    QCOMPARE(materials.size(), 1);
    QCOMPARE(materials.at(0).toObject().value(QLatin1String("code")).toString(),
             QStringLiteral("M-IDCARD"));
    QVERIFY(s.store().casesOfApplicant(QStringLiteral("11010519491231002X"), 10).isEmpty());
}

void TestCaseStore::wrongKeyIsAnErrorNotABlank()
{
    Store s;
    QVERIFY(s.open());
    s.store().insert(record(1, 1, QDate(2026, 11, 30), IdA), 0, 1000);
    const PersonalDataCipher other(QByteArray(PersonalDataCipher::KeyBytes, 'x'));
    CaseStore wrong(*s.statements, other);
    QVERIFY_THROWS_EXCEPTION(StorageError, wrong.find(QStringLiteral("20261130-0001-0001")));
}

QTEST_GUILESS_MAIN(TestCaseStore)
#include "tst_casestore.moc"
