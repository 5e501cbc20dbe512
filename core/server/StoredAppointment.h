#pragma once

#include <QString>

namespace halldesk {

// An appointment booked online (网上预约), as the server keeps it (schema step 7). The
// resident ID is never here in clear: only encrypted, with its keyed hash.
struct StoredAppointment
{
    qint64 id = 0;
    QString code;       // upper-case, 4-32 of A-Z and 0-9: what the citizen types at the kiosk
    QString queue;      // a queue code
    int serviceDay = 0; // yyyymmdd, hall-local
    qint64 startMs = 0; // the slot, UTC milliseconds
    qint64 endMs = 0;
    QString residentHash;
    QString residentIdEncrypted;
    QString status = QStringLiteral("booked"); // booked, checked_in, cancelled
    qint64 ticketId = 0;
    qint64 checkedInAtMs = 0;

    // The same booking: what a re-import of the booking system's file may repeat.
    bool sameBookingAs(const StoredAppointment &other) const
    {
        return code == other.code && queue == other.queue && serviceDay == other.serviceDay &&
               startMs == other.startMs && endMs == other.endMs &&
               residentHash == other.residentHash;
    }
};

} // namespace halldesk
