#pragma once

#include "catalogue/FormField.h"
#include "catalogue/MaterialSpec.h"
#include "catalogue/ServiceItem.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace halldesk {

// The names of the catalogue's enumerations in its JSON (CATALOGUE.md), shared by the reader
// and the writer so that the two cannot drift apart. Item types have their own keys in
// ItemTypeNames, since the protocol and the databases use them too.
class CatalogueJsonKeys
{
public:
    static QString key(MaterialSpec::Form form);
    static QString key(MaterialSpec::Medium medium);
    static QString key(ApplicantKinds applicants);
    static QString key(FormField::Type type);

    static std::optional<MaterialSpec::Form> materialForm(const QString &key);
    static std::optional<MaterialSpec::Medium> medium(const QString &key);
    static std::optional<ApplicantKinds> applicants(const QString &key);
    static std::optional<FormField::Type> fieldType(const QString &key);

    // Every key of one enumeration, in declaration order, for "expected one of" messages.
    static QStringList materialFormKeys();
    static QStringList mediumKeys();
    static QStringList applicantsKeys();
    static QStringList fieldTypeKeys();
};

} // namespace halldesk
