// Call-next benchmark on the demo hall (271 windows, 30 queues), on SQLite (synchronous=FULL)
// or PostgreSQL (HALLDESK_TEST_PG_URL). Prints figures; it passes or fails on nothing but errors.
//   bench_callnext [--backend sqlite|postgres] [--waiting N] [--calls N] [--callers N] [--tickets
//   N]
// 1. Latency: one window calls next with N tickets waiting in the hall (each call is followed,
//    untimed, by finishing the ticket and issuing a new one so the line stays as long).
// 2. Throughput: N windows, each on its own thread and connection, call next and finish until
//    a pre-issued backlog is served.
// 3. The same N windows through the server's single writer (EngineExecutor, group commit),
//    first as N blocking threads, then as N concurrent requests in flight (as the server's
//    event loop will hold them: no thread per window).

#include "EngineFixture.h"
#include "Percentile.h"
#include "hall/HallDefinitionLoader.h"
#include "queue/EngineExecutor.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <cstdio>
#include <thread>

using namespace halldesk;
using namespace halldesk::test;

namespace {

QStringList queueCodes(const HallDefinition &hall)
{
    QStringList codes;
    for (const auto &q : hall.queues)
        codes << q.code;
    return codes;
}

bool issueMany(QueueEngine &engine, const QStringList &codes, int count, int offset = 0)
{
    for (int i = 0; i < count; ++i) {
        IssueRequest request;
        request.queueCode = codes.at((i + offset) % codes.size());
        if (!engine.issueTicket(request).ok())
            return false;
    }
    return true;
}

Actor signIn(QueueEngine &engine, int window)
{
    const auto staff =
        engine.staffByNumber(QStringLiteral("HD%1").arg(window + 11, 4, 10, QLatin1Char('0')));
    if (!staff || !engine.signIn(staff->id, window).ok())
        qFatal("cannot sign in window %d", window);
    return Actor{staff->id, window};
}

// Signs in windows 1..callers and issues the backlog over the queues they serve, so that no
// ticket is left that nobody may call.
std::vector<Actor> signInAndFillBacklog(EngineFixture &fixture, int callers, int backlog)
{
    std::vector<Actor> actors;
    QStringList served;
    for (int w = 1; w <= callers; ++w) {
        actors.push_back(signIn(fixture.engine(), w));
        const auto window = fixture.engine().window(w);
        for (const auto &q : window->queues)
            if (!served.contains(q.queueCode))
                served << q.queueCode;
    }
    if (!issueMany(fixture.engine(), served, backlog))
        qFatal("issue failed");
    return actors;
}

// Each window thread calls next and finishes until the backlog is served, either on its own
// connection or through one shared EngineExecutor.
bool runThroughput(const HallDefinition &hall, int callers, int backlog, bool throughExecutor)
{
    EngineFixture fixture(hall);
    if (!fixture.isValid())
        qFatal("%s", qPrintable(fixture.error()));
    const std::vector<Actor> actors = signInAndFillBacklog(fixture, callers, backlog);

    std::unique_ptr<EngineExecutor> executor;
    if (throughExecutor) {
        executor =
            std::make_unique<EngineExecutor>(fixture.url(), fixture.clock(), fixture.cipher());
        if (const auto error = executor->start())
            qFatal("%s", qPrintable(*error));
    }
    std::atomic<int> ready{0};
    std::atomic<bool> go{false};
    std::atomic<int> done{0};
    std::atomic<int> errors{0};
    std::vector<std::thread> threads;
    std::vector<std::vector<double>> perThread(static_cast<size_t>(callers));
    for (int i = 0; i < callers; ++i) {
        threads.emplace_back([&, i] {
            EngineFixture::Connection connection;
            if (!throughExecutor)
                connection = fixture.connect();
            ++ready;
            while (!go.load())
                std::this_thread::yield();
            if (!throughExecutor && !connection.engine) {
                ++errors;
                return;
            }
            const Actor actor = actors[size_t(i)];
            auto call = [&]() {
                if (throughExecutor)
                    return executor->run([actor](QueueEngine &e) { return e.callNext(actor); });
                return connection.engine->callNext(actor);
            };
            auto finish = [&](qint64 id) {
                if (throughExecutor)
                    return executor->run(
                        [actor, id](QueueEngine &e) { return e.finish(actor, id); });
                return connection.engine->finish(actor, id);
            };
            QElapsedTimer timer;
            for (;;) {
                timer.start();
                const auto called = call();
                perThread[size_t(i)].push_back(double(timer.nsecsElapsed()) / 1e6);
                if (!called.ok()) {
                    if (called.code() != ErrorCode::NoTicketWaiting)
                        ++errors;
                    return;
                }
                ++done;
                if (!finish(called->id).ok())
                    ++errors;
            }
        });
    }
    while (ready.load() < callers)
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    QElapsedTimer wall;
    wall.start();
    go = true;
    for (auto &t : threads)
        t.join();
    const double seconds = double(wall.nsecsElapsed()) / 1e9;
    std::vector<double> all;
    for (const auto &v : perThread)
        all.insert(all.end(), v.begin(), v.end());
    std::printf("throughput %s, %d callers, %d tickets: %d call-next in %.2f s = %.0f call-next/s "
                "(%.0f transactions/s with finish); call-next under load p50 %.2f ms p99 %.2f ms",
                throughExecutor ? "shared writer (group commit)" : "one connection per window",
                callers, backlog, done.load(), seconds, done.load() / seconds,
                2 * done.load() / seconds, percentile(all, 0.5), percentile(all, 0.99));
    if (executor)
        std::printf("; %lld operations in %lld commits", executor->operations(),
                    executor->batches());
    std::printf("; errors %d\n", errors.load());
    return errors.load() == 0 && done.load() == backlog;
}

// N windows as N requests in flight through one EngineExecutor: each window's next request
// is posted when its previous one completes, as a server's event loop would do.
bool runAsyncThroughput(const HallDefinition &hall, int callers, int backlog)
{
    EngineFixture fixture(hall);
    if (!fixture.isValid())
        qFatal("%s", qPrintable(fixture.error()));
    const std::vector<Actor> actors = signInAndFillBacklog(fixture, callers, backlog);
    EngineExecutor executor(fixture.url(), fixture.clock(), fixture.cipher());
    if (const auto error = executor.start())
        qFatal("%s", qPrintable(*error));

    std::mutex mutex;
    std::condition_variable allDone;
    int finishedCallers = 0;
    std::atomic<int> done{0};
    std::atomic<int> errors{0};
    std::function<void(size_t)> callNext;
    callNext = [&](size_t i) {
        const Actor actor = actors[i];
        executor.post([actor](QueueEngine &e) { return e.callNext(actor); },
                      [&, i, actor](Result<Ticket> called) {
                          if (!called.ok()) {
                              if (called.code() != ErrorCode::NoTicketWaiting)
                                  ++errors;
                              std::lock_guard lock(mutex);
                              ++finishedCallers;
                              allDone.notify_one();
                              return;
                          }
                          ++done;
                          executor.post([actor, id = called->id](
                                            QueueEngine &e) { return e.finish(actor, id); },
                                        [&, i](Result<Ticket> finished) {
                                            if (!finished.ok())
                                                ++errors;
                                            callNext(i);
                                        });
                      });
    };
    QElapsedTimer wall;
    wall.start();
    for (size_t i = 0; i < actors.size(); ++i)
        callNext(i);
    {
        std::unique_lock lock(mutex);
        allDone.wait(lock, [&] { return finishedCallers == callers; });
    }
    const double seconds = double(wall.nsecsElapsed()) / 1e9;
    std::printf(
        "throughput shared writer, %d requests in flight, %d tickets: %d call-next in %.2f s = "
        "%.0f call-next/s (%.0f transactions/s with finish); %lld operations in %lld commits; "
        "errors %d\n",
        callers, backlog, done.load(), seconds, done.load() / seconds, 2 * done.load() / seconds,
        executor.operations(), executor.batches(), errors.load());
    return errors.load() == 0 && done.load() == backlog;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    auto option = [&parser](const char *name, const char *help, const char *fallback) {
        parser.addOption(QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(help),
                                            QStringLiteral("value"),
                                            QString::fromLatin1(fallback)));
    };
    option("backend", "sqlite or postgres", "sqlite");
    option("waiting", "tickets waiting during the latency run", "500");
    option("calls", "timed calls in the latency run", "2000");
    option("callers", "concurrent windows", "271");
    option("tickets", "backlog for the throughput run", "10000");
    option("only", "run one part: latency, direct, executor or async (default: all)", "");
    parser.process(app);
    const QString backend = parser.value(QStringLiteral("backend"));
    qputenv("HALLDESK_TEST_BACKEND", backend.toUtf8());
    const int waiting = parser.value(QStringLiteral("waiting")).toInt();
    const int calls = parser.value(QStringLiteral("calls")).toInt();
    const int callers = std::clamp(parser.value(QStringLiteral("callers")).toInt(), 1, 271);
    const int backlog = parser.value(QStringLiteral("tickets")).toInt();
    const QString only = parser.value(QStringLiteral("only"));
    auto wanted = [&only](const char *part) {
        return only.isEmpty() || only == QLatin1String(part);
    };
    QLoggingCategory::setFilterRules(QStringLiteral("halldesk.*.info=false"));

    const HallDefinition hall = HallDefinitionLoader::demoHall();
    const QStringList codes = queueCodes(hall);

    // 1. Latency of one call-next transaction.
    std::vector<double> latencies;
    if (wanted("latency")) {
        EngineFixture fixture(hall);
        if (!fixture.isValid())
            qFatal("%s", qPrintable(fixture.error()));
        QueueEngine &engine = fixture.engine();
        // Window 1 serves two queues of the general area; fill the whole hall.
        const Actor actor = signIn(engine, 1);
        if (!issueMany(engine, codes, waiting))
            qFatal("issue failed");
        QElapsedTimer timer;
        for (int i = 0; i < calls; ++i) {
            fixture.clock().advanceMs(50);
            timer.start();
            const auto called = engine.callNext(actor);
            const qint64 ns = timer.nsecsElapsed();
            if (!called.ok())
                qFatal("call failed: %s", qPrintable(called.error().message()));
            latencies.push_back(double(ns) / 1e6);
            if (!engine.finish(actor, called->id).ok())
                qFatal("finish failed");
            IssueRequest request;
            request.queueCode = called->queueCode;
            if (!engine.issueTicket(request).ok())
                qFatal("issue failed");
        }
    }
    std::printf("bench_callnext backend=%s\n", qPrintable(backend));
    if (wanted("latency"))
        std::printf("latency  one caller, %d waiting, %d calls: p50 %.3f ms  p90 %.3f ms  p99 %.3f "
                    "ms  max %.3f ms\n",
                    waiting, calls, percentile(latencies, 0.5), percentile(latencies, 0.9),
                    percentile(latencies, 0.99), percentile(latencies, 1.0));

    const bool direct = !wanted("direct") || runThroughput(hall, callers, backlog, false);
    const bool grouped = !wanted("executor") || runThroughput(hall, callers, backlog, true);
    const bool async = !wanted("async") || runAsyncThroughput(hall, callers, backlog);
    return direct && grouped && async ? 0 : 1;
}
