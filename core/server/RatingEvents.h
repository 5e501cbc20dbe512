#pragma once

#include "rating/RatingReason.h"
#include "server/ServerEvent.h"

#include <QDate>

namespace halldesk {

struct StoredFollowUp;
struct StoredRating;

// The events of PROTOCOL.md §12.5. A rating goes to its window's subscribers without the
// citizen's reasons and comment, and whole to the connections subscribed to ratings; a
// follow-up only to the latter.
class RatingEvents
{
public:
    // action: request, rated or unrated.
    static ServerEvent rating(const StoredRating &rating, const QString &action,
                              const QList<RatingReason> &choices);
    // action: open or update.
    static ServerEvent followUp(const StoredFollowUp &followUp, const QString &action, QDate today);
};

} // namespace halldesk
