#pragma once

#include <QCoreApplication>
#include <QHash>
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
    // Area code → name, as adminConfig has them: an area is said by its name with its code.
    using AreaNames = QHash<QString, QString>;

    // "工作人员 HD0107", "3号窗口", "办事区 综合受理区（general）", "全大厅" for the hall's
    // settings.
    static QString subject(const QString &operation, const QString &target,
                           const AreaNames &areas = {});
    // What the detail says: the fields changed and their values now.
    static QString detail(const QString &operation, const QJsonObject &detail,
                          const AreaNames &areas = {});

private:
    static QString area(const QString &code, const AreaNames &areas);
    static QString staffDetail(const QJsonObject &detail);
    static QString thresholdsDetail(const QJsonObject &detail);
    static QString priorityGroupsDetail(const QJsonObject &detail);
    static QString windowQueues(const QJsonObject &detail);
};

} // namespace halldesk
