#include "HallServerRuntime.h"
#include "ServerOptions.h"

#include "logging/HallDeskLogging.h"
#include "platform/UnixSignalWatcher.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("halldesk-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HALLDESK_VERSION));
    qSetMessagePattern(QStringLiteral("%{time yyyy-MM-dd HH:mm:ss.zzz} %{type} %{category}: %{message}"));

    // Chinese is the hall's language; English stays available through LANG.
    QTranslator coreTranslator;
    QTranslator serverTranslator;
    if (coreTranslator.load(QLocale(), QStringLiteral("halldesk_core"), QStringLiteral("_"),
                            QStringLiteral(":/halldesk/i18n")))
        QCoreApplication::installTranslator(&coreTranslator);
    if (serverTranslator.load(QLocale(), QStringLiteral("halldesk_server"), QStringLiteral("_"),
                              QStringLiteral(":/halldesk/i18n")))
        QCoreApplication::installTranslator(&serverTranslator);

    int exitCode = 0;
    const auto options = ServerOptions::parse(QCoreApplication::arguments(), &exitCode);
    if (!options)
        return exitCode;

    HallServerRuntime runtime(*options);
    if (!runtime.start())
        return 1;
    if (options->checkOnly)
        return 0;

    halldesk::UnixSignalWatcher signalWatcher({SIGINT, SIGTERM});
    QObject::connect(&signalWatcher, &halldesk::UnixSignalWatcher::received, &app, [](int signal) {
        qCInfo(lcServer) << "signal" << signal << "received, shutting down";
        QCoreApplication::quit();
    });
    return QCoreApplication::exec();
}
