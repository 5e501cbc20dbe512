#pragma once

#include "ServerOptions.h"
#include "server/CaseworkData.h"

#include <QCoreApplication>
#include <functional>
#include <memory>
#include <optional>

namespace halldesk {
class Database;
class EngineExecutor;
class HallServer;
class MetricsHttpServer;
class MetricsRegistry;
class PersonalDataCipher;
class ServerMetrics;
class ServerStore;
class SystemClock;
} // namespace halldesk

// The server's parts, wired together and started; destroyed in reverse order on shutdown:
// the network closes first, then the writer finishes every operation it has accepted and
// commits it before the database closes.
class HallServerRuntime
{
    Q_DECLARE_TR_FUNCTIONS(HallServerRuntime)

public:
    explicit HallServerRuntime(ServerOptions options);
    ~HallServerRuntime();

    // Returns false after logging why the server cannot start.
    bool start();

private:
    bool prepareDatabase();
    bool openKey();
    bool installPasswords(const QString &demoPassword);
    bool setPasswordFromStdin();
    bool setPinFromStdin();
    bool setCardFromStdin();
    // Reads one line from standard input, checks it and stores it for the staff member named;
    // false after saying why on standard error.
    bool setStaffSecret(const QString &staffNo,
                        const std::function<std::optional<QString>(const QString &line)> &check,
                        const std::function<void(halldesk::ServerStore &, qint64 staffId,
                                                 const QString &line)> &save);
    bool importAppointments();
    // The demo hall's help-desk PIN and cards, and today's appointments.
    bool installDemoKioskData();
    bool loadCasework();
    bool resolveTls();
    bool startNetwork();

    ServerOptions m_options;
    bool m_running = false;
    std::unique_ptr<halldesk::SystemClock> m_clock;
    std::unique_ptr<halldesk::Database> m_database;
    std::unique_ptr<halldesk::PersonalDataCipher> m_cipher;
    std::unique_ptr<halldesk::MetricsRegistry> m_registry;
    std::unique_ptr<halldesk::ServerMetrics> m_metrics;
    std::unique_ptr<halldesk::EngineExecutor> m_executor;
    std::unique_ptr<halldesk::HallServer> m_server;
    std::unique_ptr<halldesk::MetricsHttpServer> m_metricsHttp;
    std::optional<halldesk::CaseworkData> m_casework;
    QString m_demoPin;
    QString m_demoCardPrefix;
};
