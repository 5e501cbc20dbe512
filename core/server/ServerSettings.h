#pragma once

#include "pki/TlsSettings.h"
#include "rating/RatingReason.h"
#include "server/RankingCriteria.h"

#include <QHostAddress>
#include <chrono>

namespace halldesk {

// How the hall server listens and what it allows; filled from the configuration file and the
// command line (app/server) or by tests.
struct ServerSettings
{
    QHostAddress listenAddress = QHostAddress::Any;
    quint16 port = 7443; // 0: any free port (tests, the load generator)
    TlsFiles tls;
    std::chrono::minutes sessionTtl{12 * 60}; // a working day and then some
    int maxMessageBytes = 64 * 1024;
    double rateLimitPerSecond = 200;
    double rateBurst = 400;
    int passwordIterations = 600000; // for passwords set from now on
    int lockoutFailures = 5;
    std::chrono::minutes lockoutDuration{15};
    std::chrono::milliseconds queueStatusInterval{250};
    std::chrono::milliseconds sweepInterval{5000};
    // Events for a terminal that stops reading are dropped past this; it notices the gap in
    // sequence numbers and asks for a fresh snapshot.
    qint64 maxPendingBytesPerConnection = 4 * 1024 * 1024;
    std::chrono::hours requestLogRetention{7 * 24};
    // Where uploaded scans are kept, sealed (PROTOCOL.md §11); empty: uploads are refused.
    QString documentsDirectory;
    // The staff's photos for the pads (StaffPhotos); empty: no photos.
    QString staffPhotosDirectory;
    // Uploads a terminal may send ahead of the server's acknowledgements.
    qint64 uploadWindowBytes = 8 * 1024 * 1024;
    // Service ratings (PROTOCOL.md §12): how long a pad may take to answer, the checklist a
    // 差评 picks its reasons from, and the follow-up's deadlines in working days.
    std::chrono::seconds ratingTimeout{120};
    QList<RatingReason> ratingReasons = RatingReasons::defaults();
    int followUpCallbackDays = 1;
    int followUpRectifyDays = 5;
    // An appointment may be checked in at a kiosk from this long before its slot starts
    // (PROTOCOL.md §5.30) until the slot ends.
    std::chrono::minutes appointmentCheckInEarly{30};
    // The quarterly ranking of windows and staff (serviceRanking, RANKING.md).
    RankingCriteria ranking;
};

} // namespace halldesk
