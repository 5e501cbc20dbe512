#pragma once

#include "TestDatabase.h"
#include "clock/ManualClock.h"
#include "crypto/PersonalDataCipher.h"
#include "hall/HallDefinition.h"
#include "queue/QueueEngine.h"
#include "storage/Database.h"
#include "storage/SqlQueueRepository.h"

#include <memory>

namespace halldesk::test {

// 2026-11-30 (a Monday) 09:00 in the hall, 01:00 UTC.
QDateTime mondayMorningUtc();
QByteArray testKey();

// A fresh database with a hall installed and a queue engine on it, with a manual clock.
class EngineFixture
{
public:
    explicit EngineFixture(const HallDefinition &hall, QueuePolicy policy = {});
    bool isValid() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; }

    QueueEngine &engine() { return *m_engine; }
    ManualClock &clock() { return m_clock; }
    Database &database() { return *m_database; }
    SqlQueueRepository &repository() { return *m_repository; }
    const PersonalDataCipher &cipher() const { return m_cipher; }
    const DatabaseUrl &url() const { return m_testDb.url(); }

    // Another connection to the same database (for another thread, which must create it).
    struct Connection
    {
        std::unique_ptr<Database> database;
        std::unique_ptr<SqlQueueRepository> repository;
        std::unique_ptr<QueueEngine> engine;
        QString error;
    };
    Connection connect(QueuePolicy policy = {});

    // Count of rows in a table, through this fixture's own connection.
    int count(const QString &table, const QString &where = {});

private:
    TestDatabase m_testDb;
    ManualClock m_clock;
    PersonalDataCipher m_cipher;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<SqlQueueRepository> m_repository;
    std::unique_ptr<QueueEngine> m_engine;
    QString m_error;
};

} // namespace halldesk::test
