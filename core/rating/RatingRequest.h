#pragma once

#include "rating/RatingReason.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <optional>

namespace halldesk {

// A service item handled in the service being rated, as the pad lists it.
struct RatedItem
{
    QString code;
    QString name; // empty when the server's catalogue does not know the code
    friend bool operator==(const RatedItem &, const RatedItem &) = default;
};

// A rating the server asked for (the Rating object of PROTOCOL.md §12.6): what the pad shows
// the citizen and binds the record to.
struct RatingRequest
{
    qint64 id = 0;
    int window = 0;
    qint64 ticketId = 0;
    QString ticketNumber;
    QString staffNo;
    QString staffName;
    QList<RatedItem> items;
    QStringList cases;
    QList<RatingReason> reasonChoices;
    qint64 requestedAtMs = 0;
    qint64 expiresAtMs = 0;
    qint64 timeoutMs = 0;
    QString state; // pending, rated, unrated

    // nullopt unless id, window, ticketId, staffNo and expiresAtMs are there.
    static std::optional<RatingRequest> fromJson(const QJsonObject &json);
};

} // namespace halldesk
