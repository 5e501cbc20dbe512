// halldesk-supervisor: the supervisor console (值班长, 大厅监控) on the supervisor's desk.

#include "SupervisorOptions.h"
#include "citizen/TerminalProgram.h"
#include "clock/SystemClock.h"
#include "demo/DemoServerLauncher.h"
#include "i18n/TranslationInstaller.h"
#include "platform/UnixSignalWatcher.h"
#include "supervisor/EffectAlertSound.h"
#include "supervisor/SupervisorLoginDialog.h"
#include "supervisor/SupervisorLook.h"
#include "supervisor/SupervisorStation.h"
#include "supervisor/SupervisorWindow.h"

#include <QApplication>
#include <cstdio>

using namespace halldesk;

namespace {

int fail(const QString &message)
{
    return TerminalProgram::failAtStart(SupervisorOptions::tr("HallDesk supervisor console"),
                                        message);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("halldesk-supervisor"));
    QCoreApplication::setOrganizationName(QStringLiteral("halldesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HALLDESK_VERSION));

    TranslationInstaller translations;
    translations.install({QStringLiteral("halldesk_core"), QStringLiteral("halldesk_supervisor")});
    translations.installQt();
    app.setFont(SupervisorLook::font(SupervisorLook::TextPx));

    int exitCode = 0;
    const auto options = SupervisorOptions::parse(app.arguments(), &exitCode);
    if (!options)
        return exitCode;

    UnixSignalWatcher stopSignals({SIGTERM, SIGINT});
    QObject::connect(&stopSignals, &UnixSignalWatcher::received, &app, &QApplication::quit);

    DemoServerLauncher demo;
    SupervisorSettings settings;
    if (options->demo) {
        QString error;
        const auto hall = demo.ensure(TerminalRole::Supervisor, 0, &error);
        if (!hall)
            return fail(error);
        settings.serverUrl = hall->url;
        settings.tls = hall->tls;
    } else {
        settings = SupervisorSettings::load(options->configPath);
        if (const QString problem = settings.problem(); !problem.isEmpty())
            return fail(problem);
    }

    SystemClock clock;
    SupervisorStation station(settings, clock,
                              settings.alertSound ? std::make_unique<EffectAlertSound>() : nullptr);
    QString error;
    if (!station.start(&error))
        return fail(error);

    if (options->demo) {
        // The demo's supervisor: the console opens signed in, ready to watch.
        station.login(QStringLiteral("HD0002"), DemoServerLauncher::demoPassword(),
                      [](const QString &problem) {
                          if (!problem.isEmpty())
                              std::fprintf(stderr, "%s\n", qPrintable(problem));
                      });
    } else {
        SupervisorLoginDialog login(station);
        if (login.exec() != QDialog::Accepted)
            return 0;
    }
    TerminalProgram::showScreen(station.window(), options->windowed, QSize(1920, 1080));
    return app.exec();
}
