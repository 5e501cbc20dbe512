#include "storage/PreparedStatements.h"

#include "logging/HallDeskLogging.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QSqlError>

namespace halldesk {

QSqlQuery &PreparedStatements::run(const QString &sql, const QVariantList &values)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto query = std::make_unique<QSqlQuery>(m_database.connection());
        query->setForwardOnly(true);
        if (!query->prepare(sql)) {
            const QSqlError error = query->lastError();
            throw StorageError(error.text(), error.nativeErrorCode());
        }
        it = m_statements.emplace(sql, std::move(query)).first;
    }
    QSqlQuery &query = *it->second;
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!query.exec()) {
        const QSqlError error = query.lastError();
        const QString state = error.nativeErrorCode();
        const bool retryable = state == QLatin1String("40001") || state == QLatin1String("40P01");
        query.finish();
        qCWarning(lcStorage) << "statement failed:" << error.text();
        throw StorageError(error.text(), state, retryable);
    }
    return query;
}

} // namespace halldesk
