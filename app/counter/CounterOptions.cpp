#include "CounterOptions.h"

#include "counter/CounterSettings.h"
#include "demo/DemoServerLauncher.h"
#include "platform/CommandLine.h"

#include <QCommandLineParser>

namespace halldesk {

std::optional<CounterOptions> CounterOptions::parse(const QStringList &arguments, int *exitCode)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("HallDesk counter: the workstation of a service window. Calls the queue, serves and "
           "transfers citizens, and keeps working when the hall server is out of reach."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        tr("Start (or join) the local demo hall server and open window 1 signed in."));
    const QCommandLineOption window(QStringLiteral("window"),
                                    tr("With --demo: the window to open (default 1)."),
                                    tr("number"), QStringLiteral("1"));
    const QCommandLineOption config(
        QStringLiteral("config"),
        tr("Settings file (default %1).").arg(CounterSettings::defaultPath()), tr("file"));
    const QCommandLineOption store(QStringLiteral("store"),
                                   tr("Terminal store: the local database of unsent changes "
                                      "and the window's state."),
                                   tr("file"));
    const QCommandLineOption ready(QStringLiteral("print-ready"),
                                   tr("Print a READY line with the start-up time once the "
                                      "window is signed in and up to date (for scripts)."));
    parser.addOptions({demo, window, config, store, ready});

    if (!CommandLine::parse(parser, arguments, exitCode))
        return std::nullopt;
    CounterOptions options;
    options.demo = parser.isSet(demo);
    const auto demoWindow =
        CommandLine::windowNumber(parser.value(window), CounterSettings::MaxWindow, exitCode);
    if (!demoWindow)
        return std::nullopt;
    options.demoWindow = *demoWindow;
    options.configPath =
        parser.isSet(config) ? parser.value(config)
        : options.demo ? DemoServerLauncher::dataDirectory() + QStringLiteral("/demo-counter.conf")
                       : CounterSettings::defaultPath();
    options.storePath = parser.value(store);
    if (options.storePath.isEmpty())
        options.storePath =
            options.demo ? DemoServerLauncher::dataDirectory() +
                               QStringLiteral("/demo-counter-%1.db").arg(options.demoWindow)
                         : DemoServerLauncher::dataDirectory() + QStringLiteral("/counter.db");
    options.printReady = parser.isSet(ready);
    return options;
}

} // namespace halldesk
