// A counter's changes kept in its SQLite outbox against the real hall server: made while the
// server is down, they survive the end of the program and are applied exactly once, in order,
// by the next one; a change whose answer was lost when the program died is sent again under
// its key and answered from the server's log, not done twice.

#include "NetworkFixture.h"
#include "terminal/SqliteOutbox.h"
#include "terminal/TerminalStore.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

using namespace halldesk;
using namespace halldesk::test;

namespace {

const QString kTokenState = QStringLiteral("session.token");

// A TCP relay between a terminal and the server that can stop passing the server's bytes on:
// the server still gets the terminal's request, applies it and answers, but the answer never
// arrives, as when the terminal dies at the worst moment. TLS runs end to end through it.
class Relay : public QObject
{
public:
    explicit Relay(quint16 serverPort)
        : m_serverPort(serverPort)
    {
        connect(&m_listener, &QTcpServer::newConnection, this, &Relay::accept);
    }
    ~Relay() override { m_listener.close(); }

    bool listen() { return m_listener.listen(QHostAddress::LocalHost); }
    QUrl url() const
    {
        return QUrl(QStringLiteral("wss://127.0.0.1:%1").arg(m_listener.serverPort()));
    }
    void swallowAnswers() { m_swallow = true; }

private:
    void accept()
    {
        while (QTcpSocket *accepted = m_listener.nextPendingConnection()) {
            QPointer<QTcpSocket> terminal(accepted);
            QPointer<QTcpSocket> server(new QTcpSocket(this));
            auto toServer = [terminal, server] {
                if (terminal && server && server->state() == QAbstractSocket::ConnectedState)
                    server->write(terminal->readAll());
            };
            connect(terminal, &QTcpSocket::readyRead, server, toServer);
            connect(server, &QTcpSocket::connected, server, toServer);
            connect(server, &QTcpSocket::readyRead, terminal, [this, terminal, server] {
                const QByteArray bytes = server->readAll();
                if (!m_swallow && terminal)
                    terminal->write(bytes);
            });
            connect(terminal, &QTcpSocket::disconnected, server, &QTcpSocket::disconnectFromHost);
            connect(server, &QTcpSocket::disconnected, terminal, &QTcpSocket::disconnectFromHost);
            server->connectToHost(QHostAddress::LocalHost, m_serverPort);
        }
    }

    QTcpServer m_listener;
    quint16 m_serverPort;
    bool m_swallow = false;
};

QStringList keysOf(const QList<OutboxEntry> &entries)
{
    QStringList keys;
    for (const OutboxEntry &e : entries)
        keys << e.key;
    return keys;
}

// How often the server logged a request under this key (the log scopes keys by terminal).
int loggedTimes(NetworkFixture &fixture, const QString &key)
{
    return fixture.count(QStringLiteral("request_log"),
                         QStringLiteral("request_key LIKE '%/") + key + QLatin1Char('\''));
}

} // namespace

class TestOutboxRestart : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void changesMadeOfflineOutliveTheProgram();
    void answerLostWhenTheProgramDied();
};

void TestOutboxRestart::changesMadeOfflineOutliveTheProgram()
{
    NetworkFixture fixture(NetworkFixture::ClockKind::System);
    QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
    {
        auto kiosk = fixture.raw(TerminalRole::Kiosk, 0);
        QVERIFY(kiosk);
        const QJsonObject issued = kiosk->change(
            QStringLiteral("issueTicket"), {{QStringLiteral("queue"), QStringLiteral("QA1")}});
        QVERIFY(issued.value(QLatin1String("ok")).toBool());
    }
    const QString path = m_dir.filePath(QStringLiteral("offline/terminal.db"));
    QStringList keys;

    // The first run: signed in, then the server goes away and the clerk carries on.
    {
        TerminalStore store(path);
        QVERIFY(!store.open());
        SqliteOutbox outbox(store);
        auto counter = fixture.client(TerminalRole::Counter, 1, &outbox);
        QVERIFY(counter->start());
        QVERIFY(waitForState(*counter, HallClient::State::Ready));
        ReplyCatcher login;
        counter->login(QStringLiteral("S1"), NetworkFixture::Password, login.callback());
        QVERIFY(login.wait());
        QVERIFY(login.reply().ok);
        QVERIFY(store.putState(kTokenState, counter->sessionToken().toUtf8()));

        fixture.stopServer();
        QVERIFY(waitForState(*counter, HallClient::State::Offline));
        // Only in this order does each one succeed.
        keys << counter->submit(QStringLiteral("signIn"))
             << counter->submit(QStringLiteral("pause"),
                                {{QStringLiteral("reason"), QStringLiteral("午休")}})
             << counter->submit(QStringLiteral("resumeWindow"))
             << counter->submit(QStringLiteral("callNext"));
        QVERIFY(!keys.contains(QString()));
        QCOMPARE(counter->pendingChanges(), 4);
        QCOMPARE(outbox.size(), 4);
        // The program ends here, nothing sent.
    }
    QCOMPARE(fixture.count(QStringLiteral("request_log")), 1); // the kiosk's ticket only

    // The next run: the same file, the saved session; it starts before the server is back.
    TerminalStore store(path);
    QVERIFY(!store.open());
    SqliteOutbox outbox(store);
    QCOMPARE(outbox.size(), 4);
    QCOMPARE(keysOf(outbox.entries()), keys);
    const auto token = store.state(kTokenState);
    QVERIFY(token && !token->isEmpty());
    auto counter = fixture.client(TerminalRole::Counter, 1, &outbox);
    counter->setSessionToken(QString::fromUtf8(*token));
    QSignalSpy answered(counter.get(), &HallClient::outboxAnswered);
    QSignalSpy lost(counter.get(), &HallClient::sessionLost);
    QVERIFY(counter->start());
    QVERIFY2(fixture.startServer(), qPrintable(fixture.error()));
    QVERIFY(waitForState(*counter, HallClient::State::Ready));
    QTRY_COMPARE_WITH_TIMEOUT(counter->pendingChanges(), 0, 20000);

    QCOMPARE(answered.count(), 4);
    for (int i = 0; i < answered.count(); ++i) {
        QCOMPARE(answered.at(i).at(0).toString(), keys.at(i));
        const auto reply = answered.at(i).at(1).value<ClientReply>();
        QVERIFY2(reply.ok, qPrintable(reply.error.message()));
        QVERIFY(!reply.replayed);
    }
    QVERIFY(lost.isEmpty());
    // The saved session was resumed; nobody signed in again.
    QCOMPARE(fixture.requests(QStringLiteral("login"), QStringLiteral("ok")), quint64(1));

    // Each applied once, in the order made.
    QStringList kinds;
    for (const QVariantList &row : fixture.rows(QStringLiteral(
             "SELECT kind FROM events WHERE kind IN ('sign_in', 'pause', 'resume_window', "
             "'call') ORDER BY id")))
        kinds << row.value(0).toString();
    QCOMPARE(kinds, QStringList({"sign_in", "pause", "resume_window", "call"}));
    for (const QString &key : std::as_const(keys))
        QCOMPARE(loggedTimes(fixture, key), 1);
    QCOMPARE(fixture.count(QStringLiteral("request_log")), 1 + 4);
    QCOMPARE(fixture.count(QStringLiteral("tickets"), QStringLiteral("status = 'called'")), 1);

    // Empty on disk too.
    QCOMPARE(outbox.size(), 0);
    QCOMPARE(SqliteOutbox(store).size(), 0);
    QVERIFY(outbox.entries().isEmpty());
}

void TestOutboxRestart::answerLostWhenTheProgramDied()
{
    NetworkFixture fixture(NetworkFixture::ClockKind::System);
    QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
    Relay relay(fixture.port());
    QVERIFY(relay.listen());
    const QString path = m_dir.filePath(QStringLiteral("lost/terminal.db"));
    QString key;

    {
        TerminalStore store(path);
        QVERIFY(!store.open());
        SqliteOutbox outbox(store);
        HallClientSettings settings = fixture.clientSettings(TerminalRole::Counter, 1);
        settings.url = relay.url();
        HallClient counter(settings, &outbox);
        QVERIFY(counter.start());
        QVERIFY(waitForState(counter, HallClient::State::Ready));
        ReplyCatcher login;
        counter.login(QStringLiteral("S1"), NetworkFixture::Password, login.callback());
        QVERIFY(login.wait());
        QVERIFY(login.reply().ok);
        QVERIFY(store.putState(kTokenState, counter.sessionToken().toUtf8()));
        ReplyCatcher signIn;
        counter.submit(QStringLiteral("signIn"), {}, signIn.callback());
        QVERIFY(signIn.wait());
        QVERIFY(signIn.reply().ok);

        relay.swallowAnswers();
        ReplyCatcher pause;
        key =
            counter.submit(QStringLiteral("pause"),
                           {{QStringLiteral("reason"), QStringLiteral("午休")}}, pause.callback());
        QVERIFY(!key.isEmpty());
        // The server has done it and sent its answer ...
        QTRY_COMPARE_WITH_TIMEOUT(fixture.requests(QStringLiteral("pause"), QStringLiteral("ok")),
                                  quint64(1), 15000);
        QCOMPARE(fixture.count(QStringLiteral("events"), QStringLiteral("kind = 'pause'")), 1);
        // ... which the terminal never saw.
        QVERIFY(!pause.has());
        QCOMPARE(counter.pendingChanges(), 1);
        QCOMPARE(keysOf(outbox.entries()), QStringList{key});
        // The program dies here.
    }

    TerminalStore store(path);
    QVERIFY(!store.open());
    SqliteOutbox outbox(store);
    QCOMPARE(keysOf(outbox.entries()), QStringList{key});
    const auto token = store.state(kTokenState);
    QVERIFY(token);
    auto counter = fixture.client(TerminalRole::Counter, 1, &outbox);
    counter->setSessionToken(QString::fromUtf8(*token));
    QSignalSpy answered(counter.get(), &HallClient::outboxAnswered);
    QVERIFY(counter->start());
    QTRY_COMPARE_WITH_TIMEOUT(answered.count(), 1, 20000);
    QCOMPARE(answered.first().at(0).toString(), key);
    const auto reply = answered.first().at(1).value<ClientReply>();
    QVERIFY2(reply.ok, qPrintable(reply.error.message()));
    QVERIFY(reply.replayed);
    QCOMPARE(reply.result.value(QLatin1String("window")).toObject().value("state").toString(),
             QStringLiteral("paused"));
    QCOMPARE(counter->pendingChanges(), 0);
    QCOMPARE(SqliteOutbox(store).size(), 0);

    // Once, and only once.
    QCOMPARE(fixture.count(QStringLiteral("events"), QStringLiteral("kind = 'pause'")), 1);
    QCOMPARE(loggedTimes(fixture, key), 1);
    QCOMPARE(fixture.requests(QStringLiteral("pause"), QStringLiteral("ok")), quint64(2));
    QCOMPARE(fixture.counter(QStringLiteral("halldesk_requests_replayed_total")), quint64(1));
    const auto window = fixture.rows(QStringLiteral("SELECT state FROM windows WHERE number = 1"));
    QCOMPARE(window.value(0).value(0).toString(), QStringLiteral("paused"));
}

QTEST_GUILESS_MAIN(TestOutboxRestart)
#include "tst_outboxrestart.moc"
