// The catalogue a terminal caches: kept across a restart for offline work, replaced only by a
// catalogue that parses whole against the hall's areas, with a signal when it changes.

#include "TestCatalogue.h"
#include "terminal/CatalogueCache.h"
#include "terminal/TerminalStore.h"

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

QTEST_GUILESS_MAIN(TestCatalogueCache)
#include "tst_cataloguecache.moc"
