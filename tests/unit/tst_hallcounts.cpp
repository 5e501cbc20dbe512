// The supervisor console's status-line figures (HallCounts) over a HallMonitor fed by hand:
// every window counted once by what it is doing, and the citizens waiting in the whole hall.

#include "HallFeed.h"
#include "supervisor/HallCounts.h"

#include <QTest>

using namespace halldesk;
using namespace halldesk::test;

class TestHallCounts : public QObject
{
    Q_OBJECT

private slots:
    void counts_data();
    void counts();
};

void TestHallCounts::counts_data()
{
    QTest::addColumn<QJsonArray>("windows");
    QTest::addColumn<QList<int>>("expected"); // serving, idle, paused, offline, signed out
    QTest::addColumn<int>("waiting");

    QTest::newRow("an empty hall") << QJsonArray() << QList<int>{0, 0, 0, 0, 3} << 0;
    QTest::newRow("one of each") << QJsonArray{HallFeed::window(1, QStringLiteral("open"), true,
                                                                QStringLiteral("A001"), 1),
                                               HallFeed::window(2, QStringLiteral("paused")),
                                               HallFeed::window(3, QStringLiteral("open"))}
                                 << QList<int>{1, 1, 1, 0, 0} << 3;
    QTest::newRow("offline counts before its state")
        << QJsonArray{HallFeed::window(1, QStringLiteral("paused"), false),
                      HallFeed::window(2, QStringLiteral("open"), false)}
        << QList<int>{0, 0, 0, 2, 1} << 0;
}

void TestHallCounts::counts()
{
    QFETCH(QJsonArray, windows);
    QFETCH(QList<int>, expected);
    QFETCH(int, waiting);

    HallFeed feed;
    feed.snapshot(windows, {HallFeed::queueStatus(QStringLiteral("QA"), waiting > 0 ? 2 : 0),
                            HallFeed::queueStatus(QStringLiteral("QB"), waiting > 0 ? 1 : 0)});
    const HallCounts counts = HallCounts::of(feed.monitor);
    QCOMPARE(
        (QList<int>{counts.serving, counts.idle, counts.paused, counts.offline, counts.signedOut}),
        expected);
    QCOMPARE(counts.waiting, waiting);
}

QTEST_GUILESS_MAIN(TestHallCounts)
#include "tst_hallcounts.moc"
