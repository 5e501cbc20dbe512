#include "metrics/MetricsHttpServer.h"
#include "metrics/MetricsRegistry.h"

#include <QElapsedTimer>
#include <QMap>
#include <QTcpSocket>
#include <QTest>

using halldesk::MetricsHttpServer;
using halldesk::MetricsRegistry;
using namespace std::chrono_literals;

namespace {

struct HttpReply
{
    int status = 0;
    QMap<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
    bool closedByServer = false;
};

// Sends chunks as separate writes (pausing between them so they leave as separate segments)
// and collects everything until the server closes. The server runs in this thread, so the
// client only ever waits by spinning the event loop.
QByteArray exchangeRaw(quint16 port, const QList<QByteArray> &chunks, int pauseMs = 0,
                       bool *closedByServer = nullptr)
{
    QTcpSocket socket;
    QByteArray received;
    QObject::connect(&socket, &QTcpSocket::readyRead, &socket,
                     [&socket, &received] { received += socket.readAll(); });
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!QTest::qWaitFor([&socket] { return socket.state() == QAbstractSocket::ConnectedState; },
                         5000))
        return {};
    for (const QByteArray &chunk : chunks) {
        if (socket.state() != QAbstractSocket::ConnectedState)
            break;
        socket.write(chunk);
        socket.flush();
        if (pauseMs > 0)
            QTest::qWait(pauseMs);
    }
    const bool closed = QTest::qWaitFor(
        [&socket] { return socket.state() == QAbstractSocket::UnconnectedState; }, 5000);
    received += socket.readAll();
    if (closedByServer != nullptr)
        *closedByServer = closed;
    return received;
}

HttpReply parseReply(const QByteArray &raw, bool closedByServer)
{
    HttpReply reply;
    reply.closedByServer = closedByServer;
    const qsizetype end = raw.indexOf("\r\n\r\n");
    if (end < 0)
        return reply;
    const QList<QByteArray> lines = raw.left(end).split('\n');
    const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
    if (statusLine.size() < 2 || statusLine.first() != "HTTP/1.1")
        return reply;
    reply.status = statusLine.at(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        reply.headers.insert(line.left(colon).toLower(), line.mid(colon + 1).trimmed());
    }
    reply.body = raw.mid(end + 4);
    return reply;
}

HttpReply exchange(quint16 port, const QList<QByteArray> &chunks, int pauseMs = 0)
{
    bool closed = false;
    const QByteArray raw = exchangeRaw(port, chunks, pauseMs, &closed);
    return parseReply(raw, closed);
}

// A GET of /health padded with a header to exactly size bytes of request head.
QByteArray paddedRequest(qsizetype size)
{
    QByteArray request = "GET /health HTTP/1.1\r\nX-Padding: ";
    const QByteArray tail = "\r\n\r\n";
    request += QByteArray(size - request.size() - tail.size(), 'a');
    return request + tail;
}

HttpReply get(quint16 port, const QByteArray &method, const QByteArray &target)
{
    return exchange(port, {method + ' ' + target + " HTTP/1.1\r\nHost: localhost\r\n\r\n"});
}

} // namespace

class TestMetricsHttpServer : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void listensOnEphemeralPort();
    void refusesPortInUse();
    void servesMetrics();
    void headSendsHeadersOnly();
    void health();
    void ready_data();
    void ready();
    void unknownPathIsNotFound_data();
    void unknownPathIsNotFound();
    void otherMethodsAreNotAllowed_data();
    void otherMethodsAreNotAllowed();
    void malformedRequestsGetBadRequest_data();
    void malformedRequestsGetBadRequest();
    void requestSplitOverSeveralWrites();
    void acceptsBareLineFeeds();
    void headJustBelowLimitIsServed();
    void oversizedHeadIsRejected_data();
    void oversizedHeadIsRejected();
    void idleClientIsDisconnected();
    void tricklingClientIsDisconnected();
    void keepsServingAfterGarbage();

private:
    std::unique_ptr<MetricsRegistry> m_registry;
    std::unique_ptr<MetricsHttpServer> m_server;
    bool m_ready = true;
};

void TestMetricsHttpServer::init()
{
    m_registry = std::make_unique<MetricsRegistry>();
    m_registry
        ->counter(QStringLiteral("halldesk_operations_total"), QStringLiteral("Operations."),
                  {{QStringLiteral("op"), QStringLiteral("callNext")}})
        .inc(7);
    m_ready = true;
    m_server = std::make_unique<MetricsHttpServer>(*m_registry, [this] { return m_ready; });
    QString error;
    QVERIFY2(m_server->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
}

void TestMetricsHttpServer::cleanup()
{
    m_server.reset();
    m_registry.reset();
}

void TestMetricsHttpServer::listensOnEphemeralPort()
{
    QVERIFY(m_server->port() != 0);
    MetricsHttpServer idle(*m_registry);
    QCOMPARE(idle.port(), quint16(0));
}

void TestMetricsHttpServer::refusesPortInUse()
{
    MetricsHttpServer second(*m_registry);
    QString error;
    QVERIFY(!second.listen(QHostAddress::LocalHost, m_server->port(), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!second.listen(QHostAddress::LocalHost, m_server->port(), nullptr));
}

void TestMetricsHttpServer::servesMetrics()
{
    const HttpReply reply = get(m_server->port(), "GET", "/metrics");
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.headers.value("content-type"),
             QByteArray("text/plain; version=0.0.4; charset=utf-8"));
    QCOMPARE(reply.headers.value("connection"), QByteArray("close"));
    QCOMPARE(reply.body, m_registry->renderPrometheus());
    QVERIFY(reply.body.contains("halldesk_operations_total{op=\"callNext\"} 7\n"));
    QCOMPARE(reply.headers.value("content-length").toLongLong(), reply.body.size());
    QVERIFY(reply.closedByServer);

    // A query string does not change the resource.
    QCOMPARE(get(m_server->port(), "GET", "/metrics?name[]=x").status, 200);
}

void TestMetricsHttpServer::headSendsHeadersOnly()
{
    const HttpReply reply = get(m_server->port(), "HEAD", "/metrics");
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.body.isEmpty());
    QCOMPARE(reply.headers.value("content-length").toLongLong(),
             m_registry->renderPrometheus().size());
    QCOMPARE(reply.headers.value("content-type"),
             QByteArray("text/plain; version=0.0.4; charset=utf-8"));

    const HttpReply health = get(m_server->port(), "HEAD", "/health");
    QCOMPARE(health.status, 200);
    QVERIFY(health.body.isEmpty());
    QCOMPARE(health.headers.value("content-length"), QByteArray("3"));
}

void TestMetricsHttpServer::health()
{
    const HttpReply reply = get(m_server->port(), "GET", "/health");
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.body, QByteArray("ok\n"));
    QCOMPARE(reply.headers.value("content-type"), QByteArray("text/plain; charset=utf-8"));
    QCOMPARE(reply.headers.value("connection"), QByteArray("close"));

    // Liveness does not depend on readiness.
    m_ready = false;
    QCOMPARE(get(m_server->port(), "GET", "/health").status, 200);
}

void TestMetricsHttpServer::ready_data()
{
    QTest::addColumn<bool>("ready");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("ready") << true << QByteArray("GET") << 200 << QByteArray("ready\n");
    QTest::newRow("not ready") << false << QByteArray("GET") << 503 << QByteArray("not ready\n");
    QTest::newRow("HEAD not ready") << false << QByteArray("HEAD") << 503 << QByteArray();
}

void TestMetricsHttpServer::ready()
{
    QFETCH(bool, ready);
    QFETCH(QByteArray, method);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    m_ready = ready;
    const HttpReply reply = get(m_server->port(), method, "/ready");
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.body, body);

    // Without a callback the server counts as ready.
    MetricsHttpServer plain(*m_registry);
    QVERIFY(plain.listen(QHostAddress::LocalHost, 0, nullptr));
    QCOMPARE(get(plain.port(), "GET", "/ready").status, 200);
}

void TestMetricsHttpServer::unknownPathIsNotFound_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::newRow("root") << QByteArray("/");
    QTest::newRow("other") << QByteArray("/admin");
    QTest::newRow("prefix") << QByteArray("/metricsx");
    QTest::newRow("subpath") << QByteArray("/metrics/x");
    QTest::newRow("case") << QByteArray("/Metrics");
}

void TestMetricsHttpServer::unknownPathIsNotFound()
{
    QFETCH(QByteArray, target);
    const HttpReply reply = get(m_server->port(), "GET", target);
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.headers.value("content-length").toLongLong(), reply.body.size());
    QVERIFY(reply.closedByServer);
}

void TestMetricsHttpServer::otherMethodsAreNotAllowed_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::newRow("POST") << QByteArray("POST");
    QTest::newRow("PUT") << QByteArray("PUT");
    QTest::newRow("DELETE") << QByteArray("DELETE");
    QTest::newRow("OPTIONS") << QByteArray("OPTIONS");
    QTest::newRow("lower-case get") << QByteArray("get");
}

void TestMetricsHttpServer::otherMethodsAreNotAllowed()
{
    QFETCH(QByteArray, method);
    const HttpReply reply = get(m_server->port(), method, "/metrics");
    QCOMPARE(reply.status, 405);
    QCOMPARE(reply.headers.value("allow"), QByteArray("GET, HEAD"));
    QVERIFY(!reply.body.contains("halldesk_operations_total"));
    QVERIFY(reply.closedByServer);
}

void TestMetricsHttpServer::malformedRequestsGetBadRequest_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::newRow("garbage") << QByteArray("garbage\r\n\r\n");
    QTest::newRow("binary") << QByteArray("\x00\x01\x02\xff\r\n\r\n", 8);
    QTest::newRow("no version") << QByteArray("GET /metrics\r\n\r\n");
    QTest::newRow("other protocol") << QByteArray("GET /metrics FTP/1.0\r\n\r\n");
    QTest::newRow("relative target") << QByteArray("GET metrics HTTP/1.1\r\n\r\n");
    QTest::newRow("four words") << QByteArray("GET /metrics HTTP/1.1 x\r\n\r\n");
    QTest::newRow("double space") << QByteArray("GET  /metrics HTTP/1.1\r\n\r\n");
    QTest::newRow("control in target") << QByteArray("GET /met\x01rics HTTP/1.1\r\n\r\n");
    QTest::newRow("header without colon")
        << QByteArray("GET /metrics HTTP/1.1\r\nHost localhost\r\n\r\n");
    QTest::newRow("space before colon")
        << QByteArray("GET /metrics HTTP/1.1\r\nHost : localhost\r\n\r\n");
    QTest::newRow("folded header")
        << QByteArray("GET /metrics HTTP/1.1\r\nX-A: 1\r\n  continued\r\n\r\n");
}

void TestMetricsHttpServer::malformedRequestsGetBadRequest()
{
    QFETCH(QByteArray, request);
    const HttpReply reply = exchange(m_server->port(), {request});
    QCOMPARE(reply.status, 400);
    QVERIFY(reply.closedByServer);
    QCOMPARE(reply.headers.value("connection"), QByteArray("close"));
    QVERIFY(!reply.body.contains("halldesk_operations_total"));
}

void TestMetricsHttpServer::requestSplitOverSeveralWrites()
{
    const HttpReply reply =
        exchange(m_server->port(),
                 {"GE", "T /met", "rics HTTP/1.1\r\nHo", "st: localhost\r\n", "\r", "\n"}, 30);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.body, m_registry->renderPrometheus());
}

void TestMetricsHttpServer::acceptsBareLineFeeds()
{
    const HttpReply reply = exchange(m_server->port(), {"\r\nGET /health HTTP/1.0\nHost: x\n\n"});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.body, QByteArray("ok\n"));
}

void TestMetricsHttpServer::headJustBelowLimitIsServed()
{
    const QByteArray request = paddedRequest(MetricsHttpServer::MaxRequestHeadBytes);
    QCOMPARE(request.size(), MetricsHttpServer::MaxRequestHeadBytes);
    QCOMPARE(exchange(m_server->port(), {request}).status, 200);
}

void TestMetricsHttpServer::oversizedHeadIsRejected_data()
{
    QTest::addColumn<QByteArray>("request");
    const QByteArray big(9 * 1024, 'a');
    QTest::newRow("9 KiB header") << "GET /metrics HTTP/1.1\r\nX-Big: " + big + "\r\n\r\n";
    QTest::newRow("9 KiB without end") << "GET /metrics HTTP/1.1\r\nX-Big: " + big;
    QTest::newRow("9 KiB request line") << "GET /" + big + " HTTP/1.1\r\n\r\n";
    QTest::newRow("one byte too many") << paddedRequest(MetricsHttpServer::MaxRequestHeadBytes + 1);
}

void TestMetricsHttpServer::oversizedHeadIsRejected()
{
    QFETCH(QByteArray, request);
    const HttpReply reply = exchange(m_server->port(), {request});
    QCOMPARE(reply.status, 400);
    QVERIFY(reply.closedByServer);
}

void TestMetricsHttpServer::idleClientIsDisconnected()
{
    m_server->setIdleTimeout(200ms);
    QCOMPARE(m_server->idleTimeout(), 200ms);
    QElapsedTimer elapsed;
    elapsed.start();
    bool closed = false;
    const QByteArray received = exchangeRaw(m_server->port(), {}, 0, &closed);
    QVERIFY(closed);
    QVERIFY(received.isEmpty());
    QVERIFY2(elapsed.elapsed() >= 150, QByteArray::number(elapsed.elapsed()));

    // An unfinished request head is no different.
    closed = false;
    QVERIFY(exchangeRaw(m_server->port(), {"GET /metrics HTTP/1.1\r\n"}, 0, &closed).isEmpty());
    QVERIFY(closed);
}

void TestMetricsHttpServer::tricklingClientIsDisconnected()
{
    m_server->setIdleTimeout(300ms);
    QList<QByteArray> chunks;
    for (char c : QByteArray("GET /metrics HTTP/1.1\r\nHost: localhost\r\n\r\n"))
        chunks << QByteArray(1, c);
    // 100 ms per byte: every gap is below the timeout, the whole request is not.
    bool closed = false;
    const QByteArray received = exchangeRaw(m_server->port(), chunks.mid(0, 10), 100, &closed);
    QVERIFY(closed);
    QVERIFY(received.isEmpty());
}

void TestMetricsHttpServer::keepsServingAfterGarbage()
{
    // A client that vanishes mid-request.
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(QTest::qWaitFor(
            [&socket] { return socket.state() == QAbstractSocket::ConnectedState; }, 5000));
        socket.write("GET /met");
        socket.flush();
        QTest::qWait(20);
        socket.abort();
    }
    m_server->setIdleTimeout(300ms);
    QCOMPARE(exchange(m_server->port(), {QByteArray("\x16\x03\x01\x02\x00\x01\x00", 7)}).status,
             0); // A TLS hello: no head end, closed by the idle timer or the server, no crash.
    QCOMPARE(exchange(m_server->port(), {"garbage\r\n\r\n"}).status, 400);
    QCOMPARE(exchange(m_server->port(), {QByteArray(20000, '\n')}).status, 400);
    QCOMPARE(get(m_server->port(), "GET", "/health").status, 200);
    QCOMPARE(get(m_server->port(), "GET", "/metrics").body, m_registry->renderPrometheus());
}

QTEST_GUILESS_MAIN(TestMetricsHttpServer)
#include "tst_metricshttpserver.moc"
