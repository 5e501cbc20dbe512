#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <optional>

class QCommandLineParser;

namespace halldesk {

// What every HallDesk program does with its command line before reading its own options.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    // Parses `arguments` with `parser`, which must have the help and version options. Answers
    // --help and --version on stdout (exit code 0) and a bad command line on stderr (exit code
    // 2); true when the program goes on to read its options.
    static bool parse(QCommandLineParser &parser, const QStringList &arguments, int *exitCode);
    // The --window of a counter or pad, 1..`maxWindow`; nullopt after saying why on stderr
    // (exit code 2).
    static std::optional<int> windowNumber(const QString &value, int maxWindow, int *exitCode);
};

} // namespace halldesk
