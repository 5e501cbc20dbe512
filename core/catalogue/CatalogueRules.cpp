#include "catalogue/CatalogueRules.h"

namespace halldesk {

namespace {

QString subject(const QString &owner, const QString &path)
{
    return owner + QStringLiteral(": ") + path;
}

QString part(const QString &list, const QString &code, qsizetype index)
{
    return list + u'[' + (code.isEmpty() ? QString::number(index) : code) + u']';
}

// Inserts code and tells whether it was new; an empty code was reported as missing already.
bool insertUnique(QSet<QString> &codes, const QString &code)
{
    if (code.isEmpty())
        return true;
    if (codes.contains(code))
        return false;
    codes.insert(code);
    return true;
}

} // namespace

QStringList CatalogueRules::check(const Catalogue &catalogue, const QStringList &hallAreas)
{
    QStringList errors;
    if (catalogue.items().isEmpty())
        errors << tr("%1 must not be empty").arg(QStringLiteral("items"));

    QSet<QString> itemCodes, subItemCodes;
    const QList<ServiceItem> &items = catalogue.items();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const ServiceItem &item = items.at(i);
        const QString owner =
            item.code.isEmpty() ? part(QStringLiteral("items"), QString(), i) : item.code;
        if (!insertUnique(itemCodes, item.code))
            errors << tr("%1 is not unique").arg(subject(owner, QStringLiteral("code")));
        if (!item.areaCode.isEmpty() && !hallAreas.contains(item.areaCode))
            errors << tr("%1 \"%2\" is not an area of this hall")
                          .arg(subject(owner, QStringLiteral("area")), item.areaCode);
        checkLimits(item, owner, errors);
        checkMaterials(item, owner, errors);
        checkForm(item, owner, errors);
        checkSubItems(item, owner, subItemCodes, errors);
    }
    checkBundles(catalogue, errors);
    return errors;
}

void CatalogueRules::checkLimits(const ServiceItem &item, const QString &owner, QStringList &errors)
{
    const QString statutory = QStringLiteral("statutoryDays");
    const QString promised = QStringLiteral("promisedDays");
    if (item.type == ItemType::Immediate) {
        // Only an immediate item is finished at the window, so it has no limit to keep.
        if (item.statutoryDays != 0)
            errors << tr("%1 must be 0 for an immediate item").arg(subject(owner, statutory));
        if (item.promisedDays != 0)
            errors << tr("%1 must be 0 for an immediate item").arg(subject(owner, promised));
    } else if (item.promisedDays < 1) {
        errors << tr("%1 must be at least 1 for an item that is not immediate")
                      .arg(subject(owner, promised));
    }
    if (item.promisedDays > item.statutoryDays)
        errors << tr("%1 (%2) exceeds %3 (%4)")
                      .arg(subject(owner, promised), QString::number(item.promisedDays), statutory,
                           QString::number(item.statutoryDays));

    const QString verification = QStringLiteral("verificationDays");
    if (item.creditCommitment && item.verificationDays <= 0)
        errors << tr("%1 must be more than 0 when creditCommitment is true")
                      .arg(subject(owner, verification));
    if (!item.creditCommitment && item.verificationDays != 0)
        errors
            << tr("%1 must be 0 when creditCommitment is false").arg(subject(owner, verification));
}

void CatalogueRules::checkMaterials(const ServiceItem &item, const QString &owner,
                                    QStringList &errors)
{
    // Merging a bundle's materials and ticking off what was handed in go by material code.
    QSet<QString> codes;
    for (qsizetype i = 0; i < item.materials.size(); ++i) {
        const QString &code = item.materials.at(i).code;
        if (!insertUnique(codes, code))
            errors << tr("%1 is not unique")
                          .arg(subject(owner, part(QStringLiteral("materials"), code, i) +
                                                  QStringLiteral(".code")));
    }
}

void CatalogueRules::checkForm(const ServiceItem &item, const QString &owner, QStringList &errors)
{
    QSet<QString> keys;
    for (qsizetype i = 0; i < item.form.size(); ++i) {
        const FormField &field = item.form.at(i);
        const QString path = part(QStringLiteral("form"), field.key, i);
        if (!insertUnique(keys, field.key))
            errors << tr("%1 is not unique").arg(subject(owner, path + QStringLiteral(".key")));
        if (field.type == FormField::Type::Choice && field.choices.isEmpty())
            errors << tr("%1 must list at least one choice")
                          .arg(subject(owner, path + QStringLiteral(".choices")));
        QSet<QString> choices;
        for (qsizetype c = 0; c < field.choices.size(); ++c) {
            if (!insertUnique(choices, field.choices.at(c)))
                errors << tr("%1 is not unique")
                              .arg(subject(owner, path + QStringLiteral(".choices[%1]").arg(c)));
        }
        if (field.hasRange && field.minimum > field.maximum)
            errors << tr("%1 (%2) exceeds %3 (%4)")
                          .arg(subject(owner, path + QStringLiteral(".min")),
                               QString::number(field.minimum), QStringLiteral("max"),
                               QString::number(field.maximum));
    }
}

void CatalogueRules::checkSubItems(const ServiceItem &item, const QString &owner,
                                   QSet<QString> &subItemCodes, QStringList &errors)
{
    for (qsizetype i = 0; i < item.subItems.size(); ++i) {
        const SubItem &subItem = item.subItems.at(i);
        const QString path = part(QStringLiteral("subItems"), subItem.code, i);
        // Sub-item codes are recorded on cases on their own, so they are unique hall-wide.
        if (!insertUnique(subItemCodes, subItem.code))
            errors << tr("%1 is not unique").arg(subject(owner, path + QStringLiteral(".code")));
        for (const QString &material : subItem.materialCodes) {
            if (!item.material(material))
                errors << tr("%1 names \"%2\", which is not one of the item's materials")
                              .arg(subject(owner, path + QStringLiteral(".materials")), material);
        }
        const QString promised = path + QStringLiteral(".promisedDays");
        if (item.type == ItemType::Immediate && subItem.promisedDays != 0)
            errors << tr("%1 must be 0 for an immediate item").arg(subject(owner, promised));
        else if (subItem.promisedDays > item.statutoryDays)
            errors << tr("%1 (%2) exceeds %3 (%4)")
                          .arg(subject(owner, promised), QString::number(subItem.promisedDays),
                               QStringLiteral("statutoryDays"),
                               QString::number(item.statutoryDays));
    }
}

void CatalogueRules::checkBundles(const Catalogue &catalogue, QStringList &errors)
{
    QSet<QString> bundleCodes;
    const QList<ServiceBundle> &bundles = catalogue.bundles();
    for (qsizetype i = 0; i < bundles.size(); ++i) {
        const ServiceBundle &bundle = bundles.at(i);
        const QString owner =
            bundle.code.isEmpty() ? part(QStringLiteral("bundles"), QString(), i) : bundle.code;
        if (!insertUnique(bundleCodes, bundle.code))
            errors << tr("%1 is not unique").arg(subject(owner, QStringLiteral("code")));
        if (bundle.itemCodes.isEmpty())
            errors << tr("%1 must not be empty").arg(subject(owner, QStringLiteral("items")));
        QSet<QString> members;
        for (const QString &code : bundle.itemCodes) {
            const QString path = QStringLiteral("items");
            if (!catalogue.item(code))
                errors << tr("%1 names \"%2\", which is not an item of the catalogue")
                              .arg(subject(owner, path), code);
            else if (!insertUnique(members, code))
                errors << tr("%1 names \"%2\" more than once").arg(subject(owner, path), code);
        }
    }
}

} // namespace halldesk
