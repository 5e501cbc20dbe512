#include "catalogue/SearchQuery.h"

#include "catalogue/SearchableText.h"

namespace halldesk {

SearchQuery::SearchQuery(const QString &typed)
    : text(SearchableText::fold(typed))
{
    bits.reserve(text.size());
    for (QChar c : std::as_const(text)) {
        bits.append(PinyinInitials::bit(c));
        allBits |= bits.back();
        if (!bits.back())
            literalBits |= characterBit(c);
    }
}

} // namespace halldesk
