#pragma once

#include "catalogue/Catalogue.h"
#include "catalogue/SearchableText.h"

#include <QList>
#include <QString>
#include <vector>

namespace halldesk {

// The clerk's search box over the catalogue, fast enough to run on every key stroke: items
// and bundles by code, by name or a fragment of it, by the pinyin initials of the name
// ("yyzz" finds 营业执照), by a situation's name (returning its item) and, ranked lowest, by
// department. Everything that does not depend on the query is prepared once per catalogue.
class CatalogueSearch
{
public:
    enum class Kind
    {
        Item,
        Bundle
    };

    // Higher ranks first. A name of an item or bundle matches, best first, by its start, by a
    // fragment, by the initials of its start, by initials anywhere; sub-item names and
    // department names rank the same way below every item name.
    enum Score : int
    {
        CodeExact = 1000,
        SubItemCodeExact = 950,
        CodePrefix = 900,
        NameStarts = 800,
        NameContains = 700,
        NameInitialsStart = 600,
        NameInitialsContain = 500,
        SubItemNameStarts = 360,
        SubItemNameContains = 320,
        SubItemNameInitialsStart = 280,
        SubItemNameInitialsContain = 240,
        DepartmentStarts = 80,
        DepartmentContains = 60,
        DepartmentInitialsStart = 40,
        DepartmentInitialsContain = 20
    };

    struct Result
    {
        Kind kind = Kind::Item;
        QString code; // of the item or bundle
        int score = 0;
        QString subItemCode; // the sub-item whose code or name matched, if that is what did
    };

    CatalogueSearch() = default;
    explicit CatalogueSearch(const Catalogue &catalogue);

    // At most `limit` results, best first; equal scores keep catalogue order (items, then
    // bundles). The query is trimmed, full-width folded and matched case-insensitively; a blank
    // query finds nothing.
    QList<Result> search(const QString &query, int limit) const;

private:
    struct Entry
    {
        Kind kind = Kind::Item;
        QString code;
        QString foldedCode;
        SearchableText name;
        int department = -1; // index into m_departments; bundles have none
        int firstSubItem = 0;
        int subItemCount = 0;
    };
    struct SubItemEntry
    {
        QString code;
        QString foldedCode;
        SearchableText name;
    };

    std::vector<Entry> m_entries;
    std::vector<SubItemEntry> m_subItems;
    // Many items share a department; each is matched once per query.
    std::vector<SearchableText> m_departments;
};

} // namespace halldesk
