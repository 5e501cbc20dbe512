#include "server/AdminOperations.h"

#include "calendar/HolidayYearJson.h"
#include "calendar/WorkingCalendar.h"
#include "clock/Clock.h"
#include "logging/HallDeskLogging.h"
#include "protocol/ArgumentReader.h"
#include "queue/EngineExecutor.h"
#include "queue/QueueEngine.h"
#include "server/AdminStore.h"
#include "server/ReferenceDataStore.h"
#include "server/ServerStore.h"
#include "storage/Database.h"
#include "storage/StorageError.h"
#include "supervisor/AlertThresholdsJson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace halldesk {

namespace {

// The password policy of halldesk-server --set-password.
constexpr int MinimumPasswordLength = 8;

const PriorityGroup AllGroups[] = {PriorityGroup::Elderly, PriorityGroup::Disabled,
                                   PriorityGroup::MilitaryVeteran, PriorityGroup::Pregnant,
                                   PriorityGroup::SeriousIllness};

QJsonObject staffJson(const StaffMember &staff)
{
    return {{QStringLiteral("staffNo"), staff.staffNo},
            {QStringLiteral("name"), staff.name},
            {QStringLiteral("role"), toStorageName(staff.role)},
            {QStringLiteral("active"), staff.active}};
}

std::optional<StaffRole> roleFromName(const QString &name)
{
    for (StaffRole role : {StaffRole::Clerk, StaffRole::Supervisor, StaffRole::Admin}) {
        if (toStorageName(role) == name)
            return role;
    }
    return std::nullopt;
}

// The window where a renamed person is signed in: its `window` event names them anew, so the
// consoles' tile does not keep the old name until they sign in again.
QList<ServerEvent> renamedAtWindow(WriterContext &context, const StaffMember &staff)
{
    const auto window = context.engine.windowOfStaffWithinTransaction(staff.id);
    if (!window)
        return {};
    ActingTerminal signedIn;
    signedIn.actor = Actor{staff.id, window->number};
    signedIn.staffNo = staff.staffNo;
    signedIn.staffName = staff.name;
    return {QueueOperations::windowEvent(*window, signedIn)};
}

// A change's outcome with the events and queues of what it did at a window besides.
OperationOutcome alongside(OperationOutcome outcome, const OperationOutcome &atWindow)
{
    outcome.events << atWindow.events;
    outcome.changedQueues << atWindow.changedQueues;
    return outcome;
}

std::variant<PreparedOperation, OperationError> saveStaff(const QJsonObject &args,
                                                          const ActingTerminal &who)
{
    ArgumentReader reader(args);
    StaffMember wanted;
    wanted.staffNo = reader.string("staffNo", 32);
    wanted.name = reader.string("name", 40).trimmed();
    const QString roleName = reader.string("role", 20);
    wanted.active = reader.optionalBool("active", true);
    if (!reader.ok())
        return reader.error();
    if (!AdminLayout::isCode(wanted.staffNo, 32))
        return OperationError(ErrorCode::InvalidSetting, QStringLiteral("staffNo"));
    if (!AdminLayout::isName(wanted.name))
        return OperationError(ErrorCode::InvalidSetting, QStringLiteral("name"));
    const auto role = roleFromName(roleName);
    if (!role)
        return OperationError(ErrorCode::InvalidSetting, QStringLiteral("role"));
    wanted.role = *role;
    // Whoever administers the hall stays able to: never out of admin by their own hand.
    if (wanted.staffNo == who.staffNo && (wanted.role != StaffRole::Admin || !wanted.active))
        return OperationError(ErrorCode::OwnAdminRole);
    return PreparedOperation([wanted, who](WriterContext &context) {
        return AdminOperations::inTransaction(context, "adminSaveStaff", [&]() {
            AdminStore store(context.statements);
            StaffMember staff = wanted;
            const auto found = ServerStore(context.statements).credentials(wanted.staffNo);
            const auto existing = found ? std::optional(found->staff) : std::nullopt;
            QJsonArray changedFields;
            bool endSessions = false;
            OperationOutcome atWindow;
            if (existing) {
                staff.id = existing->id;
                const bool wasAdmin = existing->active && existing->role == StaffRole::Admin;
                const bool isAdmin = staff.active && staff.role == StaffRole::Admin;
                if (wasAdmin && !isAdmin && store.activeAdmins() <= 1)
                    return OperationOutcome::failure(OperationError(ErrorCode::LastAdmin));
                if (existing->name != staff.name)
                    changedFields.append(QStringLiteral("name"));
                if (existing->role != staff.role)
                    changedFields.append(QStringLiteral("role"));
                if (existing->active != staff.active)
                    changedFields.append(QStringLiteral("active"));
                // A session carries the role it was opened with: a changed role or a
                // deactivated account signs in again (or not at all).
                endSessions = existing->role != staff.role || (existing->active && !staff.active);
                store.updateStaff(staff);
                if (endSessions) {
                    // Without a session they are no longer at their window either.
                    store.revokeSessions(staff.id);
                    atWindow = QueueOperations::signOutRevoked(context, staff.id);
                    if (!atWindow.ok)
                        return atWindow;
                } else if (existing->name != staff.name) {
                    atWindow.events = renamedAtWindow(context, staff);
                }
            } else {
                store.insertStaff(staff);
                changedFields = {QStringLiteral("created")};
            }
            // Which fields changed and the role and state now; never the name itself.
            const QJsonObject detail{{QStringLiteral("changed"), changedFields},
                                     {QStringLiteral("role"), toStorageName(staff.role)},
                                     {QStringLiteral("active"), staff.active}};
            return alongside(
                AdminOperations::changed(context, who, QStringLiteral("adminSaveStaff"),
                                         staff.staffNo, detail,
                                         {{QStringLiteral("staff"), staffJson(staff)},
                                          {QStringLiteral("created"), !existing},
                                          {QStringLiteral("sessionsEnded"), endSessions}},
                                         {}, {}),
                atWindow);
        });
    });
}

std::variant<PreparedOperation, OperationError>
resetPassword(const QJsonObject &args, const ActingTerminal &who, const QString &passwordHash)
{
    ArgumentReader reader(args);
    const QString staffNo = reader.string("staffNo", 32);
    if (!reader.ok())
        return reader.error();
    if (passwordHash.isEmpty())
        return OperationError(ErrorCode::InvalidSetting, QStringLiteral("password"));
    return PreparedOperation([staffNo, passwordHash, who](WriterContext &context) {
        return AdminOperations::inTransaction(context, "adminResetPassword", [&]() {
            AdminStore store(context.statements);
            const auto found = ServerStore(context.statements).credentials(staffNo);
            const StaffMember *staff = found ? &found->staff : nullptr;
            if (!staff)
                return OperationOutcome::failure(OperationError(ErrorCode::UnknownStaff));
            const qint64 now = context.clock.nowMs();
            // A new password also ends a lock-out and every session opened with the old one.
            ServerStore(context.statements).setPassword(staff->id, passwordHash, now);
            store.revokeSessions(staff->id);
            const OperationOutcome atWindow = QueueOperations::signOutRevoked(context, staff->id);
            if (!atWindow.ok)
                return atWindow;
            return alongside(
                AdminOperations::changed(
                    context, who, QStringLiteral("adminResetPassword"), staffNo, {},
                    {{QStringLiteral("staffNo"), staffNo}, {QStringLiteral("sessionsEnded"), true}},
                    {}, {}),
                atWindow);
        });
    });
}

std::variant<PreparedOperation, OperationError> setPriorityGroups(const QJsonObject &args,
                                                                  const ActingTerminal &who)
{
    const QJsonValue value = args.value(QLatin1String("groups"));
    if (!value.isObject() || value.toObject().isEmpty())
        return OperationError(ErrorCode::BadRequest, QStringLiteral("groups"));
    const QJsonObject groups = value.toObject();
    for (auto it = groups.begin(); it != groups.end(); ++it) {
        const auto group = priorityGroupFromStorageName(it.key());
        if (!group || *group == PriorityGroup::None)
            return OperationError(ErrorCode::InvalidSetting, it.key());
        if (!it.value().isBool())
            return OperationError(ErrorCode::BadRequest, QStringLiteral("groups"));
    }
    return PreparedOperation([groups, who](WriterContext &context) {
        return AdminOperations::inTransaction(context, "adminSetPriorityGroups", [&]() {
            AdminStore store(context.statements);
            QJsonObject stored =
                store.setting(AdminStore::PriorityGroupsKey).value_or(QJsonValue()).toObject();
            for (auto it = groups.begin(); it != groups.end(); ++it)
                stored.insert(it.key(), it.value());
            store.setSetting(AdminStore::PriorityGroupsKey, stored, who.actor.staffId,
                             context.clock.nowMs());
            const QJsonObject now = AdminOperations::settings(store);
            return AdminOperations::changed(
                context, who, QStringLiteral("adminSetPriorityGroups"), {}, groups,
                {{QStringLiteral("priorityGroups"), now.value(QLatin1String("priorityGroups"))}},
                QStringLiteral("settings"), now);
        });
    });
}

std::variant<PreparedOperation, OperationError> setThresholds(const QJsonObject &args,
                                                              const ActingTerminal &who)
{
    for (const auto &limit : AlertThresholdsJson::Limits) {
        if (!args.value(QLatin1String(limit.field)).isDouble())
            return OperationError(ErrorCode::BadRequest, QLatin1String(limit.field));
    }
    for (const char *field : {"badRatings", "overdueFollowUps"}) {
        if (!args.value(QLatin1String(field)).isBool())
            return OperationError(ErrorCode::BadRequest, QLatin1String(field));
    }
    QString bad;
    const auto thresholds = AlertThresholdsJson::fromJson(args, &bad);
    if (!thresholds)
        return OperationError(ErrorCode::InvalidSetting, bad);
    const QJsonObject json = AlertThresholdsJson::toJson(*thresholds);
    return PreparedOperation([json, who](WriterContext &context) {
        return AdminOperations::inTransaction(context, "adminSetThresholds", [&]() {
            AdminStore store(context.statements);
            store.setSetting(AdminStore::ThresholdsKey, json, who.actor.staffId,
                             context.clock.nowMs());
            return AdminOperations::changed(context, who, QStringLiteral("adminSetThresholds"), {},
                                            json, {{QStringLiteral("thresholds"), json}},
                                            QStringLiteral("settings"),
                                            AdminOperations::settings(store));
        });
    });
}

std::variant<PreparedOperation, OperationError> saveHolidayYear(const QJsonObject &args,
                                                                const ActingTerminal &who)
{
    const QJsonValue value = args.value(QLatin1String("holidayYear"));
    if (!value.isObject())
        return OperationError(ErrorCode::BadRequest, QStringLiteral("holidayYear"));
    QString why;
    const auto year = HolidayYearJson::parse(
        QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact), &why);
    if (!year)
        return OperationError(ErrorCode::InvalidSetting, why);
    const QByteArray document = HolidayYearJson::toJson(*year);
    const int number = year->year();
    const QJsonObject stored = HolidayYearJson::toJsonObject(*year);
    return PreparedOperation([document, number, stored, who](WriterContext &context) {
        return AdminOperations::inTransaction(context, "adminSaveHolidayYear", [&]() {
            ReferenceDataStore(context.statements)
                .storeHolidayYear(number, document, context.clock.nowMs());
            return AdminOperations::changed(
                context, who, QStringLiteral("adminSaveHolidayYear"), QString::number(number),
                {{QStringLiteral("year"), number}},
                {{QStringLiteral("year"), number}, {QStringLiteral("holidayYear"), stored}}, {},
                {});
        });
    });
}

} // namespace

bool AdminOperations::handles(const QString &op)
{
    return op.startsWith(QLatin1String("admin")) && op != QLatin1String("adminConfig");
}

std::variant<QString, OperationError> AdminOperations::newPassword(const QJsonObject &args)
{
    ArgumentReader reader(args);
    reader.string("staffNo", 32);
    const QString password = reader.string("password", 256);
    if (!reader.ok())
        return reader.error();
    if (password.size() < MinimumPasswordLength)
        return OperationError(ErrorCode::InvalidSetting, QStringLiteral("password"));
    return password;
}

std::variant<PreparedOperation, OperationError>
AdminOperations::prepare(const QString &op, const QJsonObject &args, const ActingTerminal &who,
                         const QString &passwordHash)
{
    if (op == QLatin1String("adminSaveArea"))
        return AdminLayout::saveArea(args, who);
    if (op == QLatin1String("adminSaveQueue"))
        return AdminLayout::saveQueue(args, who);
    if (op == QLatin1String("adminSaveWindow"))
        return AdminLayout::saveWindow(args, who);
    if (op == QLatin1String("adminSaveStaff"))
        return saveStaff(args, who);
    if (op == QLatin1String("adminResetPassword"))
        return resetPassword(args, who, passwordHash);
    if (op == QLatin1String("adminSetPriorityGroups"))
        return setPriorityGroups(args, who);
    if (op == QLatin1String("adminSetThresholds"))
        return setThresholds(args, who);
    if (op == QLatin1String("adminSaveHolidayYear"))
        return saveHolidayYear(args, who);
    return OperationError(ErrorCode::UnknownOperation, op);
}

QJsonObject AdminOperations::settings(AdminStore &store)
{
    // Null until an administrator sets them: each console keeps its own settings till then.
    const auto stored = store.setting(AdminStore::ThresholdsKey);
    const auto thresholds = AlertThresholdsJson::fromJson(stored.value_or(QJsonValue()).toObject());
    const QList<PriorityGroup> disabled = store.disabledPriorityGroups();
    QJsonArray groups;
    for (PriorityGroup group : AllGroups) {
        groups.append(QJsonObject{{QStringLiteral("group"), toStorageName(group)},
                                  {QStringLiteral("enabled"), !disabled.contains(group)}});
    }
    return {{QStringLiteral("thresholds"),
             thresholds ? QJsonValue(AlertThresholdsJson::toJson(*thresholds)) : QJsonValue()},
            {QStringLiteral("priorityGroups"), groups}};
}

QJsonObject AdminOperations::config(AdminStore &store, const WorkingCalendar &calendar,
                                    qint64 nowMs)
{
    QJsonObject result = settings(store);
    const QJsonObject hall = ServerStore(store.statements()).hallOverview();
    result.insert(QStringLiteral("areas"), hall.value(QLatin1String("areas")));
    result.insert(QStringLiteral("queues"), store.queues());
    result.insert(QStringLiteral("windows"), hall.value(QLatin1String("windows")));
    result.insert(QStringLiteral("staff"), store.staff(nowMs));
    QJsonArray years;
    for (int year : calendar.years()) {
        const HolidayYear *holidays = calendar.holidayYear(year);
        years.append(QJsonObject{{QStringLiteral("year"), year},
                                 {QStringLiteral("notice"), holidays->notice()},
                                 {QStringLiteral("holidays"), int(holidays->holidays().size())}});
    }
    result.insert(QStringLiteral("holidayYears"), years);
    return result;
}

std::optional<OperationError> AdminOperations::checkPriorityGroup(AdminStore &store,
                                                                  PriorityGroup group)
{
    if (group == PriorityGroup::None)
        return std::nullopt;
    try {
        if (!store.disabledPriorityGroups().contains(group))
            return std::nullopt;
    } catch (const StorageError &e) {
        qCWarning(lcServer) << "the priority groups could not be read:" << e.what();
        return OperationError(e.retryable() ? ErrorCode::Conflict : ErrorCode::StorageFailure);
    }
    return OperationError(ErrorCode::PriorityGroupDisabled, toStorageName(group));
}

OperationOutcome AdminOperations::inTransaction(WriterContext &context, const char *op,
                                                const std::function<OperationOutcome()> &body)
{
    try {
        context.database.beginWrite();
        OperationOutcome outcome = body();
        if (outcome.ok)
            context.database.commit();
        else
            context.database.rollback();
        return outcome;
    } catch (const StorageError &e) {
        context.database.rollback();
        qCWarning(lcServer) << op << "failed:" << e.what();
        return OperationOutcome::failure(
            OperationError(e.retryable() ? ErrorCode::Conflict : ErrorCode::StorageFailure));
    }
}

OperationOutcome AdminOperations::changed(WriterContext &context, const ActingTerminal &who,
                                          const QString &op, const QString &target,
                                          const QJsonObject &detail, QJsonObject result,
                                          const QString &eventKind, const QJsonObject &eventData)
{
    AdminStore(context.statements)
        .log(who.actor.staffId, who.staffNo, op, target, detail, context.clock.nowMs());
    qCInfo(lcServer).noquote() << op << target << "by" << who.staffNo;
    OperationOutcome outcome;
    outcome.ok = true;
    outcome.result = std::move(result);
    if (!eventKind.isEmpty()) {
        ServerEvent event;
        event.kind = eventKind;
        event.data = eventData;
        event.everyone = true;
        outcome.events << event;
    }
    return outcome;
}

} // namespace halldesk
