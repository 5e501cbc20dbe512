#include "NetworkFixture.h"

#include "EngineFixture.h"
#include "TestDatabase.h"
#include "TestHall.h"
#include "auth/PasswordHasher.h"
#include "pki/TlsSettings.h"
#include "server/ServerStore.h"
#include "storage/Database.h"
#include "storage/HallConfigRepository.h"
#include "storage/PreparedStatements.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QUuid>

namespace halldesk::test {

const QString NetworkFixture::Password = QStringLiteral("counter-password-1");

// --- RawTerminal ------------------------------------------------------------------------------

RawTerminal::RawTerminal(const QSslConfiguration &tls)
{
    m_socket.setSslConfiguration(tls);
    auto onFrame = [this](const QByteArray &bytes) {
        const QJsonDocument document = QJsonDocument::fromJson(bytes);
        if (!document.isObject()) {
            ++m_unparsable;
            return;
        }
        const QJsonObject frame = document.object();
        if (frame.value(QLatin1String("type")).toString() == QLatin1String("hello") &&
            m_hello.isEmpty())
            m_hello = frame;
        else
            m_frames.append(frame);
    };
    QObject::connect(&m_socket, &QWebSocket::textMessageReceived, &m_socket,
                     [onFrame](const QString &text) { onFrame(text.toUtf8()); });
    QObject::connect(&m_socket, &QWebSocket::binaryMessageReceived, &m_socket, onFrame);
}

RawTerminal::~RawTerminal()
{
    m_socket.abort();
}

bool RawTerminal::open(const QUrl &url, int timeoutMs)
{
    bool gone = false;
    const auto connection =
        QObject::connect(&m_socket, &QWebSocket::disconnected, &m_socket, [&gone] { gone = true; });
    m_socket.open(url);
    const bool settled = QTest::qWaitFor([&] { return !m_hello.isEmpty() || gone; }, timeoutMs);
    Q_UNUSED(settled)
    QObject::disconnect(connection);
    return !m_hello.isEmpty() && isOpen();
}

bool RawTerminal::waitClosed(int timeoutMs)
{
    return QTest::qWaitFor([this] { return m_socket.state() == QAbstractSocket::UnconnectedState; },
                           timeoutMs);
}

QList<QJsonObject> RawTerminal::responses() const
{
    QList<QJsonObject> list;
    for (const QJsonObject &frame : m_frames) {
        if (frame.value(QLatin1String("type")).toString() == QLatin1String("response"))
            list << frame;
    }
    return list;
}

QList<QJsonObject> RawTerminal::events() const
{
    QList<QJsonObject> list;
    for (const QJsonObject &frame : m_frames) {
        if (frame.value(QLatin1String("type")).toString() != QLatin1String("events"))
            continue;
        for (const QJsonValue &event : frame.value(QLatin1String("events")).toArray())
            list << event.toObject();
    }
    return list;
}

void RawTerminal::sendText(const QByteArray &frame)
{
    m_socket.sendTextMessage(QString::fromUtf8(frame));
}

QString RawTerminal::send(const QString &op, const QJsonObject &args, const QString &key)
{
    const QString id = QStringLiteral("t%1").arg(++m_nextId);
    QJsonObject frame{{QStringLiteral("v"), 1},
                      {QStringLiteral("id"), id},
                      {QStringLiteral("op"), op},
                      {QStringLiteral("args"), args}};
    if (!key.isEmpty())
        frame.insert(QStringLiteral("key"), key);
    sendText(QJsonDocument(frame).toJson(QJsonDocument::Compact));
    return id;
}

QJsonObject RawTerminal::waitResponse(const QString &id, int timeoutMs)
{
    QJsonObject found;
    const bool settled = QTest::qWaitFor(
        [&] {
            for (const QJsonObject &frame : std::as_const(m_frames)) {
                if (frame.value(QLatin1String("type")).toString() == QLatin1String("response") &&
                    frame.value(QLatin1String("id")).toString() == id) {
                    found = frame;
                    return true;
                }
            }
            return !isOpen();
        },
        timeoutMs);
    Q_UNUSED(settled)
    return found;
}

QJsonObject RawTerminal::call(const QString &op, const QJsonObject &args, const QString &key,
                              int timeoutMs)
{
    return waitResponse(send(op, args, key), timeoutMs);
}

QJsonObject RawTerminal::change(const QString &op, const QJsonObject &args, int timeoutMs)
{
    return call(op, args, newKey(), timeoutMs);
}

bool RawTerminal::waitResponses(int count, int timeoutMs)
{
    return QTest::qWaitFor([&] { return responses().size() >= count; }, timeoutMs);
}

QJsonObject RawTerminal::waitEvent(const QString &kind,
                                   const std::function<bool(const QJsonObject &)> &accept,
                                   int timeoutMs)
{
    QJsonObject found;
    const bool settled = QTest::qWaitFor(
        [&] {
            for (const QJsonObject &event : events()) {
                const QJsonObject data = event.value(QLatin1String("data")).toObject();
                if (event.value(QLatin1String("kind")).toString() == kind &&
                    (!accept || accept(data))) {
                    found = event;
                    return true;
                }
            }
            return false;
        },
        timeoutMs);
    Q_UNUSED(settled)
    return found;
}

QString RawTerminal::newKey()
{
    return QStringLiteral("k-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// --- NetworkFixture ---------------------------------------------------------------------------

NetworkFixture::NetworkFixture(ClockKind clock, const std::function<void(ServerSettings &)> &tune,
                               const std::optional<HallDefinition> &hall)
    : m_manualClock(mondayMorningUtc())
    , m_clockKind(clock)
    , m_cipher(testKey())
    , m_metrics(m_registry)
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary directory");
        return;
    }
    m_pki = DevelopmentPki::ensure(m_dir.filePath(QStringLiteral("pki")), &m_error);
    if (!m_pki)
        return;
    m_settings.listenAddress = QHostAddress::LocalHost;
    m_settings.port = 0;
    m_settings.passwordIterations = PasswordHasher::MinimumIterations;
    m_settings.tls = m_pki->serverFiles();
    m_settings.documentsDirectory = m_dir.path() + QStringLiteral("/documents");
    if (tune)
        tune(m_settings);

    // SQLite unless the test runs on PostgreSQL (halldesk_add_backend_test).
    if (TestDatabase::backendUnderTest() == Backend::Postgres) {
        m_testDb = std::make_unique<TestDatabase>(Backend::Postgres);
        if (!m_testDb->isValid()) {
            m_error = m_testDb->error();
            return;
        }
        m_url = m_testDb->url();
    } else {
        m_url.backend = Backend::Sqlite;
        m_url.path = m_dir.filePath(QStringLiteral("hall.db"));
    }
    {
        Database database(m_url);
        if (const auto error = database.open()) {
            m_error = error->message() + QLatin1Char(' ') + error->driverText;
            return;
        }
        try {
            HallConfigRepository(database).installIfEmpty(hall ? *hall : smallHall());
            PreparedStatements statements(database);
            database.beginWrite();
            ServerStore(statements)
                .setPasswordWhereMissing(
                    PasswordHasher::hash(Password, PasswordHasher::MinimumIterations),
                    this->clock().nowMs());
            database.commit();
        } catch (const StorageError &e) {
            database.rollback();
            m_error = QString::fromUtf8(e.what());
            return;
        }
        database.close();
    }
    m_executor = std::make_unique<EngineExecutor>(m_url, this->clock(), m_cipher);
    if (const auto error = m_executor->start()) {
        m_error = *error;
        return;
    }
    startServer();
}

NetworkFixture::~NetworkFixture()
{
    m_server.reset();
    m_executor.reset();
}

const Clock &NetworkFixture::clock() const
{
    if (m_clockKind == ClockKind::Manual)
        return m_manualClock;
    return m_systemClock;
}

bool NetworkFixture::startServer()
{
    m_server.reset();
    m_settings.port = m_port;
    QDeadlineTimer deadline(10000);
    for (;;) {
        auto server = std::make_unique<HallServer>(*m_executor, clock(), m_settings, m_metrics);
        QString error;
        if (server->listen(&error)) {
            m_server = std::move(server);
            m_port = m_server->port();
            m_error.clear();
            return true;
        }
        // A port given back a moment ago may still be taken.
        if (m_port == 0 || deadline.hasExpired()) {
            m_error = error;
            return false;
        }
        QTest::qWait(100);
    }
}

void NetworkFixture::stopServer()
{
    m_server.reset();
    // Let the sockets' deferred deletes and close notifications run.
    QCoreApplication::processEvents();
}

bool NetworkFixture::restartExecutor()
{
    stopServer();
    m_executor.reset();
    m_executor = std::make_unique<EngineExecutor>(m_url, clock(), m_cipher);
    if (const auto error = m_executor->start()) {
        m_error = *error;
        return false;
    }
    return startServer();
}

QUrl NetworkFixture::url() const
{
    return QUrl(QStringLiteral("wss://127.0.0.1:%1").arg(m_port));
}

TlsFiles NetworkFixture::terminalFiles(TerminalRole role, int window)
{
    QString error;
    const auto files = m_pki->terminalFiles(role, window, &error);
    if (!files)
        qFatal("no terminal certificate: %s", qPrintable(error));
    return *files;
}

QSslConfiguration NetworkFixture::terminalTls(TerminalRole role, int window)
{
    QString error;
    const auto configuration = TlsSettings::client(terminalFiles(role, window), &error);
    if (!configuration)
        qFatal("no client TLS configuration: %s", qPrintable(error));
    return *configuration;
}

std::unique_ptr<RawTerminal> NetworkFixture::raw(TerminalRole role, int window)
{
    auto terminal = std::make_unique<RawTerminal>(terminalTls(role, window));
    if (!terminal->open(url()))
        return nullptr;
    return terminal;
}

bool NetworkFixture::signInCounter(RawTerminal &counter, const QString &staffNo)
{
    const QJsonObject login =
        counter.call(QStringLiteral("login"), {{QStringLiteral("staffNo"), staffNo},
                                               {QStringLiteral("password"), Password}});
    if (!login.value(QLatin1String("ok")).toBool())
        return false;
    return counter.change(QStringLiteral("signIn")).value(QLatin1String("ok")).toBool();
}

bool NetworkFixture::serveTicket(RawTerminal &counter, const QString &queue, int waitS,
                                 int serviceS)
{
    const auto ok = [](const QJsonObject &answer) {
        return answer.value(QLatin1String("ok")).toBool();
    };
    if (!ok(counter.change(QStringLiteral("issueTicket"), {{QStringLiteral("queue"), queue}})))
        return false;
    m_manualClock.advanceSecs(waitS);
    const QJsonObject called = counter.change(QStringLiteral("callNext"));
    if (!ok(called))
        return false;
    const QJsonValue ticketId = called.value(QLatin1String("result"))
                                    .toObject()
                                    .value(QLatin1String("ticket"))
                                    .toObject()
                                    .value(QLatin1String("id"));
    m_manualClock.advanceSecs(serviceS);
    return ok(counter.change(QStringLiteral("finish"), {{QStringLiteral("ticketId"), ticketId}}));
}

std::unique_ptr<RawTerminal> NetworkFixture::supervisorConsole(const QString &staffNo)
{
    return consoleWithRole(staffNo, QStringLiteral("supervisor"));
}

std::unique_ptr<RawTerminal> NetworkFixture::adminConsole(const QString &staffNo)
{
    return consoleWithRole(staffNo, QStringLiteral("admin"));
}

std::unique_ptr<RawTerminal> NetworkFixture::consoleWithRole(const QString &staffNo,
                                                             const QString &role)
{
    rows(QStringLiteral("UPDATE staff SET role = '%1' WHERE staff_no = '%2'").arg(role, staffNo));
    auto console = raw(TerminalRole::Supervisor, 0);
    if (!console || !console
                         ->call(QStringLiteral("login"), {{QStringLiteral("staffNo"), staffNo},
                                                          {QStringLiteral("password"), Password}})
                         .value(QLatin1String("ok"))
                         .toBool())
        return nullptr;
    return console;
}

HallClientSettings NetworkFixture::clientSettings(TerminalRole role, int window)
{
    HallClientSettings settings;
    settings.url = url();
    settings.tls = terminalFiles(role, window);
    settings.initialBackoff = std::chrono::milliseconds(50);
    settings.maxBackoff = std::chrono::milliseconds(400);
    return settings;
}

std::unique_ptr<HallClient> NetworkFixture::client(TerminalRole role, int window,
                                                   ClientOutbox *outbox)
{
    return std::make_unique<HallClient>(clientSettings(role, window), outbox);
}

QList<QVariantList> NetworkFixture::rows(const QString &sql)
{
    return m_executor->run([sql](WriterContext &context) {
        QList<QVariantList> result;
        QSqlQuery query(context.database.connection());
        if (!query.exec(sql)) {
            qWarning() << "query failed:" << sql;
            return result;
        }
        while (query.next()) {
            QVariantList row;
            for (int i = 0; i < query.record().count(); ++i)
                row << query.value(i);
            result << row;
        }
        return result;
    });
}

int NetworkFixture::count(const QString &table, const QString &where)
{
    const auto result = rows(QStringLiteral("SELECT count(*) FROM ") + table +
                             (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where));
    return result.isEmpty() ? -1 : result.first().value(0).toInt();
}

qint64 NetworkFixture::staffId(const QString &staffNo)
{
    const auto result =
        rows(QStringLiteral("SELECT id FROM staff WHERE staff_no = '%1'").arg(staffNo));
    return result.isEmpty() ? 0 : result.first().value(0).toLongLong();
}

quint64 NetworkFixture::counter(const QString &name, const MetricsRegistry::Labels &labels)
{
    // Read from the rendered text, so asking never registers a metric the server has not.
    auto sorted = labels;
    std::sort(sorted.begin(), sorted.end());
    QStringList parts;
    for (const auto &[label, value] : sorted)
        parts << label + QStringLiteral("=\"") + value + QLatin1Char('"');
    const QString series =
        name + (parts.isEmpty()
                    ? QString()
                    : QLatin1Char('{') + parts.join(QLatin1Char(',')) + QLatin1Char('}'));
    const QString text = QString::fromUtf8(m_registry.renderPrometheus());
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (line.startsWith(series + QLatin1Char(' ')))
            return quint64(line.mid(series.size() + 1).toDouble());
    }
    return 0;
}

quint64 NetworkFixture::requests(const QString &op, const QString &result)
{
    return counter(QStringLiteral("halldesk_requests_total"),
                   {{QStringLiteral("op"), op}, {QStringLiteral("result"), result}});
}

quint64 NetworkFixture::refused(const QString &reason)
{
    return counter(QStringLiteral("halldesk_connections_refused_total"),
                   {{QStringLiteral("reason"), reason}});
}

// --- helpers ----------------------------------------------------------------------------------

HallClient::Callback ReplyCatcher::callback()
{
    return [box = m_reply](const ClientReply &reply) {
        *box = reply;
    };
}

bool ReplyCatcher::wait(int timeoutMs) const
{
    return QTest::qWaitFor([this] { return has(); }, timeoutMs);
}

bool waitForState(const HallClient &client, HallClient::State state, int timeoutMs)
{
    return QTest::qWaitFor([&] { return client.state() == state; }, timeoutMs);
}

QString errorCode(const QJsonObject &response)
{
    return response.value(QLatin1String("error"))
        .toObject()
        .value(QLatin1String("code"))
        .toString();
}

QJsonObject resultOf(const QJsonObject &response)
{
    return response.value(QLatin1String("result")).toObject();
}

QString errorDetail(const QJsonObject &response)
{
    return response.value(QLatin1String("error"))
        .toObject()
        .value(QLatin1String("detail"))
        .toString();
}

bool isOk(const QJsonObject &response)
{
    return response.value(QLatin1String("ok")).toBool();
}

QString describe(const QJsonObject &frame)
{
    return QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact));
}

void quiet(ServerSettings &settings)
{
    settings.queueStatusInterval = std::chrono::hours(1);
    settings.sweepInterval = std::chrono::hours(1);
}

} // namespace halldesk::test
