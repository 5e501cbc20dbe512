#include "catalogue/Catalogue.h"

#include <QSet>
#include <utility>

namespace halldesk {

Catalogue::Catalogue(int version, QString updatedOn, QList<ServiceItem> items,
                     QList<ServiceBundle> bundles)
    : m_version(version)
    , m_updatedOn(std::move(updatedOn))
    , m_items(std::move(items))
    , m_bundles(std::move(bundles))
{
    // The loader refuses duplicate codes; should one slip through, the first entry wins, as
    // it does in ServiceItem::material().
    for (qsizetype i = m_items.size() - 1; i >= 0; --i)
        m_itemIndex.insert(m_items.at(i).code, i);
    for (qsizetype i = m_bundles.size() - 1; i >= 0; --i)
        m_bundleIndex.insert(m_bundles.at(i).code, i);
}

const ServiceItem *Catalogue::item(const QString &code) const
{
    const auto it = m_itemIndex.constFind(code);
    return it == m_itemIndex.constEnd() ? nullptr : &m_items.at(*it);
}

const ServiceBundle *Catalogue::bundle(const QString &code) const
{
    const auto it = m_bundleIndex.constFind(code);
    return it == m_bundleIndex.constEnd() ? nullptr : &m_bundles.at(*it);
}

QList<MaterialSpec> Catalogue::mergedMaterials(const QStringList &itemCodes) const
{
    QList<MaterialSpec> merged;
    QHash<QString, qsizetype> position;
    QSet<QString> seenItems;
    for (const QString &code : itemCodes) {
        const ServiceItem *serviceItem = item(code);
        // An item named twice must not count as a second item asking for its materials.
        if (!serviceItem || seenItems.contains(code))
            continue;
        seenItems.insert(code);
        for (const MaterialSpec &material : serviceItem->materials) {
            const auto it = position.constFind(material.code);
            if (it == position.constEnd()) {
                position.insert(material.code, merged.size());
                merged.append(material);
                continue;
            }
            MaterialSpec &first = merged[*it];
            first.required = first.required || material.required;
            first.waivable = first.waivable && material.waivable;
        }
    }
    return merged;
}

bool operator==(const Catalogue &a, const Catalogue &b)
{
    return a.m_version == b.m_version && a.m_updatedOn == b.m_updatedOn && a.m_items == b.m_items &&
           a.m_bundles == b.m_bundles;
}

} // namespace halldesk
