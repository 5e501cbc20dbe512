#include "server/RatingEvents.h"

#include "server/FollowUpStore.h"
#include "server/RatingStore.h"

namespace halldesk {

ServerEvent RatingEvents::rating(const StoredRating &rating, const QString &action,
                                 const QList<RatingReason> &choices)
{
    ServerEvent event;
    event.kind = QStringLiteral("rating");
    event.data = {{QStringLiteral("action"), action},
                  {QStringLiteral("rating"), RatingStore::toJson(rating, choices, true)}};
    event.windowData = {{QStringLiteral("action"), action},
                        {QStringLiteral("rating"), RatingStore::toJson(rating, choices, false)}};
    event.windows << rating.window;
    event.ratings = true;
    return event;
}

ServerEvent RatingEvents::followUp(const StoredFollowUp &followUp, const QString &action,
                                   QDate today)
{
    ServerEvent event;
    event.kind = QStringLiteral("followUp");
    event.data = {{QStringLiteral("action"), action},
                  {QStringLiteral("followUp"), FollowUpStore::toJson(followUp, today, true)}};
    event.ratings = true;
    return event;
}

} // namespace halldesk
