#include "server/DemoAppointments.h"

namespace halldesk {

QString DemoAppointments::code(QChar letter, QDate day, QTime start)
{
    return letter + day.toString(QStringLiteral("MMdd")) + start.toString(QStringLiteral("HHmm"));
}

QList<AppointmentImport::Row> DemoAppointments::forDay(QDate day, const HallTime &hallTime)
{
    const QList<std::pair<QChar, QString>> queues = {{QLatin1Char('A'), QStringLiteral("A-CIT")},
                                                     {QLatin1Char('B'), QStringLiteral("B-ID")},
                                                     {QLatin1Char('C'), QStringLiteral("C-REG")}};
    QList<AppointmentImport::Row> rows;
    for (const auto &[letter, queue] : queues) {
        for (int slot = 0; slot < 48; ++slot) {
            const QTime start(slot / 2, (slot % 2) * 30);
            const QDateTime begins(day, start, hallTime.zone());
            AppointmentImport::Row row;
            row.line = int(rows.size()) + 1;
            row.appointment.code = code(letter, day, start);
            row.appointment.queue = queue;
            row.appointment.serviceDay = HallTime::dayKey(day);
            row.appointment.startMs = begins.toMSecsSinceEpoch();
            row.appointment.endMs = begins.addSecs(30 * 60).toMSecsSinceEpoch();
            rows << row;
        }
    }
    return rows;
}

} // namespace halldesk
