// FollowUpTableModel: the supervisor's list of 差评 follow-ups and the steps each allows.

#include "supervisor/FollowUpTableModel.h"
#include "supervisor/FollowUpWording.h"

#include <QSignalSpy>
#include <QtTest>

using namespace halldesk;

namespace {

QJsonObject followUp(qint64 id, const QString &state, bool overdue = false)
{
    return {{QStringLiteral("id"), double(id)},
            {QStringLiteral("window"), 7},
            {QStringLiteral("staffNo"), QStringLiteral("HD0018")},
            {QStringLiteral("ticketNumber"), QStringLiteral("A012")},
            {QStringLiteral("level"), QStringLiteral("dissatisfied")},
            {QStringLiteral("reasons"), QJsonArray{QStringLiteral("slow")}},
            {QStringLiteral("comment"), QStringLiteral("等了很久")},
            {QStringLiteral("state"), state},
            {QStringLiteral("openedOn"), QStringLiteral("2026-12-01")},
            {QStringLiteral("callbackDue"), QStringLiteral("2026-12-02")},
            {QStringLiteral("rectifyDue"), QStringLiteral("2026-12-09")},
            {QStringLiteral("closedOn"), QStringLiteral("2026-12-04")},
            {QStringLiteral("overdue"), overdue},
            {QStringLiteral("notes"), QJsonArray{}}};
}

} // namespace

class TestFollowUpTableModel : public QObject
{
    Q_OBJECT

private slots:
    void stepsFollowTheLifecycle_data();
    void stepsFollowTheLifecycle();
    void rowsInWords();
    void anUpdateKeepsWhatItDoesNotCarry();
    void anUnknownUpdateChangesNothing();
};

void TestFollowUpTableModel::stepsFollowTheLifecycle_data()
{
    QTest::addColumn<QString>("state");
    QTest::addColumn<QStringList>("steps");
    QTest::addColumn<QString>("due");
    QTest::newRow("new") << QStringLiteral("new")
                         << QStringList{QStringLiteral("callBack"),
                                        QStringLiteral("judgeUnfounded")}
                         << QStringLiteral("Call back by 2026-12-02");
    QTest::newRow("called back") << QStringLiteral("called_back")
                                 << QStringList{QStringLiteral("startRectification"),
                                                QStringLiteral("complete"),
                                                QStringLiteral("judgeUnfounded")}
                                 << QStringLiteral("—");
    QTest::newRow("rectifying") << QStringLiteral("rectifying")
                                << QStringList{QStringLiteral("complete")}
                                << QStringLiteral("Rectify by 2026-12-09");
    QTest::newRow("done") << QStringLiteral("done") << QStringList{}
                          << QStringLiteral("Closed 2026-12-04");
    QTest::newRow("unfounded") << QStringLiteral("unfounded") << QStringList{}
                               << QStringLiteral("Closed 2026-12-04");
    QTest::newRow("unknown state")
        << QStringLiteral("lost") << QStringList{} << QStringLiteral("—");
}

void TestFollowUpTableModel::stepsFollowTheLifecycle()
{
    QFETCH(QString, state);
    QFETCH(QStringList, steps);
    QFETCH(QString, due);
    QCOMPARE(FollowUpTableModel::allowedActions(followUp(1, state)), steps);
    QCOMPARE(FollowUpTableModel::dueText(followUp(1, state)), due);
    for (const QString &step : steps)
        QVERIFY(FollowUpWording::actionName(step) != step);
}

void TestFollowUpTableModel::rowsInWords()
{
    FollowUpTableModel model;
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setFollowUps({followUp(3, QStringLiteral("new"), true),
                        followUp(2, QStringLiteral("rectifying")), QStringLiteral("junk")});
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOf(2), 1);
    QCOMPARE(model.rowOf(9), -1);
    QCOMPARE(model.index(0, FollowUpTableModel::Window).data().toString(),
             QStringLiteral("Window 7"));
    QCOMPARE(model.index(0, FollowUpTableModel::Ticket).data().toString(), QStringLiteral("A012"));
    QCOMPARE(model.index(0, FollowUpTableModel::State).data().toString(),
             FollowUpWording::stateName(QStringLiteral("new")));
    QCOMPARE(model.index(0, FollowUpTableModel::Due).data().toString(),
             QStringLiteral("Call back by 2026-12-02 (overdue)"));
    QVERIFY(model.index(0, 0).data(FollowUpTableModel::OverdueRole).toBool());
    QVERIFY(!model.index(1, 0).data(FollowUpTableModel::OverdueRole).toBool());
    QVERIFY(!model.index(0, FollowUpTableModel::Level).data().toString().isEmpty());
}

void TestFollowUpTableModel::anUpdateKeepsWhatItDoesNotCarry()
{
    FollowUpTableModel model;
    model.setFollowUps({followUp(3, QStringLiteral("new")), followUp(2, QStringLiteral("new"))});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    // As followUpAction answers: without comment and notes.
    QJsonObject answer = followUp(2, QStringLiteral("called_back"));
    answer.remove(QStringLiteral("comment"));
    answer.remove(QStringLiteral("notes"));
    model.update(answer);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 1);
    const QJsonObject row = model.followUpAt(1);
    QCOMPARE(row.value(QLatin1String("state")).toString(), QStringLiteral("called_back"));
    QCOMPARE(row.value(QLatin1String("comment")).toString(), QStringLiteral("等了很久"));
    QVERIFY(row.value(QLatin1String("notes")).isArray());
    QCOMPARE(model.followUpAt(0).value(QLatin1String("state")).toString(), QStringLiteral("new"));
}

void TestFollowUpTableModel::anUnknownUpdateChangesNothing()
{
    FollowUpTableModel model;
    model.setFollowUps({followUp(3, QStringLiteral("new"))});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.update(followUp(4, QStringLiteral("done")));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(model.rowCount(), 1);
}

QTEST_GUILESS_MAIN(TestFollowUpTableModel)
#include "tst_followuptablemodel.moc"
