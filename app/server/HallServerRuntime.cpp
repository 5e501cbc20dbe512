#include "HallServerRuntime.h"

#include "auth/PasswordHasher.h"
#include "clock/SystemClock.h"
#include "crypto/HallKeyFile.h"
#include "crypto/PersonalDataCipher.h"
#include "hall/HallDefinitionLoader.h"
#include "logging/HallDeskLogging.h"
#include "metrics/MetricsHttpServer.h"
#include "metrics/MetricsRegistry.h"
#include "pki/DevelopmentPki.h"
#include "queue/EngineExecutor.h"
#include "server/CaseworkLoader.h"
#include "server/HallServer.h"
#include "server/ServerMetrics.h"
#include "server/ServerStore.h"
#include "storage/Database.h"
#include "storage/HallConfigRepository.h"
#include "storage/PreparedStatements.h"
#include "storage/StorageError.h"

#include <QFileInfo>
#include <QTextStream>
#include <cstdio>

using namespace halldesk;

HallServerRuntime::HallServerRuntime(ServerOptions options)
    : m_options(std::move(options))
    , m_clock(std::make_unique<SystemClock>())
{}

HallServerRuntime::~HallServerRuntime()
{
    m_metricsHttp.reset();
    if (m_server)
        m_server->close();
    m_server.reset();
    // Drains and commits every operation already accepted.
    m_executor.reset();
    if (m_database)
        m_database->close();
    if (m_running)
        qCInfo(lcServer) << "hall server stopped";
}

bool HallServerRuntime::openKey()
{
    // A database that already holds a hall was written with a key; making a new one would
    // leave every stored ID number unreadable. Only an empty hall may get a fresh key.
    if (!QFileInfo::exists(m_options.keyFile)) {
        bool hasTickets = true;
        try {
            HallConfigRepository config(*m_database);
            hasTickets = config.count(QStringLiteral("tickets")) > 0 ||
                         config.count(QStringLiteral("cases")) > 0;
        } catch (const StorageError &e) {
            qCCritical(lcServer) << "cannot count tickets:" << e.what();
        }
        if (hasTickets) {
            qCCritical(lcServer).noquote()
                << tr("The personal data key file %1 is missing, but the hall database already "
                      "holds tickets. Restore the key file from the backup; a new key would make "
                      "the stored personal data unreadable.")
                       .arg(m_options.keyFile);
            return false;
        }
    }
    QString keyError;
    const auto key = HallKeyFile::loadOrCreate(m_options.keyFile, &keyError);
    if (!key) {
        qCCritical(lcServer).noquote() << keyError;
        return false;
    }
    m_cipher = std::make_unique<PersonalDataCipher>(*key);
    return true;
}

bool HallServerRuntime::installPasswords(const QString &demoPassword)
{
    if (demoPassword.isEmpty())
        return true;
    try {
        PreparedStatements statements(*m_database);
        ServerStore store(statements);
        // One hash for the whole demo staff: hashing 500 passwords one by one at full
        // strength would take minutes, and a demo password is public anyway.
        m_database->beginWrite();
        const int set = store.setPasswordWhereMissing(
            PasswordHasher::hash(demoPassword, m_options.network.passwordIterations),
            m_clock->nowMs());
        m_database->commit();
        if (set > 0)
            qCInfo(lcServer) << "demo password set for" << set << "staff";
    } catch (const StorageError &e) {
        m_database->rollback();
        qCCritical(lcServer) << "setting the demo passwords failed:" << e.what();
        return false;
    }
    return true;
}

bool HallServerRuntime::setPasswordFromStdin()
{
    QTextStream in(stdin);
    const QString password = in.readLine();
    if (password.size() < 8) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(tr("The password must have at least 8 characters.")));
        return false;
    }
    try {
        PreparedStatements statements(*m_database);
        ServerStore store(statements);
        const auto credentials = store.credentials(m_options.setPasswordFor);
        if (!credentials) {
            std::fprintf(
                stderr, "%s\n",
                qPrintable(tr("No staff member has the number %1.").arg(m_options.setPasswordFor)));
            return false;
        }
        m_database->beginWrite();
        store.setPassword(credentials->staff.id,
                          PasswordHasher::hash(password, m_options.network.passwordIterations),
                          m_clock->nowMs());
        m_database->commit();
    } catch (const StorageError &e) {
        m_database->rollback();
        qCCritical(lcServer) << "setting the password failed:" << e.what();
        return false;
    }
    std::printf("%s\n", qPrintable(tr("Password set for %1.").arg(m_options.setPasswordFor)));
    return true;
}

bool HallServerRuntime::prepareDatabase()
{
    const auto url = DatabaseUrl::parse(m_options.databaseUrl);
    if (!url) {
        qCCritical(lcServer).noquote()
            << tr("The database address is not valid: %1")
                   .arg(m_options.databaseUrl.section(QLatin1Char('@'), -1));
        return false;
    }
    m_database = std::make_unique<Database>(*url);
    if (const auto error = m_database->open()) {
        qCCritical(lcServer).noquote() << error->message();
        if (!error->driverText.isEmpty())
            qCCritical(lcServer).noquote() << error->driverText;
        return false;
    }
    qCInfo(lcServer).noquote() << "database" << url->redacted() << "schema"
                               << m_database->schemaVersion();

    std::optional<HallDefinition> hall;
    if (!m_options.hallFile.isEmpty()) {
        QString error;
        hall = HallDefinitionLoader::fromFile(m_options.hallFile, &error);
        if (!hall) {
            qCCritical(lcServer).noquote() << error;
            return false;
        }
    } else if (m_options.demo) {
        hall = HallDefinitionLoader::demoHall();
    }
    try {
        HallConfigRepository config(*m_database);
        if (hall && config.installIfEmpty(*hall))
            qCInfo(lcServer).noquote() << "installed hall" << hall->name;
        if (config.isEmpty()) {
            qCCritical(lcServer).noquote()
                << tr("The database holds no hall yet. Start with --hall FILE or --demo.");
            return false;
        }
        qCInfo(lcServer).noquote() << config.count(QStringLiteral("windows")) << "windows,"
                                   << config.count(QStringLiteral("queues")) << "queues,"
                                   << config.count(QStringLiteral("staff")) << "staff";
    } catch (const StorageError &e) {
        qCCritical(lcServer) << "installing the hall failed:" << e.what();
        return false;
    }
    return installPasswords(hall ? hall->demoPassword : QString());
}

bool HallServerRuntime::loadCasework()
{
    CaseworkLoader::Sources sources;
    sources.catalogueFile = m_options.catalogueFile;
    sources.holidayYearFiles = m_options.holidayYearFiles;
    sources.demo = m_options.demo;
    QString error;
    m_casework = CaseworkLoader::load(*m_database, sources, m_clock->nowMs(), &error);
    if (!m_casework) {
        qCCritical(lcServer).noquote() << error;
        return false;
    }
    return true;
}

bool HallServerRuntime::resolveTls()
{
    if (m_options.pkiDirectory.isEmpty())
        return true;
    QString error;
    const auto pki = DevelopmentPki::ensure(m_options.pkiDirectory, &error);
    if (!pki) {
        qCCritical(lcServer).noquote() << error;
        return false;
    }
    m_options.network.tls = pki->serverFiles();
    qCInfo(lcServer).noquote() << "development certificates in" << pki->directory();
    return true;
}

bool HallServerRuntime::startNetwork()
{
    m_registry = std::make_unique<MetricsRegistry>();
    m_metrics = std::make_unique<ServerMetrics>(*m_registry);
    const auto url = DatabaseUrl::parse(m_options.databaseUrl);
    m_executor = std::make_unique<EngineExecutor>(*url, *m_clock, *m_cipher);
    if (const auto error = m_executor->start()) {
        qCCritical(lcServer).noquote() << *error;
        return false;
    }
    m_server = std::make_unique<HallServer>(*m_executor, *m_clock, m_options.network, *m_metrics);
    m_server->setCasework(*m_casework);
    QString error;
    if (!m_server->listen(&error)) {
        qCCritical(lcServer).noquote() << error;
        return false;
    }
    int metricsPort = -1;
    if (m_options.metricsPort >= 0) {
        m_metricsHttp = std::make_unique<MetricsHttpServer>(*m_registry);
        if (!m_metricsHttp->listen(m_options.metricsAddress, quint16(m_options.metricsPort),
                                   &error)) {
            qCCritical(lcServer).noquote() << error;
            return false;
        }
        metricsPort = m_metricsHttp->port();
    }
    // One machine-readable line for scripts, tests and the load generator.
    std::printf("READY port=%d metrics_port=%d\n", int(m_server->port()), metricsPort);
    std::fflush(stdout);
    return true;
}

bool HallServerRuntime::start()
{
    if (!prepareDatabase() || !openKey())
        return false;
    if (!m_options.setPasswordFor.isEmpty())
        return setPasswordFromStdin();
    if (!loadCasework())
        return false;
    if (m_options.checkOnly)
        return true;
    // The writer opens its own connection; this one was only for setting up.
    m_database->close();
    if (!resolveTls() || !startNetwork())
        return false;
    m_running = true;
    qCInfo(lcServer) << "hall server running; stop with Ctrl+C or SIGTERM";
    return true;
}
