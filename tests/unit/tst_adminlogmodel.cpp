// AdminLogTableModel and AdminLogWording: the administration log in words, newest first, with
// older pages added below without repeating a row.

#include "supervisor/AdminLogTableModel.h"
#include "supervisor/AdminLogWording.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSignalSpy>
#include <QtTest>

using namespace halldesk;

namespace {

QJsonObject entry(qint64 id, const QString &operation, const QString &target,
                  const QJsonObject &detail)
{
    return {{QStringLiteral("id"), double(id)},
            {QStringLiteral("atMs"),
             double(QDateTime(QDate(2026, 12, 7), QTime(9, 30, 5)).toMSecsSinceEpoch())},
            {QStringLiteral("staffNo"), QStringLiteral("HD0001")},
            {QStringLiteral("staffName"), QStringLiteral("王敏")},
            {QStringLiteral("operation"), operation},
            {QStringLiteral("target"), target},
            {QStringLiteral("detail"), detail}};
}

QJsonObject page(const QList<qint64> &ids, bool more)
{
    QJsonArray entries;
    for (qint64 id : ids)
        entries.append(entry(id, QStringLiteral("adminSaveArea"), QStringLiteral("A"),
                             {{QStringLiteral("letter"), QStringLiteral("A")}}));
    return {{QStringLiteral("entries"), entries}, {QStringLiteral("more"), more}};
}

} // namespace

class TestAdminLogModel : public QObject
{
    Q_OBJECT

private slots:
    void wording_data();
    void wording();
    void rowsInWords();
    void areasByName();
    void olderPagesAddBelowOnce();
    void newestReplaces();
};

void TestAdminLogModel::wording_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QJsonObject>("detail");
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("words");

    QTest::newRow("new staff member")
        << "adminSaveStaff"
        << "HD0107"
        << QJsonObject{{"changed", QJsonArray{"created"}}, {"role", "clerk"}, {"active", true}}
        << "New staff member"
        << "Staff member HD0107"
        << "Role: Clerk; May sign in";
    QTest::newRow("staff role and state changed")
        << "adminSaveStaff"
        << "HD0107"
        << QJsonObject{{"changed", QJsonArray{"role", "active"}},
                       {"role", "supervisor"},
                       {"active", false}}
        << "Staff member changed"
        << "Staff member HD0107"
        << "Changed: role, may sign in; Role: Supervisor; Deactivated";
    QTest::newRow("staff saved unchanged")
        << "adminSaveStaff"
        << "HD0107" << QJsonObject{{"changed", QJsonArray{}}, {"role", "admin"}, {"active", true}}
        << "Staff member changed"
        << "Staff member HD0107"
        << "Nothing changed; Role: Administrator; May sign in";
    QTest::newRow("password") << "adminResetPassword"
                              << "HD0107" << QJsonObject{} << "Temporary password set"
                              << "Staff member HD0107"
                              << "Lock-out cleared; their sessions ended";
    QTest::newRow("new area") << "adminSaveArea"
                              << "B" << QJsonObject{{"letter", "B"}, {"created", true}}
                              << "New area"
                              << "Area B"
                              << "Ticket letter B";
    QTest::newRow("queue") << "adminSaveQueue"
                           << "B-TAX"
                           << QJsonObject{{"area", "B"},
                                          {"prefix", "B"},
                                          {"initialServiceSeconds", 600},
                                          {"created", false}}
                           << "Queue changed"
                           << "Queue B-TAX"
                           << "Area B; Prefix B; Initial service time 600 s";
    QTest::newRow("window")
        << "adminSaveWindow"
        << "12"
        << QJsonObject{{"area", "A"},
                       {"queues", QJsonArray{QJsonObject{{"queue", "A-CIT"}, {"weight", 2}},
                                             QJsonObject{{"queue", "A-ENT"}, {"weight", 0.5}}}},
                       {"created", true}}
        << "New window"
        << "Window 12"
        << "Area A; Queues: A-CIT (weight 2), A-ENT (weight 0.5)";
    // In the kiosk's order whatever the JSON's, each named as the kiosk names it.
    QTest::newRow("priority groups")
        << "adminSetPriorityGroups"
        << "" << QJsonObject{{"pregnant", true}, {"elderly", false}} << "Priority groups switched"
        << "Whole hall"
        << "Senior citizen off; Pregnant woman on";
    QTest::newRow("thresholds")
        << "adminSetThresholds"
        << "" << QJsonObject{{"longWaitMinutes", 30},    {"idleWithWaitingMinutes", 5},
                             {"longServiceMinutes", 20}, {"offlineMinutes", 1},
                             {"badRatings", true},       {"overdueFollowUps", false}}
        << "Alert thresholds set"
        << "Whole hall"
        << "Long wait 30 min; Idle with people waiting 5 min; Long service 20 min; Offline 1 "
           "min; Bad ratings on; Overdue follow-ups off";
    QTest::newRow("holiday year")
        << "adminSaveHolidayYear"
        << "2027" << QJsonObject{{"year", 2027}} << "Holiday year stored"
        << "Year 2027"
        << "Days off and make-up working days of the year, in force at once";
    // A newer server's operation is shown as recorded, not dropped.
    QTest::newRow("unknown operation") << "adminSomethingNew"
                                       << "X9" << QJsonObject{{"a", 1}} << "adminSomethingNew"
                                       << "X9"
                                       << "{\"a\":1}";
}

void TestAdminLogModel::wording()
{
    QFETCH(QString, operation);
    QFETCH(QString, target);
    QFETCH(QJsonObject, detail);
    QFETCH(QString, change);
    QFETCH(QString, subject);
    QFETCH(QString, words);
    QCOMPARE(AdminLogWording::change(operation, detail), change);
    QCOMPARE(AdminLogWording::subject(operation, target), subject);
    QCOMPARE(AdminLogWording::detail(operation, detail), words);
}

void TestAdminLogModel::rowsInWords()
{
    AdminLogTableModel model;
    model.setNewest(
        {{QStringLiteral("entries"),
          QJsonArray{entry(9, QStringLiteral("adminSaveStaff"), QStringLiteral("HD0107"),
                           {{QStringLiteral("changed"), QJsonArray{"name"}},
                            {QStringLiteral("role"), QStringLiteral("clerk")},
                            {QStringLiteral("active"), true}})}},
         {QStringLiteral("more"), false}});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.columnCount(), int(AdminLogTableModel::ColumnCount));
    const auto cell = [&model](int column) {
        return model.index(0, column).data().toString();
    };
    QCOMPARE(cell(AdminLogTableModel::Time), QStringLiteral("2026-12-07 09:30:05"));
    QCOMPARE(cell(AdminLogTableModel::Administrator), QStringLiteral("王敏 (HD0001)"));
    QCOMPARE(cell(AdminLogTableModel::Change), QStringLiteral("Staff member changed"));
    QCOMPARE(cell(AdminLogTableModel::Subject), QStringLiteral("Staff member HD0107"));
    QCOMPARE(cell(AdminLogTableModel::Detail),
             QStringLiteral("Changed: name; Role: Clerk; May sign in"));
    QCOMPARE(model.headerData(AdminLogTableModel::Detail, Qt::Horizontal).toString(),
             QStringLiteral("Detail"));
    QVERIFY(!model.hasMore());
    QCOMPARE(model.oldestId(), 9);
}

void TestAdminLogModel::areasByName()
{
    const AdminLogWording::AreaNames areas{{QStringLiteral("tax"), QStringLiteral("税务区")}};
    QCOMPARE(
        AdminLogWording::subject(QStringLiteral("adminSaveArea"), QStringLiteral("tax"), areas),
        QStringLiteral("Area 税务区 (tax)"));
    // An area the console does not know (yet) by its code.
    QCOMPARE(
        AdminLogWording::subject(QStringLiteral("adminSaveArea"), QStringLiteral("new"), areas),
        QStringLiteral("Area new"));

    AdminLogTableModel model;
    model.setNewest({{QStringLiteral("entries"),
                      QJsonArray{entry(3, QStringLiteral("adminSaveQueue"), QStringLiteral("T1"),
                                       {{QStringLiteral("area"), QStringLiteral("tax")},
                                        {QStringLiteral("prefix"), QStringLiteral("T")},
                                        {QStringLiteral("initialServiceSeconds"), 300}})}},
                     {QStringLiteral("more"), false}});
    const QModelIndex detail = model.index(0, AdminLogTableModel::Detail);
    QCOMPARE(detail.data().toString(),
             QStringLiteral("Area tax; Prefix T; Initial service time 300 s"));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setAreaNames(areas);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(detail.data().toString(),
             QStringLiteral("Area 税务区 (tax); Prefix T; Initial service time 300 s"));
    model.setAreaNames(areas);
    QCOMPARE(changed.count(), 1);
}

void TestAdminLogModel::olderPagesAddBelowOnce()
{
    AdminLogTableModel model;
    model.setNewest(page({10, 9, 8}, true));
    QVERIFY(model.hasMore());
    QCOMPARE(model.oldestId(), 8);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    // An answer that overlaps what is shown (a change was made between two requests).
    model.appendOlder(page({8, 7, 6}, true));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 3);
    QCOMPARE(inserted.first().at(2).toInt(), 4);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.oldestId(), 6);
    model.appendOlder(page({5}, false));
    QCOMPARE(model.rowCount(), 6);
    QVERIFY(!model.hasMore());
    QCOMPARE(reset.count(), 0);
    // Nothing new: no rows, no signal.
    model.appendOlder(page({6, 5}, false));
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(inserted.count(), 2);
}

void TestAdminLogModel::newestReplaces()
{
    AdminLogTableModel model;
    model.setNewest(page({10, 9, 8}, true));
    model.appendOlder(page({7, 6}, false));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setNewest(page({11, 10}, true));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.oldestId(), 10);
    QVERIFY(model.hasMore());
    model.setNewest(page({}, false));
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.oldestId(), 0);
}

QTEST_GUILESS_MAIN(TestAdminLogModel)
#include "tst_adminlogmodel.moc"
