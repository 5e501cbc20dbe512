#include "TestCatalogue.h"
#include "casework/DecisionRules.h"

#include <QTest>

using namespace halldesk;

Q_DECLARE_METATYPE(halldesk::IntakeDecision)

namespace {

using State = MaterialCheck::State;

MaterialSpec spec(const char *code, bool required, bool waivable)
{
    MaterialSpec m;
    m.code = QLatin1String(code);
    m.name = QStringLiteral("材料") + m.code;
    m.required = required;
    m.waivable = waivable;
    return m;
}

ServiceItem item(const char *code, ItemType type, int promised, bool credit = false,
                 int verification = 0)
{
    ServiceItem i;
    i.code = QLatin1String(code);
    i.name = QStringLiteral("事项") + i.code;
    i.type = type;
    i.promisedDays = promised;
    i.statutoryDays = promised * 5;
    i.creditCommitment = credit;
    i.verificationDays = verification;
    return i;
}

// ID card (required), licence (required, may follow later), photo (optional).
QList<MaterialCheck> checklist(State id, State licence, State photo)
{
    QList<MaterialCheck> list = {MaterialCheck::fromSpec(spec("M-IDCARD", true, false)),
                                 MaterialCheck::fromSpec(spec("M-BIZLIC", true, true)),
                                 MaterialCheck::fromSpec(spec("M-PHOTO", false, false))};
    list[0].state = id;
    list[1].state = licence;
    list[2].state = photo;
    for (MaterialCheck &m : list)
        m.pages = m.state == State::Received ? 1 : 0;
    return list;
}

const ServiceItem Immediate = item("A0101", ItemType::Immediate, 0);
const ServiceItem Promised = item("F0101", ItemType::Commitment, 3);
const ServiceItem Credit = item("F0201", ItemType::Commitment, 5, true, 20);
const ServiceItem CreditLonger = item("F0202", ItemType::Commitment, 10, true, 30);

} // namespace

class TestDecisionRules : public QObject
{
    Q_OBJECT

private slots:
    void decisions_data();
    void decisions();
    void missingListsEveryRequiredMaterial();
    void bundleLimitsAreTheLongest();
    void subItemLimitReplacesItsItems();
    void immediateOutcome();
    void decisionsMapToLifecycle();
    void keys();
};

void TestDecisionRules::decisions_data()
{
    QTest::addColumn<IntakeDecision>("decision");
    QTest::addColumn<QList<const ServiceItem *>>("items");
    QTest::addColumn<QList<MaterialCheck>>("materials");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<bool>("allowed");

    const auto all = checklist(State::Received, State::Received, State::Received);
    const auto optionalMissing = checklist(State::Received, State::Received, State::Missing);
    const auto waived = checklist(State::Received, State::Waived, State::Missing);
    const auto idMissing = checklist(State::Missing, State::Received, State::Received);
    const auto idWaived = checklist(State::Waived, State::Received, State::Received);
    const QList<const ServiceItem *> immediate = {&Immediate};
    const QList<const ServiceItem *> promised = {&Promised};
    const QList<const ServiceItem *> credit = {&Credit};
    const QList<const ServiceItem *> mixed = {&Immediate, &Promised};

    QTest::newRow("accept complete") << IntakeDecision::Accept << promised << all << "" << true;
    QTest::newRow("accept, optional missing")
        << IntakeDecision::Accept << promised << optionalMissing << "" << true;
    QTest::newRow("accept with waiver")
        << IntakeDecision::Accept << promised << waived << "" << true;
    QTest::newRow("accept, required missing")
        << IntakeDecision::Accept << promised << idMissing << "" << false;
    QTest::newRow("waiving what may not be waived")
        << IntakeDecision::Accept << promised << idWaived << "" << false;
    QTest::newRow("no items") << IntakeDecision::Accept << QList<const ServiceItem *>() << all << ""
                              << false;
    QTest::newRow("immediate") << IntakeDecision::Immediate << immediate << all << "" << true;
    QTest::newRow("immediate, promised item")
        << IntakeDecision::Immediate << promised << all << "" << false;
    QTest::newRow("immediate, bundle with a promised item")
        << IntakeDecision::Immediate << mixed << all << "" << false;
    QTest::newRow("immediate, required missing")
        << IntakeDecision::Immediate << immediate << idMissing << "" << false;
    QTest::newRow("correction") << IntakeDecision::Correction << promised << idMissing << ""
                                << true;
    QTest::newRow("correction, nothing missing")
        << IntakeDecision::Correction << promised << optionalMissing << "" << false;
    QTest::newRow("reject with reason")
        << IntakeDecision::Reject << promised << all << "不属于本部门职权范围" << true;
    QTest::newRow("reject without reason")
        << IntakeDecision::Reject << promised << all << "   " << false;
    QTest::newRow("credit commitment, materials missing")
        << IntakeDecision::CreditCommitment << credit << idMissing << "" << true;
    QTest::newRow("credit commitment, item does not allow it")
        << IntakeDecision::CreditCommitment << promised << all << "" << false;
}

void TestDecisionRules::decisions()
{
    QFETCH(IntakeDecision, decision);
    QFETCH(QList<const ServiceItem *>, items);
    QFETCH(QList<MaterialCheck>, materials);
    QFETCH(QString, reason);
    QFETCH(bool, allowed);
    const QString why = DecisionRules::check(decision, items, materials, reason);
    QCOMPARE(why.isEmpty(), allowed);
}

void TestDecisionRules::missingListsEveryRequiredMaterial()
{
    const auto materials = checklist(State::Missing, State::Missing, State::Missing);
    const auto missing = DecisionRules::missing(materials);
    QCOMPARE(missing.size(), 2);
    QCOMPARE(missing.at(0).code, QStringLiteral("M-IDCARD"));
    QCOMPARE(missing.at(1).code, QStringLiteral("M-BIZLIC"));
    QVERIFY(DecisionRules::missing(checklist(State::Received, State::Waived, State::Missing))
                .isEmpty());
}

void TestDecisionRules::bundleLimitsAreTheLongest()
{
    QCOMPARE(DecisionRules::promisedDays({&Immediate}), 0);
    QCOMPARE(DecisionRules::promisedDays({&Immediate, &Promised, &Credit}), 5);
    QCOMPARE(DecisionRules::verificationDays({&Credit, &CreditLonger}), 30);
}

void TestDecisionRules::subItemLimitReplacesItsItems()
{
    const Catalogue catalogue = *test::testCasework().catalogue;
    const auto taken = [](const QString &code, const QString &subItem = {}) {
        CaseItem item;
        item.code = code;
        item.subItemCode = subItem;
        return item;
    };
    QCOMPARE(DecisionRules::promisedDays({taken("T0003")}, catalogue), 5);
    QCOMPARE(DecisionRules::promisedDays({taken("T0003", "T0003-01")}, catalogue), 2);
    QCOMPARE(DecisionRules::promisedDays({taken("T0003", "T0003-01"), taken("T0002")}, catalogue),
             3);
    QCOMPARE(DecisionRules::promisedDays({taken("T9999")}, catalogue), 0);
}

void TestDecisionRules::immediateOutcome()
{
    QCOMPARE(DecisionRules::outcome(IntakeDecision::Immediate,
                                    checklist(State::Received, State::Received, State::Missing)),
             CaseOutcome::Approved);
    QCOMPARE(DecisionRules::outcome(IntakeDecision::Immediate,
                                    checklist(State::Received, State::Waived, State::Missing)),
             CaseOutcome::ApprovedWithWaiver);
    QCOMPARE(DecisionRules::outcome(IntakeDecision::Accept,
                                    checklist(State::Received, State::Waived, State::Missing)),
             CaseOutcome::None);
}

void TestDecisionRules::decisionsMapToLifecycle()
{
    // Every decision is a step the lifecycle allows on a freshly received case.
    const auto materials = checklist(State::Received, State::Received, State::Received);
    for (IntakeDecision d : IntakeDecisionNames::all()) {
        const CaseAction action = DecisionRules::action(d);
        const CaseOutcome outcome = DecisionRules::outcome(d, materials);
        const auto next = CaseLifecycle::apply(CaseState{}, action, outcome);
        QVERIFY2(std::holds_alternative<CaseState>(next), qPrintable(IntakeDecisionNames::key(d)));
    }
    QCOMPARE(DecisionRules::action(IntakeDecision::Correction), CaseAction::StartCorrection);
    QCOMPARE(DecisionRules::action(IntakeDecision::CreditCommitment), CaseAction::Accept);
}

void TestDecisionRules::keys()
{
    for (IntakeDecision d : IntakeDecisionNames::all()) {
        QCOMPARE(IntakeDecisionNames::fromKey(IntakeDecisionNames::key(d)),
                 std::optional<IntakeDecision>(d));
        QVERIFY(!IntakeDecisionNames::displayName(d).isEmpty());
    }
    QVERIFY(!IntakeDecisionNames::fromKey(QStringLiteral("approve")).has_value());
}

QTEST_GUILESS_MAIN(TestDecisionRules)
#include "tst_decisionrules.moc"
