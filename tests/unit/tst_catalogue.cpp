#include "catalogue/Catalogue.h"

#include <QTest>

using namespace halldesk;

namespace {

MaterialSpec material(const char *code, bool required, bool waivable)
{
    MaterialSpec m;
    m.code = QString::fromLatin1(code);
    m.name = m.code.toLower();
    m.required = required;
    m.waivable = waivable;
    return m;
}

ServiceItem item(const char *code, QList<MaterialSpec> materials)
{
    ServiceItem i;
    i.code = QString::fromLatin1(code);
    i.name = i.code;
    i.materials = std::move(materials);
    return i;
}

// A asks for the ID card (waivable) and a lease; B for the ID card (not waivable, optional) and a
// photo (optional); C for the lease as an optional, waivable material.
Catalogue sample()
{
    return Catalogue(3, QStringLiteral("2026-11-01"),
                     {item("A", {material("M-ID", true, true), material("M-LEASE", true, false)}),
                      item("B", {material("M-ID", false, false), material("M-PHOTO", false, true)}),
                      item("C", {material("M-LEASE", false, true)})},
                     {ServiceBundle{QStringLiteral("LB"),
                                    QStringLiteral("bundle"),
                                    QString(),
                                    {QStringLiteral("A"), QStringLiteral("B")}}});
}

QStringList codes(const QList<MaterialSpec> &materials)
{
    QStringList result;
    for (const MaterialSpec &m : materials)
        result << m.code;
    return result;
}

} // namespace

class TestCatalogue : public QObject
{
    Q_OBJECT

private slots:
    void lookups();
    void mergedMaterials_data();
    void mergedMaterials();
    void mergedMaterialsKeepsTheFirstSpec();
    void itemTypeKeys_data();
    void itemTypeKeys();
};

void TestCatalogue::lookups()
{
    const Catalogue catalogue = sample();
    QVERIFY(!catalogue.isEmpty());
    QVERIFY(Catalogue().isEmpty());
    QCOMPARE(catalogue.item(QStringLiteral("B"))->code, QStringLiteral("B"));
    QVERIFY(!catalogue.item(QStringLiteral("LB")));
    QVERIFY(!catalogue.item(QStringLiteral("b")));
    QCOMPARE(catalogue.bundle(QStringLiteral("LB"))->itemCodes.size(), 2);
    QVERIFY(!catalogue.bundle(QStringLiteral("A")));

    // A copy shares nothing that could dangle.
    const Catalogue copy = catalogue;
    QCOMPARE(copy.item(QStringLiteral("C"))->materials.size(), 1);
    QVERIFY(copy == catalogue);
}

void TestCatalogue::mergedMaterials_data()
{
    QTest::addColumn<QStringList>("items");
    QTest::addColumn<QStringList>("codes");
    QTest::addColumn<QList<bool>>("required");
    QTest::addColumn<QList<bool>>("waivable");

    QTest::newRow("one item as it is") << QStringList{"A"} << QStringList{"M-ID", "M-LEASE"}
                                       << QList<bool>{true, true} << QList<bool>{true, false};
    // M-ID: required by A, waivable only for A; asked once, in the order first met.
    QTest::newRow("A and B") << QStringList{"A", "B"} << QStringList{"M-ID", "M-LEASE", "M-PHOTO"}
                             << QList<bool>{true, true, false} << QList<bool>{false, false, true};
    QTest::newRow("B and A") << QStringList{"B", "A"} << QStringList{"M-ID", "M-PHOTO", "M-LEASE"}
                             << QList<bool>{true, false, true} << QList<bool>{false, true, false};
    QTest::newRow("optional and waivable with required")
        << QStringList{"C", "A"} << QStringList{"M-LEASE", "M-ID"} << QList<bool>{true, true}
        << QList<bool>{false, true};
    QTest::newRow("an item twice counts once") << QStringList{"C", "C"} << QStringList{"M-LEASE"}
                                               << QList<bool>{false} << QList<bool>{true};
    QTest::newRow("unknown items are skipped") << QStringList{"X", "C"} << QStringList{"M-LEASE"}
                                               << QList<bool>{false} << QList<bool>{true};
    QTest::newRow("nothing") << QStringList{} << QStringList{} << QList<bool>{} << QList<bool>{};
}

void TestCatalogue::mergedMaterials()
{
    QFETCH(QStringList, items);
    QFETCH(QStringList, codes);
    QFETCH(QList<bool>, required);
    QFETCH(QList<bool>, waivable);

    const QList<MaterialSpec> merged = sample().mergedMaterials(items);
    QCOMPARE(::codes(merged), codes);
    for (qsizetype i = 0; i < merged.size(); ++i) {
        QCOMPARE(merged.at(i).required, required.at(i));
        QCOMPARE(merged.at(i).waivable, waivable.at(i));
    }
}

void TestCatalogue::mergedMaterialsKeepsTheFirstSpec()
{
    const QList<MaterialSpec> merged =
        sample().mergedMaterials({QStringLiteral("B"), QStringLiteral("A")});
    QCOMPARE(merged.at(0).name, QStringLiteral("m-id"));
    QCOMPARE(merged.at(0).copies, 1);
}

void TestCatalogue::itemTypeKeys_data()
{
    QTest::addColumn<ItemType>("type");
    QTest::addColumn<QString>("key");
    QTest::newRow("immediate") << ItemType::Immediate << "immediate";
    QTest::newRow("commitment") << ItemType::Commitment << "commitment";
    QTest::newRow("reported") << ItemType::Reported << "reported";
    QTest::newRow("joint") << ItemType::Joint << "joint";
    QTest::newRow("parallel") << ItemType::Parallel << "parallel";
}

void TestCatalogue::itemTypeKeys()
{
    QFETCH(ItemType, type);
    QFETCH(QString, key);
    QCOMPARE(ItemTypeNames::key(type), key);
    QVERIFY(ItemTypeNames::fromKey(key) == type);
    QVERIFY(!ItemTypeNames::fromKey(key.toUpper()));
    QVERIFY(ItemTypeNames::keys().contains(key));
    QVERIFY(!ItemTypeNames::displayName(type).isEmpty());
    QVERIFY(ItemTypeNames::displayName(type) != key);
}

QTEST_GUILESS_MAIN(TestCatalogue)
#include "tst_catalogue.moc"
