#include "catalogue/CatalogueJson.h"

#include "catalogue/CatalogueJsonKeys.h"
#include "catalogue/CatalogueJsonReader.h"
#include "catalogue/CatalogueRules.h"
#include "logging/HallDeskLogging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace halldesk {

namespace {

QJsonObject materialJson(const MaterialSpec &m)
{
    return QJsonObject{{QStringLiteral("code"), m.code},
                       {QStringLiteral("name"), m.name},
                       {QStringLiteral("required"), m.required},
                       {QStringLiteral("form"), CatalogueJsonKeys::key(m.form)},
                       {QStringLiteral("copies"), m.copies},
                       {QStringLiteral("medium"), CatalogueJsonKeys::key(m.medium)},
                       {QStringLiteral("waivable"), m.waivable},
                       {QStringLiteral("note"), m.note}};
}

QJsonObject fieldJson(const FormField &f)
{
    QJsonObject o{{QStringLiteral("key"), f.key},
                  {QStringLiteral("label"), f.label},
                  {QStringLiteral("type"), CatalogueJsonKeys::key(f.type)},
                  {QStringLiteral("required"), f.required},
                  {QStringLiteral("personal"), f.personal}};
    // Each of these belongs to certain types only, and the reader refuses it on the others.
    if (f.maxLength > 0)
        o.insert(QStringLiteral("maxLength"), f.maxLength);
    if (!f.choices.isEmpty())
        o.insert(QStringLiteral("choices"), QJsonArray::fromStringList(f.choices));
    if (f.hasRange) {
        o.insert(QStringLiteral("min"), f.minimum);
        o.insert(QStringLiteral("max"), f.maximum);
    }
    return o;
}

QJsonObject subItemJson(const SubItem &s)
{
    return QJsonObject{{QStringLiteral("code"), s.code},
                       {QStringLiteral("name"), s.name},
                       {QStringLiteral("materials"), QJsonArray::fromStringList(s.materialCodes)},
                       {QStringLiteral("promisedDays"), s.promisedDays}};
}

template <typename T, typename F> QJsonArray arrayOf(const QList<T> &list, F toJson)
{
    QJsonArray array;
    for (const T &element : list)
        array.append(toJson(element));
    return array;
}

QJsonObject itemJson(const ServiceItem &item)
{
    return QJsonObject{
        {QStringLiteral("code"), item.code},
        {QStringLiteral("name"), item.name},
        {QStringLiteral("department"), item.department},
        {QStringLiteral("area"), item.areaCode},
        {QStringLiteral("type"), ItemTypeNames::key(item.type)},
        {QStringLiteral("legalBasis"), item.legalBasis},
        {QStringLiteral("conditions"), QJsonArray::fromStringList(item.acceptanceConditions)},
        {QStringLiteral("materials"), arrayOf(item.materials, materialJson)},
        {QStringLiteral("process"), QJsonArray::fromStringList(item.processSteps)},
        {QStringLiteral("statutoryDays"), item.statutoryDays},
        {QStringLiteral("promisedDays"), item.promisedDays},
        {QStringLiteral("fee"), item.fee},
        {QStringLiteral("result"), item.result},
        {QStringLiteral("applicants"), CatalogueJsonKeys::key(item.applicants)},
        {QStringLiteral("creditCommitment"), item.creditCommitment},
        {QStringLiteral("verificationDays"), item.verificationDays},
        {QStringLiteral("revision"), item.revision},
        {QStringLiteral("form"), arrayOf(item.form, fieldJson)},
        {QStringLiteral("subItems"), arrayOf(item.subItems, subItemJson)}};
}

QJsonObject bundleJson(const ServiceBundle &b)
{
    return QJsonObject{{QStringLiteral("code"), b.code},
                       {QStringLiteral("name"), b.name},
                       {QStringLiteral("description"), b.description},
                       {QStringLiteral("items"), QJsonArray::fromStringList(b.itemCodes)}};
}

} // namespace

CatalogueJson::Parsed CatalogueJson::parse(const QByteArray &json, const QStringList &hallAreas)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return {{},
                {tr("The catalogue is not valid JSON (at byte %1): %2")
                     .arg(QString::number(parseError.offset), parseError.errorString())}};
    if (!document.isObject())
        return {{}, {tr("The catalogue must be a JSON object.")}};

    CatalogueJsonReader reader;
    Catalogue catalogue = reader.read(document.object());
    QStringList errors = reader.errors() + CatalogueRules::check(catalogue, hallAreas);
    if (!errors.isEmpty()) {
        qCWarning(lcCatalogue) << "catalogue version" << catalogue.version() << "refused with"
                               << errors.size() << "errors, first:" << errors.constFirst();
        return {{}, errors};
    }
    qCInfo(lcCatalogue) << "catalogue version" << catalogue.version()
                        << "loaded:" << catalogue.items().size() << "items,"
                        << catalogue.bundles().size() << "bundles";
    return {std::move(catalogue), {}};
}

QByteArray CatalogueJson::toJson(const Catalogue &catalogue)
{
    const QJsonObject root{{QStringLiteral("version"), catalogue.version()},
                           {QStringLiteral("updatedOn"), catalogue.updatedOn()},
                           {QStringLiteral("items"), arrayOf(catalogue.items(), itemJson)},
                           {QStringLiteral("bundles"), arrayOf(catalogue.bundles(), bundleJson)}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

} // namespace halldesk
