#pragma once

#include "domain/PriorityGroup.h"
#include "domain/Result.h"
#include "server/QueueOperations.h"

#include <QJsonObject>
#include <functional>
#include <optional>
#include <variant>

namespace halldesk {

class AdminStore;
class WorkingCalendar;

// The administration of the hall (PROTOCOL.md §5.35–5.44), for staff of role admin on a
// supervisor console: areas, queues, windows with their queues and weights, staff, passwords,
// the priority groups offered, the alert thresholds and holiday years. Like the other
// operations, prepare() checks the arguments on the network thread and the returned function
// runs on the writer, as one transaction that also writes admin_log; a refusal changes nothing.
class AdminOperations
{
public:
    static bool handles(const QString &op);
    // `passwordHash`: adminResetPassword's new password, hashed off the writer beforehand.
    static std::variant<PreparedOperation, OperationError>
    prepare(const QString &op, const QJsonObject &args, const ActingTerminal &who,
            const QString &passwordHash = {});
    // adminResetPassword's password if the arguments are acceptable (the password policy).
    static std::variant<QString, OperationError> newPassword(const QJsonObject &args);

    // adminConfig: everything the administration page shows; the holiday years are those of
    // the server's calendar (shipped and stored).
    static QJsonObject config(AdminStore &store, const WorkingCalendar &calendar, qint64 nowMs);
    // hallSettings, and the data of a `settings` event: thresholds and priority groups.
    static QJsonObject settings(AdminStore &store);
    // issueTicket's check: refused with priority_group_disabled if the hall switched it off.
    static std::optional<OperationError> checkPriorityGroup(AdminStore &store, PriorityGroup group);

    // Runs `body` as one transaction (a savepoint inside the writer's batch): committed if it
    // succeeds, rolled back if it refuses or the database fails.
    static OperationOutcome inTransaction(WriterContext &context, const char *op,
                                          const std::function<OperationOutcome()> &body);
    // The outcome of a change: its result, the admin_log row and a `layout` or `settings`
    // event (none if `eventKind` is empty).
    static OperationOutcome changed(WriterContext &context, const ActingTerminal &who,
                                    const QString &op, const QString &target,
                                    const QJsonObject &detail, QJsonObject result,
                                    const QString &eventKind, const QJsonObject &eventData);
};

// The layout half (AdminLayoutOperations.cpp): adminSaveArea, adminSaveQueue, adminSaveWindow.
namespace AdminLayout {
std::variant<PreparedOperation, OperationError> saveArea(const QJsonObject &args,
                                                         const ActingTerminal &who);
std::variant<PreparedOperation, OperationError> saveQueue(const QJsonObject &args,
                                                          const ActingTerminal &who);
std::variant<PreparedOperation, OperationError> saveWindow(const QJsonObject &args,
                                                           const ActingTerminal &who);
// A code (area, queue, staff number): 1–`max` of A–Z a–z 0–9 _ -.
bool isCode(const QString &code, int max);
// A name shown to people: 1–40 characters after trimming, no control characters.
bool isName(const QString &name);
} // namespace AdminLayout

} // namespace halldesk
