#pragma once

#include "domain/HallModel.h"
#include "domain/PriorityGroup.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <optional>

namespace halldesk {

class PreparedStatements;

struct StoredArea
{
    qint64 id = 0;
    QString code;
    QString name;
    QString letter;
};

struct StoredQueue
{
    qint64 id = 0;
    qint64 areaId = 0;
    QString code;
    QString name;
    QString prefix;
    int initialServiceSeconds = 300;
};

// The hall's layout, staff and settings as an administrator changes them (schema steps 1, 2
// and 9): read for adminConfig, written by the admin operations inside their transaction, and
// every change logged in admin_log. Never reads or returns a secret. Throws StorageError like
// every repository.
class AdminStore
{
public:
    static constexpr auto ThresholdsKey = "alertThresholds";
    static constexpr auto PriorityGroupsKey = "priorityGroups";

    explicit AdminStore(PreparedStatements &statements)
        : m_sql(statements)
    {}
    PreparedStatements &statements() { return m_sql; }

    // With `initialServiceSeconds`, which the `hall` answer leaves out; areas and windows are
    // as ServerStore::hallOverview has them.
    QJsonArray queues();
    // staffNo, name, role, active, hasPassword, locked (at `nowMs`).
    QJsonArray staff(qint64 nowMs);

    std::optional<StoredArea> area(const QString &code);
    std::optional<StoredArea> areaWithLetter(const QString &letter);
    // Prefixes of the area's queues.
    QStringList prefixesOfArea(qint64 areaId);
    void insertArea(const StoredArea &area);
    void updateArea(const StoredArea &area);

    std::optional<StoredQueue> queue(const QString &code);
    void insertQueue(const StoredQueue &queue);
    void updateQueue(const StoredQueue &queue);

    bool windowExists(int number);
    void saveWindow(int number, qint64 areaId, const QString &name,
                    const QList<QPair<qint64, double>> &queues);

    int activeAdmins();
    void insertStaff(const StaffMember &staff);
    void updateStaff(const StaffMember &staff);
    // Every session of the staff member ends (PROTOCOL.md §3: resume answers session_expired).
    void revokeSessions(qint64 staffId);

    std::optional<QJsonValue> setting(const char *key);
    void setSetting(const char *key, const QJsonValue &value, qint64 staffId, qint64 nowMs);
    // The groups an administrator switched off (all are offered until then).
    QList<PriorityGroup> disabledPriorityGroups();

    void log(qint64 staffId, const QString &staffNo, const QString &operation,
             const QString &target, const QJsonObject &detail, qint64 nowMs);

private:
    PreparedStatements &m_sql;
};

} // namespace halldesk
