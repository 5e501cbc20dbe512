// halldesk-counter: the workstation at one service window.

#include "CounterOptions.h"
#include "ProcessUptime.h"
#include "clock/SystemClock.h"
#include "counter/CounterLook.h"
#include "counter/CounterMainWindow.h"
#include "counter/CounterSettings.h"
#include "counter/CounterWorkstation.h"
#include "counter/TerminalSetupDialog.h"
#include "demo/DemoServerLauncher.h"
#include "i18n/TranslationInstaller.h"
#include "pki/DevelopmentPki.h"
#include "platform/UnixSignalWatcher.h"

#include <QApplication>
#include <QMessageBox>
#include <QScreen>
#include <cstdio>

using namespace halldesk;

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    QMessageBox::critical(nullptr, QCoreApplication::translate("main", "HallDesk counter"),
                          message);
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("halldesk-counter"));
    QCoreApplication::setOrganizationName(QStringLiteral("halldesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HALLDESK_VERSION));

    TranslationInstaller translations;
    // The pad's words too: a second monitor shows the evaluator pad (CounterPad).
    translations.install({QStringLiteral("halldesk_core"), QStringLiteral("halldesk_counter"),
                          QStringLiteral("halldesk_pad")});
    translations.installQt();
    applyCounterLook(app);

    int exitCode = 0;
    const auto options = CounterOptions::parse(app.arguments(), &exitCode);
    if (!options)
        return exitCode;

    // SIGTERM (a shutdown) ends the program through the event loop, so the store is closed
    // cleanly and a demo server started here is stopped.
    UnixSignalWatcher stopSignals({SIGTERM, SIGINT});
    QObject::connect(&stopSignals, &UnixSignalWatcher::received, &app, &QApplication::quit);

    DemoServerLauncher demo;
    CounterSettings settings = CounterSettings::load(options->configPath);
    if (options->demo) {
        QString error;
        const auto hall = demo.ensure(TerminalRole::Counter, options->demoWindow, &error);
        if (!hall)
            return fail(error);
        settings.serverUrl = hall->url;
        settings.tls = hall->tls;
        settings.window = options->demoWindow;
        // The pad of this window, for a second monitor: its own certificate in the demo PKI.
        if (const auto pki = DevelopmentPki::ensure(DemoServerLauncher::pkiDirectory(), &error))
            if (const auto pad = pki->terminalFiles(TerminalRole::Pad, options->demoWindow, &error))
                settings.padTls = *pad;
    } else if (!settings.isComplete() || !settings.problem().isEmpty()) {
        TerminalSetupDialog setup(settings);
        if (setup.exec() != QDialog::Accepted)
            return 1;
        settings = setup.settings();
        settings.path = options->configPath;
        QString error;
        if (!settings.save(&error))
            return fail(error);
    }

    SystemClock clock;
    CounterWorkstation workstation(settings, options->storePath, clock);
    QString error;
    if (!workstation.start(&error))
        return fail(error);
    if (options->printReady)
        QObject::connect(&workstation, &CounterWorkstation::usable, &app, [] {
            std::printf("READY counter_ms=%lld\n", static_cast<long long>(processUptimeMs()));
            std::fflush(stdout);
        });
    if (options->demo)
        workstation.signInAutomatically(DemoServerLauncher::demoStaffNo(options->demoWindow),
                                        DemoServerLauncher::demoPassword());
    // The counter fills its screen. Without a window manager (a kiosk session) maximising
    // does nothing, so the window takes the screen's size itself.
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        workstation.window()->setGeometry(screen->availableGeometry());
    workstation.window()->showMaximized();
    return app.exec();
}
