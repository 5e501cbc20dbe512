#pragma once

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

namespace halldesk {

// A ticket the kiosk issued, with what its slip shows (PROTOCOL.md §9.2 and the hall layout).
struct KioskTicket
{
    qint64 id = 0;
    QString number; // "A023"
    QString queue;
    QString queueName;
    QList<int> windows; // the windows that serve the queue
    int serviceDay = 0; // yyyymmdd
    qint64 issuedAtMs = 0;
    int waitingAhead = 0;
    int estimatedWaitSeconds = 0;
    QString priority;              // the group, if any
    qint64 appointmentStartMs = 0; // an appointment's slot, 0 for none
    qint64 appointmentEndMs = 0;
    // Issued for a request of an earlier run of the kiosk (it was stopped before the answer).
    bool recovered = false;

    bool isAppointment() const { return appointmentStartMs > 0; }
    bool isValid() const { return id > 0 && !number.isEmpty(); }
};

} // namespace halldesk

Q_DECLARE_METATYPE(halldesk::KioskTicket)
