#include "server/AdminStore.h"

#include "protocol/ProtocolJson.h"
#include "storage/PreparedStatements.h"

#include <QJsonDocument>

namespace halldesk {

namespace {

QVariant staffIdOrNull(qint64 staffId)
{
    return staffId ? QVariant(staffId) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

QJsonArray AdminStore::queues()
{
    auto &q = m_sql.run(QStringLiteral("SELECT q.code, q.name, a.code, q.prefix, "
                                       "q.initial_service_s FROM queues q JOIN areas a ON a.id = "
                                       "q.area_id ORDER BY q.code"),
                        {});
    StatementFinisher done(q);
    QJsonArray out;
    while (q.next()) {
        out.append(QJsonObject{{QStringLiteral("code"), q.value(0).toString()},
                               {QStringLiteral("name"), q.value(1).toString()},
                               {QStringLiteral("area"), q.value(2).toString()},
                               {QStringLiteral("prefix"), q.value(3).toString()},
                               {QStringLiteral("initialServiceSeconds"), q.value(4).toInt()}});
    }
    return out;
}

QJsonArray AdminStore::staff(qint64 nowMs)
{
    auto &q = m_sql.run(
        QStringLiteral("SELECT s.staff_no, s.name, s.role, s.active, COALESCE(c.password_hash, "
                       "''), COALESCE(c.locked_until_ms, 0) FROM staff s LEFT JOIN "
                       "staff_credentials c ON c.staff_id = s.id ORDER BY s.staff_no"),
        {});
    StatementFinisher done(q);
    QJsonArray out;
    while (q.next()) {
        out.append(QJsonObject{{QStringLiteral("staffNo"), q.value(0).toString()},
                               {QStringLiteral("name"), q.value(1).toString()},
                               {QStringLiteral("role"), q.value(2).toString()},
                               {QStringLiteral("active"), q.value(3).toInt() != 0},
                               {QStringLiteral("hasPassword"), !q.value(4).toString().isEmpty()},
                               {QStringLiteral("locked"), q.value(5).toLongLong() > nowMs}});
    }
    return out;
}

namespace {

std::optional<StoredArea> areaFrom(QSqlQuery &q)
{
    StatementFinisher done(q);
    if (!q.next())
        return std::nullopt;
    return StoredArea{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                      q.value(3).toString()};
}

} // namespace

std::optional<StoredArea> AdminStore::area(const QString &code)
{
    return areaFrom(m_sql.run(
        QStringLiteral("SELECT id, code, name, letter FROM areas WHERE code = ?"), {code}));
}

std::optional<StoredArea> AdminStore::areaWithLetter(const QString &letter)
{
    return areaFrom(m_sql.run(
        QStringLiteral("SELECT id, code, name, letter FROM areas WHERE letter = ?"), {letter}));
}

QStringList AdminStore::prefixesOfArea(qint64 areaId)
{
    auto &q =
        m_sql.run(QStringLiteral("SELECT DISTINCT prefix FROM queues WHERE area_id = ?"), {areaId});
    StatementFinisher done(q);
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

void AdminStore::insertArea(const StoredArea &area)
{
    m_sql
        .run(QStringLiteral("INSERT INTO areas (code, name, letter) VALUES (?, ?, ?)"),
             {area.code, area.name, area.letter})
        .finish();
}

void AdminStore::updateArea(const StoredArea &area)
{
    m_sql
        .run(QStringLiteral("UPDATE areas SET name = ?, letter = ? WHERE id = ?"),
             {area.name, area.letter, area.id})
        .finish();
}

std::optional<StoredQueue> AdminStore::queue(const QString &code)
{
    auto &q = m_sql.run(QStringLiteral("SELECT id, area_id, code, name, prefix, "
                                       "initial_service_s FROM queues WHERE code = ?"),
                        {code});
    StatementFinisher done(q);
    if (!q.next())
        return std::nullopt;
    return StoredQueue{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                       q.value(3).toString(),   q.value(4).toString(),   q.value(5).toInt()};
}

void AdminStore::insertQueue(const StoredQueue &queue)
{
    m_sql
        .run(QStringLiteral("INSERT INTO queues (area_id, code, name, prefix, initial_service_s) "
                            "VALUES (?, ?, ?, ?, ?)"),
             {queue.areaId, queue.code, queue.name, queue.prefix, queue.initialServiceSeconds})
        .finish();
}

void AdminStore::updateQueue(const StoredQueue &queue)
{
    m_sql
        .run(QStringLiteral("UPDATE queues SET area_id = ?, name = ?, prefix = ?, "
                            "initial_service_s = ? WHERE id = ?"),
             {queue.areaId, queue.name, queue.prefix, queue.initialServiceSeconds, queue.id})
        .finish();
}

bool AdminStore::windowExists(int number)
{
    auto &q = m_sql.run(QStringLiteral("SELECT 1 FROM windows WHERE number = ?"), {number});
    StatementFinisher done(q);
    return q.next();
}

void AdminStore::saveWindow(int number, qint64 areaId, const QString &name,
                            const QList<QPair<qint64, double>> &queues)
{
    if (windowExists(number)) {
        m_sql
            .run(QStringLiteral("UPDATE windows SET area_id = ?, name = ? WHERE number = ?"),
                 {areaId, name, number})
            .finish();
    } else {
        m_sql
            .run(QStringLiteral("INSERT INTO windows (number, area_id, name) VALUES (?, ?, ?)"),
                 {number, areaId, name})
            .finish();
    }
    m_sql.run(QStringLiteral("DELETE FROM window_queues WHERE window_number = ?"), {number})
        .finish();
    for (const auto &[queueId, weight] : queues) {
        m_sql
            .run(QStringLiteral("INSERT INTO window_queues (window_number, queue_id, weight) "
                                "VALUES (?, ?, ?)"),
                 {number, queueId, weight})
            .finish();
    }
}

int AdminStore::activeAdmins()
{
    auto &q = m_sql.run(
        QStringLiteral("SELECT count(*) FROM staff WHERE role = 'admin' AND active = 1"), {});
    StatementFinisher done(q);
    return q.next() ? q.value(0).toInt() : 0;
}

void AdminStore::insertStaff(const StaffMember &staff)
{
    m_sql
        .run(QStringLiteral("INSERT INTO staff (staff_no, name, role, active) VALUES (?, ?, ?, ?)"),
             {staff.staffNo, staff.name, toStorageName(staff.role), staff.active ? 1 : 0})
        .finish();
}

void AdminStore::updateStaff(const StaffMember &staff)
{
    m_sql
        .run(QStringLiteral("UPDATE staff SET name = ?, role = ?, active = ? WHERE id = ?"),
             {staff.name, toStorageName(staff.role), staff.active ? 1 : 0, staff.id})
        .finish();
}

void AdminStore::revokeSessions(qint64 staffId)
{
    m_sql
        .run(QStringLiteral(
                 "UPDATE staff_sessions SET revoked = 1 WHERE staff_id = ? AND revoked = 0"),
             {staffId})
        .finish();
}

std::optional<QJsonValue> AdminStore::setting(const char *key)
{
    auto &q = m_sql.run(QStringLiteral("SELECT value FROM hall_settings WHERE name = ?"),
                        {QString::fromLatin1(key)});
    StatementFinisher done(q);
    if (!q.next())
        return std::nullopt;
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray("[") + q.value(0).toString().toUtf8() + "]");
    return document.array().at(0);
}

void AdminStore::setSetting(const char *key, const QJsonValue &value, qint64 staffId, qint64 nowMs)
{
    const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    m_sql
        .run(QStringLiteral("INSERT INTO hall_settings (name, value, updated_at_ms, updated_by) "
                            "VALUES (?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET value = "
                            "excluded.value, updated_at_ms = excluded.updated_at_ms, updated_by "
                            "= excluded.updated_by"),
             {QString::fromLatin1(key), QString::fromUtf8(json.mid(1, json.size() - 2)), nowMs,
              staffIdOrNull(staffId)})
        .finish();
}

QList<PriorityGroup> AdminStore::disabledPriorityGroups()
{
    QList<PriorityGroup> out;
    const QJsonObject groups = setting(PriorityGroupsKey).value_or(QJsonValue()).toObject();
    for (auto it = groups.begin(); it != groups.end(); ++it) {
        const auto group = priorityGroupFromStorageName(it.key());
        if (group && *group != PriorityGroup::None && !it.value().toBool(true))
            out << *group;
    }
    return out;
}

void AdminStore::log(qint64 staffId, const QString &staffNo, const QString &operation,
                     const QString &target, const QJsonObject &detail, qint64 nowMs)
{
    m_sql
        .run(QStringLiteral("INSERT INTO admin_log (at_ms, staff_id, staff_no, operation, target, "
                            "detail) VALUES (?, ?, ?, ?, ?, ?)"),
             {nowMs, staffIdOrNull(staffId), staffNo, operation,
              target.isEmpty() ? QStringLiteral("") : target,
              QString::fromUtf8(ProtocolJson::encode(detail))})
        .finish();
}

} // namespace halldesk
