// ReconnectBackoff: doubling delays up to a cap, each drawn from the upper half of its ceiling.

#include "client/ReconnectBackoff.h"

#include <QSet>
#include <QtTest>

using namespace halldesk;
using std::chrono::milliseconds;

class TestReconnectBackoff : public QObject
{
    Q_OBJECT

private slots:
    void ceilingsDoubleUpToTheCap_data();
    void ceilingsDoubleUpToTheCap();
    void delaysStayInTheUpperHalf();
    void jitterSpreadsTerminals();
    void resetStartsOver();
    void sameSeedSameDelays();
    void manyAttemptsDoNotOverflow();
};

void TestReconnectBackoff::ceilingsDoubleUpToTheCap_data()
{
    QTest::addColumn<qint64>("initial");
    QTest::addColumn<qint64>("cap");
    QTest::addColumn<QList<qint64>>("ceilings");
    QTest::newRow("250 ms to 30 s")
        << qint64(250) << qint64(30000)
        << QList<qint64>{250, 500, 1000, 2000, 4000, 8000, 16000, 30000, 30000};
    QTest::newRow("cap not a power of two")
        << qint64(100) << qint64(1000) << QList<qint64>{100, 200, 400, 800, 1000, 1000};
    QTest::newRow("initial above the cap")
        << qint64(500) << qint64(100) << QList<qint64>{100, 100, 100};
    QTest::newRow("zero initial") << qint64(0) << qint64(8) << QList<qint64>{1, 2, 4, 8, 8};
}

void TestReconnectBackoff::ceilingsDoubleUpToTheCap()
{
    QFETCH(qint64, initial);
    QFETCH(qint64, cap);
    QFETCH(QList<qint64>, ceilings);
    ReconnectBackoff backoff(milliseconds(initial), milliseconds(cap), 1);
    for (int attempt = 0; attempt < ceilings.size(); ++attempt) {
        QCOMPARE(backoff.ceilingFor(attempt), ceilings.at(attempt));
        QCOMPARE(backoff.attempts(), attempt);
        const qint64 delay = backoff.next().count();
        QVERIFY2(delay >= ceilings.at(attempt) / 2 && delay <= ceilings.at(attempt),
                 qPrintable(QStringLiteral("attempt %1: %2").arg(attempt).arg(delay)));
    }
}

void TestReconnectBackoff::delaysStayInTheUpperHalf()
{
    for (quint32 seed = 0; seed < 200; ++seed) {
        ReconnectBackoff backoff(milliseconds(250), milliseconds(30000), seed);
        for (int attempt = 0; attempt < 12; ++attempt) {
            const qint64 ceiling = backoff.ceilingFor(attempt);
            const qint64 delay = backoff.next().count();
            QVERIFY2(delay >= ceiling / 2 && delay <= ceiling,
                     qPrintable(QStringLiteral("seed %1 attempt %2: %3 not in [%4, %5]")
                                    .arg(seed)
                                    .arg(attempt)
                                    .arg(delay)
                                    .arg(ceiling / 2)
                                    .arg(ceiling)));
        }
    }
}

void TestReconnectBackoff::jitterSpreadsTerminals()
{
    // 271 terminals cut off at once must not come back in lockstep.
    QSet<qint64> first, capped;
    qint64 low = std::numeric_limits<qint64>::max(), high = 0;
    for (quint32 terminal = 0; terminal < 271; ++terminal) {
        ReconnectBackoff backoff(milliseconds(1000), milliseconds(8000), terminal * 7919u + 3);
        const qint64 delay = backoff.next().count();
        first.insert(delay);
        low = std::min(low, delay);
        high = std::max(high, delay);
        for (int i = 0; i < 5; ++i)
            backoff.next();
        capped.insert(backoff.next().count());
    }
    QVERIFY2(first.size() > 150, qPrintable(QString::number(first.size())));
    QVERIFY2(capped.size() > 200, qPrintable(QString::number(capped.size())));
    // The whole upper half is used, not a corner of it.
    QVERIFY2(low < 600 && high > 900, qPrintable(QStringLiteral("%1..%2").arg(low).arg(high)));
}

void TestReconnectBackoff::resetStartsOver()
{
    ReconnectBackoff backoff(milliseconds(100), milliseconds(5000), 42);
    for (int i = 0; i < 10; ++i)
        backoff.next();
    QCOMPARE(backoff.attempts(), 10);
    QVERIFY(backoff.next().count() >= 2500);
    backoff.reset();
    QCOMPARE(backoff.attempts(), 0);
    const qint64 delay = backoff.next().count();
    QVERIFY2(delay >= 50 && delay <= 100, qPrintable(QString::number(delay)));
    QCOMPARE(backoff.attempts(), 1);
}

void TestReconnectBackoff::sameSeedSameDelays()
{
    ReconnectBackoff a(milliseconds(250), milliseconds(30000), 99);
    ReconnectBackoff b(milliseconds(250), milliseconds(30000), 99);
    ReconnectBackoff c(milliseconds(250), milliseconds(30000), 100);
    bool differs = false;
    for (int i = 0; i < 20; ++i) {
        const auto delay = a.next();
        QCOMPARE(delay, b.next());
        differs = differs || delay != c.next();
    }
    QVERIFY(differs);
}

void TestReconnectBackoff::manyAttemptsDoNotOverflow()
{
    ReconnectBackoff backoff(milliseconds(250), milliseconds(30000), 5);
    for (int i = 0; i < 100000; ++i) {
        const qint64 delay = backoff.next().count();
        QVERIFY(delay >= 125 && delay <= 30000);
    }
    QCOMPARE(backoff.ceilingFor(std::numeric_limits<int>::max()), qint64(30000));
    // A cap near the top of the range does not overflow while doubling either.
    ReconnectBackoff huge(milliseconds(3), milliseconds(std::numeric_limits<qint64>::max() / 2), 5);
    for (int attempt = 0; attempt < 80; ++attempt)
        QVERIFY(huge.ceilingFor(attempt) > 0);
}

QTEST_GUILESS_MAIN(TestReconnectBackoff)
#include "tst_reconnectbackoff.moc"
