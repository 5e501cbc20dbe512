#pragma once

#include "server/AppointmentImport.h"

namespace halldesk {

// The demo hall's appointments for one service day, so the kiosk's check-in can be tried at
// any hour: every 30 minutes round the clock, in queues A-CIT, B-ID and C-REG, no resident
// IDs. Codes a person can type: the queue's letter, the month and day, and the slot's start,
// e.g. A12070930 for A-CIT on 7 December at 09:30-10:00.
class DemoAppointments
{
public:
    static QList<AppointmentImport::Row> forDay(QDate day, const HallTime &hallTime = HallTime());
    static QString code(QChar letter, QDate day, QTime start);
};

} // namespace halldesk
