#include "ServerProcess.h"

#include "NetworkFixture.h"
#include "demo/DemoServerLauncher.h"
#include "pki/DevelopmentPki.h"

#include <QDir>
#include <QFileInfo>
#include <QTest>

namespace halldesk::test {

ServerProcess::ServerProcess(QString program, QString directory)
    : m_program(QFileInfo(program).absoluteFilePath()) // it runs in its own folder
    , m_directory(std::move(directory))
{}

ServerProcess::~ServerProcess()
{
    stop();
}

QString ServerProcess::databasePath() const
{
    return m_directory + QStringLiteral("/hall.db");
}

QString ServerProcess::pkiDirectory() const
{
    return m_directory + QStringLiteral("/pki");
}

QUrl ServerProcess::url() const
{
    return QUrl(QStringLiteral("wss://127.0.0.1:%1").arg(m_port));
}

bool ServerProcess::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

bool ServerProcess::start(quint16 port)
{
    if (port == 0)
        port = m_port;
    // A port that was ours a moment ago may not be free yet: try again shortly.
    for (int attempt = 0; attempt < 20; ++attempt) {
        m_process = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_directory);
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_directory + QStringLiteral("/xdg"));
        m_process->setProcessEnvironment(env);
        m_process->setWorkingDirectory(m_directory);
        m_process->setProcessChannelMode(QProcess::SeparateChannels);
        m_process->start(m_program,
                         {QStringLiteral("--demo"), QStringLiteral("--database"),
                          QStringLiteral("sqlite:") + databasePath(), QStringLiteral("--pki-dir"),
                          pkiDirectory(), QStringLiteral("--listen"), QStringLiteral("127.0.0.1"),
                          QStringLiteral("--port"), QString::number(port),
                          QStringLiteral("--metrics-port"), QStringLiteral("0"),
                          QStringLiteral("--password-iterations"), QStringLiteral("1000"),
                          QStringLiteral("--sweep-interval"), QStringLiteral("500")});
        QByteArray out;
        const bool ended = QTest::qWaitFor(
            [&] {
                out += m_process->readAllStandardOutput();
                return out.contains('\n') || m_process->state() == QProcess::NotRunning;
            },
            90000);
        const qsizetype at = out.indexOf("READY port=");
        if (ended && at >= 0) {
            m_port = quint16(out.mid(at + 11).split(' ').value(0).toUInt());
            return m_port != 0;
        }
        m_output = QString::fromUtf8(out + m_process->readAllStandardError().right(4000));
        qWarning().noquote() << "halldesk-server did not start:" << m_output;
        m_process->kill();
        m_process->waitForFinished(5000);
        if (port == 0)
            return false;
        QTest::qWait(250);
    }
    return false;
}

void ServerProcess::kill()
{
    if (!m_process)
        return;
    m_process->kill(); // SIGKILL: no shutdown, no goodbye to the terminals
    m_process->waitForFinished(10000);
}

bool ServerProcess::stop()
{
    if (!isRunning())
        return true;
    m_process->terminate();
    if (m_process->waitForFinished(20000))
        return m_process->exitStatus() == QProcess::NormalExit && m_process->exitCode() == 0;
    m_process->kill();
    m_process->waitForFinished(5000);
    return false;
}

std::optional<TlsFiles> ServerProcess::terminalFiles(TerminalRole role, int window) const
{
    const auto pki = DevelopmentPki::ensure(pkiDirectory(), nullptr);
    if (!pki)
        return std::nullopt;
    return pki->terminalFiles(role, window, nullptr);
}

CounterSettings ServerProcess::counterSettings(int window, const QString &folder) const
{
    CounterSettings settings;
    settings.serverUrl = url();
    settings.tls = terminalFiles(TerminalRole::Counter, window).value_or(TlsFiles{});
    settings.window = window;
    settings.voiceEnabled = false;
    settings.path = folder + QStringLiteral("/counter.conf");
    return settings;
}

std::unique_ptr<RawTerminal> ServerProcess::kiosk() const
{
    const auto files = terminalFiles(TerminalRole::Kiosk, 0);
    if (!files)
        return nullptr;
    QString error;
    const auto tls = TlsSettings::client(*files, &error);
    if (!tls) {
        qWarning().noquote() << "kiosk certificate:" << error;
        return nullptr;
    }
    auto kiosk = std::make_unique<RawTerminal>(*tls);
    if (!kiosk->open(url()))
        return nullptr;
    return kiosk;
}

std::unique_ptr<RawTerminal> ServerProcess::counter(int window) const
{
    const auto files = terminalFiles(TerminalRole::Counter, window);
    const auto tls = files ? TlsSettings::client(*files, nullptr) : std::nullopt;
    if (!tls)
        return nullptr;
    auto counter = std::make_unique<RawTerminal>(*tls);
    if (!counter->open(url()))
        return nullptr;
    const QJsonObject login =
        counter->call(QStringLiteral("login"),
                      {{QStringLiteral("staffNo"), DemoServerLauncher::demoStaffNo(window)},
                       {QStringLiteral("password"), DemoServerLauncher::demoPassword()}});
    if (!isOk(login) || !isOk(counter->change(QStringLiteral("signIn"))))
        return nullptr;
    return counter;
}

} // namespace halldesk::test
