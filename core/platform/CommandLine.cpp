#include "platform/CommandLine.h"

#include <QCommandLineParser>
#include <cstdio>

namespace halldesk {

bool CommandLine::parse(QCommandLineParser &parser, const QStringList &arguments, int *exitCode)
{
    if (!parser.parse(arguments)) {
        std::fprintf(stderr, "%s\n", qPrintable(parser.errorText()));
        *exitCode = 2;
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::printf("%s", qPrintable(parser.helpText()));
        *exitCode = 0;
        return false;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        std::printf("%s %s\n", qPrintable(QCoreApplication::applicationName()),
                    qPrintable(QCoreApplication::applicationVersion()));
        *exitCode = 0;
        return false;
    }
    return true;
}

std::optional<int> CommandLine::windowNumber(const QString &value, int maxWindow, int *exitCode)
{
    bool ok = false;
    const int window = value.toInt(&ok);
    if (ok && window >= 1 && window <= maxWindow)
        return window;
    std::fprintf(
        stderr, "%s\n",
        qPrintable(tr("--window must be a window number between 1 and %1.").arg(maxWindow)));
    *exitCode = 2;
    return std::nullopt;
}

} // namespace halldesk
