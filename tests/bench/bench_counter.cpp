// Figures of the counter program (issue 4): how long a cold start takes until the window is
// signed in and up to date, and how much memory the counter holds after 1,000 calls.
//
//   bench_counter --startup --counter halldesk-counter --server halldesk-server --runs 5
//   bench_counter --calls 1000 --server halldesk-server
//
// --startup runs the real halldesk-counter --demo program against a demo server that is
// already running: the first run signs in with the demo password (the server's real password
// hashing included), the later ones resume the saved session, as after a restart. --calls drives
// the same counter code in this process (its window, under the offscreen platform) through
// call-next and finish against a real server process, and reads the resident memory from /proc.
// The figures are printed, not judged.

#include "NetworkFixture.h"
#include "ServerProcess.h"
#include "clock/SystemClock.h"
#include "counter/CounterController.h"
#include "counter/CounterLook.h"
#include "counter/CounterMainWindow.h"
#include "counter/CounterWorkstation.h"
#include "pki/TlsSettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <cstdio>

using namespace halldesk;
using namespace halldesk::test;

namespace {

long residentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    return -1;
}

int fail(const char *what)
{
    std::printf("status=failed reason=%s\n", what);
    return 1;
}

int startup(const QString &counter, const QString &server, int runs)
{
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.remove(QStringLiteral("XDG_DATA_HOME"));
    env.remove(QStringLiteral("XDG_CONFIG_HOME"));
    QProcess hall;
    hall.setProcessEnvironment(env);
    hall.start(server,
               {QStringLiteral("--demo"), QStringLiteral("--metrics-port"), QStringLiteral("0")});
    QByteArray out;
    if (!QTest::qWaitFor(
            [&] {
                out += hall.readAllStandardOutput();
                return out.contains("READY") || hall.state() == QProcess::NotRunning;
            },
            120000) ||
        !out.contains("READY"))
        return fail("server");

    QList<qint64> figures;
    for (int run = 0; run < runs; ++run) {
        QProcess window;
        window.setProcessEnvironment(env);
        QElapsedTimer wall;
        wall.start();
        window.start(counter, {QStringLiteral("--demo"), QStringLiteral("--print-ready")});
        QByteArray line;
        const bool ready = QTest::qWaitFor(
            [&] {
                line += window.readAllStandardOutput();
                return line.contains("READY") || window.state() == QProcess::NotRunning;
            },
            60000);
        const qint64 wallMs = wall.elapsed();
        window.terminate();
        window.waitForFinished(20000);
        const qsizetype at = line.indexOf("counter_ms=");
        if (!ready || at < 0)
            return fail("counter");
        const qint64 ms = line.mid(at + 11).split('\n').value(0).trimmed().toLongLong();
        std::printf("run=%d %s counter_ms=%lld wall_ms=%lld\n", run + 1,
                    run == 0 ? "sign_in=password" : "sign_in=resumed", static_cast<long long>(ms),
                    static_cast<long long>(wallMs));
        figures << ms;
    }
    hall.terminate();
    hall.waitForFinished(20000);
    QList<qint64> resumed = figures.mid(1);
    std::sort(resumed.begin(), resumed.end());
    std::printf("first_start_ms=%lld resumed_median_ms=%lld resumed_max_ms=%lld status=ok\n",
                static_cast<long long>(figures.value(0)),
                static_cast<long long>(resumed.isEmpty() ? -1 : resumed.at(resumed.size() / 2)),
                static_cast<long long>(resumed.isEmpty() ? -1 : resumed.last()));
    return 0;
}

int calls(const QString &server, int count)
{
    QTemporaryDir dir;
    ServerProcess hall(server, dir.path());
    if (!hall.start())
        return fail("server");
    const auto kiosk = hall.kiosk();
    if (!kiosk)
        return fail("kiosk");

    applyCounterLook(*qApp);
    CounterSettings settings = hall.counterSettings(1, dir.path());
    settings.voiceEnabled = true; // as a counter runs in the hall
    QString error;
    SystemClock clock;
    CounterWorkstation counter(settings, dir.filePath(QStringLiteral("counter.db")), clock);
    if (!counter.start(&error))
        return fail("counter");
    counter.window()->resize(1366, 768);
    counter.window()->show();
    CounterController &c = *counter.controller();
    if (!QTest::qWaitFor([&] { return c.isOnline(); }, 30000))
        return fail("connect");
    c.login(QStringLiteral("HD0012"), QStringLiteral("halldesk"));
    if (!QTest::qWaitFor([&] { return counter.isUsable(); }, 30000))
        return fail("sign-in");
    QTest::qWait(500);
    const long startKb = residentKb();

    QElapsedTimer timer;
    timer.start();
    int done = 0;
    while (done < count) {
        // Keep about twenty people waiting, as in a busy hour.
        if (c.model().waitingCount() < 20) {
            for (int i = 0; i < 20; ++i)
                kiosk->change(QStringLiteral("issueTicket"), {{"queue", "A-CIT"}});
            if (!QTest::qWaitFor([&] { return c.model().waitingCount() >= 20; }, 30000))
                return fail("issue");
        }
        c.callNext();
        if (!QTest::qWaitFor([&] { return c.model().current().has_value(); }, 30000))
            return fail("call");
        c.finish();
        if (!QTest::qWaitFor([&] { return !c.model().current() && c.pendingChanges() == 0; },
                             30000))
            return fail("finish");
        ++done;
    }
    const double seconds = double(timer.elapsed()) / 1000.0;
    QTest::qWait(500);
    const long endKb = residentKb();
    std::printf("calls=%d elapsed_s=%.1f calls_per_s=%.1f rss_start_kb=%ld rss_after_kb=%ld "
                "served_shown=%d status=ok\n",
                done, seconds, double(done) / seconds, startKb, endKb, c.model().figures().served);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption startupOption(QStringLiteral("startup"), QStringLiteral("cold start"));
    const QCommandLineOption counterOption(QStringLiteral("counter"), QStringLiteral("program"),
                                           QStringLiteral("path"));
    const QCommandLineOption serverOption(QStringLiteral("server"), QStringLiteral("program"),
                                          QStringLiteral("path"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("runs"),
                                        QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption callsOption(QStringLiteral("calls"), QStringLiteral("calls"),
                                         QStringLiteral("n"), QStringLiteral("1000"));
    parser.addOptions({startupOption, counterOption, serverOption, runsOption, callsOption});
    parser.process(app);
    if (parser.isSet(startupOption))
        return startup(parser.value(counterOption), parser.value(serverOption),
                       qMax(2, parser.value(runsOption).toInt()));
    return calls(parser.value(serverOption), qMax(1, parser.value(callsOption).toInt()));
}
