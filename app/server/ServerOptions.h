#pragma once

#include "server/ServerSettings.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
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
    QString catalogueFile;        // a service catalogue to install when its version is newer
    QStringList holidayYearFiles; // holiday notices (one year each) to add or replace
    bool demo = false;
    bool checkOnly = false;
    // Development certificates (made when missing) instead of tls_* files: the demo's way.
    QString pkiDirectory;
    QHostAddress metricsAddress = QHostAddress::LocalHost;
    int metricsPort = 9464;   // 0: any free port; -1: no metrics endpoint
    QString setPasswordFor;   // staff number whose password is read from standard input
    QString setPinFor;        // staff number whose help-desk PIN is read from standard input
    QString setCardFor;       // staff number whose staff card number is read from standard input
    QString appointmentsFile; // appointments (CSV) to import
    // Something to do once and exit (set a password, PIN or card, import appointments).
    bool isOneShot() const
    {
        return !setPasswordFor.isEmpty() || !setPinFor.isEmpty() || !setCardFor.isEmpty() ||
               !appointmentsFile.isEmpty();
    }
    halldesk::ServerSettings network;
    // Why the last option that was refused is not valid, for the message ("" if no more to say).
    QString invalidReason;

    // Returns nullopt after printing help/version or an error to the terminal.
    static std::optional<ServerOptions> parse(const QStringList &arguments, int *exitCode);
    static QString defaultDataDirectory();
};
