// halldesk-pad: the evaluator pad (评价器) facing the citizen at one service window.

#include "PadOptions.h"
#include "citizen/TerminalProgram.h"
#include "clock/SystemClock.h"
#include "demo/DemoServerLauncher.h"
#include "i18n/TranslationInstaller.h"
#include "pad/PadLook.h"
#include "pad/PadScreen.h"
#include "pad/PadStation.h"
#include "platform/UnixSignalWatcher.h"
#include "speech/QtSpeechEngine.h"

#include <QApplication>

using namespace halldesk;

namespace {

int fail(const QString &message)
{
    return TerminalProgram::failAtStart(PadOptions::tr("HallDesk evaluator pad"), message);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("halldesk-pad"));
    QCoreApplication::setOrganizationName(QStringLiteral("halldesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HALLDESK_VERSION));

    TranslationInstaller translations;
    translations.install({QStringLiteral("halldesk_core"), QStringLiteral("halldesk_pad")});
    translations.installQt();
    PadLook::apply(app);

    int exitCode = 0;
    const auto options = PadOptions::parse(app.arguments(), &exitCode);
    if (!options)
        return exitCode;

    UnixSignalWatcher stopSignals({SIGTERM, SIGINT});
    QObject::connect(&stopSignals, &UnixSignalWatcher::received, &app, &QApplication::quit);

    DemoServerLauncher demo;
    PadSettings settings;
    if (options->demo) {
        QString error;
        const auto hall = demo.ensure(TerminalRole::Pad, options->demoWindow, &error);
        if (!hall)
            return fail(error);
        settings.serverUrl = hall->url;
        settings.tls = hall->tls;
        settings.window = options->demoWindow;
    } else {
        settings = PadSettings::load(options->configPath);
        if (const QString problem = settings.problem(); !problem.isEmpty())
            return fail(problem);
    }

    SystemClock clock;
    PadStation station(
        settings, options->storePath, clock,
        settings.voiceEnabled ? std::make_unique<QtSpeechEngine>(settings.speechEngine) : nullptr);
    QString error;
    if (!station.start(&error))
        return fail(error);
    TerminalProgram::showScreen(station.screen(), options->windowed, QSize(1280, 800));
    return app.exec();
}
