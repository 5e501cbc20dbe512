#include "demo/DemoServerLauncher.h"

#include "logging/HallDeskLogging.h"
#include "pki/DevelopmentPki.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QThread>

namespace halldesk {

DemoServerLauncher::DemoServerLauncher(QObject *parent)
    : QObject(parent)
{}

DemoServerLauncher::~DemoServerLauncher()
{
    stop();
}

QString DemoServerLauncher::dataDirectory()
{
    // The same folder halldesk-server --demo uses (ServerOptions::defaultDataDirectory).
    QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (base.isEmpty())
        base = QDir::homePath() + QStringLiteral("/.local/share");
    return base + QStringLiteral("/halldesk");
}

QString DemoServerLauncher::pkiDirectory()
{
    return dataDirectory() + QStringLiteral("/demo-pki");
}

QString DemoServerLauncher::demoStaffNo(int window)
{
    return QStringLiteral("HD%1").arg(window + 11, 4, 10, QLatin1Char('0'));
}

QString DemoServerLauncher::demoPassword()
{
    return QStringLiteral("halldesk");
}

QString DemoServerLauncher::serverProgram()
{
    const QString fromEnvironment = qEnvironmentVariable("HALLDESK_SERVER");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const QString here = QCoreApplication::applicationDirPath();
    for (const QString &candidate : {here + QStringLiteral("/halldesk-server"),
                                     here + QStringLiteral("/../server/halldesk-server")}) {
        const QFileInfo info(candidate);
        if (info.isFile() && info.isExecutable())
            return info.canonicalFilePath();
    }
    return QStandardPaths::findExecutable(QStringLiteral("halldesk-server"));
}

bool DemoServerLauncher::isListening(int timeoutMs)
{
    QTcpSocket probe;
    probe.connectToHost(QStringLiteral("127.0.0.1"), Port);
    const bool up = probe.waitForConnected(timeoutMs);
    probe.abort();
    return up;
}

std::optional<DemoServerLauncher::Connection>
DemoServerLauncher::ensure(TerminalRole role, int window, QString *error, int timeoutMs)
{
    Connection connection;
    if (!isListening()) {
        if (!startServer(error, timeoutMs))
            return std::nullopt;
        connection.startedHere = true;
    }
    // The server made the demo PKI before it listened; a joined server did so long ago.
    QString why;
    const auto pki = DevelopmentPki::ensure(pkiDirectory(), &why);
    if (!pki) {
        if (error)
            *error = tr("The demo certificates in %1 cannot be used: %2").arg(pkiDirectory(), why);
        return std::nullopt;
    }
    const auto files = pki->terminalFiles(role, window, &why);
    if (!files) {
        if (error)
            *error = tr("No demo certificate could be made for this terminal: %1").arg(why);
        return std::nullopt;
    }
    connection.tls = *files;
    connection.url = QUrl(QStringLiteral("wss://127.0.0.1:%1").arg(Port));
    return connection;
}

bool DemoServerLauncher::startServer(QString *error, int timeoutMs)
{
    const QString program = serverProgram();
    if (program.isEmpty()) {
        if (error)
            *error = tr("The hall server program (halldesk-server) was not found.");
        return false;
    }
    qCInfo(lcTerminal) << "starting the demo hall server" << program;
    m_process = std::make_unique<QProcess>();
    m_process->setProgram(program);
    m_process->setArguments(
        {QStringLiteral("--demo"), QStringLiteral("--port"), QString::number(Port)});
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process->start();
    if (!m_process->waitForStarted(10000)) {
        if (error)
            *error =
                tr("The demo hall server could not be started: %1").arg(m_process->errorString());
        m_process.reset();
        return false;
    }
    const QDeadlineTimer deadline(timeoutMs);
    QByteArray output;
    while (!deadline.hasExpired()) {
        if (m_process->state() == QProcess::NotRunning)
            break;
        m_process->waitForReadyRead(200);
        output += m_process->readAllStandardOutput();
        if (output.contains("READY port="))
            return true;
    }
    if (error)
        *error = m_process->state() == QProcess::NotRunning
                     ? tr("The demo hall server stopped at once (exit code %1). Is another "
                          "program using port %2?")
                           .arg(m_process->exitCode())
                           .arg(Port)
                     : tr("The demo hall server did not become ready in time.");
    stop();
    return false;
}

void DemoServerLauncher::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate(); // SIGTERM: the server finishes its batch and closes cleanly
        if (!m_process->waitForFinished(15000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
    m_process.reset();
}

} // namespace halldesk
