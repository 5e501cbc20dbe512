#include "casework/PersonalDataMask.h"

#include "validation/MobileNumber.h"
#include "validation/ResidentId.h"

namespace halldesk {

QString PersonalDataMask::name(const QString &name)
{
    const QString n = name.simplified();
    if (n.isEmpty())
        return {};
    // Rare family names lie outside the Basic Multilingual Plane: keep both halves of the pair.
    const qsizetype first = n.at(0).isHighSurrogate() && n.size() > 1 ? 2 : 1;
    const qsizetype rest = n.toUcs4().size() - 1;
    if (rest == 0)
        return QStringLiteral("*");
    return n.left(first) + QString(rest, QLatin1Char('*'));
}

QString PersonalDataMask::residentId(const QString &normalized)
{
    return ResidentId::mask(normalized);
}

QString PersonalDataMask::mobile(const QString &normalized)
{
    return MobileNumber::mask(normalized);
}

} // namespace halldesk
