#include "BoardOptions.h"

#include "board/BoardSettings.h"
#include "platform/CommandLine.h"

#include <QCommandLineParser>

namespace halldesk {

std::optional<BoardOptions> BoardOptions::parse(const QStringList &arguments, int *exitCode)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("HallDesk hall board: the large screen of the hall with the latest calls, spoken "
           "aloud, and the citizens waiting in each area."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  tr("Start (or join) the local demo hall server."));
    const QCommandLineOption config(
        QStringLiteral("config"),
        tr("Settings file (default %1).").arg(BoardSettings::defaultPath()), tr("file"));
    const QCommandLineOption windowed(QStringLiteral("windowed"),
                                      tr("Show the board in a window instead of full screen (for "
                                         "development)."));
    const QCommandLineOption silent(QStringLiteral("silent"), tr("Do not speak the calls."));
    parser.addOptions({demo, config, windowed, silent});

    if (!CommandLine::parse(parser, arguments, exitCode))
        return std::nullopt;
    BoardOptions options;
    options.demo = parser.isSet(demo);
    options.configPath = parser.isSet(config) ? parser.value(config) : BoardSettings::defaultPath();
    options.windowed = parser.isSet(windowed);
    options.silent = parser.isSet(silent);
    return options;
}

} // namespace halldesk
