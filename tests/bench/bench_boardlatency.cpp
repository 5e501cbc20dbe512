// How soon the hall board learns of a call, on loopback with real TLS: a signed-in counter
// calls the next ticket of an in-process hall server, and the time runs from the moment the
// counter's callNext answer arrives to the moment the board's BoardSession reports the call
// (its `called` signal, which the screen and the voice follow). Prints figures; it passes or
// fails on nothing but errors.
//   bench_boardlatency [--calls N]
// A negative time means the board heard of the call before the counter had its answer.

#include "NetworkFixture.h"
#include "Percentile.h"
#include "board/BoardSession.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTest>
#include <cstdio>
#include <optional>
#include <vector>

using namespace halldesk;
using namespace halldesk::test;

namespace {

int fail(const char *why)
{
    std::printf("status=failed reason=\"%s\"\n", why);
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({{QStringLiteral("calls"), QStringLiteral("Calls to time."),
                        QStringLiteral("n"), QStringLiteral("200")}});
    parser.process(app);
    const int calls = std::clamp(parser.value(QStringLiteral("calls")).toInt(), 1, 100000);
    QLoggingCategory::setFilterRules(QStringLiteral("halldesk.*.info=false"));

    NetworkFixture fixture(NetworkFixture::ClockKind::System);
    if (!fixture.isValid())
        return fail("the hall server did not start");
    auto counter = fixture.raw(TerminalRole::Counter, 1);
    auto kiosk = fixture.raw(TerminalRole::Kiosk, 0);
    if (!counter || !kiosk || !fixture.signInCounter(*counter, QStringLiteral("S1")))
        return fail("the counter or the kiosk could not connect");
    auto client = fixture.client(TerminalRole::Board, 0);
    BoardSession board(*client, fixture.clock());
    if (!board.start() || !waitForState(*client, HallClient::State::Ready))
        return fail("the board could not connect");

    QElapsedTimer clock;
    clock.start();
    QString callId;
    std::optional<qint64> answeredNs;
    std::optional<qint64> heardNs;
    // The answer is timed as it comes off the counter's socket, not when a wait returns.
    QObject::connect(
        &counter->socket(), &QWebSocket::textMessageReceived, &app, [&](const QString &text) {
            const QJsonObject frame = QJsonDocument::fromJson(text.toUtf8()).object();
            if (!callId.isEmpty() && frame.value(QLatin1String("id")).toString() == callId)
                answeredNs = clock.nsecsElapsed();
        });
    QObject::connect(&board, &BoardSession::called, &app,
                     [&](const BoardCall &, bool) { heardNs = clock.nsecsElapsed(); });

    std::vector<double> ms;
    ms.reserve(size_t(calls));
    qint64 serving = 0;
    for (int i = 0; i < calls; ++i) {
        if (!isOk(kiosk->change(QStringLiteral("issueTicket"),
                                {{QStringLiteral("queue"), QStringLiteral("QA2")}})))
            return fail("issueTicket failed");
        answeredNs.reset();
        heardNs.reset();
        callId = counter->send(QStringLiteral("callNext"), {}, RawTerminal::newKey());
        const QJsonObject called = counter->waitResponse(callId);
        if (!isOk(called))
            return fail("callNext failed");
        if (!QTest::qWaitFor([&] { return answeredNs && heardNs; }, 10000))
            return fail("the board did not hear of a call");
        ms.push_back(double(*heardNs - *answeredNs) / 1e6);
        serving = called.value(QLatin1String("result"))
                      .toObject()
                      .value(QLatin1String("ticket"))
                      .toObject()
                      .value(QLatin1String("id"))
                      .toInteger();
        if (!isOk(
                counter->change(QStringLiteral("finish"), {{QStringLiteral("ticketId"), serving}})))
            return fail("finish failed");
    }
    std::printf("calls=%d median_ms=%.3f p95_ms=%.3f min_ms=%.3f max_ms=%.3f status=ok\n", calls,
                percentile(ms, 0.5), percentile(ms, 0.95), percentile(ms, 0.0),
                percentile(ms, 1.0));
    return 0;
}
