#include "casework/CaseJson.h"

#include <QJsonArray>
#include <QTest>

using namespace halldesk;

namespace {

CaseRecord sampleRecord()
{
    CaseRecord r;
    r.number = CaseNumber(QDate(2026, 11, 28), 15, 3);
    r.verificationCode = QStringLiteral("7KQ2MZ9H");
    r.window = 15;
    r.staffNo = QStringLiteral("HD0026");
    r.ticketNumber = QStringLiteral("A023");
    r.receivedAtMs = 1795833600000;
    r.receivedOn = QDate(2026, 11, 28);
    r.catalogueVersion = 4;
    r.items = {{QStringLiteral("F0101"), 2, QStringLiteral("F0101-01"),
                QStringLiteral("有限责任公司设立登记")},
               {QStringLiteral("F0301"), 1, QString(), QStringLiteral("食品经营许可")}};
    r.bundleCode = QStringLiteral("LB01");
    r.applicant.kind = Applicant::Kind::Organisation;
    r.applicant.name = QStringLiteral("黄石市某某餐饮有限公司");
    r.applicant.creditCode = QStringLiteral("91350100M000100Y43");
    r.applicant.legalRepresentative = QStringLiteral("王五");
    r.applicant.contactName = QStringLiteral("赵六");
    r.applicant.mobile = QStringLiteral("13800138000");
    r.form[QStringLiteral("F0101")][QStringLiteral("capital")] = QStringLiteral("50");
    r.form[QStringLiteral("F0301")][QStringLiteral("address")] = QStringLiteral("黄石港区某路1号");
    MaterialCheck id;
    id.code = QStringLiteral("M-LEGALREP-ID");
    id.name = QStringLiteral("法定代表人身份证件");
    id.state = MaterialCheck::State::Received;
    id.pages = 2;
    id.reusedFromCase = QStringLiteral("20261102-0015-0001");
    MaterialCheck plan;
    plan.code = QStringLiteral("M-FLOORPLAN");
    plan.name = QStringLiteral("经营场所平面图");
    plan.form = MaterialSpec::Form::Copy;
    plan.copies = 2;
    plan.waivable = true;
    plan.state = MaterialCheck::State::Waived;
    r.materials = {id, plan};
    r.decision = IntakeDecision::CreditCommitment;
    r.state = CaseState{CaseStatus::Correction, CaseOutcome::None, CaseStatus::Accepted};
    r.dueDate = QDate(2026, 12, 7);
    r.verificationDue = QDate(2026, 12, 28);
    r.pauses = {{QDate(2026, 11, 30), QDate(2026, 12, 1)}, {QDate(2026, 12, 3), std::nullopt}};
    return r;
}

} // namespace

class TestCaseJson : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip();
    void personRoundTrip();
    void malformedFieldIsNamed_data();
    void malformedFieldIsNamed();
};

void TestCaseJson::roundTrip()
{
    const CaseRecord record = sampleRecord();
    const auto back = CaseJson::fromJson(CaseJson::toJson(record));
    QVERIFY(std::holds_alternative<CaseRecord>(back));
    QCOMPARE(std::get<CaseRecord>(back), record);
}

void TestCaseJson::personRoundTrip()
{
    CaseRecord record = sampleRecord();
    record.applicant = Applicant{};
    record.applicant.kind = Applicant::Kind::Person;
    record.applicant.name = QStringLiteral("张三");
    record.applicant.residentId = QStringLiteral("420202199001011231");
    record.applicant.mobile = QStringLiteral("13800138000");
    record.dueDate.reset();
    record.verificationDue.reset();
    record.pauses.clear();
    record.state =
        CaseState{CaseStatus::Completed, CaseOutcome::ApprovedWithWaiver, CaseStatus::Received};
    const QJsonObject json = CaseJson::toJson(record);
    // An organisation's fields are not sent for a person, so nothing stale travels along.
    QVERIFY(
        !json.value(QLatin1String("applicant")).toObject().contains(QLatin1String("creditCode")));
    const auto back = CaseJson::fromJson(json);
    QVERIFY(std::holds_alternative<CaseRecord>(back));
    QCOMPARE(std::get<CaseRecord>(back), record);
}

void TestCaseJson::malformedFieldIsNamed_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("named");

    QTest::newRow("number") << "number" << QJsonValue(QStringLiteral("A023")) << "number";
    QTest::newRow("no verification code")
        << "verificationCode" << QJsonValue(QString()) << "verificationCode";
    QTest::newRow("window as text") << "window" << QJsonValue(QStringLiteral("15")) << "window";
    QTest::newRow("window 0") << "window" << QJsonValue(0) << "window";
    QTest::newRow("negative time") << "receivedAtMs" << QJsonValue(-1) << "receivedAtMs";
    QTest::newRow("bad day") << "receivedOn" << QJsonValue(QStringLiteral("2026-02-30"))
                             << "receivedOn";
    QTest::newRow("no items") << "items" << QJsonValue(QJsonArray()) << "items";
    QTest::newRow("item without revision")
        << "items" << QJsonValue(QJsonArray{QJsonObject{{"code", "F0101"}}}) << "items";
    QTest::newRow("applicant kind")
        << "applicant" << QJsonValue(QJsonObject{{"kind", "robot"}}) << "applicant";
    QTest::newRow("form value not text")
        << "form" << QJsonValue(QJsonObject{{"F0101", QJsonObject{{"capital", 50}}}}) << "form";
    QTest::newRow("material state") << "materials"
                                    << QJsonValue(QJsonArray{QJsonObject{{"code", "M"},
                                                                         {"name", "n"},
                                                                         {"form", "copy"},
                                                                         {"copies", 1},
                                                                         {"pages", 0},
                                                                         {"state", "lost"}}})
                                    << "materials";
    QTest::newRow("negative pages") << "materials"
                                    << QJsonValue(QJsonArray{QJsonObject{{"code", "M"},
                                                                         {"name", "n"},
                                                                         {"form", "copy"},
                                                                         {"copies", 1},
                                                                         {"pages", -2},
                                                                         {"state", "received"}}})
                                    << "materials";
    QTest::newRow("decision") << "decision" << QJsonValue(QStringLiteral("approve")) << "decision";
    QTest::newRow("status") << "status" << QJsonValue(QStringLiteral("done")) << "status";
    QTest::newRow("due date") << "dueDate" << QJsonValue(QStringLiteral("tomorrow")) << "dueDate";
    QTest::newRow("pause ending before it starts")
        << "pauses"
        << QJsonValue(QJsonArray{QJsonObject{{"start", "2026-12-03"}, {"end", "2026-12-01"}}})
        << "pauses";
}

void TestCaseJson::malformedFieldIsNamed()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(QString, named);
    QJsonObject json = CaseJson::toJson(sampleRecord());
    json.insert(field, value);
    const auto back = CaseJson::fromJson(json);
    QVERIFY(std::holds_alternative<QString>(back));
    QCOMPARE(std::get<QString>(back), named);
}

QTEST_GUILESS_MAIN(TestCaseJson)
#include "tst_casejson.moc"
