#include "PadOptions.h"

#include "counter/CounterSettings.h"
#include "demo/DemoServerLauncher.h"
#include "pad/PadSettings.h"

#include <QCommandLineParser>
#include <cstdio>

namespace halldesk {

std::optional<PadOptions> PadOptions::parse(const QStringList &arguments, int *exitCode)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("HallDesk evaluator pad: the screen facing the citizen at a service window, where "
           "each service is rated. Ratings given while the hall server is out of reach are "
           "kept and delivered later, once."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        tr("Start (or join) the local demo hall server and show the pad of window 1."));
    const QCommandLineOption window(QStringLiteral("window"),
                                    tr("With --demo: the window of the pad (default 1)."),
                                    tr("number"), QStringLiteral("1"));
    const QCommandLineOption config(
        QStringLiteral("config"), tr("Settings file (default %1).").arg(PadSettings::defaultPath()),
        tr("file"));
    const QCommandLineOption store(QStringLiteral("store"),
                                   tr("The pad's terminal store: ratings not yet delivered."),
                                   tr("file"));
    const QCommandLineOption windowed(QStringLiteral("windowed"),
                                      tr("Show the pad in a window instead of full screen (for "
                                         "development)."));
    parser.addOptions({demo, window, config, store, windowed});

    if (!parser.parse(arguments)) {
        std::fprintf(stderr, "%s\n", qPrintable(parser.errorText()));
        *exitCode = 2;
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::printf("%s", qPrintable(parser.helpText()));
        *exitCode = 0;
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        std::printf("%s %s\n", qPrintable(QCoreApplication::applicationName()),
                    qPrintable(QCoreApplication::applicationVersion()));
        *exitCode = 0;
        return std::nullopt;
    }
    PadOptions options;
    options.demo = parser.isSet(demo);
    bool ok = false;
    options.demoWindow = parser.value(window).toInt(&ok);
    if (!ok || options.demoWindow < 1 || options.demoWindow > CounterSettings::MaxWindow) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(tr("--window must be a window number between 1 and %1.")
                                    .arg(CounterSettings::MaxWindow)));
        *exitCode = 2;
        return std::nullopt;
    }
    options.configPath = parser.isSet(config) ? parser.value(config) : PadSettings::defaultPath();
    options.storePath = parser.value(store);
    if (options.storePath.isEmpty())
        options.storePath =
            DemoServerLauncher::dataDirectory() +
            (options.demo ? QStringLiteral("/demo-pad-%1.db").arg(options.demoWindow)
                          : QStringLiteral("/pad.db"));
    options.windowed = parser.isSet(windowed);
    return options;
}

} // namespace halldesk
