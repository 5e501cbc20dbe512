// The supervisor console's grid model (WindowGridModel) over a HallMonitor fed by hand: rows in
// the hall's order with their area, each state in words, the current ticket and its time in
// service ticking with the clock, one row updated per window event, a reset per snapshot.

#include "HallFeed.h"
#include "supervisor/WindowGridModel.h"

#include <QSignalSpy>
#include <QTest>

using namespace halldesk;
using namespace halldesk::test;

class TestWindowGridModel : public QObject
{
    Q_OBJECT

private slots:
    void rowsInTheHallsOrder();
    void states_data();
    void states();
    void serviceTimeTicks();
    void aWindowEventChangesItsRowAlone();
    void aSnapshotResets();
    void duration_data();
    void duration();

private:
    static QVariant at(const WindowGridModel &model, int number, int role)
    {
        return model.index(model.rowOf(number)).data(role);
    }
};

void TestWindowGridModel::rowsInTheHallsOrder()
{
    HallFeed feed;
    WindowGridModel model(feed.monitor);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.rowOf(1), 0);
    QCOMPARE(model.rowOf(3), 2);
    QCOMPARE(model.rowOf(99), -1);
    QCOMPARE(at(model, 2, WindowGridModel::AreaRole).toString(), QStringLiteral("a"));
    QCOMPARE(at(model, 3, WindowGridModel::AreaTitleRole).toString(), QStringLiteral("B 社保"));
    QCOMPARE(at(model, 3, WindowGridModel::NumberRole).toInt(), 3);
    QVERIFY(model.roleNames().contains(WindowGridModel::StatusTextRole));
}

void TestWindowGridModel::states_data()
{
    QTest::addColumn<QJsonObject>("window");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("words");
    QTest::addColumn<QString>("clerk");
    QTest::addColumn<QString>("ticket");

    QTest::newRow("signed out") << HallFeed::window(1, QStringLiteral("signed_out"))
                                << int(WindowStatus::SignedOut) << "Signed out"
                                << ""
                                << "";
    QTest::newRow("idle") << HallFeed::window(1, QStringLiteral("open")) << int(WindowStatus::Idle)
                          << "Idle"
                          << "张三1"
                          << "";
    QTest::newRow("serving") << HallFeed::window(1, QStringLiteral("open"), true,
                                                 QStringLiteral("A001"), 1)
                             << int(WindowStatus::Serving) << "Serving"
                             << "张三1"
                             << "A001";
    QTest::newRow("paused with a reason") << HallFeed::window(1, QStringLiteral("paused"))
                                          << int(WindowStatus::Paused) << "Paused: 午休"
                                          << "张三1"
                                          << "";
    QTest::newRow("offline while serving")
        << HallFeed::window(1, QStringLiteral("open"), false, QStringLiteral("A001"), 1)
        << int(WindowStatus::Offline) << "Offline"
        << "张三1"
        << "";
    QJsonObject nameless = HallFeed::window(1, QStringLiteral("open"));
    nameless.insert(QStringLiteral("staffName"), QString());
    QTest::newRow("a clerk without a name") << nameless << int(WindowStatus::Idle) << "Idle"
                                            << "S1"
                                            << "";
}

void TestWindowGridModel::states()
{
    QFETCH(QJsonObject, window);
    QFETCH(int, status);
    QFETCH(QString, words);
    QFETCH(QString, clerk);
    QFETCH(QString, ticket);

    HallFeed feed;
    WindowGridModel model(feed.monitor);
    feed.snapshot({window}, {},
                  {HallFeed::ticket(1, QStringLiteral("QA"), QStringLiteral("called"),
                                    feed.clock.nowMs(), 1, feed.clock.nowMs())});
    QCOMPARE(at(model, 1, WindowGridModel::StatusRole).toInt(), status);
    QCOMPARE(at(model, 1, WindowGridModel::StatusTextRole).toString(), words);
    QCOMPARE(at(model, 1, Qt::DisplayRole).toString(), words);
    QCOMPARE(at(model, 1, WindowGridModel::ClerkRole).toString(), clerk);
    QCOMPARE(at(model, 1, WindowGridModel::TicketRole).toString(), ticket);
    QCOMPARE(at(model, 1, WindowGridModel::ServiceTimeRole).toString().isEmpty(), ticket.isEmpty());
}

void TestWindowGridModel::serviceTimeTicks()
{
    HallFeed feed;
    WindowGridModel model(feed.monitor);
    const qint64 now = feed.clock.nowMs();
    feed.snapshot(
        {HallFeed::window(1, QStringLiteral("open"), true, QStringLiteral("A001"), 1),
         HallFeed::window(2, QStringLiteral("open"))},
        {}, {HallFeed::ticket(1, QStringLiteral("QA"), QStringLiteral("called"), now, 1, now)});
    QCOMPARE(at(model, 1, WindowGridModel::ServiceTimeRole).toString(), QStringLiteral("00:00"));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    feed.clock.advanceSecs(65);
    model.tick();
    // Only the serving window's tile moves.
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), model.rowOf(1));
    QCOMPARE(at(model, 1, WindowGridModel::ServiceTimeRole).toString(), QStringLiteral("01:05"));
}

void TestWindowGridModel::aWindowEventChangesItsRowAlone()
{
    HallFeed feed;
    WindowGridModel model(feed.monitor);
    feed.snapshot(
        {HallFeed::window(1, QStringLiteral("open")), HallFeed::window(3, QStringLiteral("open"))});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    feed.monitor.applyEvent(QStringLiteral("window"),
                            HallFeed::window(3, QStringLiteral("paused")));
    QCOMPARE(reset.size(), 0);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), model.rowOf(3));
    QCOMPARE(changed.first().at(1).toModelIndex().row(), model.rowOf(3));
    QCOMPARE(at(model, 3, WindowGridModel::StatusTextRole).toString(),
             QStringLiteral("Paused: 午休"));
}

void TestWindowGridModel::aSnapshotResets()
{
    HallFeed feed;
    WindowGridModel model(feed.monitor);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    feed.snapshot({HallFeed::window(2, QStringLiteral("open"))});
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(at(model, 2, WindowGridModel::StatusRole).toInt(), int(WindowStatus::Idle));
    QCOMPARE(at(model, 1, WindowGridModel::StatusRole).toInt(), int(WindowStatus::SignedOut));
}

void TestWindowGridModel::duration_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("text");
    QTest::newRow("nothing") << qint64(0) << "00:00";
    QTest::newRow("under a second") << qint64(999) << "00:00";
    QTest::newRow("seconds") << qint64(59'000) << "00:59";
    QTest::newRow("a minute") << qint64(60'000) << "01:00";
    QTest::newRow("past an hour") << qint64(75 * 60'000 + 5'000) << "75:05";
    QTest::newRow("a clock behind") << qint64(-3'000) << "00:00";
}

void TestWindowGridModel::duration()
{
    QFETCH(qint64, ms);
    QFETCH(QString, text);
    QCOMPARE(WindowGridModel::duration(ms), text);
}

QTEST_GUILESS_MAIN(TestWindowGridModel)
#include "tst_windowgridmodel.moc"
