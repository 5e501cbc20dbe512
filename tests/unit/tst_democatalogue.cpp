#include "catalogue/CatalogueJson.h"
#include "hall/HallDefinitionLoader.h"

#include <QFile>
#include <QSet>
#include <QTest>

using namespace halldesk;

namespace {

const QStringList HallAreas = {QStringLiteral("general"),  QStringLiteral("police"),
                               QStringLiteral("social"),   QStringLiteral("medical"),
                               QStringLiteral("estate"),   QStringLiteral("market"),
                               QStringLiteral("tax"),      QStringLiteral("fund"),
                               QStringLiteral("marriage"), QStringLiteral("exit_entry")};

} // namespace

// The demo hall's catalogue as compiled in: it must load without a single error, since a
// catalogue with one is refused whole and the demo would have no services at all.
class TestDemoCatalogue : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void areasAreTheDemoHalls();
    void loadsWithoutErrors();
    void hasEnoughItems();
    void everyAreaHasItems();
    void bundlesAskForSharedMaterialsOnce();
    void survivesARoundTrip();

private:
    CatalogueJson::Parsed m_parsed;
};

void TestDemoCatalogue::initTestCase()
{
    QFile file(QStringLiteral(":/halldesk/catalogue/demo-catalogue.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_parsed = CatalogueJson::parse(file.readAll(), HallAreas);
}

void TestDemoCatalogue::areasAreTheDemoHalls()
{
    QStringList codes;
    for (const AreaDefinition &area : HallDefinitionLoader::demoHall().areas)
        codes << area.code;
    QCOMPARE(codes, HallAreas);
}

void TestDemoCatalogue::loadsWithoutErrors()
{
    QVERIFY2(m_parsed.ok(), qPrintable(m_parsed.errors.join(u'\n')));
    QVERIFY(m_parsed.catalogue.version() >= 1);
}

void TestDemoCatalogue::hasEnoughItems()
{
    QVERIFY2(m_parsed.catalogue.items().size() >= 100,
             qPrintable(QString::number(m_parsed.catalogue.items().size())));
}

void TestDemoCatalogue::everyAreaHasItems()
{
    QSet<QString> served;
    for (const ServiceItem &item : m_parsed.catalogue.items())
        served.insert(item.areaCode);
    for (const QString &area : HallAreas)
        QVERIFY2(served.contains(area), qPrintable(area));
}

void TestDemoCatalogue::bundlesAskForSharedMaterialsOnce()
{
    const Catalogue &catalogue = m_parsed.catalogue;
    QVERIFY(!catalogue.bundles().isEmpty());
    bool someMaterialShared = false;
    bool idCardShared = false;
    for (const ServiceBundle &bundle : catalogue.bundles()) {
        QVERIFY2(bundle.itemCodes.size() >= 2, qPrintable(bundle.code));
        QHash<QString, int> askedBy;
        for (const QString &code : bundle.itemCodes) {
            for (const MaterialSpec &m : catalogue.item(code)->materials)
                ++askedBy[m.code];
        }
        const QList<MaterialSpec> merged = catalogue.mergedMaterials(bundle.itemCodes);
        QSet<QString> mergedCodes;
        for (const MaterialSpec &m : merged) {
            QVERIFY2(!mergedCodes.contains(m.code), qPrintable(bundle.code + u' ' + m.code));
            mergedCodes.insert(m.code);
            someMaterialShared = someMaterialShared || askedBy.value(m.code) > 1;
        }
        QCOMPARE(mergedCodes.size(), askedBy.size());
        idCardShared = idCardShared || askedBy.value(QStringLiteral("M-IDCARD")) > 1;
    }
    // Asking once for what several items need is the point of a bundle (一事联办); the
    // applicant's ID card is the commonest such material.
    QVERIFY(someMaterialShared);
    QVERIFY(idCardShared);
}

void TestDemoCatalogue::survivesARoundTrip()
{
    const CatalogueJson::Parsed again =
        CatalogueJson::parse(CatalogueJson::toJson(m_parsed.catalogue), HallAreas);
    QVERIFY2(again.ok(), qPrintable(again.errors.join(u'\n')));
    QVERIFY(again.catalogue == m_parsed.catalogue);
}

QTEST_GUILESS_MAIN(TestDemoCatalogue)
#include "tst_democatalogue.moc"
