#pragma once

#include "catalogue/Catalogue.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

namespace halldesk {

// The catalogue's JSON form (CATALOGUE.md): what the server stores and sends and every
// terminal caches. A catalogue that breaks any rule is refused whole, so that no terminal ever
// works from half a catalogue.
class CatalogueJson
{
    Q_DECLARE_TR_FUNCTIONS(CatalogueJson)

public:
    struct Parsed
    {
        Catalogue catalogue; // empty unless ok()
        QStringList errors;  // translated, each naming the item (or bundle) code and the field
        bool ok() const { return errors.isEmpty(); }
    };

    // hallAreas: the area codes of the hall (HallDefinition), which every item must belong to.
    static Parsed parse(const QByteArray &json, const QStringList &hallAreas);

    // Every field written out, defaults included, so that parse(toJson(c)) == c.
    static QByteArray toJson(const Catalogue &catalogue);
};

} // namespace halldesk
