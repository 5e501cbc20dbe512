#include "HallServerRuntime.h"

#include "auth/PasswordHasher.h"
#include "clock/HallTime.h"
#include "clock/SystemClock.h"
#include "crypto/HallKeyFile.h"
#include "crypto/PersonalDataCipher.h"
#include "hall/HallDefinitionLoader.h"
#include "logging/HallDeskLogging.h"
#include "metrics/MetricsHttpServer.h"
#include "metrics/MetricsRegistry.h"
#include "pki/DevelopmentPki.h"
#include "queue/EngineExecutor.h"
#include "server/AppointmentImport.h"
#include "server/CaseworkLoader.h"
#include "server/DemoAppointments.h"
#include "server/HallServer.h"
#include "server/ServerMetrics.h"
#include "server/ServerStore.h"
#include "server/StaffSecrets.h"
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

bool HallServerRuntime::setStaffSecret(
    const QString &staffNo, const std::function<std::optional<QString>(const QString &)> &check,
    const std::function<void(ServerStore &, qint64, const QString &)> &save)
{
    QTextStream in(stdin);
    const QString line = in.readLine();
    if (const auto refusal = check(line)) {
        std::fprintf(stderr, "%s\n", qPrintable(*refusal));
        return false;
    }
    try {
        PreparedStatements statements(*m_database);
        ServerStore store(statements);
        const auto credentials = store.credentials(staffNo);
        if (!credentials) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(tr("No staff member has the number %1.").arg(staffNo)));
            return false;
        }
        m_database->beginWrite();
        save(store, credentials->staff.id, line);
        m_database->commit();
    } catch (const StorageError &e) {
        m_database->rollback();
        qCCritical(lcServer) << "storing the staff member's secret failed:" << e.what();
        return false;
    }
    return true;
}

bool HallServerRuntime::setPasswordFromStdin()
{
    const bool set = setStaffSecret(
        m_options.setPasswordFor,
        [](const QString &password) -> std::optional<QString> {
            if (password.size() < 8)
                return tr("The password must have at least 8 characters.");
            return std::nullopt;
        },
        [this](ServerStore &store, qint64 staffId, const QString &password) {
            store.setPassword(staffId,
                              PasswordHasher::hash(password, m_options.network.passwordIterations),
                              m_clock->nowMs());
        });
    if (set)
        std::printf("%s\n", qPrintable(tr("Password set for %1.").arg(m_options.setPasswordFor)));
    return set;
}

bool HallServerRuntime::setPinFromStdin()
{
    const bool set = setStaffSecret(
        m_options.setPinFor,
        [](const QString &pin) -> std::optional<QString> {
            if (!StaffSecrets::isValidPin(pin))
                return tr("The PIN must have 4 to 8 digits.");
            return std::nullopt;
        },
        [this](ServerStore &store, qint64 staffId, const QString &pin) {
            store.setPin(staffId, PasswordHasher::hash(pin, m_options.network.passwordIterations));
        });
    if (set)
        std::printf("%s\n", qPrintable(tr("PIN set for %1.").arg(m_options.setPinFor)));
    return set;
}

bool HallServerRuntime::setCardFromStdin()
{
    const PersonalDataCipher &cipher = *m_cipher;
    std::optional<QString> taken;
    const bool set = setStaffSecret(
        m_options.setCardFor,
        [](const QString &card) -> std::optional<QString> {
            if (!StaffSecrets::normalizedCard(card))
                return tr("The card number must have 4 to 32 letters or digits.");
            return std::nullopt;
        },
        [&cipher, &taken](ServerStore &store, qint64 staffId, const QString &card) {
            const QString hash =
                StaffSecrets::cardHash(cipher, *StaffSecrets::normalizedCard(card));
            if (const auto holder = store.credentialsByCard(hash);
                holder && holder->staff.id != staffId) {
                taken = holder->staff.staffNo;
                return; // nothing written: the commit that follows commits nothing
            }
            store.setCardHash(staffId, hash);
        });
    if (set && taken) {
        std::fprintf(
            stderr, "%s\n",
            qPrintable(tr("This card is already registered to staff member %1.").arg(*taken)));
        return false;
    }
    if (set)
        std::printf("%s\n", qPrintable(tr("Staff card set for %1.").arg(m_options.setCardFor)));
    return set;
}

bool HallServerRuntime::importAppointments()
{
    AppointmentImport import(*m_database, *m_cipher);
    const HallTime hall;
    const qint64 now = m_clock->nowMs();
    const auto outcome = import.importFile(m_options.appointmentsFile, hall.serviceDay(now), now);
    if (const auto *error = std::get_if<QString>(&outcome)) {
        std::fprintf(stderr, "%s\n%s\n", qPrintable(*error),
                     qPrintable(tr("No appointment was imported.")));
        return false;
    }
    const auto counts = std::get<AppointmentImport::Counts>(outcome);
    std::printf("%s\n", qPrintable(tr("Imported %1 appointments; %2 were already there.")
                                       .arg(counts.imported)
                                       .arg(counts.unchanged)));
    return true;
}

bool HallServerRuntime::installDemoKioskData()
{
    try {
        PreparedStatements statements(*m_database);
        ServerStore store(statements);
        m_database->beginWrite();
        int pins = 0;
        if (!m_demoPin.isEmpty())
            pins = store.setPinWhereMissing(
                PasswordHasher::hash(m_demoPin, m_options.network.passwordIterations));
        int cards = 0;
        if (!m_demoCardPrefix.isEmpty()) {
            for (const StaffMember &staff : store.staffWithoutCard()) {
                const QString digits = staff.staffNo.right(4);
                if (const auto card = StaffSecrets::normalizedCard(m_demoCardPrefix + digits)) {
                    store.setCardHash(staff.id, StaffSecrets::cardHash(*m_cipher, *card));
                    ++cards;
                }
            }
        }
        m_database->commit();
        // Counts only: the PIN and card numbers are in the README, not in the log.
        if (pins > 0 || cards > 0)
            qCInfo(lcServer) << "demo help-desk PIN set for" << pins << "staff, cards for" << cards;
    } catch (const StorageError &e) {
        m_database->rollback();
        qCCritical(lcServer) << "setting the demo PINs and cards failed:" << e.what();
        return false;
    }
    const HallTime hall;
    const qint64 now = m_clock->nowMs();
    AppointmentImport import(*m_database, *m_cipher);
    const auto outcome = import.store(DemoAppointments::forDay(hall.serviceDay(now), hall), now);
    // Codes repeat after a year (MMdd): a demo database that old keeps last year's, and the
    // demo runs on without today's rather than not at all.
    if (const auto *error = std::get_if<QString>(&outcome))
        qCWarning(lcServer).noquote() << "demo appointments not made:" << *error;
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
    if (hall) {
        m_demoPin = hall->demoPin;
        m_demoCardPrefix = hall->demoCardPrefix;
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
    if (!m_options.setPinFor.isEmpty())
        return setPinFromStdin();
    if (!m_options.setCardFor.isEmpty())
        return setCardFromStdin();
    if (!m_options.appointmentsFile.isEmpty())
        return importAppointments();
    if (m_options.demo && !installDemoKioskData())
        return false;
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
