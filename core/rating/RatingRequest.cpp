#include "rating/RatingRequest.h"

#include <QJsonArray>

namespace halldesk {

std::optional<RatingRequest> RatingRequest::fromJson(const QJsonObject &json)
{
    RatingRequest request;
    request.id = json.value(QLatin1String("id")).toInteger();
    request.window = json.value(QLatin1String("window")).toInt();
    request.ticketId = json.value(QLatin1String("ticketId")).toInteger();
    request.ticketNumber = json.value(QLatin1String("ticketNumber")).toString();
    request.staffNo = json.value(QLatin1String("staffNo")).toString();
    request.staffName = json.value(QLatin1String("staffName")).toString();
    request.requestedAtMs = json.value(QLatin1String("requestedAtMs")).toInteger();
    request.expiresAtMs = json.value(QLatin1String("expiresAtMs")).toInteger();
    request.timeoutMs = json.value(QLatin1String("timeoutMs")).toInteger();
    request.state = json.value(QLatin1String("state")).toString();
    if (request.id <= 0 || request.window <= 0 || request.ticketId <= 0 ||
        request.staffNo.isEmpty() || request.expiresAtMs <= 0)
        return std::nullopt;
    for (const QJsonValue &value : json.value(QLatin1String("items")).toArray()) {
        const QJsonObject item = value.toObject();
        request.items.append({item.value(QLatin1String("code")).toString(),
                              item.value(QLatin1String("name")).toString()});
    }
    for (const QJsonValue &value : json.value(QLatin1String("cases")).toArray())
        request.cases << value.toString();
    for (const QJsonValue &value : json.value(QLatin1String("reasonChoices")).toArray()) {
        const QJsonObject reason = value.toObject();
        const QString code = reason.value(QLatin1String("code")).toString();
        if (RatingReasons::isCode(code))
            request.reasonChoices.append({code, reason.value(QLatin1String("label")).toString()});
    }
    return request;
}

} // namespace halldesk
