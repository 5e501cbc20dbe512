#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace halldesk {

class PreparedStatements;

// The documents cases are decided against, as installed (schema step 4): every catalogue
// version ever in force (a case names the version it was taken under) and the holiday years
// an administrator added. Throws StorageError like every repository.
class ReferenceDataStore
{
public:
    explicit ReferenceDataStore(PreparedStatements &statements)
        : m_sql(statements)
    {}

    std::optional<QByteArray> latestCatalogue();
    void storeCatalogue(int version, const QString &updatedOn, const QByteArray &document,
                        qint64 atMs);
    QList<QByteArray> holidayYears();
    void storeHolidayYear(int year, const QByteArray &document, qint64 atMs);
    QStringList areaCodes();

private:
    PreparedStatements &m_sql;
};

} // namespace halldesk
