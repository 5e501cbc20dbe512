#pragma once

#include "catalogue/Catalogue.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace halldesk {

// Reads the catalogue JSON (CATALOGUE.md) into a Catalogue, checking the type and range of
// every field. Whatever is malformed is reported and read as its default; the rules that tie
// fields together are CatalogueRules'.
class CatalogueJsonReader
{
    Q_DECLARE_TR_FUNCTIONS(CatalogueJsonReader)

public:
    Catalogue read(const QJsonObject &root);
    // Translated, each naming the item (or bundle) code and the field.
    const QStringList &errors() const { return m_errors; }

    // Far above any real limit, low enough that a typo cannot overflow a due-date computation
    // or make a form accept a novel.
    static constexpr int MaxDays = 999;
    static constexpr int MaxCopies = 99;
    static constexpr int MaxFieldLength = 10000;

private:
    ServiceItem readItem(const QJsonObject &object, const QString &owner);
    QList<MaterialSpec> readMaterials(const QJsonArray &list, const QString &owner);
    QList<FormField> readForm(const QJsonArray &list, const QString &owner);
    QList<SubItem> readSubItems(const QJsonArray &list, const QString &owner);
    MaterialSpec readMaterial(const QJsonObject &object, const QString &prefix);
    FormField readField(const QJsonObject &object, const QString &prefix);
    SubItem readSubItem(const QJsonObject &object, const QString &prefix);
    ServiceBundle readBundle(const QJsonObject &object, const QString &owner);

    QStringList m_errors;
};

} // namespace halldesk
