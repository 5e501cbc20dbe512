#include "catalogue/SearchableText.h"

namespace halldesk {

SearchableText::SearchableText(const QString &text)
    : m_folded(fold(text))
{
    m_initials.reserve(size_t(m_folded.size()));
    for (QChar c : std::as_const(m_folded)) {
        m_initials.push_back(PinyinInitials::of(c));
        m_allInitials |= m_initials.back();
        m_characterBits |= SearchQuery::characterBit(c);
    }
}

QString SearchableText::fold(const QString &text)
{
    QString s = text;
    for (QChar &c : s) {
        if (c.unicode() >= 0xFF01 && c.unicode() <= 0xFF5E)
            c = QChar(c.unicode() - 0xFF01 + 0x21);
        else if (c.unicode() == 0x3000) // ideographic space
            c = QLatin1Char(' ');
    }
    return s.trimmed().toLower();
}

SearchableText::Match SearchableText::match(const SearchQuery &query) const
{
    const qsizetype length = query.text.size();
    if (length == 0 || length > m_folded.size())
        return Match::None;
    // Every letter or digit typed must be an initial of some character here (a letter in the
    // text is its own initial) and every other character must be here as it is. Most texts
    // fail this, and then cost no more than these two tests.
    if ((m_allInitials & query.allBits) != query.allBits ||
        (m_characterBits & query.literalBits) != query.literalBits)
        return Match::None;
    if (m_folded.startsWith(query.text))
        return Match::Starts;
    if (m_folded.contains(query.text))
        return Match::Contains;
    if (initialsMatchAt(0, query))
        return Match::InitialsStart;
    for (qsizetype position = 1; position + length <= m_folded.size(); ++position) {
        if (initialsMatchAt(position, query))
            return Match::InitialsContain;
    }
    return Match::None;
}

bool SearchableText::initialsMatchAt(qsizetype position, const SearchQuery &query) const
{
    for (qsizetype i = 0; i < query.text.size(); ++i) {
        const qsizetype at = position + i;
        if (!(query.bits[i] & m_initials[size_t(at)]) && query.text[i] != m_folded[at])
            return false;
    }
    return true;
}

} // namespace halldesk
