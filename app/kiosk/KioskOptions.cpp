#include "KioskOptions.h"

#include "kiosk/KioskSettings.h"
#include "kiosk/KioskStation.h"
#include "platform/CommandLine.h"

#include <QCommandLineParser>

namespace halldesk {

std::optional<KioskOptions> KioskOptions::parse(const QStringList &arguments, int *exitCode)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("HallDesk ticket kiosk: citizens take a queue ticket by touch, check in for an "
           "appointment, and get a printed slip."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  tr("Start (or join) the local demo hall server; slips are "
                                     "written as PDF files."));
    const QCommandLineOption config(
        QStringLiteral("config"),
        tr("Settings file (default %1).").arg(KioskSettings::defaultPath()), tr("file"));
    const QCommandLineOption store(
        QStringLiteral("store"),
        tr("The kiosk's own data file (default %1).").arg(KioskStation::defaultStorePath()),
        tr("file"));
    const QCommandLineOption windowed(QStringLiteral("windowed"),
                                      tr("Show the kiosk in a window instead of full screen (for "
                                         "development)."));
    const QCommandLineOption silent(QStringLiteral("silent"), tr("Do not speak."));
    parser.addOptions({demo, config, store, windowed, silent});

    if (!CommandLine::parse(parser, arguments, exitCode))
        return std::nullopt;
    KioskOptions options;
    options.demo = parser.isSet(demo);
    options.configPath = parser.isSet(config) ? parser.value(config) : KioskSettings::defaultPath();
    options.storePath =
        parser.isSet(store) ? parser.value(store) : KioskStation::defaultStorePath();
    options.windowed = parser.isSet(windowed);
    options.silent = parser.isSet(silent);
    return options;
}

} // namespace halldesk
