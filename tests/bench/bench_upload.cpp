// Upload throughput of scanned materials (PROTOCOL.md §11) on loopback with real TLS: a
// counter's MaterialUploader sends N sealed scans of S MB to an in-process hall server, which
// stores each sealed after reading it back against the case's digest. Prints figures; it
// passes or fails on nothing but errors.
//   bench_upload [--materials N] [--mb S] [--frame-kib K] [--window-mib W]
// The counter runs on its own thread; begin_ms, data_ms and finish_ms are averages per scan.

#include "CaseDraft.h"
#include "NetworkFixture.h"
#include "TestCatalogue.h"
#include "casework/CaseJson.h"
#include "client/MaterialUploader.h"
#include "crypto/SealedFileWriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <atomic>
#include <cstdio>

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
    parser.addOptions(
        {{QStringLiteral("materials"), QStringLiteral("Scans to upload."), QStringLiteral("n"),
          QStringLiteral("20")},
         {QStringLiteral("mb"), QStringLiteral("Size of each scan in MB."), QStringLiteral("mb"),
          QStringLiteral("5")},
         {QStringLiteral("frame-kib"), QStringLiteral("Data per binary message."),
          QStringLiteral("kib"), QStringLiteral("1024")},
         {QStringLiteral("window-mib"), QStringLiteral("Data sent ahead of acknowledgements."),
          QStringLiteral("mib"), QStringLiteral("8")}});
    parser.process(app);
    const int materials = std::clamp(parser.value(QStringLiteral("materials")).toInt(), 1, 999);
    const qint64 bytes =
        qint64(std::clamp(parser.value(QStringLiteral("mb")).toDouble(), 0.01, 1000.0) * 1e6);
    MaterialUploaderSettings settings;
    settings.frameBytes =
        std::clamp(parser.value(QStringLiteral("frame-kib")).toInt(), 4, 1024) * 1024;
    settings.windowBytes =
        qint64(std::clamp(parser.value(QStringLiteral("window-mib")).toInt(), 1, 64)) << 20;
    QLoggingCategory::setFilterRules(QStringLiteral("halldesk.*.info=false"));

    NetworkFixture fixture(NetworkFixture::ClockKind::Manual, quiet);
    if (!fixture.isValid())
        return fail("no server");
    fixture.server()->setCasework(testCasework());
    auto counter = fixture.raw(TerminalRole::Counter, 1);
    if (!counter || !fixture.signInCounter(*counter, QStringLiteral("S1")))
        return fail("no counter");

    // The scans as the terminal keeps them, sealed, and their cases on the server.
    const QByteArray terminalKey(SealedFileFormat::KeyBytes, '\x21');
    QList<MaterialUpload> uploads;
    QRandomGenerator random(7);
    for (int i = 1; i <= materials; ++i) {
        QByteArray plain(bytes, Qt::Uninitialized);
        random.fillRange(reinterpret_cast<quint32 *>(plain.data()), bytes / 4);
        MaterialUpload upload;
        CaseRecord record = caseDraft(1, i, QStringLiteral("T0002"));
        record.ticketNumber = QStringLiteral("A001");
        upload.caseNumber = record.number.toString();
        upload.materialCode = QStringLiteral("M-PLAN");
        upload.sha256 = QString::fromLatin1(
            QCryptographicHash::hash(plain, QCryptographicHash::Sha256).toHex());
        upload.bytes = bytes;
        upload.fileKey = terminalKey;
        upload.sealedPath = fixture.directory() + QStringLiteral("/scan-%1.hdsf").arg(i);
        for (MaterialCheck &m : record.materials) {
            m.name = QStringLiteral("x");
            if (m.code == upload.materialCode) {
                m.scanDigest = upload.sha256;
                m.scanBytes = bytes;
            }
        }
        SealedFileWriter writer(terminalKey, upload.sealedPath);
        if (!writer.open(QIODevice::WriteOnly) || writer.write(plain) != bytes || !writer.commit())
            return fail("cannot write a scan");
        if (!isOk(counter->change(QStringLiteral("submitCase"),
                                  {{QStringLiteral("case"), CaseJson::toJson(record)}})))
            return fail("submitCase refused");
        uploads << upload;
    }

    // The counter runs on a thread of its own, as it runs on a computer of its own in a hall:
    // on one thread, client and server would take turns and neither figure would mean much.
    QThread terminalThread;
    terminalThread.start();
    QObject terminal;
    terminal.moveToThread(&terminalThread);
    std::unique_ptr<HallClient> client;
    std::unique_ptr<MaterialUploader> owned;
    std::atomic<int> signedIn{0}; // 1: yes, -1: refused
    QMetaObject::invokeMethod(
        &terminal,
        [&] {
            client = fixture.client(TerminalRole::Counter, 1);
            owned = std::make_unique<MaterialUploader>(*client, settings);
            QObject::connect(
                client.get(), &HallClient::stateChanged, client.get(),
                [&](HallClient::State state) {
                    if (state != HallClient::State::Ready || signedIn != 0)
                        return;
                    client->login(QStringLiteral("S1"), NetworkFixture::Password,
                                  [&](const ClientReply &reply) { signedIn = reply.ok ? 1 : -1; });
                });
            client->start();
        },
        Qt::BlockingQueuedConnection);
    const auto stopTerminal = qScopeGuard([&] {
        QMetaObject::invokeMethod(
            &terminal,
            [&] {
                owned.reset();
                client.reset();
            },
            Qt::BlockingQueuedConnection);
        terminalThread.quit();
        terminalThread.wait();
    });
    if (!QTest::qWaitFor([&] { return signedIn != 0; }, 30000) || signedIn != 1)
        return fail("the counter did not sign in");
    MaterialUploader &uploader = *owned;

    QElapsedTimer timer;
    int done = 0;
    int failed = 0;
    QEventLoop loop;
    QObject::connect(&uploader, &MaterialUploader::uploaded, &loop, [&] {
        if (++done + failed == materials)
            loop.quit();
    });
    QObject::connect(&uploader, &MaterialUploader::failed, &loop, [&] {
        if (done + ++failed == materials)
            loop.quit();
    });
    // Where the time goes: sending the data, and finishing (the server's check and record).
    qint64 begunNs = 0;
    qint64 lastAckNs = 0;
    qint64 beginNs = 0;
    qint64 dataNs = 0;
    qint64 finishNs = 0;
    qint64 previousDoneNs = 0;
    QObject::connect(&uploader, &MaterialUploader::attemptStarted, &loop, [&] {
        begunNs = timer.nsecsElapsed();
        beginNs += begunNs - previousDoneNs;
    });
    QObject::connect(&uploader, &MaterialUploader::progress, &loop,
                     [&](const QString &, const QString &, qint64 sent, qint64 total) {
                         if (sent == total)
                             lastAckNs = timer.nsecsElapsed();
                     });
    QObject::connect(&uploader, &MaterialUploader::uploaded, &loop, [&] {
        previousDoneNs = timer.nsecsElapsed();
        dataNs += lastAckNs - begunNs;
        finishNs += previousDoneNs - lastAckNs;
    });
    QTimer::singleShot(std::chrono::minutes(10), &loop, &QEventLoop::quit);
    timer.start();
    QMetaObject::invokeMethod(&terminal, [&] {
        for (const MaterialUpload &upload : std::as_const(uploads))
            uploader.enqueue(upload);
    });
    loop.exec();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const double megabytes = double(bytes) * materials / 1e6;
    if (done != materials || failed != 0)
        return fail("not every upload finished");
    if (fixture.count(QStringLiteral("case_documents")) != materials)
        return fail("not every upload was recorded");
    std::printf("materials=%d bytes_each=%lld frame_kib=%d window_mib=%lld seconds=%.3f "
                "begin_ms=%.1f data_ms=%.1f finish_ms=%.1f MB_per_s=%.1f status=ok\n",
                materials, static_cast<long long>(bytes), settings.frameBytes / 1024,
                static_cast<long long>(settings.windowBytes >> 20), seconds,
                double(beginNs) / 1e6 / materials, double(dataNs) / 1e6 / materials,
                double(finishNs) / 1e6 / materials, megabytes / seconds);
    return 0;
}
