#pragma once

#include "client/HallClient.h"
#include "clock/ManualClock.h"
#include "clock/SystemClock.h"
#include "crypto/PersonalDataCipher.h"
#include "hall/HallDefinition.h"
#include "metrics/MetricsRegistry.h"
#include "pki/DevelopmentPki.h"
#include "pki/TerminalRole.h"
#include "queue/EngineExecutor.h"
#include "server/HallServer.h"
#include "server/ServerMetrics.h"
#include "server/ServerSettings.h"

#include <QJsonObject>
#include <QList>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QUrl>
#include <QVariant>
#include <QWebSocket>
#include <functional>
#include <memory>
#include <optional>

namespace halldesk::test {

class TestDatabase;

// A terminal that speaks the protocol by hand over a real TLS WebSocket: for tests that need
// to send exactly the bytes they mean (bad frames, repeated keys, pipelined requests).
class RawTerminal
{
public:
    explicit RawTerminal(const QSslConfiguration &tls);
    ~RawTerminal();

    // Opens the connection and waits for the server's hello; false if it never came (refused,
    // closed, timed out).
    bool open(const QUrl &url, int timeoutMs = 10000);
    // Waits until the socket is closed; false on timeout.
    bool waitClosed(int timeoutMs = 10000);
    bool isOpen() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    int closeCode() const { return int(m_socket.closeCode()); }
    QWebSocket &socket() { return m_socket; }

    const QJsonObject &hello() const { return m_hello; }
    // Every frame received after the hello, in order (events and responses).
    const QList<QJsonObject> &frames() const { return m_frames; }
    QList<QJsonObject> responses() const;
    // The events of every "events" frame, in order.
    QList<QJsonObject> events() const;
    int unparsableFrames() const { return m_unparsable; }

    void sendText(const QByteArray &frame);
    // A request frame as a well-behaved terminal sends it; returns its id.
    QString send(const QString &op, const QJsonObject &args = {}, const QString &key = {});
    // The response to request `id`, or an empty object on timeout.
    QJsonObject waitResponse(const QString &id, int timeoutMs = 10000);
    // Sends and waits.
    QJsonObject call(const QString &op, const QJsonObject &args = {}, const QString &key = {},
                     int timeoutMs = 10000);
    // A mutating request with a fresh idempotency key.
    QJsonObject change(const QString &op, const QJsonObject &args = {}, int timeoutMs = 10000);
    // Waits for `count` responses in all; false on timeout.
    bool waitResponses(int count, int timeoutMs = 10000);
    // Waits for an event of this kind that `accept` (if given) likes; returns it or {}.
    QJsonObject waitEvent(const QString &kind,
                          const std::function<bool(const QJsonObject &data)> &accept = {},
                          int timeoutMs = 10000);

    static QString newKey();

private:
    QWebSocket m_socket;
    QJsonObject m_hello;
    QList<QJsonObject> m_frames;
    int m_unparsable = 0;
    int m_nextId = 0;
};

// Everything a network test needs, for real: a temporary folder with a development PKI, a
// fresh SQLite database (PostgreSQL when HALLDESK_TEST_BACKEND says so) holding smallHall() with a
// password for every staff member, the writer, and a HallServer on 127.0.0.1 with its metrics in a
// registry of its own. Terminals connect with certificates from the same PKI over real TLS.
class NetworkFixture
{
public:
    enum class ClockKind
    {
        Manual, // starts Monday 2026-11-30 09:00 in the hall and moves only when told
        System,
    };
    // The password every staff member of the small hall has.
    static const QString Password;

    // `hall`: the hall installed instead of smallHall() (the demo hall's 271 windows, say).
    explicit NetworkFixture(ClockKind clock = ClockKind::Manual,
                            const std::function<void(ServerSettings &)> &tune = {},
                            const std::optional<HallDefinition> &hall = std::nullopt);
    ~NetworkFixture();
    NetworkFixture(const NetworkFixture &) = delete;
    NetworkFixture &operator=(const NetworkFixture &) = delete;

    // Set up and listening (the constructor starts the server).
    bool isValid() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; }

    // A new HallServer with settings(); on the port it had before once it ran, retrying for a
    // while if the port is not free yet.
    bool startServer();
    // Closes and destroys the server: terminals lose their connections, new ones are refused.
    void stopServer();
    // The writer stopped and started again on the same database (with the server around it),
    // as after a restart of the program.
    bool restartExecutor();

    HallServer *server() { return m_server.get(); }
    quint16 port() const { return m_port; }
    QUrl url() const;
    ServerSettings &settings() { return m_settings; }
    const Clock &clock() const;
    ManualClock &manualClock() { return m_manualClock; }
    EngineExecutor &executor() { return *m_executor; }
    MetricsRegistry &registry() { return m_registry; }
    const DevelopmentPki &pki() const { return *m_pki; }
    QString directory() const { return m_dir.path(); }

    TlsFiles terminalFiles(TerminalRole role, int window);
    QSslConfiguration terminalTls(TerminalRole role, int window);

    // A raw terminal, connected and greeted; nullptr if that failed.
    std::unique_ptr<RawTerminal> raw(TerminalRole role, int window);
    // Signs `staffNo` in on a raw counter and opens its window; false if either was refused.
    bool signInCounter(RawTerminal &counter, const QString &staffNo);
    // The counter (signed in) issues a ticket of `queue`, calls it after `waitS` seconds and
    // finishes it `serviceS` seconds later, on the manual clock; false if a step was refused.
    bool serveTicket(RawTerminal &counter, const QString &queue, int waitS, int serviceS);
    // `staffNo` made a supervisor and logged in on a supervisor console; nullptr if refused.
    std::unique_ptr<RawTerminal> supervisorConsole(const QString &staffNo = QStringLiteral("S8"));
    // The same with `staffNo` made an admin.
    std::unique_ptr<RawTerminal> adminConsole(const QString &staffNo = QStringLiteral("S8"));

    // A HallClient for the terminal with quick reconnects; not started.
    std::unique_ptr<HallClient> client(TerminalRole role, int window,
                                       ClientOutbox *outbox = nullptr);
    HallClientSettings clientSettings(TerminalRole role, int window);

    // Reads through the writer's own connection, so they see exactly what was committed.
    int count(const QString &table, const QString &where = {});
    QList<QVariantList> rows(const QString &sql);
    qint64 staffId(const QString &staffNo);

    // Metric values as /metrics would show them.
    quint64 counter(const QString &name, const MetricsRegistry::Labels &labels = {});
    quint64 requests(const QString &op, const QString &result);
    quint64 refused(const QString &reason);

private:
    std::unique_ptr<RawTerminal> consoleWithRole(const QString &staffNo, const QString &role);

    QTemporaryDir m_dir;
    ManualClock m_manualClock;
    SystemClock m_systemClock;
    ClockKind m_clockKind;
    PersonalDataCipher m_cipher;
    // PostgreSQL runs only (HALLDESK_TEST_BACKEND=postgres): dropped after the server is gone.
    std::unique_ptr<TestDatabase> m_testDb;
    DatabaseUrl m_url;
    std::optional<DevelopmentPki> m_pki;
    ServerSettings m_settings;
    MetricsRegistry m_registry;
    ServerMetrics m_metrics;
    std::unique_ptr<EngineExecutor> m_executor;
    std::unique_ptr<HallServer> m_server;
    quint16 m_port = 0;
    QString m_error;
};

// Collects one HallClient answer.
class ReplyCatcher
{
public:
    HallClient::Callback callback();
    bool wait(int timeoutMs = 10000) const;
    bool has() const { return bool(*m_reply); }
    const ClientReply &reply() const { return **m_reply; }

private:
    std::shared_ptr<std::optional<ClientReply>> m_reply =
        std::make_shared<std::optional<ClientReply>>();
};

bool waitForState(const HallClient &client, HallClient::State state, int timeoutMs = 15000);
// The error code name of a response frame ("" for a success).
QString errorCode(const QJsonObject &response);
bool isOk(const QJsonObject &response);
// A response's `result` ({} for an error), and an error response's `detail` ("" for none).
QJsonObject resultOf(const QJsonObject &response);
QString errorDetail(const QJsonObject &response);
// A frame as compact JSON, for failure messages.
QString describe(const QJsonObject &frame);
// Housekeeping timers off, so a test knows which commit comes next and no queue figures
// interleave with the responses it waits for.
void quiet(ServerSettings &settings);

} // namespace halldesk::test
