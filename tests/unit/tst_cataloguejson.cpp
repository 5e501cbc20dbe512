#include "CatalogueJsonFixture.h"
#include "catalogue/CatalogueJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace halldesk;
using namespace halldesk::test;

class TestCatalogueJson : public QObject
{
    Q_OBJECT

private slots:
    void validFixtureLoads();
    void refused_data();
    void refused();
    void everyErrorIsReported();
    void notJson_data();
    void notJson();
    void roundTrip();
    void unknownKeysAreIgnored();
    void defaults();
};

void TestCatalogueJson::validFixtureLoads()
{
    const CatalogueJson::Parsed parsed = CatalogueJson::parse(Fixture, Areas);
    QVERIFY2(parsed.ok(), qPrintable(parsed.errors.join(u'\n')));
    const Catalogue &c = parsed.catalogue;
    QCOMPARE(c.version(), 7);
    QCOMPARE(c.updatedOn(), QStringLiteral("2026-11-01"));
    QCOMPARE(c.items().size(), 2);
    QCOMPARE(c.bundles().size(), 1);

    const ServiceItem *item = c.item(QStringLiteral("F0101"));
    QVERIFY(item);
    QCOMPARE(item->type, ItemType::Commitment);
    QCOMPARE(item->promisedDays, 3);
    QCOMPARE(item->applicants, ApplicantKinds::Organisation);
    QCOMPARE(item->acceptanceConditions.size(), 1);
    QCOMPARE(item->processSteps.size(), 4);
    const MaterialSpec *lease = item->material(QStringLiteral("M-LEASE"));
    QVERIFY(lease);
    QCOMPARE(lease->form, MaterialSpec::Form::Copy);
    QCOMPARE(lease->copies, 2);
    QCOMPARE(lease->medium, MaterialSpec::Medium::PaperOrElectronic);
    QVERIFY(lease->waivable);
    QCOMPARE(item->form.size(), 8);
    const FormField &capital = item->form.at(2);
    QCOMPARE(capital.type, FormField::Type::Number);
    QVERIFY(capital.hasRange);
    QCOMPARE(capital.minimum, 0.5);
    QCOMPARE(capital.maximum, 100000.0);
    QCOMPARE(item->form.at(4).personal, true);  // residentId by default
    QCOMPARE(item->form.at(6).personal, false); // mobile, overridden
    QCOMPARE(item->subItems.at(0).materialCodes,
             QStringList({QStringLiteral("M-IDCARD"), QStringLiteral("M-LEASE")}));
    QCOMPARE(c.item(QStringLiteral("B0201"))->type, ItemType::Immediate);
    QCOMPARE(c.bundle(QStringLiteral("LB01"))->itemCodes.size(), 2);
}

void TestCatalogueJson::refused_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("error");

    // The rules of CATALOGUE.md.
    QTest::newRow("duplicate item code")
        << "items/1/code" << json("\"F0101\"") << "F0101: code is not unique";
    QTest::newRow("duplicate sub-item code") << "items/0/subItems/1/code" << json("\"F0101-01\"")
                                             << "F0101: subItems[F0101-01].code is not unique";
    QTest::newRow("duplicate bundle code")
        << "bundles/1" << json(R"({"code": "LB01", "name": "x", "items": ["F0101"]})")
        << "LB01: code is not unique";
    QTest::newRow("duplicate form key") << "items/0/form/1/key" << json("\"enterpriseName\"")
                                        << "F0101: form[enterpriseName].key is not unique";
    QTest::newRow("duplicate material code") << "items/0/materials/2/code" << json("\"M-IDCARD\"")
                                             << "F0101: materials[M-IDCARD].code is not unique";
    QTest::newRow("unknown area") << "items/0/area" << json("\"moon\"")
                                  << "F0101: area \"moon\" is not an area of this hall";
    QTest::newRow("bundle of an unknown item")
        << "bundles/0/items/1" << json("\"X9999\"") << "LB01: items names \"X9999\"";
    QTest::newRow("bundle naming an item twice")
        << "bundles/0/items/1" << json("\"F0101\"") << "LB01: items names \"F0101\" more than once";
    QTest::newRow("bundle without items")
        << "bundles/0/items" << json("[]") << "LB01: items must not be empty";
    QTest::newRow("sub-item material unknown")
        << "items/0/subItems/0/materials/1" << json("\"M-NOPE\"")
        << "F0101: subItems[F0101-01].materials names \"M-NOPE\"";
    QTest::newRow("negative statutoryDays") << "items/0/statutoryDays" << json("-1")
                                            << "F0101: statutoryDays (-1) must be between 0 and";
    QTest::newRow("negative promisedDays")
        << "items/0/promisedDays" << json("-3") << "F0101: promisedDays (-3) must be between 0 and";
    QTest::newRow("promised beyond statutory")
        << "items/0/promisedDays" << json("30")
        << "F0101: promisedDays (30) exceeds statutoryDays (20)";
    QTest::newRow("sub-item promised beyond statutory")
        << "items/0/subItems/0/promisedDays" << json("25")
        << "F0101: subItems[F0101-01].promisedDays (25) exceeds statutoryDays (20)";
    QTest::newRow("commitment item without promise")
        << "items/0/promisedDays" << json("0")
        << "F0101: promisedDays must be at least 1 for an item that is not immediate";
    QTest::newRow("immediate item with statutoryDays")
        << "items/1/statutoryDays" << json("5")
        << "B0201: statutoryDays must be 0 for an immediate item";
    QTest::newRow("immediate item with promisedDays")
        << "items/1/promisedDays" << json("1")
        << "B0201: promisedDays must be 0 for an immediate item";
    QTest::newRow("immediate item with a sub-item limit")
        << "items/1/subItems" << json(R"([{"code": "B0201-01", "name": "x", "promisedDays": 2}])")
        << "B0201: subItems[B0201-01].promisedDays must be 0 for an immediate item";
    QTest::newRow("choice without choices") << "items/0/form/3/choices" << Removed
                                            << "F0101: form[scale].choices must list at least one";
    QTest::newRow("duplicate choice") << "items/0/form/3/choices/1" << json("\"小型\"")
                                      << "F0101: form[scale].choices[1] is not unique";
    QTest::newRow("credit commitment without verification")
        << "items/0/verificationDays" << json("0")
        << "F0101: verificationDays must be more than 0 when creditCommitment is true";
    QTest::newRow("verification without credit commitment")
        << "items/1/verificationDays" << json("5")
        << "B0201: verificationDays must be 0 when creditCommitment is false";
    QTest::newRow("min above max") << "items/0/form/2/min" << json("200000")
                                   << "F0101: form[capital].min (200000) exceeds max (100000)";

    // Types and ranges of single fields.
    QTest::newRow("unknown item type")
        << "items/0/type" << json("\"urgent\"") << "F0101: type is \"urgent\", which is not one of";
    QTest::newRow("missing item type") << "items/0/type" << Removed << "F0101: type is missing";
    QTest::newRow("unknown field type") << "items/0/form/0/type" << json("\"colour\"")
                                        << "F0101: form[enterpriseName].type is \"colour\"";
    QTest::newRow("unknown material form") << "items/0/materials/0/form" << json("\"scan\"")
                                           << "F0101: materials[M-IDCARD].form is \"scan\"";
    QTest::newRow("unknown medium") << "items/0/materials/0/medium" << json("\"fax\"")
                                    << "F0101: materials[M-IDCARD].medium is \"fax\"";
    QTest::newRow("unknown applicants")
        << "items/0/applicants" << json("\"robots\"") << "F0101: applicants is \"robots\"";
    QTest::newRow("negative copies") << "items/0/materials/0/copies" << json("-1")
                                     << "F0101: materials[M-IDCARD].copies (-1) must be between 1";
    QTest::newRow("zero copies") << "items/0/materials/0/copies" << json("0")
                                 << "F0101: materials[M-IDCARD].copies (0) must be between 1";
    QTest::newRow("fractional copies") << "items/0/materials/0/copies" << json("1.5")
                                       << "F0101: materials[M-IDCARD].copies must be a whole";
    QTest::newRow("days as text") << "items/0/statutoryDays" << json("\"20\"")
                                  << "F0101: statutoryDays must be a whole number";
    QTest::newRow("absurd days") << "items/0/statutoryDays" << json("100000")
                                 << "F0101: statutoryDays (100000) must be between 0 and";
    QTest::newRow("revision 0") << "items/0/revision" << json("0")
                                << "F0101: revision (0) must be between 1";
    QTest::newRow("required as text")
        << "items/0/materials/0/required" << json("\"yes\"")
        << "F0101: materials[M-IDCARD].required must be true or false";
    QTest::newRow("creditCommitment as number") << "items/0/creditCommitment" << json("1")
                                                << "F0101: creditCommitment must be true or false";
    QTest::newRow("name missing") << "items/0/name" << Removed << "F0101: name is missing";
    QTest::newRow("name not text") << "items/0/name" << json("12") << "F0101: name must be text";
    QTest::newRow("blank department")
        << "items/0/department" << json("\"  \"") << "F0101: department must not be empty";
    QTest::newRow("item code missing") << "items/0/code" << Removed << "items[0]: code is missing";
    QTest::newRow("item code with a space")
        << "items/0/code" << json("\"F 0101\"") << "F 0101: code must not contain spaces";
    QTest::newRow("item not an object")
        << "items/2" << json("\"F0102\"") << "items[2] must be an object";
    QTest::newRow("material without name")
        << "items/0/materials/1/name" << Removed << "F0101: materials[M-LEASE].name is missing";
    QTest::newRow("material without code")
        << "items/0/materials/1/code" << Removed << "F0101: materials[1].code is missing";
    QTest::newRow("condition not text")
        << "items/0/conditions/0" << json("{}") << "F0101: conditions[0] must be text";
    QTest::newRow("process not a list")
        << "items/0/process" << json("\"受理\"") << "F0101: process must be a list";
    QTest::newRow("field key not ASCII") << "items/0/form/0/key" << json("\"企业名称\"")
                                         << "F0101: form[企业名称].key must start with a letter";
    QTest::newRow("field without label")
        << "items/0/form/0/label" << Removed << "F0101: form[enterpriseName].label is missing";
    QTest::newRow("maxLength zero") << "items/0/form/0/maxLength" << json("0")
                                    << "F0101: form[enterpriseName].maxLength (0) must be between";
    QTest::newRow("maxLength on a number")
        << "items/0/form/2/maxLength" << json("10")
        << "F0101: form[capital].maxLength applies only to text and address fields";
    QTest::newRow("choices on a text")
        << "items/0/form/0/choices" << json("[\"a\"]")
        << "F0101: form[enterpriseName].choices applies only to choice fields";
    QTest::newRow("range on a date") << "items/0/form/1/min" << json("1")
                                     << "F0101: form[founded].min applies only to number fields";
    QTest::newRow("min without max") << "items/0/form/2/max" << Removed
                                     << "F0101: form[capital].min must be given together with max";
    QTest::newRow("min as text") << "items/0/form/2/min" << json("\"0\"")
                                 << "F0101: form[capital].min must be a number";
    QTest::newRow("sub-item without name")
        << "items/0/subItems/1/name" << Removed << "F0101: subItems[F0101-02].name is missing";
    QTest::newRow("bundle without name") << "bundles/0/name" << Removed << "LB01: name is missing";

    // The catalogue itself.
    QTest::newRow("version missing") << "version" << Removed << "version is missing";
    QTest::newRow("version zero") << "version" << json("0") << "version (0) must be between 1";
    QTest::newRow("updatedOn not a date") << "updatedOn" << json("\"2026-02-30\"")
                                          << "updatedOn must be a date written as yyyy-MM-dd";
    QTest::newRow("updatedOn other format") << "updatedOn" << json("\"2026/11/01\"")
                                            << "updatedOn must be a date written as yyyy-MM-dd";
    QTest::newRow("items missing") << "items" << Removed << "items is missing";
    QTest::newRow("no items") << "items" << json("[]") << "items must not be empty";
    QTest::newRow("items not a list") << "items" << json("{}") << "items must be a list";
}

void TestCatalogueJson::refused()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(QString, error);

    const CatalogueJson::Parsed parsed = CatalogueJson::parse(fixtureWith(path, value), Areas);
    QVERIFY(!parsed.ok());
    // Refused whole: not even the items that are fine are kept.
    QVERIFY(parsed.catalogue.isEmpty());
    QCOMPARE(parsed.catalogue.version(), 0);
    bool found = false;
    for (const QString &e : parsed.errors)
        found = found || e.startsWith(error);
    QVERIFY2(found, qPrintable(parsed.errors.join(u'\n')));
}

void TestCatalogueJson::everyErrorIsReported()
{
    // One broken rule and one malformed field, in different items: both are reported at once.
    QJsonValue root = fixture();
    root = setAt(root, {QStringLiteral("items"), QStringLiteral("0"), QStringLiteral("area")},
                 json("\"moon\""));
    root = setAt(root,
                 {QStringLiteral("items"), QStringLiteral("1"), QStringLiteral("materials"),
                  QStringLiteral("1"), QStringLiteral("copies")},
                 json("-2"));
    const CatalogueJson::Parsed parsed =
        CatalogueJson::parse(QJsonDocument(root.toObject()).toJson(), Areas);
    QCOMPARE(parsed.errors.size(), 2);
    QVERIFY(parsed.errors.at(0).startsWith(QStringLiteral("B0201: materials[M-BIRTH].copies")));
    QVERIFY(parsed.errors.at(1).startsWith(QStringLiteral("F0101: area")));
}

void TestCatalogueJson::notJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("truncated") << QByteArray(Fixture).left(200);
    QTest::newRow("array") << QByteArray("[]");
}

void TestCatalogueJson::notJson()
{
    QFETCH(QByteArray, json);
    const CatalogueJson::Parsed parsed = CatalogueJson::parse(json, Areas);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.errors.size(), 1);
    QVERIFY(parsed.catalogue.isEmpty());
}

void TestCatalogueJson::roundTrip()
{
    const CatalogueJson::Parsed parsed = CatalogueJson::parse(Fixture, Areas);
    QVERIFY(parsed.ok());
    const QByteArray json = CatalogueJson::toJson(parsed.catalogue);
    const CatalogueJson::Parsed again = CatalogueJson::parse(json, Areas);
    QVERIFY2(again.ok(), qPrintable(again.errors.join(u'\n')));
    QVERIFY(again.catalogue == parsed.catalogue);
    QCOMPARE(CatalogueJson::toJson(again.catalogue), json);

    // Equality must look at nested fields, or the comparison above proves nothing.
    QList<ServiceItem> items = parsed.catalogue.items();
    items[0].form[2].maximum = 99999;
    const Catalogue changed(parsed.catalogue.version(), parsed.catalogue.updatedOn(), items,
                            parsed.catalogue.bundles());
    QVERIFY(!(changed == parsed.catalogue));
}

void TestCatalogueJson::unknownKeysAreIgnored()
{
    const QJsonValue extra = json(R"({"nested": [1, 2]})");
    QJsonValue root = fixture();
    for (const char *path :
         {"comment", "items/0/owner", "items/0/materials/0/scanProfile",
          "items/0/form/0/placeholder", "items/0/subItems/0/legacyCode", "bundles/0/icon"})
        root = setAt(root, QString::fromLatin1(path).split(u'/'), extra);
    const CatalogueJson::Parsed parsed =
        CatalogueJson::parse(QJsonDocument(root.toObject()).toJson(), Areas);
    QVERIFY2(parsed.ok(), qPrintable(parsed.errors.join(u'\n')));
    QVERIFY(parsed.catalogue == CatalogueJson::parse(Fixture, Areas).catalogue);
}

void TestCatalogueJson::defaults()
{
    const QByteArray minimal = R"({"version": 1, "updatedOn": "2026-01-05", "items": [
        {"code": "X1", "name": "n", "department": "d", "area": "police", "type": "joint",
         "statutoryDays": 5, "promisedDays": 5,
         "materials": [{"code": "M-A", "name": "a"}],
         "form": [{"key": "id", "label": "l", "type": "residentId"},
                  {"key": "phone", "label": "l", "type": "mobile"},
                  {"key": "code", "label": "l", "type": "creditCode"},
                  {"key": "note", "label": "l", "type": "text"}]}]})";
    const CatalogueJson::Parsed parsed = CatalogueJson::parse(minimal, Areas);
    QVERIFY2(parsed.ok(), qPrintable(parsed.errors.join(u'\n')));
    const ServiceItem &item = parsed.catalogue.items().at(0);
    QCOMPARE(item.applicants, ApplicantKinds::Either);
    QCOMPARE(item.revision, 1);
    QCOMPARE(item.creditCommitment, false);
    QVERIFY(parsed.catalogue.bundles().isEmpty());
    const MaterialSpec &m = item.materials.at(0);
    QCOMPARE(m.required, true);
    QCOMPARE(m.form, MaterialSpec::Form::Original);
    QCOMPARE(m.copies, 1);
    QCOMPARE(m.medium, MaterialSpec::Medium::Paper);
    QCOMPARE(m.waivable, false);
    QCOMPARE(item.form.at(0).personal, true);
    QCOMPARE(item.form.at(1).personal, true);
    QCOMPARE(item.form.at(2).personal, false);
    QCOMPARE(item.form.at(3).personal, false);
    QCOMPARE(item.form.at(3).required, false);
    QCOMPARE(item.form.at(3).maxLength, 0);
}

QTEST_GUILESS_MAIN(TestCatalogueJson)
#include "tst_cataloguejson.moc"
