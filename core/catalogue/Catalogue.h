#pragma once

#include "catalogue/ServiceItem.h"

#include <QHash>
#include <QList>
#include <QString>

namespace halldesk {

// The hall's service catalogue at one version: what the server keeps and every terminal
// caches. Immutable once built; a newer version replaces it whole.
class Catalogue
{
public:
    Catalogue() = default;
    Catalogue(int version, QString updatedOn, QList<ServiceItem> items,
              QList<ServiceBundle> bundles);

    int version() const { return m_version; }
    const QString &updatedOn() const { return m_updatedOn; } // ISO date
    const QList<ServiceItem> &items() const { return m_items; }
    const QList<ServiceBundle> &bundles() const { return m_bundles; }
    bool isEmpty() const { return m_items.isEmpty(); }

    const ServiceItem *item(const QString &code) const;
    const ServiceBundle *bundle(const QString &code) const;

    // The materials of several items with each material code once, in the order first met;
    // a material is required if any item requires it and waivable only if every item that
    // asks for it allows that.
    QList<MaterialSpec> mergedMaterials(const QStringList &itemCodes) const;

    // Same version, date, items and bundles.
    friend bool operator==(const Catalogue &a, const Catalogue &b);

private:
    int m_version = 0;
    QString m_updatedOn;
    QList<ServiceItem> m_items;
    QList<ServiceBundle> m_bundles;
    QHash<QString, qsizetype> m_itemIndex;
    QHash<QString, qsizetype> m_bundleIndex;
};

} // namespace halldesk
