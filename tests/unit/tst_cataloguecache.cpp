// The catalogue a terminal caches: kept across a restart for offline work, replaced only by a
// catalogue that parses whole against the hall's areas, with a signal when it changes.

#include "TestCatalogue.h"
#include "calendar/HolidayYearJson.h"
#include "calendar/WorkingCalendar.h"
#include "terminal/CatalogueCache.h"
#include "terminal/TerminalStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace halldesk;
using namespace halldesk::test;

namespace {

const QStringList kAreas{QStringLiteral("a"), QStringLiteral("b")};

QJsonObject sent(const QByteArray &json)
{
    const QJsonObject catalogue = QJsonDocument::fromJson(json).object();
    return {{QStringLiteral("version"), catalogue.value(QLatin1String("version"))},
            {QStringLiteral("catalogue"), catalogue}};
}

} // namespace

class TestCatalogueCache : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_next = 0;
    QString freshPath() { return m_dir.filePath(QStringLiteral("k%1/terminal.db").arg(++m_next)); }

private slots:
    void keptAcrossARestart();
    void unchangedKeepsTheCache();
    void badCatalogueIsRefused_data();
    void badCatalogueIsRefused();
    void holidayYearsFromTheServer();
};

void TestCatalogueCache::keptAcrossARestart()
{
    const QString path = freshPath();
    {
        TerminalStore store(path);
        QVERIFY(!store.open());
        CatalogueCache cache(store, kAreas);
        QVERIFY(!cache.load());
        QCOMPARE(cache.version(), 0);
        QSignalSpy changed(&cache, &CatalogueCache::catalogueChanged);
        QVERIFY(!cache.apply(sent(testCatalogueJson())));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().toInt(), 7);
        QVERIFY(cache.catalogue().item(QStringLiteral("T0002")));
    }
    TerminalStore store(path);
    QVERIFY(!store.open());
    CatalogueCache cache(store, kAreas);
    QVERIFY(cache.load());
    QCOMPARE(cache.version(), 7);
    QCOMPARE(cache.catalogue().item(QStringLiteral("T0002"))->revision, 1);
    // A changed revision is a change, even at the same version.
    QSignalSpy changed(&cache, &CatalogueCache::catalogueChanged);
    QVERIFY(!cache.apply(sent(testCatalogueJson(2))));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(cache.catalogue().item(QStringLiteral("T0002"))->revision, 2);
}

void TestCatalogueCache::unchangedKeepsTheCache()
{
    TerminalStore store(freshPath());
    QVERIFY(!store.open());
    CatalogueCache cache(store, kAreas);
    QVERIFY(!cache.apply(sent(testCatalogueJson())));
    QSignalSpy changed(&cache, &CatalogueCache::catalogueChanged);
    QSignalSpy upToDate(&cache, &CatalogueCache::upToDate);
    QVERIFY(!cache.apply({{QStringLiteral("version"), 7}, {QStringLiteral("unchanged"), true}}));
    QVERIFY(!cache.apply(sent(testCatalogueJson())));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(upToDate.count(), 2);
    QCOMPARE(cache.version(), 7);
}

void TestCatalogueCache::badCatalogueIsRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QByteArray otherArea = testCatalogueJson();
    otherArea.replace("\"area\": \"a\"", "\"area\": \"zz\"");
    otherArea.replace("\"area\":\"a\"", "\"area\":\"zz\"");
    QTest::newRow("an area the hall does not have") << otherArea;
    QTest::newRow("no catalogue at all") << QByteArray("{}");
}

void TestCatalogueCache::badCatalogueIsRefused()
{
    QFETCH(QByteArray, json);
    QVERIFY(json != testCatalogueJson());
    const QString path = freshPath();
    {
        TerminalStore store(path);
        QVERIFY(!store.open());
        CatalogueCache cache(store, kAreas);
        QVERIFY(!cache.apply(sent(testCatalogueJson())));
        QSignalSpy changed(&cache, &CatalogueCache::catalogueChanged);
        const auto refused = cache.apply(sent(json));
        QVERIFY(refused);
        QVERIFY(!refused->isEmpty());
        QCOMPARE(changed.count(), 0);
        QCOMPARE(cache.version(), 7);
    }
    TerminalStore store(path);
    QVERIFY(!store.open());
    CatalogueCache cache(store, kAreas);
    QVERIFY(cache.load());
    QCOMPARE(cache.version(), 7);
}

// A year an administrator added on the server reaches the counter and is kept for offline
// work; a notice that breaks the rules is left out, the others still serve.
void TestCatalogueCache::holidayYearsFromTheServer()
{
    const WorkingCalendar shipped = WorkingCalendar::withShippedYears();
    const auto year2027 = [](int year) {
        return QJsonObject{
            {QStringLiteral("year"), year},
            {QStringLiteral("notice"),
             QStringLiteral("国务院办公厅关于2027年部分节假日安排的通知")},
            {QStringLiteral("holidays"),
             QJsonArray{QJsonObject{
                 {QStringLiteral("name"), QStringLiteral("国庆节")},
                 {QStringLiteral("off"), QJsonArray{QJsonArray{QStringLiteral("2027-10-01"),
                                                               QStringLiteral("2027-10-07")}}},
                 {QStringLiteral("workdays"), QJsonArray{QStringLiteral("2027-09-26")}}}}}};
    };
    const QJsonObject added = year2027(2027);
    const QJsonObject broken = year2027(2028); // its days are outside its year

    const QString path = freshPath();
    {
        TerminalStore store(path);
        QVERIFY(!store.open());
        CatalogueCache cache(store, kAreas);
        QSignalSpy changed(&cache, &CatalogueCache::holidayYearsChanged);
        QJsonObject answer = sent(testCatalogueJson());
        answer.insert(
            QStringLiteral("holidayYears"),
            QJsonArray{HolidayYearJson::toJsonObject(*shipped.holidayYear(2026)), added, broken});
        QVERIFY(!cache.apply(answer));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(cache.holidayYears().size(), 2);
        QCOMPARE(cache.holidayYears().last().year(), 2027);
        // The same years again with an unchanged catalogue: nothing new.
        answer = {{QStringLiteral("version"), 7},
                  {QStringLiteral("unchanged"), true},
                  {QStringLiteral("holidayYears"), answer.value(QLatin1String("holidayYears"))}};
        QVERIFY(!cache.apply(answer));
        QCOMPARE(changed.count(), 1);
    }
    TerminalStore store(path);
    QVERIFY(!store.open());
    CatalogueCache cache(store, kAreas);
    QVERIFY(cache.load());
    QCOMPARE(cache.holidayYears().size(), 2);
    WorkingCalendar calendar = WorkingCalendar::withShippedYears();
    for (const HolidayYear &year : cache.holidayYears())
        calendar.addYear(year);
    QVERIFY(calendar.covers(2027));
    QVERIFY(!calendar.isWorkingDay(QDate(2027, 10, 1))); // 国庆节, a Friday
    QVERIFY(calendar.isWorkingDay(QDate(2027, 9, 26)));  // its make-up Sunday
}

QTEST_GUILESS_MAIN(TestCatalogueCache)
#include "tst_cataloguecache.moc"
