#pragma once

#include "pki/TerminalRole.h"
#include "pki/TlsSettings.h"

#include <QCoreApplication>
#include <QObject>
#include <QProcess>
#include <QUrl>
#include <memory>
#include <optional>

namespace halldesk {

// Where a terminal started with --demo finds its hall: the demo server on this machine
// (127.0.0.1:7443, the demo hall, development certificates in the demo PKI folder). If none is
// running, it starts one as a child process and stops it again when it is destroyed; a server
// that was already running is joined and left alone. The terminal's certificate is made in the
// same demo PKI, so the server trusts it.
class DemoServerLauncher : public QObject
{
    Q_OBJECT

public:
    struct Connection
    {
        QUrl url;
        TlsFiles tls;
        bool startedHere = false;
    };

    explicit DemoServerLauncher(QObject *parent = nullptr);
    ~DemoServerLauncher() override;

    // Blocks until the server answers (at most `timeoutMs`); a reason in the user's language
    // otherwise.
    std::optional<Connection> ensure(TerminalRole role, int window, QString *error,
                                     int timeoutMs = 60000);
    void stop();

    static QString dataDirectory();
    static QString pkiDirectory();
    // The demo hall's staff member for a window (HD0012 at window 1) and the shared password.
    static QString demoStaffNo(int window);
    static QString demoPassword();
    static constexpr quint16 Port = 7443;

    // The halldesk-server executable: $HALLDESK_SERVER, next to this program, in the build
    // tree's app/server, or on the PATH.
    static QString serverProgram();
    static bool isListening(int timeoutMs = 500);

private:
    bool startServer(QString *error, int timeoutMs);

    std::unique_ptr<QProcess> m_process;
};

} // namespace halldesk
