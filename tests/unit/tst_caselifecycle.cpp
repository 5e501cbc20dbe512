#include "casework/CaseLifecycle.h"

#include <QTest>

using namespace halldesk;

Q_DECLARE_METATYPE(halldesk::CaseStatus)
Q_DECLARE_METATYPE(halldesk::CaseAction)
Q_DECLARE_METATYPE(halldesk::CaseOutcome)

namespace {

CaseState state(CaseStatus status, CaseOutcome outcome = CaseOutcome::None,
                CaseStatus before = CaseStatus::Received)
{
    return CaseState{status, outcome, before};
}

} // namespace

class TestCaseLifecycle : public QObject
{
    Q_OBJECT

private slots:
    void allowedSteps_data();
    void allowedSteps();
    void refusedSteps_data();
    void refusedSteps();
    void correctionReturnsWhereItStarted_data();
    void correctionReturnsWhereItStarted();
    void completionNeedsOutcome();
    void finalStates();
    void keysRoundTrip();
    void displayNames();
};

void TestCaseLifecycle::allowedSteps_data()
{
    QTest::addColumn<CaseStatus>("from");
    QTest::addColumn<CaseOutcome>("fromOutcome");
    QTest::addColumn<CaseAction>("action");
    QTest::addColumn<CaseOutcome>("outcome");
    QTest::addColumn<CaseStatus>("to");
    const auto none = CaseOutcome::None;
    QTest::newRow("accept") << CaseStatus::Received << none << CaseAction::Accept << none
                            << CaseStatus::Accepted;
    QTest::newRow("immediate") << CaseStatus::Received << none << CaseAction::Complete
                               << CaseOutcome::Approved << CaseStatus::Completed;
    QTest::newRow("correction at intake")
        << CaseStatus::Received << none << CaseAction::StartCorrection << none
        << CaseStatus::Correction;
    QTest::newRow("correction after acceptance")
        << CaseStatus::Accepted << none << CaseAction::StartCorrection << none
        << CaseStatus::Correction;
    QTest::newRow("reject") << CaseStatus::Received << none << CaseAction::Reject << none
                            << CaseStatus::Rejected;
    QTest::newRow("complete approved") << CaseStatus::Accepted << none << CaseAction::Complete
                                       << CaseOutcome::Approved << CaseStatus::Completed;
    QTest::newRow("complete with waiver")
        << CaseStatus::Accepted << none << CaseAction::Complete << CaseOutcome::ApprovedWithWaiver
        << CaseStatus::Completed;
    QTest::newRow("complete denied") << CaseStatus::Accepted << none << CaseAction::Complete
                                     << CaseOutcome::Denied << CaseStatus::Completed;
    QTest::newRow("withdraw received")
        << CaseStatus::Received << none << CaseAction::Withdraw << none << CaseStatus::Withdrawn;
    QTest::newRow("withdraw in correction")
        << CaseStatus::Correction << none << CaseAction::Withdraw << none << CaseStatus::Withdrawn;
    QTest::newRow("revoke accepted")
        << CaseStatus::Accepted << none << CaseAction::Revoke << none << CaseStatus::Revoked;
    QTest::newRow("revoke granted") << CaseStatus::Completed << CaseOutcome::Approved
                                    << CaseAction::Revoke << none << CaseStatus::Revoked;
}

void TestCaseLifecycle::allowedSteps()
{
    QFETCH(CaseStatus, from);
    QFETCH(CaseOutcome, fromOutcome);
    QFETCH(CaseAction, action);
    QFETCH(CaseOutcome, outcome);
    QFETCH(CaseStatus, to);
    const CaseState before = state(from, fromOutcome);
    QVERIFY(CaseLifecycle::allows(before, action));
    const auto next = CaseLifecycle::apply(before, action, outcome);
    QVERIFY2(std::holds_alternative<CaseState>(next),
             qPrintable(std::holds_alternative<QString>(next) ? std::get<QString>(next) : ""));
    QCOMPARE(std::get<CaseState>(next).status, to);
    if (action == CaseAction::Complete)
        QCOMPARE(std::get<CaseState>(next).outcome, outcome);
}

void TestCaseLifecycle::refusedSteps_data()
{
    QTest::addColumn<CaseStatus>("from");
    QTest::addColumn<CaseOutcome>("fromOutcome");
    QTest::addColumn<CaseAction>("action");
    const auto none = CaseOutcome::None;
    QTest::newRow("accept twice") << CaseStatus::Accepted << none << CaseAction::Accept;
    QTest::newRow("accept in correction") << CaseStatus::Correction << none << CaseAction::Accept;
    QTest::newRow("reject accepted") << CaseStatus::Accepted << none << CaseAction::Reject;
    QTest::newRow("end correction not started")
        << CaseStatus::Received << none << CaseAction::EndCorrection;
    QTest::newRow("complete rejected") << CaseStatus::Rejected << none << CaseAction::Complete;
    QTest::newRow("withdraw completed")
        << CaseStatus::Completed << CaseOutcome::Approved << CaseAction::Withdraw;
    QTest::newRow("revoke denied")
        << CaseStatus::Completed << CaseOutcome::Denied << CaseAction::Revoke;
    QTest::newRow("revoke received") << CaseStatus::Received << none << CaseAction::Revoke;
    QTest::newRow("anything after withdrawal")
        << CaseStatus::Withdrawn << none << CaseAction::Accept;
    QTest::newRow("anything after revocation")
        << CaseStatus::Revoked << none << CaseAction::StartCorrection;
}

void TestCaseLifecycle::refusedSteps()
{
    QFETCH(CaseStatus, from);
    QFETCH(CaseOutcome, fromOutcome);
    QFETCH(CaseAction, action);
    const CaseState before = state(from, fromOutcome);
    QVERIFY(!CaseLifecycle::allows(before, action));
    const CaseOutcome outcome =
        action == CaseAction::Complete ? CaseOutcome::Approved : CaseOutcome::None;
    const auto next = CaseLifecycle::apply(before, action, outcome);
    QVERIFY(std::holds_alternative<QString>(next));
    QVERIFY(!std::get<QString>(next).isEmpty());
}

void TestCaseLifecycle::correctionReturnsWhereItStarted_data()
{
    QTest::addColumn<CaseStatus>("start");
    QTest::addColumn<bool>("mayReject");
    QTest::newRow("before acceptance") << CaseStatus::Received << true;
    QTest::newRow("after acceptance") << CaseStatus::Accepted << false;
}

void TestCaseLifecycle::correctionReturnsWhereItStarted()
{
    QFETCH(CaseStatus, start);
    QFETCH(bool, mayReject);
    const auto paused = CaseLifecycle::apply(state(start), CaseAction::StartCorrection);
    QVERIFY(std::holds_alternative<CaseState>(paused));
    const CaseState p = std::get<CaseState>(paused);
    QCOMPARE(p.status, CaseStatus::Correction);
    QCOMPARE(p.beforeCorrection, start);
    // A case that was never accepted may still be turned down when the materials do not come;
    // an accepted one ends as 办结（不通过） instead.
    QCOMPARE(CaseLifecycle::allows(p, CaseAction::Reject), mayReject);
    const auto resumed = CaseLifecycle::apply(p, CaseAction::EndCorrection);
    QVERIFY(std::holds_alternative<CaseState>(resumed));
    QCOMPARE(std::get<CaseState>(resumed).status, start);
}

void TestCaseLifecycle::completionNeedsOutcome()
{
    const auto missing = CaseLifecycle::apply(state(CaseStatus::Accepted), CaseAction::Complete);
    QVERIFY(std::holds_alternative<QString>(missing));
    const auto stray = CaseLifecycle::apply(state(CaseStatus::Received), CaseAction::Accept,
                                            CaseOutcome::Approved);
    QVERIFY(std::holds_alternative<QString>(stray));
}

void TestCaseLifecycle::finalStates()
{
    QVERIFY(CaseLifecycle::isFinal(state(CaseStatus::Rejected)));
    QVERIFY(CaseLifecycle::isFinal(state(CaseStatus::Withdrawn)));
    QVERIFY(CaseLifecycle::isFinal(state(CaseStatus::Revoked)));
    QVERIFY(CaseLifecycle::isFinal(state(CaseStatus::Completed, CaseOutcome::Denied)));
    QVERIFY(!CaseLifecycle::isFinal(state(CaseStatus::Completed, CaseOutcome::Approved)));
    QVERIFY(!CaseLifecycle::isFinal(state(CaseStatus::Received)));
    QVERIFY(!CaseLifecycle::isFinal(state(CaseStatus::Correction)));
}

void TestCaseLifecycle::keysRoundTrip()
{
    for (auto action :
         {CaseAction::Accept, CaseAction::StartCorrection, CaseAction::EndCorrection,
          CaseAction::Reject, CaseAction::Complete, CaseAction::Withdraw, CaseAction::Revoke}) {
        const QString key = CaseLifecycle::key(action);
        QVERIFY(!key.isEmpty());
        QCOMPARE(CaseLifecycle::actionFromKey(key), std::optional<CaseAction>(action));
    }
    for (auto status :
         {CaseStatus::Received, CaseStatus::Accepted, CaseStatus::Correction, CaseStatus::Rejected,
          CaseStatus::Completed, CaseStatus::Withdrawn, CaseStatus::Revoked}) {
        const QString key = CaseStatusNames::key(status);
        QVERIFY(!key.isEmpty());
        QCOMPARE(CaseStatusNames::fromKey(key), std::optional<CaseStatus>(status));
        QVERIFY(!CaseStatusNames::displayName(status).isEmpty());
    }
    for (auto outcome : {CaseOutcome::None, CaseOutcome::Approved, CaseOutcome::ApprovedWithWaiver,
                         CaseOutcome::Denied}) {
        QCOMPARE(CaseStatusNames::outcomeFromKey(CaseStatusNames::key(outcome)),
                 std::optional<CaseOutcome>(outcome));
    }
    QVERIFY(!CaseLifecycle::actionFromKey(QStringLiteral("approve")).has_value());
    QVERIFY(!CaseStatusNames::fromKey(QStringLiteral("done")).has_value());
}

void TestCaseLifecycle::displayNames()
{
    QCOMPARE(CaseStatusNames::displayName(CaseStatus::Completed, CaseOutcome::Denied),
             QStringLiteral("Completed (Denied)"));
    QCOMPARE(CaseStatusNames::displayName(CaseStatus::Accepted, CaseOutcome::None),
             QStringLiteral("Accepted"));
}

QTEST_GUILESS_MAIN(TestCaseLifecycle)
#include "tst_caselifecycle.moc"
