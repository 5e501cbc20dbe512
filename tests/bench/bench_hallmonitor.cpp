// How fast the supervisor console's HallMonitor takes in the whole hall: a snapshot of the demo
// hall (271 windows, 30 queues, 20 citizens waiting in each, most windows serving) and a stream
// of the events a busy hall sends (issue, call, finish, window and queue events), with a grid
// that repaints the window each windowChanged names. Prints figures; it passes or fails on
// nothing but errors.
//   bench_hallmonitor [--snapshots N] [--events N]

#include "Percentile.h"
#include "client/HallClient.h"
#include "clock/SystemClock.h"
#include "hall/HallDefinitionLoader.h"
#include "supervisor/HallMonitor.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QLoggingCategory>
#include <cstdio>
#include <vector>

using namespace halldesk;
using halldesk::test::percentile;

namespace {

constexpr int kDay = 20261130;
constexpr int kWaitingPerQueue = 20;

QJsonObject ticket(qint64 id, const QString &queue, const QString &status, qint64 nowMs,
                   int window = 0)
{
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("number"), QStringLiteral("A%1").arg(id % 1000, 3, 10, QLatin1Char('0'))},
        {QStringLiteral("queue"), queue},
        {QStringLiteral("status"), status},
        {QStringLiteral("serviceDay"), kDay},
        {QStringLiteral("issuedAtMs"), nowMs - 600000 + id},
        {QStringLiteral("calledAtMs"), window ? nowMs : 0},
        {QStringLiteral("finishedAtMs"), status == QLatin1String("finished") ? nowMs + 1000 : 0},
        {QStringLiteral("window"), window},
        {QStringLiteral("targetWindow"), 0}};
}

QJsonObject queueStatus(const QString &queue, int waiting)
{
    return {
        {QStringLiteral("queue"), queue},          {QStringLiteral("waiting"), waiting},
        {QStringLiteral("longestWaitMs"), 600000}, {QStringLiteral("estimatedWaitSeconds"), 900},
        {QStringLiteral("openWindows"), 9},        {QStringLiteral("servedToday"), 40}};
}

QJsonObject hallJson(const HallDefinition &hall)
{
    QJsonArray areas, queues, windows;
    for (const AreaDefinition &area : hall.areas)
        areas.append(QJsonObject{{QStringLiteral("code"), area.code},
                                 {QStringLiteral("name"), area.name},
                                 {QStringLiteral("letter"), area.letter}});
    for (const QueueDefinition &queue : hall.queues)
        queues.append(QJsonObject{{QStringLiteral("code"), queue.code},
                                  {QStringLiteral("name"), queue.name},
                                  {QStringLiteral("area"), queue.areaCode},
                                  {QStringLiteral("prefix"), queue.prefix}});
    for (const WindowDefinition &window : hall.windows) {
        QJsonArray served;
        for (const auto &queue : window.queues)
            served.append(QJsonObject{{QStringLiteral("queue"), queue.first},
                                      {QStringLiteral("weight"), queue.second}});
        windows.append(QJsonObject{{QStringLiteral("number"), window.number},
                                   {QStringLiteral("name"), window.name},
                                   {QStringLiteral("area"), window.areaCode},
                                   {QStringLiteral("queues"), served}});
    }
    return {{QStringLiteral("areas"), areas},
            {QStringLiteral("queues"), queues},
            {QStringLiteral("windows"), windows}};
}

QJsonObject snapshotJson(const HallDefinition &hall, qint64 nowMs, qint64 &nextId)
{
    QJsonArray queues, windows, tickets, figures;
    for (const QueueDefinition &queue : hall.queues) {
        QJsonArray waiting;
        for (int i = 0; i < kWaitingPerQueue; ++i)
            waiting.append(ticket(nextId++, queue.code, QStringLiteral("waiting"), nowMs));
        QJsonObject status = queueStatus(queue.code, kWaitingPerQueue);
        status.insert(QStringLiteral("tickets"), waiting);
        queues.append(status);
    }
    for (const WindowDefinition &window : hall.windows) {
        const bool serving = window.number % 5 != 0;
        QJsonObject data{
            {QStringLiteral("number"), window.number},
            {QStringLiteral("name"), window.name},
            {QStringLiteral("area"), window.areaCode},
            {QStringLiteral("state"), QStringLiteral("open")},
            {QStringLiteral("staffNo"), QStringLiteral("HD%1").arg(window.number + 11)},
            {QStringLiteral("staffName"), QStringLiteral("职员")},
            {QStringLiteral("stateSinceMs"), nowMs - 3600000},
            {QStringLiteral("online"), true}};
        if (serving) {
            const QJsonObject current = ticket(nextId++, window.queues.constFirst().first,
                                               QStringLiteral("called"), nowMs, window.number);
            data.insert(QStringLiteral("currentTicket"), current.value(QLatin1String("number")));
            data.insert(QStringLiteral("currentTicketId"), current.value(QLatin1String("id")));
            tickets.append(current);
        }
        windows.append(data);
        figures.append(
            QJsonObject{{QStringLiteral("window"), window.number},
                        {QStringLiteral("staffNo"), data.value(QLatin1String("staffNo"))},
                        {QStringLiteral("served"), 12},
                        {QStringLiteral("averageServiceMs"), 254000}});
    }
    return {{QStringLiteral("serverTimeMs"), nowMs}, {QStringLiteral("serviceDay"), kDay},
            {QStringLiteral("queues"), queues},      {QStringLiteral("windows"), windows},
            {QStringLiteral("tickets"), tickets},    {QStringLiteral("figures"), figures}};
}

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
    parser.addOptions({{QStringLiteral("snapshots"), QStringLiteral("Snapshots to apply."),
                        QStringLiteral("n"), QStringLiteral("50")},
                       {QStringLiteral("events"), QStringLiteral("Events to apply."),
                        QStringLiteral("n"), QStringLiteral("100000")}});
    parser.process(app);
    const int snapshots = std::clamp(parser.value(QStringLiteral("snapshots")).toInt(), 1, 10000);
    const int events = std::clamp(parser.value(QStringLiteral("events")).toInt(), 1, 10000000);
    QLoggingCategory::setFilterRules(QStringLiteral("halldesk.*.info=false"));

    const HallDefinition hall = HallDefinitionLoader::demoHall();
    if (hall.windows.size() != 271)
        return fail("the demo hall has not 271 windows");
    SystemClock clock;
    HallClient client(HallClientSettings{}); // never started: the monitor is fed by hand
    HallMonitor monitor(client, clock);
    // The grid's share: find the window and read what a cell shows.
    qint64 repainted = 0;
    QObject::connect(&monitor, &HallMonitor::windowChanged, &app, [&](int number) {
        if (const MonitoredWindow *window = monitor.window(number))
            repainted += int(window->status()) + window->currentTicket.size();
    });
    monitor.applyHall(hallJson(hall));

    const qint64 nowMs = clock.nowMs();
    qint64 nextId = 1;
    std::vector<double> snapshotMs;
    for (int i = 0; i < snapshots; ++i) {
        const QJsonObject snapshot = snapshotJson(hall, nowMs, nextId);
        QElapsedTimer timer;
        timer.start();
        monitor.applySnapshot(snapshot);
        snapshotMs.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    if (monitor.window(1) == nullptr || monitor.window(271)->currentTicketId == 0)
        return fail("the snapshot was not applied");

    // A busy hall's stream: per window in turn, a ticket issued, the window's ticket finished,
    // the next one called, and now and then a window event and a queue event.
    QList<std::pair<QString, QJsonObject>> stream;
    stream.reserve(events);
    QHash<int, QJsonObject> current;
    for (int i = 0; stream.size() < events; ++i) {
        const WindowDefinition &window = hall.windows.at(i % hall.windows.size());
        const QString queue = window.queues.constFirst().first;
        QJsonObject issued = ticket(nextId++, queue, QStringLiteral("waiting"), nowMs);
        stream.append({QStringLiteral("ticket"),
                       {{QStringLiteral("action"), QStringLiteral("issue")},
                        {QStringLiteral("ticket"), issued}}});
        if (current.contains(window.number)) {
            QJsonObject done = current.value(window.number);
            done.insert(QStringLiteral("status"), QStringLiteral("finished"));
            done.insert(QStringLiteral("finishedAtMs"), nowMs + 1000);
            stream.append({QStringLiteral("ticket"),
                           {{QStringLiteral("action"), QStringLiteral("finish")},
                            {QStringLiteral("ticket"), done}}});
        }
        issued.insert(QStringLiteral("status"), QStringLiteral("called"));
        issued.insert(QStringLiteral("window"), window.number);
        issued.insert(QStringLiteral("calledAtMs"), nowMs);
        current.insert(window.number, issued);
        stream.append({QStringLiteral("ticket"),
                       {{QStringLiteral("action"), QStringLiteral("call")},
                        {QStringLiteral("ticket"), issued}}});
        if (i % 7 == 0)
            stream.append({QStringLiteral("queue"), queueStatus(queue, kWaitingPerQueue)});
        if (i % 11 == 0)
            stream.append(
                {QStringLiteral("window"),
                 {{QStringLiteral("number"), window.number},
                  {QStringLiteral("name"), window.name},
                  {QStringLiteral("state"), QStringLiteral("open")},
                  {QStringLiteral("staffNo"), QStringLiteral("HD%1").arg(window.number + 11)},
                  {QStringLiteral("staffName"), QStringLiteral("职员")},
                  {QStringLiteral("stateSinceMs"), nowMs},
                  {QStringLiteral("online"), i % 22 != 0}}});
    }
    stream.resize(events);
    QElapsedTimer timer;
    timer.start();
    for (const auto &[kind, data] : std::as_const(stream))
        monitor.applyEvent(kind, data);
    const double eventUs = double(timer.nsecsElapsed()) / 1e3 / double(events);
    // And what the console asks on every repaint of the figures.
    timer.restart();
    int waiting = 0;
    for (int i = 0; i < 1000; ++i)
        for (const QueueFigures &area : monitor.areas())
            waiting += area.waiting;
    const double areasUs = double(timer.nsecsElapsed()) / 1e3 / 1000.0;
    if (repainted == 0 || waiting == 0)
        return fail("the events changed nothing");

    std::printf("windows=271 snapshots=%d snapshot_median_ms=%.3f snapshot_max_ms=%.3f "
                "events=%d event_us=%.3f areas_us=%.3f status=ok\n",
                snapshots, percentile(snapshotMs, 0.5), percentile(snapshotMs, 1.0), events,
                eventUs, areasUs);
    return 0;
}
