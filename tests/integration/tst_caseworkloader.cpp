// What the server decides cases against when it starts: the demo catalogue installed once, a
// newer catalogue file taking over, anything older, equal-but-different or broken refused
// without touching the database, and holiday years an administrator adds kept for good.

#include "TestCatalogue.h"
#include "TestDatabase.h"
#include "TestHall.h"
#include "hall/HallDefinitionLoader.h"
#include "server/CaseworkLoader.h"
#include "storage/Database.h"
#include "storage/HallConfigRepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QtTest>

using namespace halldesk;
using namespace halldesk::test;

namespace {

struct Hall
{
    TestDatabase testDb;
    Database db{testDb.url()};

    bool open(const HallDefinition &hall)
    {
        return testDb.isValid() && !db.open() && HallConfigRepository(db).installIfEmpty(hall);
    }
    int storedCatalogues()
    {
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT COUNT(*) FROM catalogue_documents"));
        return q.next() ? q.value(0).toInt() : -1;
    }
    std::optional<CaseworkData> load(const CaseworkLoader::Sources &sources, QString *error)
    {
        return CaseworkLoader::load(db, sources, 1000, error);
    }
};

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return {};
    return file.fileName();
}

QByteArray withVersion(QByteArray json, int version, const QString &firstItemName = {})
{
    QJsonObject o = QJsonDocument::fromJson(json).object();
    o.insert(QStringLiteral("version"), version);
    if (!firstItemName.isEmpty()) {
        QJsonArray items = o.value(QLatin1String("items")).toArray();
        QJsonObject first = items.at(0).toObject();
        first.insert(QStringLiteral("name"), firstItemName);
        items.replace(0, first);
        o.insert(QStringLiteral("items"), items);
    }
    return QJsonDocument(o).toJson();
}

const QByteArray Year2027 = R"({"year": 2027, "notice": "测试通知", "holidays": [
    {"name": "元旦", "off": [["2027-01-01", "2027-01-03"]]},
    {"name": "春节", "off": [["2027-02-05", "2027-02-11"]], "workdays": ["2027-02-13"]}]})";

} // namespace

class TestCaseworkLoader : public QObject
{
    Q_OBJECT

private slots:
    void demoCatalogueIsInstalledOnce();
    void newerFileReplacesOlderIsIgnored();
    void brokenFilesChangeNothing_data();
    void brokenFilesChangeNothing();
    void holidayYearIsKept();
};

void TestCaseworkLoader::demoCatalogueIsInstalledOnce()
{
    Hall hall;
    QVERIFY(hall.open(HallDefinitionLoader::demoHall()));
    QString error;
    const auto first = hall.load({QString(), {}, true}, &error);
    QVERIFY2(first, qPrintable(error));
    QVERIFY(first->catalogue->items().size() >= 100);
    QVERIFY(first->catalogue->item(QStringLiteral("F0101")));
    QCOMPARE(hall.storedCatalogues(), 1);
    // A restart without --demo works from the database, and does not store it twice.
    const auto again = hall.load({}, &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(*again->catalogue, *first->catalogue);
    QCOMPARE(again->catalogueJson, first->catalogueJson);
    QVERIFY(hall.load({QString(), {}, true}, &error));
    QCOMPARE(hall.storedCatalogues(), 1);
    // The calendar knows the shipped notices.
    QVERIFY(again->calendar->covers(2026));
    QVERIFY(!again->calendar->isWorkingDay(QDate(2026, 10, 1)));
    QVERIFY(again->calendar->isWorkingDay(QDate(2026, 10, 10))); // a make-up Saturday
}

void TestCaseworkLoader::newerFileReplacesOlderIsIgnored()
{
    Hall hall;
    QVERIFY(hall.open(smallHall()));
    QTemporaryDir dir;
    QString error;
    const QString v7 = writeFile(dir, QStringLiteral("v7.json"), testCatalogueJson());
    QVERIFY(hall.load({v7, {}, false}, &error));
    const QString v9 = writeFile(dir, QStringLiteral("v9.json"),
                                 withVersion(testCatalogueJson(), 9, QStringLiteral("新名称")));
    const auto newer = hall.load({v9, {}, false}, &error);
    QVERIFY2(newer, qPrintable(error));
    QCOMPARE(newer->catalogue->version(), 9);
    QCOMPARE(newer->catalogue->item(QStringLiteral("T0001"))->name, QStringLiteral("新名称"));
    QCOMPARE(hall.storedCatalogues(), 2);

    // Older, or the same version with other content: the database's catalogue stays.
    const QString v8 =
        writeFile(dir, QStringLiteral("v8.json"), withVersion(testCatalogueJson(), 8));
    const QString v9b = writeFile(dir, QStringLiteral("v9b.json"),
                                  withVersion(testCatalogueJson(), 9, QStringLiteral("别的名称")));
    for (const QString &path : {v8, v9b}) {
        const auto kept = hall.load({path, {}, false}, &error);
        QVERIFY2(kept, qPrintable(error));
        QCOMPARE(kept->catalogue->version(), 9);
        QCOMPARE(kept->catalogue->item(QStringLiteral("T0001"))->name, QStringLiteral("新名称"));
    }
    QCOMPARE(hall.storedCatalogues(), 2);
}

void TestCaseworkLoader::brokenFilesChangeNothing_data()
{
    QTest::addColumn<QByteArray>("catalogue");
    QTest::addColumn<QByteArray>("holidays");
    QTest::addColumn<bool>("missingFile");
    QTest::addColumn<QString>("message");

    QTest::newRow("not JSON") << QByteArray("{items: oops") << QByteArray() << false << "not valid";
    QByteArray unknownArea = withVersion(testCatalogueJson(), 8);
    unknownArea.replace("\"area\": \"b\"", "\"area\": \"zz\"");
    QTest::newRow("area the hall does not have") << unknownArea << QByteArray() << false << "T0003";
    QTest::newRow("missing file") << QByteArray() << QByteArray() << true << "Cannot read";
    QTest::newRow("bad holiday notice")
        << QByteArray()
        << QByteArray(R"({"year": 2027, "holidays": [{"name": "x", "off": ["2028-01-01"]}]})")
        << false << "holiday notice";
}

void TestCaseworkLoader::brokenFilesChangeNothing()
{
    QFETCH(QByteArray, catalogue);
    QFETCH(QByteArray, holidays);
    QFETCH(bool, missingFile);
    QFETCH(QString, message);
    Hall hall;
    QVERIFY(hall.open(smallHall()));
    QTemporaryDir dir;
    QString error;
    QVERIFY(hall.load({writeFile(dir, QStringLiteral("v7.json"), testCatalogueJson()), {}, false},
                      &error));
    CaseworkLoader::Sources sources;
    if (missingFile)
        sources.catalogueFile = dir.filePath(QStringLiteral("nowhere.json"));
    if (!catalogue.isEmpty())
        sources.catalogueFile = writeFile(dir, QStringLiteral("bad.json"), catalogue);
    if (!holidays.isEmpty())
        sources.holidayYearFiles << writeFile(dir, QStringLiteral("2027.json"), holidays);
    QVERIFY(!hall.load(sources, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QCOMPARE(hall.storedCatalogues(), 1);
    const auto still = hall.load({}, &error);
    QVERIFY(still);
    QCOMPARE(still->catalogue->version(), 7);
    QVERIFY(!still->calendar->covers(2027));
}

void TestCaseworkLoader::holidayYearIsKept()
{
    Hall hall;
    QVERIFY(hall.open(smallHall()));
    QTemporaryDir dir;
    QString error;
    const auto before = hall.load({}, &error);
    QVERIFY2(before, qPrintable(error));
    QVERIFY(!before->calendar->covers(2027));
    QVERIFY(before->calendar->isWorkingDay(QDate(2027, 2, 8))); // a Monday, without the notice
    const QString path = writeFile(dir, QStringLiteral("2027.json"), Year2027);
    const auto added = hall.load({QString(), {path}, false}, &error);
    QVERIFY2(added, qPrintable(error));
    QVERIFY(added->calendar->covers(2027));
    QVERIFY(!added->calendar->isWorkingDay(QDate(2027, 2, 8)));
    QVERIFY(added->calendar->isWorkingDay(QDate(2027, 2, 13))); // make-up Saturday
    // Kept in the database: the next start knows 2027 without the file.
    const auto later = hall.load({}, &error);
    QVERIFY(later && later->calendar->covers(2027));
    QVERIFY(!later->calendar->isWorkingDay(QDate(2027, 2, 8)));
}

QTEST_GUILESS_MAIN(TestCaseworkLoader)
#include "tst_caseworkloader.moc"
