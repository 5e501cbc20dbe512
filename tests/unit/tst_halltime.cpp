// The hall's wall clock: the service day (and with it every ticket sequence) rolls over at
// midnight in Asia/Shanghai, which is 16:00 UTC, and tests move time with a ManualClock.

#include "clock/HallTime.h"
#include "clock/ManualClock.h"

#include <QTest>
#include <atomic>
#include <thread>

using halldesk::HallTime;
using halldesk::ManualClock;

namespace {

QDateTime utc(int year, int month, int day, int hour, int minute, int second, int ms = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second, ms), Qt::UTC);
}

} // namespace

class TestHallTime : public QObject
{
    Q_OBJECT

private slots:
    void serviceDayFollowsLocalMidnight_data();
    void serviceDayFollowsLocalMidnight();
    void localTimeIsShanghai();
    void invalidZoneFallsBackToUtcPlus8();
    void dayKeyRoundTrip_data();
    void dayKeyRoundTrip();
    void dayKeysSortLikeDays();
    void impossibleKeyGivesInvalidDay();

    void manualClockSetAndAdvance();
    void manualClockStoresUtc();
    void manualClockConcurrentAdvance();
};

void TestHallTime::serviceDayFollowsLocalMidnight_data()
{
    QTest::addColumn<QDateTime>("instant");
    QTest::addColumn<QDate>("expectedDay");

    QTest::newRow("15:59:59 UTC is 23:59:59 local")
        << utc(2026, 3, 14, 15, 59, 59) << QDate(2026, 3, 14);
    QTest::newRow("15:59:59.999 UTC") << utc(2026, 3, 14, 15, 59, 59, 999) << QDate(2026, 3, 14);
    QTest::newRow("16:00:00 UTC is local midnight")
        << utc(2026, 3, 14, 16, 0, 0) << QDate(2026, 3, 15);
    QTest::newRow("UTC midnight is 08:00 local") << utc(2026, 3, 15, 0, 0, 0) << QDate(2026, 3, 15);
    QTest::newRow("just before UTC midnight") << utc(2026, 3, 14, 23, 59, 59) << QDate(2026, 3, 15);
    QTest::newRow("07:59:59 UTC, still the same local day")
        << utc(2026, 3, 15, 7, 59, 59) << QDate(2026, 3, 15);
    QTest::newRow("new year at 16:00 UTC") << utc(2025, 12, 31, 16, 0, 0) << QDate(2026, 1, 1);
    QTest::newRow("old year at 15:59 UTC") << utc(2025, 12, 31, 15, 59, 0) << QDate(2025, 12, 31);
    QTest::newRow("into the leap day") << utc(2028, 2, 28, 16, 0, 0) << QDate(2028, 2, 29);
    QTest::newRow("out of the leap day") << utc(2028, 2, 29, 16, 0, 0) << QDate(2028, 3, 1);
    // Given in another zone, the same instant must still give the hall's day.
    QTest::newRow("instant given in UTC-5")
        << QDateTime(QDate(2026, 3, 14), QTime(11, 0), QTimeZone(-5 * 3600)) << QDate(2026, 3, 15);
}

void TestHallTime::serviceDayFollowsLocalMidnight()
{
    QFETCH(QDateTime, instant);
    QFETCH(QDate, expectedDay);
    const HallTime hall;
    QCOMPARE(hall.serviceDay(instant), expectedDay);
    QCOMPARE(hall.serviceDay(instant.toMSecsSinceEpoch()), expectedDay);
}

void TestHallTime::localTimeIsShanghai()
{
    const HallTime hall;
    QCOMPARE(hall.zone().id(), QByteArray("Asia/Shanghai"));
    const QDateTime local = hall.localTime(utc(2026, 3, 14, 16, 0, 0));
    QCOMPARE(local.date(), QDate(2026, 3, 15));
    QCOMPARE(local.time(), QTime(0, 0));
    QCOMPARE(local.offsetFromUtc(), 8 * 3600);
    QCOMPARE(local.toMSecsSinceEpoch(), utc(2026, 3, 14, 16, 0, 0).toMSecsSinceEpoch());
}

void TestHallTime::invalidZoneFallsBackToUtcPlus8()
{
    const HallTime hall{QTimeZone(QByteArrayLiteral("Nowhere/Atlantis"))};
    QVERIFY(hall.zone().isValid());
    QCOMPARE(hall.serviceDay(utc(2026, 3, 14, 15, 59, 59)), QDate(2026, 3, 14));
    QCOMPARE(hall.serviceDay(utc(2026, 3, 14, 16, 0, 0)), QDate(2026, 3, 15));
}

void TestHallTime::dayKeyRoundTrip_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<int>("key");

    QTest::newRow("2026-02-28") << QDate(2026, 2, 28) << 20260228;
    QTest::newRow("2026-03-01") << QDate(2026, 3, 1) << 20260301;
    QTest::newRow("leap day 2028-02-29") << QDate(2028, 2, 29) << 20280229;
    QTest::newRow("2028-03-01") << QDate(2028, 3, 1) << 20280301;
    QTest::newRow("new year's eve") << QDate(2026, 12, 31) << 20261231;
    QTest::newRow("new year") << QDate(2027, 1, 1) << 20270101;
    QTest::newRow("2000-01-01") << QDate(2000, 1, 1) << 20000101;
}

void TestHallTime::dayKeyRoundTrip()
{
    QFETCH(QDate, day);
    QFETCH(int, key);
    QCOMPARE(HallTime::dayKey(day), key);
    QCOMPARE(HallTime::dayFromKey(key), day);
    QCOMPARE(HallTime::dayFromKey(HallTime::dayKey(day)), day);
}

void TestHallTime::dayKeysSortLikeDays()
{
    // The database orders and compares days by key, so keys must sort exactly like the days.
    QDate day(2026, 12, 1);
    int previous = HallTime::dayKey(day);
    for (int i = 0; i < 3 * 366; ++i) {
        day = day.addDays(1);
        const int key = HallTime::dayKey(day);
        QVERIFY2(key > previous, qPrintable(day.toString(Qt::ISODate)));
        QCOMPARE(HallTime::dayFromKey(key), day);
        previous = key;
    }
}

void TestHallTime::impossibleKeyGivesInvalidDay()
{
    QVERIFY(!HallTime::dayFromKey(20260229).isValid()); // 2026 is no leap year
    QVERIFY(!HallTime::dayFromKey(20261301).isValid());
    QVERIFY(!HallTime::dayFromKey(20260432).isValid());
}

void TestHallTime::manualClockSetAndAdvance()
{
    const QDateTime start = utc(2026, 3, 14, 15, 59, 0);
    ManualClock clock(start);
    QCOMPARE(clock.nowUtc(), start);
    QCOMPARE(clock.nowMs(), start.toMSecsSinceEpoch());

    clock.advanceSecs(59);
    QCOMPARE(clock.nowUtc(), utc(2026, 3, 14, 15, 59, 59));
    clock.advanceMs(1000);
    QCOMPARE(clock.nowUtc(), utc(2026, 3, 14, 16, 0, 0));
    // Crossing local midnight by advancing the clock moves the service day.
    QCOMPARE(HallTime().serviceDay(clock.nowUtc()), QDate(2026, 3, 15));

    clock.advanceMs(-1);
    QCOMPARE(clock.nowUtc(), utc(2026, 3, 14, 15, 59, 59, 999));
    clock.advanceSecs(24 * 3600);
    QCOMPARE(clock.nowUtc(), utc(2026, 3, 15, 15, 59, 59, 999));

    const QDateTime later = utc(2028, 2, 29, 12, 0, 0);
    clock.set(later);
    QCOMPARE(clock.nowUtc(), later);
    QCOMPARE(clock.nowMs(), later.toMSecsSinceEpoch());
}

void TestHallTime::manualClockStoresUtc()
{
    const QDateTime shanghai(QDate(2026, 3, 15), QTime(0, 0), QTimeZone(8 * 3600));
    ManualClock clock(shanghai);
    QCOMPARE(clock.nowUtc().timeSpec(), Qt::UTC);
    QCOMPARE(clock.nowUtc(), utc(2026, 3, 14, 16, 0, 0));

    clock.set(QDateTime(QDate(2026, 3, 15), QTime(9, 30), QTimeZone(8 * 3600)));
    QCOMPARE(clock.nowUtc().timeSpec(), Qt::UTC);
    QCOMPARE(clock.nowUtc(), utc(2026, 3, 15, 1, 30, 0));
}

void TestHallTime::manualClockConcurrentAdvance()
{
    constexpr int Steps = 10000;
    const QDateTime start = utc(2026, 3, 14, 8, 0, 0);
    ManualClock clock(start);
    // A reader runs alongside so that reads and writes race too, not only the two writers.
    std::atomic<bool> done{false};
    std::atomic<bool> readerSawBackwards{false};
    std::thread reader([&] {
        qint64 previous = clock.nowMs();
        while (!done.load()) {
            const qint64 now = clock.nowMs();
            if (now < previous)
                readerSawBackwards = true;
            previous = now;
        }
    });
    std::thread first([&] {
        for (int i = 0; i < Steps; ++i)
            clock.advanceMs(1);
    });
    std::thread second([&] {
        for (int i = 0; i < Steps; ++i)
            clock.advanceSecs(1);
    });
    first.join();
    second.join();
    done = true;
    reader.join();

    QVERIFY(!readerSawBackwards.load());
    QCOMPARE(clock.nowMs() - start.toMSecsSinceEpoch(), qint64(Steps) * 1 + qint64(Steps) * 1000);
}

QTEST_GUILESS_MAIN(TestHallTime)
#include "tst_halltime.moc"
