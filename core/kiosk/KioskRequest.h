#pragma once

#include <QJsonObject>
#include <QString>

namespace halldesk {

// What a citizen asked the kiosk for: a ticket for a queue (optionally with a resident ID, or
// a priority group that the help desk authorised), or the check-in of an appointment.
struct KioskRequest
{
    QString queue;
    QString residentId;      // as typed; validated before it is sent
    QString priority;        // "elderly", … (PROTOCOL.md §5.10); empty for none
    QJsonObject helpDesk;    // {"staffNo","pin"} or {"card"}: who authorised the priority
    QString appointmentCode; // set: an appointment check-in instead of a plain ticket

    bool isCheckIn() const { return !appointmentCode.isEmpty(); }
};

} // namespace halldesk
