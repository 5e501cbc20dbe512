#include "SupervisorOptions.h"

#include "platform/CommandLine.h"
#include "supervisor/SupervisorSettings.h"

#include <QCommandLineParser>

namespace halldesk {

std::optional<SupervisorOptions> SupervisorOptions::parse(const QStringList &arguments,
                                                          int *exitCode)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("HallDesk supervisor console: every window of the hall live, the queues, and the "
           "alerts that need a supervisor."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  tr("Start (or join) the local demo hall server and sign in as "
                                     "its supervisor."));
    const QCommandLineOption config(
        QStringLiteral("config"),
        tr("Settings file (default %1).").arg(SupervisorSettings::defaultPath()), tr("file"));
    const QCommandLineOption windowed(QStringLiteral("windowed"),
                                      tr("Show the console in a window instead of full screen."));
    parser.addOptions({demo, config, windowed});

    if (!CommandLine::parse(parser, arguments, exitCode))
        return std::nullopt;
    SupervisorOptions options;
    options.demo = parser.isSet(demo);
    options.configPath =
        parser.isSet(config) ? parser.value(config) : SupervisorSettings::defaultPath();
    options.windowed = parser.isSet(windowed);
    return options;
}

} // namespace halldesk
