#include "HallServerRuntime.h"
#include "ServerOptions.h"
#include "i18n/TranslationInstaller.h"
#include "logging/HallDeskLogging.h"
#include "platform/UnixSignalWatcher.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("halldesk-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HALLDESK_VERSION));
    qSetMessagePattern(
        QStringLiteral("%{time yyyy-MM-dd HH:mm:ss.zzz} %{type} %{category}: %{message}"));

    halldesk::TranslationInstaller translations;
    translations.install({QStringLiteral("halldesk_core"), QStringLiteral("halldesk_server")});

    int exitCode = 0;
    const auto options = ServerOptions::parse(QCoreApplication::arguments(), &exitCode);
    if (!options)
        return exitCode;

    // Watch for SIGINT/SIGTERM before anything starts: a signal during start-up then waits in
    // the watcher and stops the server cleanly once the event loop runs.
    halldesk::UnixSignalWatcher signalWatcher({SIGINT, SIGTERM});
    QObject::connect(&signalWatcher, &halldesk::UnixSignalWatcher::received, &app, [](int signal) {
        qCInfo(lcServer) << "signal" << signal << "received, shutting down";
        QCoreApplication::quit();
    });

    HallServerRuntime runtime(*options);
    if (!runtime.start())
        return 1;
    if (options->checkOnly || options->isOneShot())
        return 0;
    return QCoreApplication::exec();
}
