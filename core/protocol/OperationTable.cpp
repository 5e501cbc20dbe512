#include "protocol/OperationTable.h"

#include <QList>

namespace halldesk {

namespace {

const QList<OperationSpec> &table()
{
    using A = OperationAccess;
    static const QList<OperationSpec> operations = {
        {"ping", A::Open, false},
        {"hall", A::Open, false},
        {"login", A::Open, false},
        {"resume", A::Open, false},
        {"logout", A::Terminal, false},
        {"subscribe", A::Terminal, false},
        {"snapshot", A::Terminal, false},
        {"queueStatus", A::Terminal, false},
        {"ticket", A::Staff, false},
        {"issueTicket", A::Issue, true},
        {"signIn", A::Window, true},
        {"signOut", A::Window, true},
        {"pause", A::Window, true},
        {"resumeWindow", A::Window, true},
        {"callNext", A::Window, true},
        {"callTicket", A::Window, true},
        {"recall", A::Window, true},
        {"noShow", A::Window, true},
        {"returnNoShow", A::Window, true},
        {"hold", A::Window, true},
        {"resumeHeld", A::Window, true},
        {"transfer", A::Window, true},
        {"finish", A::Window, true},
        {"catalogue", A::Terminal, false},
        {"cases", A::Staff, false},
        {"case", A::Staff, false},
        {"submitCase", A::Window, true},
        {"caseAction", A::Window, true},
        {"applicantCases", A::Staff, false},
        // Idempotent by what they name (a case's material and its digest), so without a key.
        {"uploadBegin", A::Window, false},
        {"uploadFinish", A::Window, false},
        // Service ratings (§12).
        {"requestRating", A::Window, true},
        {"rate", A::Pad, true},
        {"followUps", A::Supervisor, false},
        {"followUpAction", A::Supervisor, true},
        {"ratingStats", A::Supervisor, false},
        // Supervisor reports (§5.31–§5.34).
        {"hallReport", A::Supervisor, false},
        {"hallCharts", A::Supervisor, false},
        {"staffAttendance", A::Supervisor, false},
        {"serviceRanking", A::Supervisor, false},
        {"staffPhoto", A::Terminal, false},
        // The ticket kiosk: an appointment booked online, checked in by its code.
        {"checkInAppointment", A::Issue, true},
        // Administration (§5.35–5.45): the hall's settings for every terminal, the rest for admins.
        {"hallSettings", A::Terminal, false},
        {"adminConfig", A::Admin, false},
        {"adminLog", A::Admin, false},
        {"adminSaveArea", A::Admin, true},
        {"adminSaveQueue", A::Admin, true},
        {"adminSaveWindow", A::Admin, true},
        {"adminSaveStaff", A::Admin, true},
        {"adminResetPassword", A::Admin, true},
        {"adminSetPriorityGroups", A::Admin, true},
        {"adminSetThresholds", A::Admin, true},
        {"adminSaveHolidayYear", A::Admin, true},
    };
    return operations;
}

} // namespace

std::optional<OperationSpec> OperationTable::find(const QString &name)
{
    for (const OperationSpec &spec : table()) {
        if (name == QLatin1String(spec.name))
            return spec;
    }
    return std::nullopt;
}

QList<OperationSpec> OperationTable::all()
{
    return table();
}

} // namespace halldesk
