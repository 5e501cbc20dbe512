// halldesk-board: the hall board (综合屏), the large screen with the latest calls.

#include "BoardOptions.h"
#include "board/BoardLook.h"
#include "board/BoardScreen.h"
#include "board/BoardStation.h"
#include "citizen/TerminalProgram.h"
#include "clock/SystemClock.h"
#include "demo/DemoServerLauncher.h"
#include "i18n/TranslationInstaller.h"
#include "platform/UnixSignalWatcher.h"
#include "speech/QtSpeechEngine.h"

#include <QApplication>

using namespace halldesk;

namespace {

int fail(const QString &message)
{
    return TerminalProgram::failAtStart(BoardOptions::tr("HallDesk hall board"), message);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("halldesk-board"));
    QCoreApplication::setOrganizationName(QStringLiteral("halldesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HALLDESK_VERSION));

    TranslationInstaller translations;
    translations.install({QStringLiteral("halldesk_core"), QStringLiteral("halldesk_board")});
    translations.installQt();
    app.setFont(BoardLook::font(BoardLook::LabelPx));

    int exitCode = 0;
    const auto options = BoardOptions::parse(app.arguments(), &exitCode);
    if (!options)
        return exitCode;

    UnixSignalWatcher stopSignals({SIGTERM, SIGINT});
    QObject::connect(&stopSignals, &UnixSignalWatcher::received, &app, &QApplication::quit);

    DemoServerLauncher demo;
    BoardSettings settings;
    if (options->demo) {
        QString error;
        const auto hall = demo.ensure(TerminalRole::Board, 0, &error);
        if (!hall)
            return fail(error);
        settings.serverUrl = hall->url;
        settings.tls = hall->tls;
    } else {
        settings = BoardSettings::load(options->configPath);
        if (const QString problem = settings.problem(); !problem.isEmpty())
            return fail(problem);
    }
    if (options->silent)
        settings.voiceEnabled = false;

    SystemClock clock;
    BoardStation station(
        settings, clock,
        settings.voiceEnabled ? std::make_unique<QtSpeechEngine>(settings.speechEngine) : nullptr);
    QString error;
    if (!station.start(&error))
        return fail(error);
    TerminalProgram::showScreen(station.screen(), options->windowed, QSize(1920, 1080));
    return app.exec();
}
