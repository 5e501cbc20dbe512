#include "catalogue/CatalogueJsonReader.h"

#include "catalogue/CatalogueJsonKeys.h"
#include "catalogue/JsonFieldReader.h"

#include <QJsonArray>
#include <limits>
#include <utility>

namespace halldesk {

namespace {

using Presence = JsonFieldReader::Presence;

// The code (or form key) of a list element, empty when it has none or not as text.
QString codeOf(const QJsonValue &element, const char *codeKey)
{
    const QJsonValue code = element.toObject().value(QLatin1String(codeKey));
    return code.isString() && !code.toString().trimmed().isEmpty() ? code.toString() : QString();
}

// How a list element is named in messages: items and bundles by their bare code ("F0101:
// name"), their parts by list and code ("F0101: materials[M-IDCARD].copies"), so that the
// author finds them in the file; by position when the code itself is what is wrong.
QString ownerName(const char *list, const QJsonValue &element, qsizetype index)
{
    const QString code = codeOf(element, "code");
    return code.isEmpty() ? QLatin1String(list) + u'[' + QString::number(index) + u']' : code;
}

QString partName(const QString &owner, const char *list, const QJsonValue &element,
                 const char *codeKey, qsizetype index)
{
    QString id = codeOf(element, codeKey);
    if (id.isEmpty())
        id = QString::number(index);
    return owner + QStringLiteral(": ") + QLatin1String(list) + u'[' + id + u']';
}

bool isFieldKey(const QString &key)
{
    // Form keys name columns and JSON members of a case's form data.
    for (qsizetype i = 0; i < key.size(); ++i) {
        const char16_t c = key.at(i).unicode();
        const bool letter = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
        const bool digit = c >= u'0' && c <= u'9';
        if (!(letter || (i > 0 && (digit || c == u'_'))))
            return false;
    }
    return true;
}

} // namespace

Catalogue CatalogueJsonReader::read(const QJsonObject &root)
{
    JsonFieldReader f(root, QString(), m_errors);
    const int version =
        f.whole("version", 0, 1, std::numeric_limits<int>::max(), Presence::Required);
    const QString updatedOn = f.isoDate("updatedOn");

    QList<ServiceItem> items;
    const QJsonArray itemList = f.list("items", Presence::Required);
    for (qsizetype i = 0; i < itemList.size(); ++i) {
        const QString owner = ownerName("items", itemList.at(i), i);
        if (!itemList.at(i).isObject())
            f.report(tr("%1 must be an object").arg(owner));
        else
            items << readItem(itemList.at(i).toObject(), owner);
    }

    QList<ServiceBundle> bundles;
    const QJsonArray bundleList = f.list("bundles");
    for (qsizetype i = 0; i < bundleList.size(); ++i) {
        const QString owner = ownerName("bundles", bundleList.at(i), i);
        if (!bundleList.at(i).isObject())
            f.report(tr("%1 must be an object").arg(owner));
        else
            bundles << readBundle(bundleList.at(i).toObject(), owner);
    }
    return Catalogue(version, updatedOn, std::move(items), std::move(bundles));
}

ServiceItem CatalogueJsonReader::readItem(const QJsonObject &object, const QString &owner)
{
    JsonFieldReader f(object, owner + QStringLiteral(": "), m_errors);

    ServiceItem item;
    item.code = f.code("code");
    item.name = f.text("name", Presence::Required);
    item.department = f.text("department", Presence::Required);
    item.areaCode = f.code("area");
    item.type = f.oneOf("type", ItemType::Commitment, &ItemTypeNames::fromKey,
                        ItemTypeNames::keys(), Presence::Required);
    item.legalBasis = f.text("legalBasis");
    item.acceptanceConditions = f.texts("conditions");
    item.materials = readMaterials(f.list("materials"), owner);
    item.processSteps = f.texts("process");
    item.statutoryDays = f.whole("statutoryDays", 0, 0, MaxDays);
    item.promisedDays = f.whole("promisedDays", 0, 0, MaxDays);
    item.fee = f.text("fee");
    item.result = f.text("result");
    item.applicants = f.oneOf("applicants", ApplicantKinds::Either, &CatalogueJsonKeys::applicants,
                              CatalogueJsonKeys::applicantsKeys());
    item.creditCommitment = f.flag("creditCommitment", false);
    item.verificationDays = f.whole("verificationDays", 0, 0, MaxDays);
    item.revision = f.whole("revision", 1, 1, std::numeric_limits<int>::max());
    item.form = readForm(f.list("form"), owner);
    item.subItems = readSubItems(f.list("subItems"), owner);
    return item;
}

QList<MaterialSpec> CatalogueJsonReader::readMaterials(const QJsonArray &list, const QString &owner)
{
    QList<MaterialSpec> materials;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString path = partName(owner, "materials", list.at(i), "code", i);
        if (!list.at(i).isObject())
            m_errors << tr("%1 must be an object").arg(path);
        else
            materials << readMaterial(list.at(i).toObject(), path + u'.');
    }
    return materials;
}

QList<FormField> CatalogueJsonReader::readForm(const QJsonArray &list, const QString &owner)
{
    QList<FormField> form;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString path = partName(owner, "form", list.at(i), "key", i);
        if (!list.at(i).isObject())
            m_errors << tr("%1 must be an object").arg(path);
        else
            form << readField(list.at(i).toObject(), path + u'.');
    }
    return form;
}

QList<SubItem> CatalogueJsonReader::readSubItems(const QJsonArray &list, const QString &owner)
{
    QList<SubItem> subItems;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString path = partName(owner, "subItems", list.at(i), "code", i);
        if (!list.at(i).isObject())
            m_errors << tr("%1 must be an object").arg(path);
        else
            subItems << readSubItem(list.at(i).toObject(), path + u'.');
    }
    return subItems;
}

MaterialSpec CatalogueJsonReader::readMaterial(const QJsonObject &object, const QString &prefix)
{
    JsonFieldReader f(object, prefix, m_errors);
    MaterialSpec material;
    material.code = f.code("code");
    material.name = f.text("name", Presence::Required);
    material.required = f.flag("required", true);
    material.form = f.oneOf("form", MaterialSpec::Form::Original, &CatalogueJsonKeys::materialForm,
                            CatalogueJsonKeys::materialFormKeys());
    material.copies = f.whole("copies", 1, 1, MaxCopies);
    material.medium = f.oneOf("medium", MaterialSpec::Medium::Paper, &CatalogueJsonKeys::medium,
                              CatalogueJsonKeys::mediumKeys());
    material.waivable = f.flag("waivable", false);
    material.note = f.text("note");
    return material;
}

FormField CatalogueJsonReader::readField(const QJsonObject &object, const QString &prefix)
{
    JsonFieldReader f(object, prefix, m_errors);
    FormField field;
    field.key = f.code("key");
    if (!isFieldKey(field.key))
        f.report(tr("%1 must start with a letter and hold only ASCII letters, digits and _")
                     .arg(f.subject("key")));
    field.label = f.text("label", Presence::Required);
    field.type = f.oneOf("type", FormField::Type::Text, &CatalogueJsonKeys::fieldType,
                         CatalogueJsonKeys::fieldTypeKeys(), Presence::Required);
    field.required = f.flag("required", false);

    const bool freeText =
        field.type == FormField::Type::Text || field.type == FormField::Type::Address;
    if (f.has("maxLength") && !freeText)
        f.report(tr("%1 applies only to text and address fields").arg(f.subject("maxLength")));
    else
        field.maxLength = f.whole("maxLength", 0, 1, MaxFieldLength);

    if (f.has("choices") && field.type != FormField::Type::Choice)
        f.report(tr("%1 applies only to choice fields").arg(f.subject("choices")));
    else
        field.choices = f.texts("choices");

    if (f.has("min") || f.has("max")) {
        if (field.type != FormField::Type::Number) {
            f.report(tr("%1 applies only to number fields")
                         .arg(f.subject(f.has("min") ? "min" : "max")));
        } else if (!f.has("min") || !f.has("max")) {
            f.report(tr("%1 must be given together with %2")
                         .arg(f.subject(f.has("min") ? "min" : "max"),
                              QLatin1String(f.has("min") ? "max" : "min")));
        } else {
            const std::optional<double> minimum = f.number("min");
            const std::optional<double> maximum = f.number("max");
            if (minimum && maximum) {
                field.minimum = *minimum;
                field.maximum = *maximum;
                field.hasRange = true;
            }
        }
    }

    const bool personalByDefault =
        field.type == FormField::Type::ResidentId || field.type == FormField::Type::Mobile;
    field.personal = f.flag("personal", personalByDefault);
    return field;
}

SubItem CatalogueJsonReader::readSubItem(const QJsonObject &object, const QString &prefix)
{
    JsonFieldReader f(object, prefix, m_errors);
    SubItem subItem;
    subItem.code = f.code("code");
    subItem.name = f.text("name", Presence::Required);
    subItem.materialCodes = f.texts("materials");
    subItem.promisedDays = f.whole("promisedDays", 0, 0, MaxDays);
    return subItem;
}

ServiceBundle CatalogueJsonReader::readBundle(const QJsonObject &object, const QString &owner)
{
    JsonFieldReader f(object, owner + QStringLiteral(": "), m_errors);
    ServiceBundle bundle;
    bundle.code = f.code("code");
    bundle.name = f.text("name", Presence::Required);
    bundle.description = f.text("description");
    bundle.itemCodes = f.texts("items", Presence::Required);
    return bundle;
}

} // namespace halldesk
