#pragma once

#include "clock/HallTime.h"
#include "server/StoredAppointment.h"

#include <QCoreApplication>
#include <QList>
#include <variant>

namespace halldesk {

class Database;
class PersonalDataCipher;

// Appointments from the hall's booking system (halldesk-server --import-appointments FILE):
// a CSV file with the header `code,queue,date,start,end[,residentId]`, dates yyyy-MM-dd and
// times HH:mm in the hall's time zone. All or nothing: any bad line (unknown queue, bad date
// or time, end not after start, bad or repeated code, invalid resident ID, a code already
// booked with other details) imports nothing and names the line in the user's language. A
// code already stored with the same details is skipped, so the same file can be imported
// again.
class AppointmentImport
{
    Q_DECLARE_TR_FUNCTIONS(AppointmentImport)

public:
    struct Row
    {
        StoredAppointment appointment;
        int line = 0; // in the file, from 1 (the header)
    };
    struct Counts
    {
        int imported = 0;
        int unchanged = 0; // already stored, identical
    };

    AppointmentImport(Database &database, const PersonalDataCipher &cipher,
                      HallTime hallTime = HallTime());

    // `today` is the hall's day, for the resident ID's birth date check.
    std::variant<Counts, QString> importFile(const QString &path, QDate today, qint64 nowMs);
    std::variant<Counts, QString> importText(const QByteArray &csv, QDate today, qint64 nowMs);
    // Stores checked rows in one transaction (also the demo hall's appointments).
    std::variant<Counts, QString> store(const QList<Row> &rows, qint64 nowMs);

private:
    std::variant<Row, QString> parseLine(const QStringList &fields, bool withResident, int line,
                                         QDate today);

    Database &m_database;
    const PersonalDataCipher &m_cipher;
    HallTime m_hallTime;
    QStringList m_queues;
};

} // namespace halldesk
