#pragma once

#include "catalogue/Catalogue.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringList>

namespace halldesk {

// The rules of CATALOGUE.md that tie fields together: unique codes, known areas, references
// that resolve, consistent time limits, choices and credit commitments. The type and range of
// each field on its own are CatalogueJsonReader's.
class CatalogueRules
{
    Q_DECLARE_TR_FUNCTIONS(CatalogueRules)

public:
    // Translated messages, each naming the item (or bundle) code and the field; empty when the
    // catalogue keeps every rule.
    static QStringList check(const Catalogue &catalogue, const QStringList &hallAreas);

private:
    static void checkLimits(const ServiceItem &item, const QString &owner, QStringList &errors);
    static void checkMaterials(const ServiceItem &item, const QString &owner, QStringList &errors);
    static void checkForm(const ServiceItem &item, const QString &owner, QStringList &errors);
    static void checkSubItems(const ServiceItem &item, const QString &owner,
                              QSet<QString> &subItemCodes, QStringList &errors);
    static void checkBundles(const Catalogue &catalogue, QStringList &errors);
};

} // namespace halldesk
