#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace halldesk {

// An administration log entry (adminLog, PROTOCOL.md §5.45) in the administrator's words: what
// was done, to what, and what the recorded detail says. An operation this console does not know
// (a newer server) is shown by its name and its detail as recorded, never dropped.
class AdminLogWording
{
    Q_DECLARE_TR_FUNCTIONS(AdminLogWording)

public:
    // "修改职员" for adminSaveStaff with a changed field, "新建职员" when it was created.
    static QString change(const QString &operation, const QJsonObject &detail);
    // "职员 HD0107", "3号窗口", "办事区 A"; empty for the hall-wide settings.
    static QString subject(const QString &operation, const QString &target);
    // What the detail says: the fields changed and their values now.
    static QString detail(const QString &operation, const QJsonObject &detail);

private:
    static QString staffDetail(const QJsonObject &detail);
    static QString thresholdsDetail(const QJsonObject &detail);
    static QString priorityGroupsDetail(const QJsonObject &detail);
    static QString windowQueues(const QJsonObject &detail);
};

} // namespace halldesk
