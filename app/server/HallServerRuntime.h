#pragma once

#include "ServerOptions.h"

#include <QCoreApplication>
#include <memory>

namespace halldesk {
class Database;
class PersonalDataCipher;
class QueueEngine;
class QueueSweeper;
class SqlQueueRepository;
class SystemClock;
} // namespace halldesk

// The server's parts, wired together and started; destroyed in reverse order on shutdown so
// the last transaction is committed before the database closes.
class HallServerRuntime
{
    Q_DECLARE_TR_FUNCTIONS(HallServerRuntime)

public:
    explicit HallServerRuntime(ServerOptions options);
    ~HallServerRuntime();

    // Returns false after logging why the server cannot start.
    bool start();

private:
    bool openKey();

    ServerOptions m_options;
    bool m_running = false;
    std::unique_ptr<halldesk::SystemClock> m_clock;
    std::unique_ptr<halldesk::Database> m_database;
    std::unique_ptr<halldesk::PersonalDataCipher> m_cipher;
    std::unique_ptr<halldesk::SqlQueueRepository> m_repository;
    std::unique_ptr<halldesk::QueueEngine> m_engine;
    std::unique_ptr<halldesk::QueueSweeper> m_sweeper;
};
