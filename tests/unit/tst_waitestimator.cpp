// The wait printed on the kiosk slip and shown on the boards.

#include "queue/WaitEstimator.h"

#include <QTest>

using halldesk::WaitEstimator;

class TestWaitEstimator : public QObject
{
    Q_OBJECT

private slots:
    void estimate_data();
    void estimate();
    void monotonic_data();
    void monotonic();
};

void TestWaitEstimator::estimate_data()
{
    QTest::addColumn<int>("peopleAhead");
    QTest::addColumn<double>("averageServiceMs");
    QTest::addColumn<int>("openWindows");
    QTest::addColumn<int>("expectedSeconds");

    QTest::newRow("nobody ahead") << 0 << 300000.0 << 1 << 0;
    QTest::newRow("nobody ahead, many windows") << 0 << 300000.0 << 12 << 0;
    QTest::newRow("one ahead, one window") << 1 << 300000.0 << 1 << 300;
    QTest::newRow("five ahead, two windows: three rounds") << 5 << 300000.0 << 2 << 900;
    QTest::newRow("four ahead, two windows: two rounds") << 4 << 300000.0 << 2 << 600;
    QTest::newRow("fewer ahead than windows: one round") << 3 << 300000.0 << 10 << 300;
    QTest::newRow("no window open counts as one") << 3 << 300000.0 << 0 << 900;
    QTest::newRow("negative open windows counts as one") << 3 << 300000.0 << -2 << 900;
    QTest::newRow("zero average") << 5 << 0.0 << 2 << 0;
    QTest::newRow("negative average") << 5 << -300000.0 << 2 << 0;
    QTest::newRow("negative people ahead") << -1 << 300000.0 << 1 << 0;
    QTest::newRow("rounds to the nearest second, down") << 1 << 1499.0 << 1 << 1;
    QTest::newRow("rounds to the nearest second, up") << 1 << 1500.0 << 1 << 2;
    QTest::newRow("fractional average") << 7 << 123456.7 << 3 << 370;
    QTest::newRow("busy day") << 999 << 600000.0 << 1 << 599400;
}

void TestWaitEstimator::estimate()
{
    QFETCH(int, peopleAhead);
    QFETCH(double, averageServiceMs);
    QFETCH(int, openWindows);
    QFETCH(int, expectedSeconds);
    QCOMPARE(WaitEstimator::estimateSeconds(peopleAhead, averageServiceMs, openWindows),
             expectedSeconds);
}

void TestWaitEstimator::monotonic_data()
{
    QTest::addColumn<int>("openWindows");
    for (int windows : {-5, 0, 1, 2, 7, 271})
        QTest::addRow("%d windows", windows) << windows;
}

// More windows never make the wait longer, and more people never make it shorter.
void TestWaitEstimator::monotonic()
{
    QFETCH(int, openWindows);
    int previous = 0;
    for (int ahead = 0; ahead <= 300; ++ahead) {
        const int seconds = WaitEstimator::estimateSeconds(ahead, 240000.0, openWindows);
        QVERIFY(seconds >= previous);
        QVERIFY(seconds <= WaitEstimator::estimateSeconds(ahead, 240000.0, 1));
        previous = seconds;
    }
}

QTEST_GUILESS_MAIN(TestWaitEstimator)
#include "tst_waitestimator.moc"
