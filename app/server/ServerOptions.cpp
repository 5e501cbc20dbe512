#include "ServerOptions.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <cstdio>

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
        tr("HallDesk hall server: keeps the queues, tickets and windows of the service hall."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption configOption(QStringLiteral("config"),
                                          tr("Read settings from this INI file."), tr("file"));
    const QCommandLineOption databaseOption(
        QStringLiteral("database"),
        tr("Database: sqlite:PATH (default) or postgresql://user:password@host:port/name."),
        tr("url"));
    const QCommandLineOption keyOption(QStringLiteral("key-file"),
                                       tr("Key that encrypts personal data (created if missing)."),
                                       tr("file"));
    const QCommandLineOption hallOption(QStringLiteral("hall"),
                                        tr("Install this hall definition (JSON) into an empty "
                                           "database."),
                                        tr("file"));
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        tr("Use the demo hall (10 areas, 271 windows) and a demo "
                                           "database unless one is given."));
    const QCommandLineOption sweepOption(QStringLiteral("sweep-interval"),
                                         tr("Milliseconds between checks for expired holds."),
                                         tr("ms"), QStringLiteral("5000"));
    const QCommandLineOption checkOption(QStringLiteral("check"),
                                         tr("Open and check the database, then exit."));
    parser.addOptions({configOption, databaseOption, keyOption, hallOption, demoOption, sweepOption,
                       checkOption});

    if (!parser.parse(arguments)) {
        std::fprintf(stderr, "%s\n", qPrintable(parser.errorText()));
        *exitCode = 2;
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::printf("%s", qPrintable(parser.helpText()));
        *exitCode = 0;
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        std::printf("%s %s\n", qPrintable(QCoreApplication::applicationName()),
                    qPrintable(QCoreApplication::applicationVersion()));
        *exitCode = 0;
        return std::nullopt;
    }

    ServerOptions options;
    if (parser.isSet(configOption)) {
        const QString path = parser.value(configOption);
        if (!QFileInfo::exists(path)) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(tr("Configuration file not found: %1").arg(path)));
            *exitCode = 2;
            return std::nullopt;
        }
        QSettings settings(path, QSettings::IniFormat);
        options.databaseUrl = settings.value(QStringLiteral("database")).toString();
        options.keyFile = settings.value(QStringLiteral("key_file")).toString();
        options.hallFile = settings.value(QStringLiteral("hall")).toString();
        options.demo = settings.value(QStringLiteral("demo"), false).toBool();
        options.sweepIntervalMs = settings.value(QStringLiteral("sweep_interval_ms"), 5000).toInt();
    }
    if (parser.isSet(databaseOption))
        options.databaseUrl = parser.value(databaseOption);
    if (parser.isSet(keyOption))
        options.keyFile = parser.value(keyOption);
    if (parser.isSet(hallOption))
        options.hallFile = parser.value(hallOption);
    if (parser.isSet(demoOption))
        options.demo = true;
    if (parser.isSet(sweepOption))
        options.sweepIntervalMs = parser.value(sweepOption).toInt();
    options.checkOnly = parser.isSet(checkOption);

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
    if (options.sweepIntervalMs < 100) {
        std::fprintf(stderr, "%s\n", qPrintable(tr("The sweep interval must be at least 100 ms.")));
        *exitCode = 2;
        return std::nullopt;
    }
    return options;
}
