// The administration page's model without its widgets: AlertThresholdsJson (the hall's
// thresholds in whole minutes, each range checked, the first bad field named) and
// AdminConfig (adminConfig as the server answers it, PROTOCOL.md §5.36).

#include "supervisor/AdminConfig.h"
#include "supervisor/AlertThresholdsJson.h"

#include <QJsonArray>
#include <QtTest>

using namespace halldesk;
using std::chrono::milliseconds;
using std::chrono::minutes;

namespace {

QJsonObject thresholds()
{
    return {
        {QStringLiteral("longWaitMinutes"), 45},    {QStringLiteral("idleWithWaitingMinutes"), 4},
        {QStringLiteral("longServiceMinutes"), 25}, {QStringLiteral("offlineMinutes"), 2},
        {QStringLiteral("badRatings"), false},      {QStringLiteral("overdueFollowUps"), true}};
}

} // namespace

class TestAdminConfig : public QObject
{
    Q_OBJECT

private slots:
    void thresholdsRoundTrip();
    void badThresholds_data();
    void badThresholds();
    void configFromTheServersAnswer();
    void missingPartsAreEmpty();
};

void TestAdminConfig::thresholdsRoundTrip()
{
    const auto parsed = AlertThresholdsJson::fromJson(thresholds());
    QVERIFY(parsed);
    QCOMPARE(parsed->longWait, milliseconds(minutes(45)));
    QCOMPARE(parsed->idleWithWaiting, milliseconds(minutes(4)));
    QCOMPARE(parsed->longService, milliseconds(minutes(25)));
    QCOMPARE(parsed->offline, milliseconds(minutes(2)));
    QCOMPARE(parsed->badRatings, false);
    QCOMPARE(parsed->overdueFollowUps, true);
    QCOMPARE(AlertThresholdsJson::toJson(*parsed), thresholds());
    // The defaults travel as whole minutes too.
    QCOMPARE(AlertThresholdsJson::toJson(AlertThresholds()).value("offlineMinutes").toInt(), 1);
}

void TestAdminConfig::badThresholds_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("long wait of 0") << "longWaitMinutes" << QJsonValue(0);
    QTest::newRow("long wait of 481") << "longWaitMinutes" << QJsonValue(481);
    QTest::newRow("idle of 121") << "idleWithWaitingMinutes" << QJsonValue(121);
    QTest::newRow("service of half a minute") << "longServiceMinutes" << QJsonValue(0.5);
    QTest::newRow("offline of 61") << "offlineMinutes" << QJsonValue(61);
    QTest::newRow("offline as text") << "offlineMinutes" << QJsonValue("2");
    QTest::newRow("offline missing") << "offlineMinutes" << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("bad ratings as number") << "badRatings" << QJsonValue(1);
    QTest::newRow("follow-ups missing") << "overdueFollowUps" << QJsonValue(QJsonValue::Undefined);
}

void TestAdminConfig::badThresholds()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QJsonObject json = thresholds();
    if (value.isUndefined())
        json.remove(field);
    else
        json.insert(field, value);
    QString bad;
    QVERIFY(!AlertThresholdsJson::fromJson(json, &bad));
    QCOMPARE(bad, field);
}

void TestAdminConfig::configFromTheServersAnswer()
{
    const QJsonObject answer{
        {"areas", QJsonArray{QJsonObject{{"code", "a"}, {"name", "综合"}, {"letter", "A"}}}},
        {"queues", QJsonArray{QJsonObject{{"code", "QA1"},
                                          {"name", "企业"},
                                          {"area", "a"},
                                          {"prefix", "A"},
                                          {"initialServiceSeconds", 600}}}},
        {"windows", QJsonArray{QJsonObject{
                        {"number", 15},
                        {"name", "15号窗口"},
                        {"area", "a"},
                        {"queues", QJsonArray{QJsonObject{{"queue", "QA1"}, {"weight", 2.5}}}}}}},
        {"staff", QJsonArray{QJsonObject{{"staffNo", "HD0001"},
                                         {"name", "罗俊"},
                                         {"role", "admin"},
                                         {"active", true},
                                         {"hasPassword", true},
                                         {"locked", true}}}},
        {"thresholds", thresholds()},
        {"priorityGroups", QJsonArray{QJsonObject{{"group", "elderly"}, {"enabled", false}}}},
        {"holidayYears",
         QJsonArray{QJsonObject{{"year", 2026}, {"notice", "通知"}, {"holidays", 7}}}},
    };
    const AdminConfig config = AdminConfig::fromJson(answer);
    QCOMPARE(config.areas.size(), 1);
    QCOMPARE(config.area("a")->letter, QStringLiteral("A"));
    QVERIFY(!config.area("b"));
    QCOMPARE(config.queues.first().initialServiceSeconds, 600);
    QCOMPARE(config.window(15)->queues,
             (QList<AdminConfig::ServedQueue>{{QStringLiteral("QA1"), 2.5}}));
    QVERIFY(!config.window(16));
    QCOMPARE(AdminConfig::servedJson(config.window(15)->queues),
             answer.value("windows").toArray().first().toObject().value("queues").toArray());
    const AdminConfig::Staff *admin = config.staffMember(QStringLiteral("HD0001"));
    QVERIFY(admin);
    QCOMPARE(admin->role, QStringLiteral("admin"));
    QVERIFY(admin->locked);
    QCOMPARE(config.thresholds.longWait, milliseconds(minutes(45)));
    QCOMPARE(config.priorityGroups.first().enabled, false);
    QCOMPARE(config.holidayYears.first().holidays, 7);
}

void TestAdminConfig::missingPartsAreEmpty()
{
    // Thresholds null (never set): the defaults, as a console has them.
    const AdminConfig config = AdminConfig::fromJson({{"thresholds", QJsonValue()}});
    QVERIFY(config.windows.isEmpty());
    QVERIFY(config.staff.isEmpty());
    QCOMPARE(config.thresholds.longWait, AlertThresholds().longWait);
}

QTEST_GUILESS_MAIN(TestAdminConfig)
#include "tst_adminconfig.moc"
