#include "LoadGenerator.h"
#include "LoadOptions.h"
#include "SpawnedServer.h"
#include "i18n/TranslationInstaller.h"
#include "pki/DevelopmentPki.h"

#include <QCoreApplication>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("halldesk-loadgen"));
    halldesk::TranslationInstaller translations;
    translations.install({QStringLiteral("halldesk_core"), QStringLiteral("halldesk_loadgen")});

    int exitCode = 0;
    const auto options = LoadOptions::parse(QCoreApplication::arguments(), &exitCode);
    if (!options)
        return exitCode;

    QString error;
    SpawnedServer spawned;
    QUrl server = options->server;
    QString pkiDirectory = options->pkiDirectory;
    if (options->spawnServer) {
        if (!spawned.start(options->serverBinary, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        server = spawned.url();
        pkiDirectory = spawned.pkiDirectory();
    }
    const auto pki = halldesk::DevelopmentPki::ensure(pkiDirectory, &error);
    if (!pki) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    LoadGenerator generator(*options, server, *pki);
    QString summary;
    bool ok = false;
    QObject::connect(&generator, &LoadGenerator::finished, &app,
                     [&](const QString &line, bool success) {
                         summary = line;
                         ok = success;
                         QCoreApplication::quit();
                     });
    if (!generator.start(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QCoreApplication::exec();
    std::printf("%s status=%s\n", qPrintable(summary), ok ? "ok" : "failed");
    return ok ? 0 : 1;
}
