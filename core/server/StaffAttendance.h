#pragma once

#include <QDate>
#include <QJsonObject>

namespace halldesk {

class HallTime;
class PreparedStatements;

// The figures of staffAttendance (PROTOCOL.md §5.33): per staff member and hall day, when they
// first signed in and last signed out, how long they were signed in, their breaks (pauses, by
// reason), how many tickets they finished, their average service time and their 好差评.
// Attendance comes from the event log (sign_in, sign_out, pause, resume_window), clipped to each
// hall day; a session still open today counts up to `nowMs`. Throws StorageError.
class StaffAttendance
{
public:
    // The longest range one answer covers: a quarter.
    static constexpr int MaxDays = 92;
    // The windows' sign-ins, sign-outs and breaks of a range of days (two day keys bound).
    static QString eventsSql();

    explicit StaffAttendance(PreparedStatements &statements)
        : m_sql(statements)
    {}

    QJsonObject build(QDate from, QDate to, qint64 nowMs, const HallTime &time);

private:
    PreparedStatements &m_sql;
};

} // namespace halldesk
