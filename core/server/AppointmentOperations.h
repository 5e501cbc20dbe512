#pragma once

#include "server/QueueOperations.h"

#include <QJsonObject>
#include <variant>

namespace halldesk {

struct ServerSettings;

// When an appointment may be checked in (server option appointment_checkin_early_min): from
// this long before its slot starts until the slot ends.
struct AppointmentPolicy
{
    qint64 earlyCheckInMs = 30 * 60 * 1000;

    static AppointmentPolicy from(const ServerSettings &settings);
};

// checkInAppointment (PROTOCOL.md §5.30): a citizen types the code of an appointment booked
// online at a kiosk and gets a ticket of its queue, issued through the engine like
// issueTicket with the appointment's slot, so the call order gives it its appointment turn.
// The appointment is marked checked in, with its ticket, in the same transaction.
class AppointmentOperations
{
public:
    static bool handles(const QString &op);
    static std::variant<PreparedOperation, OperationError>
    prepare(const QJsonObject &args, const ActingTerminal &who, const AppointmentPolicy &policy);

    // A code as typed, as stored: trimmed and upper-case.
    static QString normalizedCode(const QString &typed);
    // 4-32 of A-Z and 0-9 (after normalizedCode).
    static bool isValidCode(const QString &code);
};

} // namespace halldesk
