#include "SpawnedServer.h"

#include <QRegularExpression>

SpawnedServer::~SpawnedServer()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(30000))
            m_process.kill();
    }
}

bool SpawnedServer::start(const QString &binary, QString *error)
{
    if (!m_dir.isValid()) {
        *error = tr("Cannot create a temporary directory.");
        return false;
    }
    m_process.setProgram(binary);
    // A low password hash cost: 271 sign-ins at full strength would take the first minute of
    // the run. Nothing else differs from a production server.
    m_process.setArguments({QStringLiteral("--demo"), QStringLiteral("--database"),
                            QStringLiteral("sqlite:") + m_dir.path() + QStringLiteral("/hall.db"),
                            QStringLiteral("--pki-dir"), pkiDirectory(), QStringLiteral("--listen"),
                            QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                            QStringLiteral("0"), QStringLiteral("--metrics-port"),
                            QStringLiteral("0"), QStringLiteral("--password-iterations"),
                            QStringLiteral("1000")});
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start();
    if (!m_process.waitForStarted(10000)) {
        *error = tr("Cannot start %1: %2").arg(binary, m_process.errorString());
        return false;
    }
    static const QRegularExpression ready(QStringLiteral("^READY port=(\\d+)"));
    QByteArray output;
    while (m_process.waitForReadyRead(60000)) {
        output += m_process.readAllStandardOutput();
        for (const QByteArray &line : output.split('\n')) {
            const auto match = ready.match(QString::fromUtf8(line));
            if (match.hasMatch()) {
                m_port = match.captured(1).toInt();
                return true;
            }
        }
    }
    *error = tr("halldesk-server did not become ready.");
    return false;
}

QUrl SpawnedServer::url() const
{
    return QUrl(QStringLiteral("wss://localhost:%1").arg(m_port));
}
