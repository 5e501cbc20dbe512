#include "HallServerRuntime.h"

#include "clock/SystemClock.h"
#include "crypto/HallKeyFile.h"
#include "crypto/PersonalDataCipher.h"
#include "hall/HallDefinitionLoader.h"
#include "logging/HallDeskLogging.h"
#include "queue/QueueEngine.h"
#include "queue/QueueSweeper.h"
#include "storage/Database.h"
#include "storage/HallConfigRepository.h"
#include "storage/SqlQueueRepository.h"
#include "storage/StorageError.h"

#include <QFileInfo>

using namespace halldesk;

HallServerRuntime::HallServerRuntime(ServerOptions options)
    : m_options(std::move(options))
    , m_clock(std::make_unique<SystemClock>())
{}

HallServerRuntime::~HallServerRuntime()
{
    m_sweeper.reset();
    m_engine.reset();
    m_repository.reset();
    if (m_database)
        m_database->close();
    if (m_engine || m_running)
        qCInfo(lcServer) << "hall server stopped";
}

bool HallServerRuntime::openKey()
{
    // A database that already holds a hall was written with a key; making a new one would
    // leave every stored ID number unreadable. Only an empty hall may get a fresh key.
    if (!QFileInfo::exists(m_options.keyFile)) {
        bool hasTickets = true;
        try {
            hasTickets = HallConfigRepository(*m_database).count(QStringLiteral("tickets")) > 0;
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

bool HallServerRuntime::start()
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
    if (!openKey())
        return false;
    if (m_options.checkOnly)
        return true;

    m_repository = std::make_unique<SqlQueueRepository>(*m_database);
    m_engine = std::make_unique<QueueEngine>(*m_repository, *m_clock, *m_cipher);
    m_sweeper = std::make_unique<QueueSweeper>(*m_engine);
    m_sweeper->sweepNow();
    m_sweeper->start(std::chrono::milliseconds(m_options.sweepIntervalMs));
    m_running = true;
    qCInfo(lcServer) << "hall server running; stop with Ctrl+C or SIGTERM";
    return true;
}
