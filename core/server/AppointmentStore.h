#pragma once

#include "server/StoredAppointment.h"

#include <optional>

namespace halldesk {

class PreparedStatements;

// The appointments table (schema step 7), on the writer's connection inside its transaction
// like the other server stores. Throws StorageError.
class AppointmentStore
{
public:
    explicit AppointmentStore(PreparedStatements &statements)
        : m_sql(statements)
    {}

    std::optional<StoredAppointment> find(const QString &code);
    qint64 insert(const StoredAppointment &appointment, qint64 nowMs);
    // booked → checked_in with its ticket; false if it was no longer booked (another server
    // checked it in meanwhile), so the caller undoes its ticket.
    bool markCheckedIn(qint64 id, qint64 ticketId, qint64 atMs);
    // The number of a ticket ("" if none), for the answer to a second check-in.
    QString ticketNumber(qint64 ticketId);

private:
    PreparedStatements &m_sql;
};

} // namespace halldesk
