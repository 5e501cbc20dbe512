#pragma once

#include "rating/RatingReason.h"
#include "server/CaseworkData.h"
#include "server/QueueOperations.h"
#include "server/ServerEvent.h"

#include <QJsonObject>
#include <QList>
#include <variant>

class QSslCertificate;

namespace halldesk {

struct ServerSettings;

// What the server rates services by (ServerSettings, PROTOCOL.md §12): the pad's time to
// answer, the checklist of reasons for a 差评, and the follow-up's deadlines in working days.
struct RatingPolicy
{
    // A rating that timed out is still taken from a pad whose citizen pressed by then.
    static constexpr qint64 LateGraceMs = 30'000;

    qint64 timeoutMs = 120'000;
    QList<RatingReason> reasons = RatingReasons::defaults();
    int callbackDays = 1;
    int rectifyDays = 5;

    static RatingPolicy from(const ServerSettings &settings);
};

// The rating operations of the protocol (PROTOCOL.md §12): finish (which opens a rating in
// the same transaction), requestRating, rate and followUpAction. Like CaseOperations,
// prepare() checks what it can on the network thread (the arguments, and for `rate` the
// record's shape and its signature against the certificate of the delivering pad); the
// returned function runs on the writer thread. Item names come from the server's catalogue,
// deadlines from its calendar.
class RatingOperations
{
public:
    static bool handles(const QString &op);
    static std::variant<PreparedOperation, OperationError>
    prepare(const QString &op, const QJsonObject &args, const ActingTerminal &who,
            const RatingPolicy &policy, const CaseworkData &data, const QSslCertificate &peer);

    // Housekeeping: closes the pending ratings whose time has passed; their events.
    static QList<ServerEvent> expire(WriterContext &context, const RatingPolicy &policy);
};

} // namespace halldesk
