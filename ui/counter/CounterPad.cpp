#include "counter/CounterPad.h"

#include "counter/CounterSettings.h"
#include "logging/HallDeskLogging.h"
#include "pad/PadScreen.h"
#include "pad/PadSettings.h"
#include "pad/PadStation.h"
#include "speech/QtSpeechEngine.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QGuiApplication>
#include <QScreen>
#include <QWindow>

namespace halldesk {

QScreen *CounterPad::citizenScreen()
{
    const QScreen *counter = QGuiApplication::primaryScreen();
    for (QScreen *screen : QGuiApplication::screens()) {
        if (screen != counter)
            return screen;
    }
    return nullptr;
}

QString CounterPad::storePath(const QString &counterStorePath)
{
    return QFileInfo(counterStorePath).absolutePath() + QStringLiteral("/pad.db");
}

std::unique_ptr<PadStation> CounterPad::start(const CounterSettings &settings,
                                              const QString &counterStorePath, const Clock &clock,
                                              QString *warning)
{
    QScreen *facing = citizenScreen();
    if (!settings.padScreen || !settings.hasPad() || !facing) {
        qCInfo(lcCounter) << "no pad on a second monitor:"
                          << (!settings.padScreen  ? "switched off"
                              : !settings.hasPad() ? "no pad certificate"
                                                   : "one monitor");
        return nullptr;
    }
    PadSettings pad;
    pad.serverUrl = settings.serverUrl;
    pad.tls = settings.padTls;
    pad.tls.caFile = settings.tls.caFile;
    pad.window = settings.window;
    pad.voiceEnabled = settings.voiceEnabled;
    pad.voiceRate = qMin(settings.voiceRate, 0.0);
    pad.voiceVolume = settings.voiceVolume;
    pad.speechEngine = settings.speechEngine;
    auto station = std::make_unique<PadStation>(
        pad, storePath(counterStorePath), clock,
        pad.voiceEnabled ? std::make_unique<QtSpeechEngine>(pad.speechEngine) : nullptr);
    QString error;
    if (!station->start(&error)) {
        if (warning)
            *warning = QCoreApplication::translate(
                           "CounterPad", "The evaluator pad on the second monitor cannot start: %1")
                           .arg(error);
        return nullptr;
    }
    // The native window is made first, so that it is placed on the citizen's monitor before it
    // is shown: full screen on the clerk's monitor would hide the counter.
    PadScreen *screen = station->screen();
    screen->winId();
    screen->windowHandle()->setScreen(facing);
    screen->setGeometry(facing->geometry());
    screen->showFullScreen();
    qCInfo(lcCounter).noquote() << "pad of window" << settings.window << "shown on"
                                << facing->name();
    return station;
}

} // namespace halldesk
