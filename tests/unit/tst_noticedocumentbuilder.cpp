// The notice a completed case turns into: which kind, what it says about the applicant, the
// items and the dates. Cases go through IntakeCheck first, as at the window.

#include "TestCatalogue.h"
#include "casework/IntakeCheck.h"
#include "casework/VerificationCode.h"
#include "notice/NoticeDocumentBuilder.h"

#include <QTest>

using namespace halldesk;

namespace {

const QDate Friday(2026, 11, 27);

CaseRecord takenCase(const Catalogue &catalogue, const WorkingCalendar &calendar,
                     IntakeDecision decision, MaterialCheck::State planState)
{
    CaseRecord record;
    record.number = CaseNumber(Friday, 15, 3);
    record.verificationCode = VerificationCode::generate();
    record.window = 15;
    record.staffNo = QStringLiteral("S042");
    record.ticketNumber = QStringLiteral("A012");
    // 10:30 in the hall on Friday.
    record.receivedAtMs = QDateTime(Friday, QTime(2, 30), QTimeZone::utc()).toMSecsSinceEpoch();
    record.receivedOn = Friday;
    record.catalogueVersion = catalogue.version();
    record.items = {CaseItem{QStringLiteral("T0002"), 1, {}, {}}};
    record.applicant.name = QStringLiteral("张三");
    record.applicant.residentId = QStringLiteral("420202199001011231");
    record.applicant.mobile = QStringLiteral("13800138000");
    record.form[QStringLiteral("T0002")][QStringLiteral("address")] =
        QStringLiteral("黄石市团城山街道 1 号");
    record.materials = IntakeCheck::checklist(record.items, catalogue);
    for (MaterialCheck &m : record.materials)
        m.state = m.code == QLatin1String("M-PLAN") ? planState : MaterialCheck::State::Received;
    record.decision = decision;
    if (decision == IntakeDecision::Reject)
        record.reason = QStringLiteral("不属于本机关职权范围");
    if (const auto error = IntakeCheck::complete(record, catalogue, calendar))
        qWarning("%s", qPrintable(error->detail()));
    return record;
}

} // namespace

class tst_NoticeDocumentBuilder : public QObject
{
    Q_OBJECT

private slots:
    void kindFollowsDecision_data();
    void kindFollowsDecision();
    void acceptanceCarriesCaseAndDueDate();
    void correctionListsMissingMaterials();
    void creditCommitmentHasVerificationDate();
    void rejectionCarriesReason();
    void laterCompletionHasItsOutcome_data();
    void laterCompletionHasItsOutcome();

private:
    CaseworkData m_data = test::testCasework();
    NoticeHall m_hall{QStringLiteral("黄石市民之家"), QStringLiteral("黄石市杭州西路 1 号"),
                      QStringLiteral("0714-12345")};
};

void tst_NoticeDocumentBuilder::kindFollowsDecision_data()
{
    QTest::addColumn<IntakeDecision>("decision");
    QTest::addColumn<NoticeKind>("kind");
    QTest::newRow("accept") << IntakeDecision::Accept << NoticeKind::Acceptance;
    QTest::newRow("credit") << IntakeDecision::CreditCommitment << NoticeKind::Acceptance;
    QTest::newRow("correction") << IntakeDecision::Correction << NoticeKind::Correction;
    QTest::newRow("reject") << IntakeDecision::Reject << NoticeKind::Rejection;
    QTest::newRow("immediate") << IntakeDecision::Immediate << NoticeKind::Completion;
}

void tst_NoticeDocumentBuilder::kindFollowsDecision()
{
    QFETCH(IntakeDecision, decision);
    QFETCH(NoticeKind, kind);
    QCOMPARE(NoticeDocumentBuilder::kindFor(decision), kind);
}

void tst_NoticeDocumentBuilder::acceptanceCarriesCaseAndDueDate()
{
    const CaseRecord record = takenCase(*m_data.catalogue, *m_data.calendar, IntakeDecision::Accept,
                                        MaterialCheck::State::Received);
    QCOMPARE(record.dueDate, QDate(2026, 12, 2));

    const NoticeDocument doc =
        NoticeDocumentBuilder(*m_data.catalogue, m_hall).build(record, QStringLiteral("李四"));
    QCOMPARE(doc.kind, NoticeKind::Acceptance);
    QCOMPARE(doc.hallName, m_hall.name);
    QCOMPARE(doc.hallPhone, m_hall.phone);
    QCOMPARE(doc.caseNumber, QStringLiteral("20261127-0015-0003"));
    QCOMPARE(doc.verificationCode, record.verificationCode);
    QCOMPARE(doc.issuedAt.date(), Friday);
    QCOMPARE(doc.issuedAt.time(), QTime(10, 30));
    QCOMPARE(doc.windowNumber, QStringLiteral("15"));
    QCOMPARE(doc.staffName, QStringLiteral("李四"));
    QCOMPARE(doc.staffNumber, QStringLiteral("S042"));
    QVERIFY(!doc.applicantName.contains(QStringLiteral("三")));
    QVERIFY(doc.applicantName.startsWith(QStringLiteral("张")));
    QVERIFY(!doc.applicantIdMasked.contains(QStringLiteral("199001011")));
    QVERIFY(doc.applicantIdMasked.startsWith(QStringLiteral("4202")));
    QCOMPARE(doc.items.size(), 1);
    QCOMPARE(doc.items[0].name, QStringLiteral("食品经营许可"));
    QCOMPARE(doc.items[0].department, QStringLiteral("测试局"));
    QCOMPARE(doc.items[0].promisedDays, 3);
    QCOMPARE(doc.dueDate, QDate(2026, 12, 2));
    QVERIFY(!doc.creditCommitment);
    QCOMPARE(doc.materials.size(), 2);
}

void tst_NoticeDocumentBuilder::correctionListsMissingMaterials()
{
    const CaseRecord record = takenCase(*m_data.catalogue, *m_data.calendar,
                                        IntakeDecision::Correction, MaterialCheck::State::Missing);
    const NoticeDocument doc =
        NoticeDocumentBuilder(*m_data.catalogue, m_hall).build(record, QString());
    QCOMPARE(doc.kind, NoticeKind::Correction);
    QStringList missing;
    for (const NoticeMaterial &m : doc.materials) {
        if (m.status == NoticeMaterial::Status::Missing)
            missing << m.name;
    }
    QCOMPARE(missing, QStringList{QStringLiteral("经营场所平面图")});
    QVERIFY(!doc.dueDate.isValid());
}

void tst_NoticeDocumentBuilder::creditCommitmentHasVerificationDate()
{
    const CaseRecord record =
        takenCase(*m_data.catalogue, *m_data.calendar, IntakeDecision::CreditCommitment,
                  MaterialCheck::State::Received);
    QVERIFY(record.verificationDue.has_value());
    const NoticeDocument doc =
        NoticeDocumentBuilder(*m_data.catalogue, m_hall).build(record, QString());
    QCOMPARE(doc.kind, NoticeKind::Acceptance);
    QVERIFY(doc.creditCommitment);
    QCOMPARE(doc.verificationDueDate, *record.verificationDue);
    QCOMPARE(doc.dueDate, *record.dueDate);
}

void tst_NoticeDocumentBuilder::rejectionCarriesReason()
{
    const CaseRecord record = takenCase(*m_data.catalogue, *m_data.calendar, IntakeDecision::Reject,
                                        MaterialCheck::State::Received);
    const NoticeDocument doc =
        NoticeDocumentBuilder(*m_data.catalogue, m_hall).build(record, QString());
    QCOMPARE(doc.kind, NoticeKind::Rejection);
    QCOMPARE(doc.rejectionReason, QStringLiteral("不属于本机关职权范围"));
    QVERIFY(!doc.dueDate.isValid());
}

void tst_NoticeDocumentBuilder::laterCompletionHasItsOutcome_data()
{
    QTest::addColumn<CaseOutcome>("outcome");
    QTest::addColumn<CompletionResult>("result");
    QTest::newRow("approved") << CaseOutcome::Approved << CompletionResult::Approved;
    QTest::newRow("waiver") << CaseOutcome::ApprovedWithWaiver
                            << CompletionResult::ApprovedWithWaiver;
    QTest::newRow("denied") << CaseOutcome::Denied << CompletionResult::Refused;
}

void tst_NoticeDocumentBuilder::laterCompletionHasItsOutcome()
{
    QFETCH(CaseOutcome, outcome);
    QFETCH(CompletionResult, result);
    CaseRecord record = takenCase(*m_data.catalogue, *m_data.calendar, IntakeDecision::Accept,
                                  MaterialCheck::State::Received);
    const auto completed = CaseLifecycle::apply(record.state, CaseAction::Complete, outcome);
    QVERIFY(std::holds_alternative<CaseState>(completed));
    record.state = std::get<CaseState>(completed);
    const QDate finished(2026, 12, 1);
    const NoticeDocument doc = NoticeDocumentBuilder(*m_data.catalogue, m_hall)
                                   .buildCompletion(record, QStringLiteral("李四"), finished);
    QCOMPARE(doc.kind, NoticeKind::Completion);
    QCOMPARE(doc.completionResult, result);
    QCOMPARE(doc.finishedOn, finished);
    if (outcome == CaseOutcome::Denied) // nothing to collect from a refusal
        QVERIFY(doc.resultDocument.isEmpty());
    QCOMPARE(doc.caseNumber, record.number.toString());
    QCOMPARE(doc.staffName, QStringLiteral("李四"));
    QVERIFY(!doc.applicantIdMasked.contains(QStringLiteral("199001011231")));
}

QTEST_GUILESS_MAIN(tst_NoticeDocumentBuilder)
#include "tst_noticedocumentbuilder.moc"
