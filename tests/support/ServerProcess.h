#pragma once

#include "counter/CounterSettings.h"
#include "pki/TerminalRole.h"
#include "pki/TlsSettings.h"

#include <QProcess>
#include <QString>
#include <QUrl>
#include <memory>
#include <optional>

namespace halldesk::test {

class RawTerminal;

// The real halldesk-server program on the demo hall, in a folder of the test's own (database,
// development PKI, HOME): for tests and benchmarks of terminals against the server as it runs
// in a hall. It can be killed (SIGKILL) and started again on the same port and database.
class ServerProcess
{
public:
    ServerProcess(QString program, QString directory);
    ~ServerProcess();

    // Starts and waits for READY; port 0 picks a free port the first time and keeps it after.
    bool start(quint16 port = 0);
    void kill();
    // SIGTERM and wait.
    bool stop();
    bool isRunning() const;

    quint16 port() const { return m_port; }
    QUrl url() const;
    QString databasePath() const;
    QString pkiDirectory() const;
    std::optional<TlsFiles> terminalFiles(TerminalRole role, int window) const;
    // A counter terminal of this server at `window`, voice off, its settings file in `folder`.
    CounterSettings counterSettings(int window, const QString &folder) const;
    // A kiosk connected over TLS, greeted; nullptr if that failed.
    std::unique_ptr<RawTerminal> kiosk() const;
    // The counter at `window` connected over TLS, its demo clerk (HD0012 at window 1) logged in
    // and the window signed in; nullptr if any of that failed.
    std::unique_ptr<RawTerminal> counter(int window) const;
    QString lastOutput() const { return m_output; }

private:
    QString m_program;
    QString m_directory;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    QString m_output;
};

} // namespace halldesk::test
