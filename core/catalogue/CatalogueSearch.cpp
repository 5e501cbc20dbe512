#include "catalogue/CatalogueSearch.h"

#include <QHash>
#include <QVarLengthArray>
#include <algorithm>

namespace halldesk {

namespace {

using Match = SearchableText::Match;

// Scores of a text match, indexed by SearchableText::Match.
constexpr int NameScores[] = {0, CatalogueSearch::NameInitialsContain,
                              CatalogueSearch::NameInitialsStart, CatalogueSearch::NameContains,
                              CatalogueSearch::NameStarts};
constexpr int SubItemScores[] = {
    0, CatalogueSearch::SubItemNameInitialsContain, CatalogueSearch::SubItemNameInitialsStart,
    CatalogueSearch::SubItemNameContains, CatalogueSearch::SubItemNameStarts};
constexpr int DepartmentScores[] = {
    0, CatalogueSearch::DepartmentInitialsContain, CatalogueSearch::DepartmentInitialsStart,
    CatalogueSearch::DepartmentContains, CatalogueSearch::DepartmentStarts};

int scoreOf(const int (&scores)[5], Match match)
{
    return scores[static_cast<int>(match)];
}

struct Hit
{
    int score;
    int entry;
    int subItem; // into the sub-item entries, -1 for none
};

} // namespace

CatalogueSearch::CatalogueSearch(const Catalogue &catalogue)
{
    QHash<QString, int> departments;
    m_entries.reserve(size_t(catalogue.items().size() + catalogue.bundles().size()));
    for (const ServiceItem &item : catalogue.items()) {
        Entry entry{Kind::Item, item.code, SearchableText::fold(item.code),
                    SearchableText(item.name)};
        if (!item.department.isEmpty()) {
            const auto it = departments.constFind(item.department);
            if (it != departments.constEnd()) {
                entry.department = *it;
            } else {
                entry.department = int(m_departments.size());
                departments.insert(item.department, entry.department);
                m_departments.emplace_back(item.department);
            }
        }
        entry.firstSubItem = int(m_subItems.size());
        entry.subItemCount = int(item.subItems.size());
        for (const SubItem &subItem : item.subItems)
            m_subItems.push_back(
                {subItem.code, SearchableText::fold(subItem.code), SearchableText(subItem.name)});
        m_entries.push_back(std::move(entry));
    }
    for (const ServiceBundle &bundle : catalogue.bundles())
        m_entries.push_back({Kind::Bundle, bundle.code, SearchableText::fold(bundle.code),
                             SearchableText(bundle.name)});
}

QList<CatalogueSearch::Result> CatalogueSearch::search(const QString &typed, int limit) const
{
    const SearchQuery query(typed);
    if (query.isEmpty() || limit <= 0)
        return {};

    QVarLengthArray<int, 64> departmentScores(qsizetype(m_departments.size()));
    for (size_t i = 0; i < m_departments.size(); ++i)
        departmentScores[qsizetype(i)] = scoreOf(DepartmentScores, m_departments[i].match(query));

    std::vector<Hit> hits;
    for (int i = 0; i < int(m_entries.size()); ++i) {
        const Entry &entry = m_entries[size_t(i)];
        Hit hit{0, i, -1};
        // Each field is looked at only while it could still raise the score.
        if (entry.foldedCode == query.text)
            hit.score = CodeExact;
        else if (entry.foldedCode.startsWith(query.text))
            hit.score = CodePrefix;
        if (hit.score < NameStarts)
            hit.score = std::max(hit.score, scoreOf(NameScores, entry.name.match(query)));
        for (int s = entry.firstSubItem; s < entry.firstSubItem + entry.subItemCount; ++s) {
            const SubItemEntry &subItem = m_subItems[size_t(s)];
            int score = 0;
            if (hit.score < SubItemCodeExact && subItem.foldedCode == query.text)
                score = SubItemCodeExact;
            else if (hit.score < SubItemNameStarts)
                score = scoreOf(SubItemScores, subItem.name.match(query));
            if (score > hit.score)
                hit = {score, i, s};
        }
        if (entry.department >= 0)
            hit.score = std::max(hit.score, departmentScores[entry.department]);
        if (hit.score > 0)
            hits.push_back(hit);
    }

    const auto middle = hits.begin() + std::min<qsizetype>(limit, qsizetype(hits.size()));
    std::partial_sort(hits.begin(), middle, hits.end(), [](const Hit &a, const Hit &b) {
        return a.score != b.score ? a.score > b.score : a.entry < b.entry;
    });

    QList<Result> results;
    results.reserve(middle - hits.begin());
    for (auto it = hits.begin(); it != middle; ++it) {
        const Entry &entry = m_entries[size_t(it->entry)];
        results.append({entry.kind, entry.code, it->score,
                        it->subItem >= 0 ? m_subItems[size_t(it->subItem)].code : QString()});
    }
    return results;
}

} // namespace halldesk
