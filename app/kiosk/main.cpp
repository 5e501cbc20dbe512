// halldesk-kiosk: the ticket kiosk (取号机) at the hall's entrance.

#include "KioskOptions.h"
#include "citizen/TerminalProgram.h"
#include "clock/SystemClock.h"
#include "demo/DemoServerLauncher.h"
#include "i18n/TranslationInstaller.h"
#include "kiosk/KioskLook.h"
#include "kiosk/KioskScreen.h"
#include "kiosk/KioskStation.h"
#include "platform/UnixSignalWatcher.h"
#include "speech/QtSpeechEngine.h"

#include <QApplication>
#include <QDir>
#include <cstdio>

using namespace halldesk;

namespace {

int fail(const QString &message)
{
    return TerminalProgram::failAtStart(KioskOptions::tr("HallDesk ticket kiosk"), message);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("halldesk-kiosk"));
    QCoreApplication::setOrganizationName(QStringLiteral("halldesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HALLDESK_VERSION));

    TranslationInstaller translations;
    translations.install({QStringLiteral("halldesk_core"), QStringLiteral("halldesk_kiosk")});
    translations.installQt();
    app.setFont(KioskLook::font(KioskLook::BodyPx));

    int exitCode = 0;
    const auto options = KioskOptions::parse(app.arguments(), &exitCode);
    if (!options)
        return exitCode;

    UnixSignalWatcher stopSignals({SIGTERM, SIGINT});
    QObject::connect(&stopSignals, &UnixSignalWatcher::received, &app, &QApplication::quit);

    DemoServerLauncher demo;
    KioskSettings settings;
    QString storePath = options->storePath;
    if (options->demo) {
        QString error;
        const auto hall = demo.ensure(TerminalRole::Kiosk, 0, &error);
        if (!hall)
            return fail(error);
        settings.serverUrl = hall->url;
        settings.tls = hall->tls;
        settings.hallName = KioskSettings::defaultHallName();
        // The demo has no printer: its slips are PDF files to open and look at.
        settings.pdfDirectory =
            DemoServerLauncher::dataDirectory() + QStringLiteral("/kiosk-slips");
        storePath = DemoServerLauncher::dataDirectory() + QStringLiteral("/kiosk.db");
        std::fprintf(stderr, "%s\n",
                     qPrintable(KioskOptions::tr("Slips are written to %1")
                                    .arg(QDir::toNativeSeparators(settings.pdfDirectory))));
    } else {
        settings = KioskSettings::load(options->configPath);
        if (const QString problem = settings.problem(); !problem.isEmpty())
            return fail(problem);
    }
    if (options->silent)
        settings.voiceEnabled = false;

    SystemClock clock;
    KioskStation station(
        settings, storePath, clock,
        settings.voiceEnabled ? std::make_unique<QtSpeechEngine>(settings.speechEngine) : nullptr);
    QString error;
    if (!station.start(&error))
        return fail(error);
    TerminalProgram::showScreen(station.screen(), options->windowed, QSize(1080, 1920));
    return app.exec();
}
