// The supervisor console's queues table (QueueTableModel) over a HallMonitor fed by hand: each
// area in the hall's order followed by its queues, their figures in words, a longest wait that
// grows with the clock alone, and figures refreshed in place without resetting the table.

#include "HallFeed.h"
#include "supervisor/QueueTableModel.h"

#include <QSignalSpy>
#include <QTest>

using namespace halldesk;
using namespace halldesk::test;

class TestQueueTableModel : public QObject
{
    Q_OBJECT

private slots:
    void areasThenTheirQueues();
    void figures_data();
    void figures();
    void longestWaitGrowsWithTheClock();
    void anEventRefreshesInPlace();
    void anOfflineWindowIsNotOpenInQueueOrArea();
    void minutesText_data();
    void minutesText();

private:
    static QString cell(const QueueTableModel &model, const QString &code, int column)
    {
        return model.index(model.rowOf(code), column).data().toString();
    }
    // Two citizens in QA since 10 and 4 minutes ago, one window open at each queue.
    static void busyHall(HallFeed &feed)
    {
        const qint64 now = feed.clock.nowMs();
        const QJsonArray waiting{
            HallFeed::ticket(1, QStringLiteral("QA"), QStringLiteral("waiting"), now - 600'000),
            HallFeed::ticket(2, QStringLiteral("QA"), QStringLiteral("waiting"), now - 240'000)};
        feed.snapshot({HallFeed::window(1, QStringLiteral("open")),
                       HallFeed::window(2, QStringLiteral("paused")),
                       HallFeed::window(3, QStringLiteral("open"))},
                      {HallFeed::queueStatus(QStringLiteral("QA"), 2, 900, 7, 1, waiting),
                       HallFeed::queueStatus(QStringLiteral("QB"), 0, 0, 3, 1)});
    }
};

void TestQueueTableModel::areasThenTheirQueues()
{
    HallFeed feed;
    QueueTableModel model(feed.monitor);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), int(QueueTableModel::ColumnCount));
    QCOMPARE(model.rowOf(QStringLiteral("a")), 0);
    QCOMPARE(model.rowOf(QStringLiteral("QA")), 1);
    QCOMPARE(model.rowOf(QStringLiteral("b")), 2);
    QCOMPARE(model.rowOf(QStringLiteral("QB")), 3);
    QVERIFY(model.index(0, 0).data(QueueTableModel::IsAreaRole).toBool());
    QVERIFY(!model.index(1, 0).data(QueueTableModel::IsAreaRole).toBool());
    QCOMPARE(cell(model, QStringLiteral("a"), QueueTableModel::NameColumn), QStringLiteral("综合"));
    QCOMPARE(cell(model, QStringLiteral("QB"), QueueTableModel::NameColumn).trimmed(),
             QStringLiteral("医保"));
    QCOMPARE(model.headerData(QueueTableModel::WaitingColumn, Qt::Horizontal).toString(),
             QStringLiteral("Waiting"));
}

void TestQueueTableModel::figures_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("text");

    QTest::newRow("queue waiting") << "QA" << int(QueueTableModel::WaitingColumn) << "2";
    QTest::newRow("queue longest wait")
        << "QA" << int(QueueTableModel::LongestWaitColumn) << "10 min";
    QTest::newRow("queue estimate")
        << "QA" << int(QueueTableModel::EstimatedWaitColumn) << "15 min";
    QTest::newRow("queue served") << "QA" << int(QueueTableModel::ServedColumn) << "7";
    QTest::newRow("queue open windows") << "QA" << int(QueueTableModel::OpenWindowsColumn) << "1";
    QTest::newRow("empty queue's wait") << "QB" << int(QueueTableModel::LongestWaitColumn) << "—";
    QTest::newRow("empty queue's estimate")
        << "QB" << int(QueueTableModel::EstimatedWaitColumn) << "—";
    QTest::newRow("area waiting") << "a" << int(QueueTableModel::WaitingColumn) << "2";
    QTest::newRow("area served") << "a" << int(QueueTableModel::ServedColumn) << "7";
    // The paused window 2 is not open.
    QTest::newRow("area open windows") << "a" << int(QueueTableModel::OpenWindowsColumn) << "1";
    QTest::newRow("other area") << "b" << int(QueueTableModel::ServedColumn) << "3";
}

void TestQueueTableModel::figures()
{
    QFETCH(QString, code);
    QFETCH(int, column);
    QFETCH(QString, text);

    HallFeed feed;
    QueueTableModel model(feed.monitor);
    busyHall(feed);
    QCOMPARE(cell(model, code, column), text);
}

void TestQueueTableModel::longestWaitGrowsWithTheClock()
{
    HallFeed feed;
    QueueTableModel model(feed.monitor);
    busyHall(feed);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    feed.clock.advanceSecs(5 * 60);
    model.tick();
    QCOMPARE(changed.size(), 1);
    QCOMPARE(cell(model, QStringLiteral("QA"), QueueTableModel::LongestWaitColumn),
             QStringLiteral("15 min"));
    QCOMPARE(cell(model, QStringLiteral("a"), QueueTableModel::LongestWaitColumn),
             QStringLiteral("15 min"));
}

void TestQueueTableModel::anEventRefreshesInPlace()
{
    HallFeed feed;
    QueueTableModel model(feed.monitor);
    busyHall(feed);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    feed.monitor.applyEvent(QStringLiteral("queue"),
                            HallFeed::queueStatus(QStringLiteral("QB"), 4, 1200, 3, 1));
    QCOMPARE(reset.size(), 0);
    QVERIFY(!changed.isEmpty());
    QCOMPARE(cell(model, QStringLiteral("QB"), QueueTableModel::WaitingColumn),
             QStringLiteral("4"));
    QCOMPARE(cell(model, QStringLiteral("b"), QueueTableModel::WaitingColumn), QStringLiteral("4"));
    QCOMPARE(cell(model, QStringLiteral("QB"), QueueTableModel::EstimatedWaitColumn),
             QStringLiteral("20 min"));
}

void TestQueueTableModel::anOfflineWindowIsNotOpenInQueueOrArea()
{
    HallFeed feed;
    QueueTableModel model(feed.monitor);
    busyHall(feed);
    QCOMPARE(cell(model, QStringLiteral("QA"), QueueTableModel::OpenWindowsColumn),
             QStringLiteral("1"));
    // Window 1's counter drops; the server still counts it open, the grid shows it offline.
    feed.monitor.applyEvent(QStringLiteral("window"),
                            HallFeed::window(1, QStringLiteral("open"), false));
    QCOMPARE(cell(model, QStringLiteral("QA"), QueueTableModel::OpenWindowsColumn),
             QStringLiteral("0"));
    QCOMPARE(cell(model, QStringLiteral("a"), QueueTableModel::OpenWindowsColumn),
             QStringLiteral("0"));
}

void TestQueueTableModel::minutesText_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("text");
    QTest::newRow("none") << qint64(0) << "—";
    QTest::newRow("seconds") << qint64(59'000) << "< 1 min";
    QTest::newRow("one minute") << qint64(60'000) << "1 min";
    QTest::newRow("minutes") << qint64(125 * 60'000) << "125 min";
}

void TestQueueTableModel::minutesText()
{
    QFETCH(qint64, ms);
    QFETCH(QString, text);
    QCOMPARE(QueueTableModel::minutesText(ms), text);
}

QTEST_GUILESS_MAIN(TestQueueTableModel)
#include "tst_queuetablemodel.moc"
