#include "server/ReferenceDataStore.h"

#include "storage/PreparedStatements.h"

#include <QStringList>

namespace halldesk {

std::optional<QByteArray> ReferenceDataStore::latestCatalogue()
{
    auto &q = m_sql.run(QStringLiteral("SELECT document FROM catalogue_documents ORDER BY version "
                                       "DESC LIMIT 1"),
                        {});
    StatementFinisher done(q);
    if (!q.next())
        return std::nullopt;
    return q.value(0).toString().toUtf8();
}

void ReferenceDataStore::storeCatalogue(int version, const QString &updatedOn,
                                        const QByteArray &document, qint64 atMs)
{
    m_sql
        .run(QStringLiteral("INSERT INTO catalogue_documents (version, updated_on, document, "
                            "stored_at_ms) VALUES (?, ?, ?, ?)"),
             {version, updatedOn, QString::fromUtf8(document), atMs})
        .finish();
}

QList<QByteArray> ReferenceDataStore::holidayYears()
{
    auto &q = m_sql.run(QStringLiteral("SELECT document FROM holiday_years ORDER BY year"), {});
    StatementFinisher done(q);
    QList<QByteArray> out;
    while (q.next())
        out << q.value(0).toString().toUtf8();
    return out;
}

void ReferenceDataStore::storeHolidayYear(int year, const QByteArray &document, qint64 atMs)
{
    m_sql
        .run(QStringLiteral("INSERT INTO holiday_years (year, document, stored_at_ms) VALUES (?, "
                            "?, ?) ON CONFLICT (year) DO UPDATE SET document = excluded.document, "
                            "stored_at_ms = excluded.stored_at_ms"),
             {year, QString::fromUtf8(document), atMs})
        .finish();
}

QStringList ReferenceDataStore::areaCodes()
{
    auto &q = m_sql.run(QStringLiteral("SELECT code FROM areas ORDER BY id"), {});
    StatementFinisher done(q);
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

} // namespace halldesk
