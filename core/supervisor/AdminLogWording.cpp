#include "supervisor/AdminLogWording.h"

#include "domain/PriorityGroupNames.h"
#include "domain/StaffRoleNames.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

namespace halldesk {

namespace {

bool created(const QJsonObject &detail)
{
    if (detail.value(QLatin1String("created")).toBool())
        return true;
    // adminSaveStaff records its creation among the changed fields.
    return detail.value(QLatin1String("changed")).toArray().contains(QStringLiteral("created"));
}

QString joined(const QStringList &parts)
{
    return parts.join(AdminLogWording::tr("; "));
}

} // namespace

QString AdminLogWording::change(const QString &operation, const QJsonObject &detail)
{
    const bool isNew = created(detail);
    if (operation == QLatin1String("adminSaveArea"))
        return isNew ? tr("New area") : tr("Area changed");
    if (operation == QLatin1String("adminSaveQueue"))
        return isNew ? tr("New queue") : tr("Queue changed");
    if (operation == QLatin1String("adminSaveWindow"))
        return isNew ? tr("New window") : tr("Window changed");
    if (operation == QLatin1String("adminSaveStaff"))
        return isNew ? tr("New staff member") : tr("Staff member changed");
    if (operation == QLatin1String("adminResetPassword"))
        return tr("Temporary password set");
    if (operation == QLatin1String("adminSetPriorityGroups"))
        return tr("Priority groups switched");
    if (operation == QLatin1String("adminSetThresholds"))
        return tr("Alert thresholds set");
    if (operation == QLatin1String("adminSaveHolidayYear"))
        return tr("Holiday year stored");
    return operation;
}

QString AdminLogWording::area(const QString &code, const AreaNames &areas)
{
    const QString name = areas.value(code);
    return name.isEmpty() ? code : tr("%1 (%2)").arg(name, code);
}

QString AdminLogWording::subject(const QString &operation, const QString &target,
                                 const AreaNames &areas)
{
    if (operation == QLatin1String("adminSetPriorityGroups") ||
        operation == QLatin1String("adminSetThresholds"))
        return tr("Whole hall");
    if (target.isEmpty())
        return {};
    if (operation == QLatin1String("adminSaveArea"))
        return tr("Area %1").arg(area(target, areas));
    if (operation == QLatin1String("adminSaveQueue"))
        return tr("Queue %1").arg(target);
    if (operation == QLatin1String("adminSaveWindow"))
        return tr("Window %1").arg(target);
    if (operation == QLatin1String("adminSaveStaff") ||
        operation == QLatin1String("adminResetPassword"))
        return tr("Staff member %1").arg(target);
    if (operation == QLatin1String("adminSaveHolidayYear"))
        return tr("Year %1").arg(target);
    return target;
}

QString AdminLogWording::detail(const QString &operation, const QJsonObject &detail,
                                const AreaNames &areas)
{
    if (operation == QLatin1String("adminSaveArea"))
        return tr("Ticket letter %1").arg(detail.value(QLatin1String("letter")).toString());
    if (operation == QLatin1String("adminSaveQueue"))
        return joined(
            {tr("Area %1").arg(area(detail.value(QLatin1String("area")).toString(), areas)),
             tr("Prefix %1").arg(detail.value(QLatin1String("prefix")).toString()),
             tr("Initial service time %n s", nullptr,
                detail.value(QLatin1String("initialServiceSeconds")).toInt())});
    if (operation == QLatin1String("adminSaveWindow"))
        return joined(
            {tr("Area %1").arg(area(detail.value(QLatin1String("area")).toString(), areas)),
             windowQueues(detail)});
    if (operation == QLatin1String("adminSaveStaff"))
        return staffDetail(detail);
    if (operation == QLatin1String("adminResetPassword"))
        return tr("Lock-out cleared; their sessions ended");
    if (operation == QLatin1String("adminSetPriorityGroups"))
        return priorityGroupsDetail(detail);
    if (operation == QLatin1String("adminSetThresholds"))
        return thresholdsDetail(detail);
    if (operation == QLatin1String("adminSaveHolidayYear"))
        return tr("Days off and make-up working days of the year, in force at once");
    return QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact));
}

QString AdminLogWording::staffDetail(const QJsonObject &detail)
{
    QStringList parts;
    if (!created(detail)) {
        QStringList fields;
        for (const QJsonValue &field : detail.value(QLatin1String("changed")).toArray()) {
            const QString name = field.toString();
            if (name == QLatin1String("name"))
                fields << tr("name");
            else if (name == QLatin1String("role"))
                fields << tr("role");
            else if (name == QLatin1String("active"))
                fields << tr("may sign in");
            else
                fields << name;
        }
        parts << (fields.isEmpty() ? tr("Nothing changed")
                                   : tr("Changed: %1").arg(fields.join(tr(", "))));
    }
    parts << tr("Role: %1")
                 .arg(StaffRoleNames::displayName(detail.value(QLatin1String("role")).toString()));
    parts << (detail.value(QLatin1String("active")).toBool(true) ? tr("May sign in")
                                                                 : tr("Deactivated"));
    return joined(parts);
}

QString AdminLogWording::windowQueues(const QJsonObject &detail)
{
    QStringList queues;
    for (const QJsonValue &value : detail.value(QLatin1String("queues")).toArray()) {
        const QJsonObject served = value.toObject();
        queues << tr("%1 (weight %2)")
                      .arg(served.value(QLatin1String("queue")).toString())
                      .arg(served.value(QLatin1String("weight")).toDouble());
    }
    return tr("Queues: %1").arg(queues.join(tr(", ")));
}

QString AdminLogWording::priorityGroupsDetail(const QJsonObject &detail)
{
    QStringList parts;
    // In the order the kiosk offers them, not the JSON's.
    for (const QString &group : PriorityGroupNames::groups()) {
        if (!detail.contains(group))
            continue;
        parts << (detail.value(group).toBool() ? tr("%1 on") : tr("%1 off"))
                     .arg(PriorityGroupNames::displayName(group));
    }
    return joined(parts);
}

QString AdminLogWording::thresholdsDetail(const QJsonObject &detail)
{
    const auto minutes = [&detail](const char *key) {
        return detail.value(QLatin1String(key)).toInt();
    };
    const auto onOff = [&detail](const char *key) {
        return detail.value(QLatin1String(key)).toBool() ? tr("on") : tr("off");
    };
    return joined(
        {tr("Long wait %n min", nullptr, minutes("longWaitMinutes")),
         tr("Idle with people waiting %n min", nullptr, minutes("idleWithWaitingMinutes")),
         tr("Long service %n min", nullptr, minutes("longServiceMinutes")),
         tr("Offline %n min", nullptr, minutes("offlineMinutes")),
         tr("Bad ratings %1").arg(onOff("badRatings")),
         tr("Overdue follow-ups %1").arg(onOff("overdueFollowUps"))});
}

} // namespace halldesk
