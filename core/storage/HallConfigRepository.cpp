#include "storage/HallConfigRepository.h"

#include "logging/HallDeskLogging.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace halldesk {

namespace {

void execOrThrow(QSqlQuery &query)
{
    if (!query.exec())
        throw StorageError(query.lastError().text(), query.lastError().nativeErrorCode());
}

qint64 insertReturningId(QSqlQuery &query)
{
    execOrThrow(query);
    if (!query.next())
        throw StorageError(QStringLiteral("insert returned no id"));
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    return id;
}

} // namespace

HallConfigRepository::HallConfigRepository(Database &database)
    : m_database(database)
{}

int HallConfigRepository::count(const QString &table)
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !query.next())
        throw StorageError(query.lastError().text());
    return query.value(0).toInt();
}

bool HallConfigRepository::isEmpty()
{
    return count(QStringLiteral("areas")) == 0;
}

bool HallConfigRepository::installIfEmpty(const HallDefinition &hall)
{
    m_database.beginWrite();
    try {
        if (!isEmpty()) {
            m_database.rollback();
            return false;
        }
        QSqlQuery query(m_database.connection());
        QHash<QString, qint64> areaIds, queueIds;
        for (const AreaDefinition &area : hall.areas) {
            query.prepare(QStringLiteral(
                "INSERT INTO areas (code, name, letter) VALUES (?, ?, ?) RETURNING id"));
            query.addBindValue(area.code);
            query.addBindValue(area.name);
            query.addBindValue(area.letter);
            areaIds.insert(area.code, insertReturningId(query));
        }
        for (const QueueDefinition &queue : hall.queues) {
            query.prepare(QStringLiteral("INSERT INTO queues (area_id, code, name, prefix, "
                                         "initial_service_s) VALUES (?, ?, ?, ?, ?) RETURNING id"));
            query.addBindValue(areaIds.value(queue.areaCode));
            query.addBindValue(queue.code);
            query.addBindValue(queue.name);
            query.addBindValue(queue.prefix);
            query.addBindValue(queue.initialServiceSeconds);
            queueIds.insert(queue.code, insertReturningId(query));
        }
        for (const WindowDefinition &window : hall.windows) {
            query.prepare(
                QStringLiteral("INSERT INTO windows (number, area_id, name) VALUES (?, ?, ?)"));
            query.addBindValue(window.number);
            query.addBindValue(areaIds.value(window.areaCode));
            query.addBindValue(window.name);
            execOrThrow(query);
            for (const auto &[code, weight] : window.queues) {
                query.prepare(QStringLiteral("INSERT INTO window_queues (window_number, queue_id, "
                                             "weight) VALUES (?, ?, ?)"));
                query.addBindValue(window.number);
                query.addBindValue(queueIds.value(code));
                query.addBindValue(weight);
                execOrThrow(query);
            }
        }
        for (const StaffDefinition &staff : hall.staff) {
            query.prepare(
                QStringLiteral("INSERT INTO staff (staff_no, name, role) VALUES (?, ?, ?)"));
            query.addBindValue(staff.staffNo);
            query.addBindValue(staff.name);
            query.addBindValue(toStorageName(staff.role));
            execOrThrow(query);
        }
        query.finish();
        m_database.commit();
    } catch (...) {
        m_database.rollback();
        throw;
    }
    qCInfo(lcStorage) << "installed hall" << hall.name << "with" << hall.windows.size()
                      << "windows";
    return true;
}

} // namespace halldesk
