#include "LoadOptions.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <cstdio>

std::optional<LoadOptions> LoadOptions::parse(const QStringList &arguments, int *exitCode)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("HallDesk load generator: connects counter windows and ticket kiosks to a hall server "
           "with real certificates and drives a realistic mix of queue operations. The last "
           "line of its output is one line of key=value figures."));
    parser.addHelpOption();
    const QCommandLineOption server(QStringLiteral("server"),
                                    tr("Hall server address (wss://host:port)."), tr("url"));
    const QCommandLineOption pki(QStringLiteral("pki-dir"),
                                 tr("Development certificate directory of that server."),
                                 tr("directory"));
    const QCommandLineOption spawn(
        QStringLiteral("spawn-server"),
        tr("Start a halldesk-server on a free port with a fresh SQLite database and test "
           "certificates, and stop it at the end."));
    const QCommandLineOption binary(QStringLiteral("server-binary"),
                                    tr("The halldesk-server to start (default: next to this "
                                       "program)."),
                                    tr("file"));
    const QCommandLineOption windows(QStringLiteral("windows"),
                                     tr("Counter windows to connect (1-271)."), tr("n"),
                                     QStringLiteral("271"));
    const QCommandLineOption kiosks(
        QStringLiteral("kiosks"),
        tr("Ticket kiosks to connect (default 10; closed loop: one for every three windows, so "
           "that tickets come as fast as the windows call them)."),
        tr("n"));
    const QCommandLineOption calls(QStringLiteral("calls"),
                                   tr("Stop after this many successful calls."), tr("n"),
                                   QStringLiteral("20000"));
    const QCommandLineOption rate(QStringLiteral("rate"),
                                  tr("Operations per second across all terminals (open loop)."),
                                  tr("n"), QStringLiteral("500"));
    const QCommandLineOption closed(QStringLiteral("closed"),
                                    tr("Closed loop: each terminal sends its next request as "
                                       "soon as it has the answer."));
    const QCommandLineOption password(QStringLiteral("password"),
                                      tr("Password of the staff signing in (demo hall: "
                                         "halldesk)."),
                                      tr("password"), QStringLiteral("halldesk"));
    const QCommandLineOption seed(QStringLiteral("seed"), tr("Random seed of the mix."), tr("n"),
                                  QStringLiteral("20261128"));
    parser.addOptions(
        {server, pki, spawn, binary, windows, kiosks, calls, rate, closed, password, seed});
    auto fail = [exitCode](const QString &message) -> std::optional<LoadOptions> {
        std::fprintf(stderr, "%s\n", qPrintable(message));
        *exitCode = 2;
        return std::nullopt;
    };
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        std::printf("%s", qPrintable(parser.helpText()));
        *exitCode = 0;
        return std::nullopt;
    }
    LoadOptions options;
    options.spawnServer = parser.isSet(spawn);
    options.server = QUrl(parser.value(server));
    options.pkiDirectory = parser.value(pki);
    options.serverBinary = parser.value(binary);
    options.closedLoop = parser.isSet(closed);
    options.password = parser.value(password);
    bool ok1 = false, ok2 = false, ok3 = false, ok4 = false, ok5 = false;
    options.windows = parser.value(windows).toInt(&ok1);
    if (parser.isSet(kiosks))
        options.kiosks = parser.value(kiosks).toInt(&ok2);
    else
        ok2 = true;
    options.calls = parser.value(calls).toInt(&ok3);
    options.rate = parser.value(rate).toDouble(&ok4);
    options.seed = parser.value(seed).toUInt(&ok5);
    if (!ok1 || options.windows < 1 || options.windows > 271)
        return fail(tr("--windows must be between 1 and 271."));
    if (!parser.isSet(kiosks) && options.closedLoop)
        options.kiosks = std::max(10, options.windows / 3);
    if (!ok2 || options.kiosks < 1 || options.kiosks > 100)
        return fail(tr("--kiosks must be between 1 and 100."));
    if (!ok3 || options.calls < 1)
        return fail(tr("--calls must be a positive number."));
    if (!ok4 || options.rate <= 0)
        return fail(tr("--rate must be a positive number."));
    if (!ok5)
        return fail(tr("--seed must be a number."));
    if (!options.spawnServer && (!options.server.isValid() || options.pkiDirectory.isEmpty()))
        return fail(tr("Give --spawn-server, or --server and --pki-dir."));
    if (options.serverBinary.isEmpty()) {
        const QString dir = QCoreApplication::applicationDirPath();
        for (const QString &candidate : {dir + QStringLiteral("/halldesk-server"),
                                         dir + QStringLiteral("/../server/halldesk-server")}) {
            if (QFileInfo(candidate).isExecutable()) {
                options.serverBinary = QFileInfo(candidate).canonicalFilePath();
                break;
            }
        }
    }
    if (options.spawnServer && options.serverBinary.isEmpty())
        return fail(tr("halldesk-server not found; give --server-binary."));
    return options;
}
