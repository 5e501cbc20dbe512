#include "EngineFixture.h"

#include "storage/HallConfigRepository.h"
#include "storage/StorageError.h"

#include <QSqlError>
#include <QSqlQuery>

namespace halldesk::test {

QDateTime mondayMorningUtc()
{
    return QDateTime(QDate(2026, 11, 30), QTime(1, 0), Qt::UTC);
}

QByteArray testKey()
{
    QByteArray key(PersonalDataCipher::KeyBytes, '\0');
    for (int i = 0; i < key.size(); ++i)
        key[i] = char(i * 7 + 3);
    return key;
}

EngineFixture::EngineFixture(const HallDefinition &hall, QueuePolicy policy)
    : m_clock(mondayMorningUtc())
    , m_cipher(testKey())
{
    if (!m_testDb.isValid()) {
        m_error = m_testDb.error();
        return;
    }
    m_database = std::make_unique<Database>(m_testDb.url());
    if (auto error = m_database->open()) {
        m_error = error->message() + QLatin1Char(' ') + error->driverText;
        return;
    }
    try {
        HallConfigRepository(*m_database).installIfEmpty(hall);
    } catch (const StorageError &e) {
        m_error = QString::fromUtf8(e.what());
        return;
    }
    m_repository = std::make_unique<SqlQueueRepository>(*m_database);
    m_engine = std::make_unique<QueueEngine>(*m_repository, m_clock, m_cipher, policy);
}

EngineFixture::Connection EngineFixture::connect(QueuePolicy policy)
{
    Connection c;
    c.database = std::make_unique<Database>(m_testDb.url());
    if (const auto error = c.database->open()) {
        Connection failed;
        failed.error = error->message() + QLatin1Char(' ') + error->driverText;
        return failed;
    }
    c.repository = std::make_unique<SqlQueueRepository>(*c.database);
    c.engine = std::make_unique<QueueEngine>(*c.repository, m_clock, m_cipher, policy);
    return c;
}

int EngineFixture::count(const QString &table, const QString &where)
{
    QSqlQuery query(m_database->connection());
    const QString sql = QStringLiteral("SELECT count(*) FROM ") + table +
                        (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where);
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toInt();
}

} // namespace halldesk::test
