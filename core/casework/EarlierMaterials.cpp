#include "casework/EarlierMaterials.h"

#include "casework/CaseStatus.h"

#include <QJsonArray>
#include <QSet>

namespace halldesk {

QList<EarlierMaterial> EarlierMaterials::fromApplicantCases(const QJsonObject &result)
{
    const QSet<QString> notAdequate = {CaseStatusNames::key(CaseStatus::Rejected),
                                       CaseStatusNames::key(CaseStatus::Revoked),
                                       CaseStatusNames::key(CaseStatus::Withdrawn)};
    QList<EarlierMaterial> found;
    QSet<QString> seen;
    const QJsonArray cases = result.value(QLatin1String("cases")).toArray();
    for (const QJsonValue &value : cases) {
        const QJsonObject earlier = value.toObject();
        if (notAdequate.contains(earlier.value(QLatin1String("status")).toString()))
            continue;
        const QString number = earlier.value(QLatin1String("number")).toString();
        const QDate receivedOn =
            QDate::fromString(earlier.value(QLatin1String("receivedOn")).toString(), Qt::ISODate);
        const QJsonArray materials = earlier.value(QLatin1String("materials")).toArray();
        for (const QJsonValue &line : materials) {
            const QJsonObject m = line.toObject();
            const QString code = m.value(QLatin1String("code")).toString();
            if (code.isEmpty() || number.isEmpty() || seen.contains(code))
                continue;
            seen.insert(code);
            found.append({code, m.value(QLatin1String("name")).toString(),
                          m.value(QLatin1String("pages")).toInt(), number, receivedOn});
        }
    }
    return found;
}

} // namespace halldesk
