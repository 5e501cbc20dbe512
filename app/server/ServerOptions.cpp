#include "ServerOptions.h"

#include "platform/CommandLine.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <cstdio>

namespace {

// One option: its command-line name, its key in the configuration file, and how to apply a
// value (false: the value is not acceptable).
struct Setting
{
    QCommandLineOption option;
    QString key;
    std::function<bool(ServerOptions &, const QString &)> apply;
};

bool toInt(const QString &text, int min, int max, int *out)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < min || value > max)
        return false;
    *out = value;
    return true;
}

// What an option's value must be, after the message that it is not valid.
QString explained(const QString &reason)
{
    return reason.isEmpty() ? QString() : QStringLiteral(" (") + reason + QLatin1Char(')');
}

bool toAddress(const QString &text, QHostAddress *out)
{
    if (text == QLatin1String("localhost")) {
        *out = QHostAddress::LocalHost;
        return true;
    }
    return out->setAddress(text);
}

// A whole number of the quarterly ranking's criteria (RANKING.md), from 0 to `max`.
Setting ranking(const QString &option, const QString &key, const QString &description,
                int halldesk::RankingCriteria::*member, int max)
{
    return {{option, description, ServerOptions::tr("n")},
            key,
            [member, max](ServerOptions &o, const QString &v) {
                if (!toInt(v, 0, max, &(o.network.ranking.*member))) {
                    o.invalidReason = ServerOptions::tr("a whole number from 0 to %1").arg(max);
                    return false;
                }
                return true;
            }};
}

QList<Setting> settings()
{
    using O = ServerOptions;
    auto text = [](QString O::*member) {
        return [member](O &o, const QString &v) {
            o.*member = v;
            return true;
        };
    };
    return {
        {{QStringLiteral("database"),
          ServerOptions::tr(
              "Database: sqlite:PATH (default) or postgresql://user:password@host:port/name."),
          ServerOptions::tr("url")},
         QStringLiteral("database"),
         text(&O::databaseUrl)},
        {{QStringLiteral("key-file"),
          ServerOptions::tr("Key that encrypts personal data (created if missing)."),
          ServerOptions::tr("file")},
         QStringLiteral("key_file"),
         text(&O::keyFile)},
        {{QStringLiteral("documents-dir"),
          ServerOptions::tr(
              "Directory for uploaded scans of materials, stored encrypted (default: "
              "documents/ beside an SQLite database, ~/.local/share/halldesk/documents for "
              "PostgreSQL)."),
          ServerOptions::tr("directory")},
         QStringLiteral("documents_dir"),
         [](O &o, const QString &v) {
             o.network.documentsDirectory = v;
             return true;
         }},
        {{QStringLiteral("staff-photos"),
          ServerOptions::tr("Directory of the staff's photos that the pads show, one file per "
                            "staff number (HD0012.jpg or .png; default: photos/ beside the "
                            "documents directory)."),
          ServerOptions::tr("directory")},
         QStringLiteral("staff_photos_dir"),
         [](O &o, const QString &v) {
             o.network.staffPhotosDirectory = v;
             return true;
         }},
        {{QStringLiteral("hall"),
          ServerOptions::tr("Install this hall definition (JSON) into an empty database."),
          ServerOptions::tr("file")},
         QStringLiteral("hall"),
         text(&O::hallFile)},
        {{QStringLiteral("catalogue"),
          ServerOptions::tr(
              "Install this service catalogue (JSON) if its version is newer than the one in "
              "the database."),
          ServerOptions::tr("file")},
         QStringLiteral("catalogue"),
         text(&O::catalogueFile)},
        {{QStringLiteral("holiday-year"),
          ServerOptions::tr(
              "Add or replace a year of the holiday calendar from this notice (JSON); "
              "several files are separated by commas."),
          ServerOptions::tr("files")},
         QStringLiteral("holiday_years"),
         [](O &o, const QString &v) {
             o.holidayYearFiles = v.split(QLatin1Char(','), Qt::SkipEmptyParts);
             return true;
         }},
        {{QStringLiteral("listen"),
          ServerOptions::tr("Address to accept terminals on (default: all)."),
          ServerOptions::tr("address")},
         QStringLiteral("listen"),
         [](O &o, const QString &v) {
             return toAddress(v, &o.network.listenAddress);
         }},
        {{QStringLiteral("port"),
          ServerOptions::tr("Port for terminals (default 7443; 0: any free port)."),
          ServerOptions::tr("port")},
         QStringLiteral("port"),
         [](O &o, const QString &v) {
             int port = 0;
             if (!toInt(v, 0, 65535, &port))
                 return false;
             o.network.port = quint16(port);
             return true;
         }},
        {{QStringLiteral("tls-ca"), ServerOptions::tr("The hall CA certificate (PEM)."),
          ServerOptions::tr("file")},
         QStringLiteral("tls_ca"),
         [](O &o, const QString &v) {
             o.network.tls.caFile = v;
             return true;
         }},
        {{QStringLiteral("tls-cert"), ServerOptions::tr("The server's certificate (PEM)."),
          ServerOptions::tr("file")},
         QStringLiteral("tls_cert"),
         [](O &o, const QString &v) {
             o.network.tls.certificateFile = v;
             return true;
         }},
        {{QStringLiteral("tls-key"), ServerOptions::tr("The server's private key (PEM)."),
          ServerOptions::tr("file")},
         QStringLiteral("tls_key"),
         [](O &o, const QString &v) {
             o.network.tls.keyFile = v;
             return true;
         }},
        {{QStringLiteral("pki-dir"),
          ServerOptions::tr(
              "Use development certificates in this directory, made when missing (demo and "
              "tests only)."),
          ServerOptions::tr("directory")},
         QStringLiteral("pki_dir"),
         text(&O::pkiDirectory)},
        {{QStringLiteral("metrics-listen"),
          ServerOptions::tr("Address of the health and metrics endpoint (default 127.0.0.1)."),
          ServerOptions::tr("address")},
         QStringLiteral("metrics_listen"),
         [](O &o, const QString &v) {
             return toAddress(v, &o.metricsAddress);
         }},
        {{QStringLiteral("metrics-port"),
          ServerOptions::tr(
              "Port of the health and metrics endpoint (default 9464; 0: any free port; "
              "-1: none)."),
          ServerOptions::tr("port")},
         QStringLiteral("metrics_port"),
         [](O &o, const QString &v) {
             return toInt(v, -1, 65535, &o.metricsPort);
         }},
        {{QStringLiteral("session-ttl"), ServerOptions::tr("Minutes a staff sign-in stays valid."),
          ServerOptions::tr("minutes")},
         QStringLiteral("session_ttl_minutes"),
         [](O &o, const QString &v) {
             int minutes = 0;
             if (!toInt(v, 1, 7 * 24 * 60, &minutes))
                 return false;
             o.network.sessionTtl = std::chrono::minutes(minutes);
             return true;
         }},
        {{QStringLiteral("max-message-bytes"),
          ServerOptions::tr("Largest message a terminal may send."), ServerOptions::tr("bytes")},
         QStringLiteral("max_message_bytes"),
         [](O &o, const QString &v) {
             return toInt(v, 1024, 16 * 1024 * 1024, &o.network.maxMessageBytes);
         }},
        {{QStringLiteral("rate-limit"),
          ServerOptions::tr("Requests per second one terminal may send on average."),
          ServerOptions::tr("n")},
         QStringLiteral("rate_limit_per_s"),
         [](O &o, const QString &v) {
             int rate = 0;
             if (!toInt(v, 1, 1000000, &rate))
                 return false;
             o.network.rateLimitPerSecond = rate;
             o.network.rateBurst = 2.0 * rate;
             return true;
         }},
        {{QStringLiteral("password-iterations"),
          ServerOptions::tr("PBKDF2 iterations for passwords set from now on."),
          ServerOptions::tr("n")},
         QStringLiteral("password_iterations"),
         [](O &o, const QString &v) {
             return toInt(v, 1000, 10000000, &o.network.passwordIterations);
         }},
        {{QStringLiteral("sweep-interval"),
          ServerOptions::tr("Milliseconds between checks for expired holds."),
          ServerOptions::tr("ms")},
         QStringLiteral("sweep_interval_ms"),
         [](O &o, const QString &v) {
             int ms = 0;
             if (!toInt(v, 100, 3600000, &ms))
                 return false;
             o.network.sweepInterval = std::chrono::milliseconds(ms);
             return true;
         }},
        {{QStringLiteral("rating-timeout"),
          ServerOptions::tr(
              "Seconds a citizen has to rate a service on the pad before it is recorded as "
              "not rated (default 120; 10-3600)."),
          ServerOptions::tr("seconds")},
         QStringLiteral("rating_timeout_s"),
         [](O &o, const QString &v) {
             int seconds = 0;
             if (!toInt(v, 10, 3600, &seconds)) {
                 o.invalidReason = ServerOptions::tr("a number of seconds from 10 to 3600");
                 return false;
             }
             o.network.ratingTimeout = std::chrono::seconds(seconds);
             return true;
         }},
        {{QStringLiteral("rating-reasons"),
          ServerOptions::tr(
              "The reasons a citizen picks from for a bad rating, as code=label;code=label "
              "(codes of a-z, 0-9 and _)."),
          ServerOptions::tr("list")},
         QStringLiteral("rating_reasons"),
         [](O &o, const QString &v) {
             QString bad;
             const auto reasons = halldesk::RatingReasons::parse(v, &bad);
             if (!reasons) {
                 o.invalidReason =
                     ServerOptions::tr("each reason is code=label, codes of a-z, 0-9 and _ (at "
                                       "most 32), labels of at most 40 characters, no code "
                                       "twice, 1 to 20 reasons; this one is not: %1")
                         .arg(bad);
                 return false;
             }
             o.network.ratingReasons = *reasons;
             return true;
         }},
        {{QStringLiteral("followup-callback-days"),
          ServerOptions::tr(
              "Working days after a bad rating by which the citizen must be called back "
              "(default 1; 1-30)."),
          ServerOptions::tr("days")},
         QStringLiteral("followup_callback_days"),
         [](O &o, const QString &v) {
             if (!toInt(v, 1, 30, &o.network.followUpCallbackDays)) {
                 o.invalidReason = ServerOptions::tr("a number of working days from 1 to 30");
                 return false;
             }
             return true;
         }},
        {{QStringLiteral("appointment-checkin-early"),
          ServerOptions::tr("Minutes before an appointment's slot from which it may be checked "
                            "in at a kiosk (default 30; 0-240)."),
          ServerOptions::tr("minutes")},
         QStringLiteral("appointment_checkin_early_min"),
         [](O &o, const QString &v) {
             int minutes = 0;
             if (!toInt(v, 0, 240, &minutes)) {
                 o.invalidReason = ServerOptions::tr("a number of minutes from 0 to 240");
                 return false;
             }
             o.network.appointmentCheckInEarly = std::chrono::minutes(minutes);
             return true;
         }},
        ranking(QStringLiteral("ranking-weight-satisfaction"),
                QStringLiteral("ranking_weight_satisfaction"),
                ServerOptions::tr("Weight of the satisfaction rate in the quarterly ranking of "
                                  "windows and staff (default 40; 0-100)."),
                &halldesk::RankingCriteria::satisfactionWeight, 100),
        ranking(QStringLiteral("ranking-weight-served"), QStringLiteral("ranking_weight_served"),
                ServerOptions::tr("Weight of the tickets served in the quarterly ranking "
                                  "(default 30; 0-100)."),
                &halldesk::RankingCriteria::servedWeight, 100),
        ranking(QStringLiteral("ranking-weight-service-time"),
                QStringLiteral("ranking_weight_service_time"),
                ServerOptions::tr("Weight of a short average service time in the quarterly "
                                  "ranking (default 10; 0-100)."),
                &halldesk::RankingCriteria::serviceTimeWeight, 100),
        ranking(QStringLiteral("ranking-weight-attendance"),
                QStringLiteral("ranking_weight_attendance"),
                ServerOptions::tr("Weight of attendance (days signed in of the working days) in "
                                  "the quarterly ranking (default 20; 0-100)."),
                &halldesk::RankingCriteria::attendanceWeight, 100),
        ranking(QStringLiteral("ranking-min-served"), QStringLiteral("ranking_min_served"),
                ServerOptions::tr("Tickets a window or staff member must have served in the "
                                  "quarter to be ranked (default 100; 0-100000)."),
                &halldesk::RankingCriteria::minServed, 100000),
        ranking(QStringLiteral("ranking-min-ratings"), QStringLiteral("ranking_min_ratings"),
                ServerOptions::tr("Ratings a window or staff member must have received in the "
                                  "quarter to be ranked (default 30; 0-100000)."),
                &halldesk::RankingCriteria::minRatings, 100000),
        {{QStringLiteral("followup-rectify-days"),
          ServerOptions::tr(
              "Working days a rectification may take once it has started (default 5; 1-60)."),
          ServerOptions::tr("days")},
         QStringLiteral("followup_rectify_days"),
         [](O &o, const QString &v) {
             if (!toInt(v, 1, 60, &o.network.followUpRectifyDays)) {
                 o.invalidReason = ServerOptions::tr("a number of working days from 1 to 60");
                 return false;
             }
             return true;
         }},
    };
}

} // namespace

QString ServerOptions::defaultDataDirectory()
{
    QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (base.isEmpty())
        base = QDir::homePath() + QStringLiteral("/.local/share");
    return base + QStringLiteral("/halldesk");
}

std::optional<ServerOptions> ServerOptions::parse(const QStringList &arguments, int *exitCode)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("HallDesk hall server: keeps the queues, tickets and windows of the service hall and "
           "serves its terminals over mutually authenticated TLS."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption configOption(QStringLiteral("config"),
                                          tr("Read settings from this INI file."), tr("file"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"), tr("Use the demo hall (10 areas, 271 windows), a demo database "
                                   "and development certificates unless others are given."));
    const QCommandLineOption checkOption(QStringLiteral("check"),
                                         tr("Open and check the database, then exit."));
    const QCommandLineOption passwordOption(
        QStringLiteral("set-password"),
        tr("Set this staff member's password, read from standard input, then exit."),
        tr("staff number"));
    const QCommandLineOption pinOption(
        QStringLiteral("set-staff-pin"),
        tr("Set this staff member's help-desk PIN (4 to 8 digits), read from standard input, "
           "then exit."),
        tr("staff number"));
    const QCommandLineOption cardOption(
        QStringLiteral("set-staff-card"),
        tr("Set this staff member's staff card number (4 to 32 letters or digits), read from "
           "standard input, then exit."),
        tr("staff number"));
    const QCommandLineOption appointmentsOption(
        QStringLiteral("import-appointments"),
        tr("Import appointments from the booking system (CSV: code,queue,date,start,end and "
           "optionally residentId), all or nothing, then exit."),
        tr("file"));
    parser.addOptions({configOption, demoOption, checkOption, passwordOption, pinOption, cardOption,
                       appointmentsOption});
    const QList<Setting> table = settings();
    for (const Setting &setting : table)
        parser.addOption(setting.option);

    auto fail = [exitCode](const QString &message) -> std::optional<ServerOptions> {
        std::fprintf(stderr, "%s\n", qPrintable(message));
        *exitCode = 2;
        return std::nullopt;
    };
    if (!halldesk::CommandLine::parse(parser, arguments, exitCode))
        return std::nullopt;

    ServerOptions options;
    if (parser.isSet(configOption)) {
        const QString path = parser.value(configOption);
        if (!QFileInfo::exists(path))
            return fail(tr("Configuration file not found: %1").arg(path));
        QSettings file(path, QSettings::IniFormat);
        options.demo = file.value(QStringLiteral("demo"), false).toBool();
        for (const Setting &setting : table) {
            // QSettings reads "a.json, b.json" as a list; the setting wants the text.
            const QVariant raw = file.value(setting.key);
            const QString value = raw.typeId() == QMetaType::QStringList
                                      ? raw.toStringList().join(QLatin1Char(','))
                                      : raw.toString();
            if (!value.isEmpty() && !setting.apply(options, value))
                return fail(
                    tr("The setting %1 in %2 is not valid: %3").arg(setting.key, path, value) +
                    explained(options.invalidReason));
        }
    }
    for (const Setting &setting : table) {
        const QString name = setting.option.names().constFirst();
        if (parser.isSet(name) && !setting.apply(options, parser.value(name)))
            return fail(tr("The option --%1 is not valid: %2").arg(name, parser.value(name)) +
                        explained(options.invalidReason));
    }
    if (options.network.ranking.weightSum() == 0)
        return fail(tr("The weights of the quarterly ranking (ranking_weight_*) must not all be "
                       "0."));
    if (parser.isSet(demoOption))
        options.demo = true;
    options.checkOnly = parser.isSet(checkOption);
    options.setPasswordFor = parser.value(passwordOption);
    options.setPinFor = parser.value(pinOption);
    options.setCardFor = parser.value(cardOption);
    options.appointmentsFile = parser.value(appointmentsOption);

    const QString dataDir = defaultDataDirectory();
    if (options.databaseUrl.isEmpty()) {
        options.databaseUrl =
            QStringLiteral("sqlite:") + dataDir +
            (options.demo ? QStringLiteral("/demo-hall.db") : QStringLiteral("/hall.db"));
    }
    if (options.keyFile.isEmpty()) {
        options.keyFile = options.databaseUrl.startsWith(QLatin1String("sqlite:"))
                              ? options.databaseUrl.mid(7) + QStringLiteral(".key")
                              : dataDir + QStringLiteral("/hall.key");
    }
    if (options.network.documentsDirectory.isEmpty()) {
        // Beside an SQLite database, so one backup of its folder holds both; PostgreSQL
        // servers have no such folder of their own.
        options.network.documentsDirectory =
            options.databaseUrl.startsWith(QLatin1String("sqlite:"))
                ? QFileInfo(options.databaseUrl.mid(7)).absolutePath() +
                      QStringLiteral("/documents")
                : dataDir + QStringLiteral("/documents");
    }
    if (options.network.staffPhotosDirectory.isEmpty())
        options.network.staffPhotosDirectory =
            QFileInfo(options.network.documentsDirectory).absolutePath() +
            QStringLiteral("/photos");
    const bool tlsGiven = !options.network.tls.certificateFile.isEmpty();
    if (options.demo && !tlsGiven && options.pkiDirectory.isEmpty())
        options.pkiDirectory = dataDir + QStringLiteral("/demo-pki");
    if (options.demo && !parser.isSet(QStringLiteral("listen")))
        options.network.listenAddress = QHostAddress::LocalHost;
    if (!tlsGiven && options.pkiDirectory.isEmpty() && !options.checkOnly && !options.isOneShot())
        return fail(tr("No TLS certificate: give --tls-ca, --tls-cert and --tls-key (see "
                       "halldesk-pki.sh), or --demo."));
    return options;
}
