#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>
#include <optional>

// What halldesk-loadgen was asked to do.
struct LoadOptions
{
    Q_DECLARE_TR_FUNCTIONS(LoadOptions)

public:
    QUrl server;          // wss://host:port; empty with spawnServer
    QString pkiDirectory; // development certificates of that server
    bool spawnServer = false;
    QString serverBinary;
    int windows = 271;
    int kiosks = 10;
    int calls = 20000;
    double rate = 500;
    bool closedLoop = false;
    QString password = QStringLiteral("halldesk");
    quint32 seed = 20261128;

    static std::optional<LoadOptions> parse(const QStringList &arguments, int *exitCode);
};
