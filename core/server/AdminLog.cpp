#include "server/AdminLog.h"

#include "protocol/ArgumentReader.h"
#include "storage/PreparedStatements.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <limits>

namespace halldesk {

Result<QJsonObject> AdminLog::page(PreparedStatements &statements, const QJsonObject &args)
{
    ArgumentReader reader(args);
    constexpr qint64 newest = std::numeric_limits<qint64>::max();
    const qint64 beforeId = reader.optionalInteger("beforeId", 1, newest, newest);
    const int limit = int(reader.optionalInteger("limit", 1, MaxLimit, DefaultLimit));
    if (!reader.ok())
        return reader.error();
    // One more than asked for says whether an older page exists.
    auto &q = statements.run(
        QStringLiteral("SELECT l.id, l.at_ms, l.staff_no, COALESCE(s.name, ''), l.operation, "
                       "l.target, l.detail FROM admin_log l LEFT JOIN staff s ON s.id = "
                       "l.staff_id WHERE l.id < ? ORDER BY l.id DESC LIMIT ?"),
        {beforeId, limit + 1});
    StatementFinisher done(q);
    QJsonArray entries;
    bool more = false;
    while (q.next()) {
        if (entries.size() == limit) {
            more = true;
            break;
        }
        const QJsonObject detail = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
        entries.append(QJsonObject{{QStringLiteral("id"), q.value(0).toLongLong()},
                                   {QStringLiteral("atMs"), q.value(1).toLongLong()},
                                   {QStringLiteral("staffNo"), q.value(2).toString()},
                                   {QStringLiteral("staffName"), q.value(3).toString()},
                                   {QStringLiteral("operation"), q.value(4).toString()},
                                   {QStringLiteral("target"), q.value(5).toString()},
                                   {QStringLiteral("detail"), detail}});
    }
    return QJsonObject{{QStringLiteral("entries"), entries}, {QStringLiteral("more"), more}};
}

} // namespace halldesk
