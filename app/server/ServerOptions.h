#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

// What halldesk-server was asked to do, from its configuration file and command line (the
// command line wins).
struct ServerOptions
{
    Q_DECLARE_TR_FUNCTIONS(ServerOptions)

public:
    QString databaseUrl;
    QString keyFile;
    QString hallFile;
    bool demo = false;
    int sweepIntervalMs = 5000;
    bool checkOnly = false;

    // Returns nullopt after printing help/version or an error to the terminal.
    static std::optional<ServerOptions> parse(const QStringList &arguments, int *exitCode);
    static QString defaultDataDirectory();
};
