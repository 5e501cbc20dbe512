#pragma once

#include "catalogue/PinyinInitials.h"
#include "catalogue/SearchQuery.h"

#include <QString>
#include <vector>

namespace halldesk {

// A name prepared once for searching at typing speed: folded (full-width to ASCII, lower case)
// and with the possible pinyin initials of each character, so that a query costs comparisons
// only.
class SearchableText
{
public:
    // Best first; a better match outranks any worse one.
    enum class Match
    {
        None,
        InitialsContain, // yyzz in 办理营业执照
        InitialsStart,   // yyzz for 营业执照变更
        Contains,        // 执照 in 营业执照
        Starts           // 营业 for 营业执照
    };

    SearchableText() = default;
    explicit SearchableText(const QString &text);

    Match match(const SearchQuery &query) const;
    const QString &folded() const { return m_folded; }

    // Trimmed, full-width forms (typed in a Chinese input method's full-width mode, or found in
    // names such as （新办）) folded to ASCII, lower case.
    static QString fold(const QString &text);

private:
    bool initialsMatchAt(qsizetype position, const SearchQuery &query) const;

    QString m_folded;
    std::vector<PinyinInitials::Mask> m_initials; // one per character of m_folded
    PinyinInitials::Mask m_allInitials = 0;
    quint64 m_characterBits = 0; // SearchQuery::characterBit() of every character
};

} // namespace halldesk
