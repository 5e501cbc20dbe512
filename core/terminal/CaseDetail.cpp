#include "terminal/CaseDetail.h"

#include "casework/CaseJson.h"

#include <QJsonArray>

namespace halldesk {

std::variant<CaseDetail, QString> CaseDetail::fromJson(const QJsonObject &result)
{
    auto record = CaseJson::fromJson(result.value(QLatin1String("case")).toObject());
    if (const auto *field = std::get_if<QString>(&record))
        return QStringLiteral("case.") + *field;
    CaseDetail detail;
    detail.record = std::get<CaseRecord>(std::move(record));
    for (const QJsonValue &value : result.value(QLatin1String("events")).toArray()) {
        const auto event = CaseEvent::fromJson(value.toObject());
        if (!event)
            return QStringLiteral("events");
        detail.events << *event;
    }
    return detail;
}

} // namespace halldesk
