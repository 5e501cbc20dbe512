// The real halldesk-server killed with SIGKILL while kiosks and counters work through it, and
// started again on the same port: the terminals find their way back by themselves, and every
// change the server acknowledged is in the database exactly once. No ticket is ever called by
// two windows.

#include "client/HallClient.h"
#include "pki/DevelopmentPki.h"

#include <QHash>
#include <QProcess>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#ifndef HALLDESK_SERVER_PATH
#error "HALLDESK_SERVER_PATH must name the halldesk-server executable"
#endif

using namespace halldesk;

namespace {

constexpr int Tickets = 90;
constexpr int Windows = 3; // windows 1..3 serve A-ENT and A-CIT in the demo hall

// What the terminals were told by the server, one entry per idempotency key.
struct Acknowledged
{
    QHash<QString, QPair<qint64, QString>> issued; // key -> ticket id, number
    QHash<QString, QPair<qint64, int>> called;     // key -> ticket id, window
    QHash<QString, qint64> finished;               // key -> ticket id
    QStringList failures;
};

// One counter: sign in, then call the next ticket and finish it, again and again.
class CounterLoop
{
public:
    CounterLoop(int window, const HallClientSettings &settings, Acknowledged &acks)
        : m_window(window)
        , m_client(settings)
        , m_acks(acks)
    {}

    HallClient &client() { return m_client; }
    int finishedCount() const { return m_finished; }

    void begin()
    {
        m_client.login(QStringLiteral("HD%1").arg(m_window + 11, 4, 10, QLatin1Char('0')),
                       QStringLiteral("halldesk"), [this](const ClientReply &reply) {
                           if (!reply.ok) {
                               m_acks.failures << QStringLiteral("login: ") + reply.error.message();
                               return;
                           }
                           m_client.submit(QStringLiteral("signIn"), {},
                                           [this](const ClientReply &r) {
                                               if (r.ok)
                                                   callNext();
                                               else
                                                   m_acks.failures << r.error.message();
                                           });
                       });
    }

private:
    void callNext()
    {
        auto key = std::make_shared<QString>();
        *key = m_client.submit(QStringLiteral("callNext"), {}, [this, key](const ClientReply &r) {
            if (r.error.code() == ErrorCode::NoTicketWaiting) {
                QTimer::singleShot(30, &m_client, [this] { callNext(); });
                return;
            }
            if (!r.ok) {
                m_acks.failures << QStringLiteral("callNext: ") + r.error.message();
                return;
            }
            const qint64 id = qint64(r.result.value("ticket").toObject().value("id").toDouble());
            m_acks.called.insert(*key, {id, m_window});
            finish(id);
        });
    }

    void finish(qint64 id)
    {
        auto key = std::make_shared<QString>();
        *key = m_client.submit(QStringLiteral("finish"), {{QStringLiteral("ticketId"), double(id)}},
                               [this, key, id](const ClientReply &r) {
                                   if (!r.ok) {
                                       m_acks.failures
                                           << QStringLiteral("finish: ") + r.error.message();
                                       return;
                                   }
                                   m_acks.finished.insert(*key, id);
                                   ++m_finished;
                                   callNext();
                               });
    }

    int m_window;
    HallClient m_client;
    Acknowledged &m_acks;
    int m_finished = 0;
};

} // namespace

class TestServerKill : public QObject
{
    Q_OBJECT

private slots:
    void killedServerLosesNothing();

private:
    bool startServer(quint16 port);
    void killServer();
    QString dbPath() const { return m_dir.filePath(QStringLiteral("hall.db")); }

    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_server;
    quint16 m_port = 0;
    int m_starts = 0;
};

bool TestServerKill::startServer(quint16 port)
{
    // The port was ours a moment ago; should something hold it, try again shortly.
    for (int attempt = 0; attempt < 20; ++attempt) {
        m_server = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_dir.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg")));
        m_server->setProcessEnvironment(env);
        m_server->setWorkingDirectory(m_dir.path());
        m_server->setProcessChannelMode(QProcess::SeparateChannels);
        m_server->start(QStringLiteral(HALLDESK_SERVER_PATH),
                        {QStringLiteral("--demo"), QStringLiteral("--database"),
                         QStringLiteral("sqlite:") + dbPath(), QStringLiteral("--pki-dir"),
                         m_dir.filePath(QStringLiteral("pki")), QStringLiteral("--listen"),
                         QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                         QString::number(port), QStringLiteral("--metrics-port"),
                         QStringLiteral("0"), QStringLiteral("--password-iterations"),
                         QStringLiteral("1000")});
        QByteArray out;
        const bool ready = QTest::qWaitFor(
            [&] {
                out += m_server->readAllStandardOutput();
                return out.contains('\n') || m_server->state() == QProcess::NotRunning;
            },
            60000);
        const int at = out.indexOf("READY port=");
        if (ready && at >= 0) {
            m_port = quint16(out.mid(at + 11).split(' ').value(0).toUInt());
            ++m_starts;
            return m_port != 0;
        }
        qWarning().noquote() << "server did not start:" << out
                             << m_server->readAllStandardError().right(2000);
        m_server->kill();
        m_server->waitForFinished(5000);
        if (port == 0)
            return false;
        QTest::qWait(250);
    }
    return false;
}

void TestServerKill::killServer()
{
    m_server->kill(); // SIGKILL: no shutdown, no flush, no goodbye to the terminals
    m_server->waitForFinished(10000);
}

void TestServerKill::killedServerLosesNothing()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(startServer(0));
    QString error;
    const auto pki = DevelopmentPki::ensure(m_dir.filePath(QStringLiteral("pki")), &error);
    QVERIFY2(pki, qPrintable(error));
    auto settingsFor = [&](TerminalRole role, int window) {
        HallClientSettings settings;
        settings.url = QUrl(QStringLiteral("wss://127.0.0.1:%1").arg(m_port));
        settings.tls = *pki->terminalFiles(role, window, nullptr);
        settings.initialBackoff = std::chrono::milliseconds(50);
        settings.maxBackoff = std::chrono::milliseconds(500);
        return settings;
    };

    Acknowledged acks;
    HallClient kiosk(settingsFor(TerminalRole::Kiosk, 0));
    std::vector<std::unique_ptr<CounterLoop>> counters;
    for (int w = 1; w <= Windows; ++w)
        counters.push_back(
            std::make_unique<CounterLoop>(w, settingsFor(TerminalRole::Counter, w), acks));
    QVERIFY(kiosk.start());
    for (auto &counter : counters) {
        QVERIFY(counter->client().start());
        QVERIFY(QTest::qWaitFor(
            [&] { return counter->client().state() == HallClient::State::Ready; }, 20000));
        counter->begin();
    }

    // The kiosk keeps issuing at its own pace, connected or not: the outbox holds what the
    // server cannot take now.
    int submitted = 0;
    QTimer issuing;
    QObject::connect(&issuing, &QTimer::timeout, &kiosk, [&] {
        if (submitted >= Tickets)
            return;
        const QString queue =
            submitted % 3 == 0 ? QStringLiteral("A-CIT") : QStringLiteral("A-ENT");
        ++submitted;
        auto key = std::make_shared<QString>();
        *key = kiosk.submit(QStringLiteral("issueTicket"), {{QStringLiteral("queue"), queue}},
                            [&acks, key](const ClientReply &r) {
                                if (!r.ok) {
                                    acks.failures << QStringLiteral("issue: ") + r.error.message();
                                    return;
                                }
                                const QJsonObject t = r.result.value("ticket").toObject();
                                acks.issued.insert(*key, {qint64(t.value("id").toDouble()),
                                                          t.value("number").toString()});
                            });
    });
    issuing.start(15);

    // Two kills mid-load, each followed by a restart on the same port.
    const quint16 port = m_port;
    for (const int killAt : {Tickets / 4, Tickets / 2}) {
        QVERIFY2(QTest::qWaitFor([&] { return acks.issued.size() >= killAt; }, 60000),
                 qPrintable(QStringLiteral("only %1 issued").arg(acks.issued.size())));
        QVERIFY(!acks.called.isEmpty() || killAt == Tickets / 4);
        killServer();
        QVERIFY(
            QTest::qWaitFor([&] { return kiosk.state() == HallClient::State::Offline; }, 10000));
        QTest::qWait(300);
        QVERIFY(kiosk.pendingChanges() > 0);
        qInfo("killed with %d tickets acknowledged, %d calls, %d changes waiting at the kiosk",
              int(acks.issued.size()), int(acks.called.size()), kiosk.pendingChanges());
        QVERIFY(startServer(port));
        QCOMPARE(m_port, port);
    }

    // Everyone back, everything issued and served, every outbox empty.
    const bool drained = QTest::qWaitFor(
        [&] {
            int finished = 0;
            bool empty = kiosk.pendingChanges() == 0;
            for (auto &counter : counters) {
                finished += counter->finishedCount();
                empty = empty && counter->client().state() == HallClient::State::Ready;
            }
            return empty && submitted == Tickets && finished == Tickets;
        },
        90000);
    QVERIFY2(acks.failures.isEmpty(), qPrintable(acks.failures.join('\n')));
    QVERIFY2(drained, qPrintable(QStringLiteral("issued %1, called %2, finished %3")
                                     .arg(acks.issued.size())
                                     .arg(acks.called.size())
                                     .arg(acks.finished.size())));
    QCOMPARE(acks.issued.size(), Tickets);
    QCOMPARE(acks.called.size(), Tickets);
    QCOMPARE(acks.finished.size(), Tickets);
    QCOMPARE(m_starts, 3);

    kiosk.stop();
    for (auto &counter : counters)
        counter->client().stop();
    m_server->terminate();
    QVERIFY(m_server->waitForFinished(20000));

    // The database, as the server left it.
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(dbPath());
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        QHash<qint64, QString> tickets;
        QVERIFY(q.exec(QStringLiteral("SELECT id, number, status FROM tickets")));
        while (q.next()) {
            tickets.insert(q.value(0).toLongLong(), q.value(1).toString());
            QCOMPARE(q.value(2).toString(), QStringLiteral("finished"));
        }
        // Each issue the kiosk was told about is there, under its number, and nothing else.
        QCOMPARE(tickets.size(), Tickets);
        for (const auto &[id, number] : std::as_const(acks.issued))
            QCOMPARE(tickets.value(id), number);
        // Each ticket was called once, by the window that was told it got it.
        QHash<qint64, int> callsByTicket;
        QVERIFY(q.exec(QStringLiteral("SELECT ticket_id, window_number FROM events WHERE kind = "
                                      "'call' ORDER BY id")));
        while (q.next()) {
            QVERIFY2(!callsByTicket.contains(q.value(0).toLongLong()), "a ticket was called twice");
            callsByTicket.insert(q.value(0).toLongLong(), q.value(1).toInt());
        }
        QCOMPARE(callsByTicket.size(), Tickets);
        for (const auto &[id, window] : std::as_const(acks.called))
            QCOMPARE(callsByTicket.value(id), window);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*), count(DISTINCT ticket_id) FROM events "
                                      "WHERE kind = 'finish'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), Tickets);
        QCOMPARE(q.value(1).toInt(), Tickets);
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
}

QTEST_GUILESS_MAIN(TestServerKill)
#include "tst_serverkill.moc"
