// Uploads of scanned materials over real TLS (PROTOCOL.md §11): a counter's MaterialUploader
// sends a sealed scan to an in-process hall server, which stores it sealed under the hall key
// after checking it against the digest the case recorded; after a cut connection or a server
// restart the upload continues where the server's file ends.

#include "CaseDraft.h"
#include "NetworkFixture.h"
#include "TestCatalogue.h"
#include "casework/CaseJson.h"
#include "client/MaterialUploader.h"
#include "crypto/SealedFileReader.h"
#include "crypto/SealedFileWriter.h"
#include "protocol/UploadFrame.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QtTest>

using namespace halldesk;
using namespace halldesk::test;

namespace {

const QString Plan = QStringLiteral("M-PLAN");

QByteArray pdfLike(qint64 size, quint32 seed)
{
    QByteArray data(size, Qt::Uninitialized);
    QRandomGenerator random(seed);
    random.fillRange(reinterpret_cast<quint32 *>(data.data()), size / 4);
    const QByteArray header = QByteArrayLiteral("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n");
    std::copy(header.begin(), header.end(), data.begin());
    return data;
}

QString sha256(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

// Window 1's case `sequence` of the manual clock's Monday, its plan scanned as `plain`.
CaseRecord caseWithScan(int sequence, const QString &digest, qint64 bytes, int window = 1)
{
    CaseRecord r = caseDraft(window, sequence, QStringLiteral("T0002"));
    r.ticketNumber = QStringLiteral("A001");
    for (MaterialCheck &m : r.materials) {
        m.name = QStringLiteral("x");
        if (m.code == Plan) {
            m.scanDigest = digest;
            m.scanBytes = bytes;
        }
    }
    return r;
}

struct Desk
{
    NetworkFixture fixture{NetworkFixture::ClockKind::Manual, quiet};
    std::unique_ptr<RawTerminal> counter; // submits cases, speaks the protocol by hand
    std::unique_ptr<HallClient> client;
    std::unique_ptr<MaterialUploader> uploader;
    QByteArray terminalKey = QByteArray(SealedFileFormat::KeyBytes, '\x5a');

    bool open(MaterialUploaderSettings settings = {})
    {
        if (!fixture.isValid())
            return false;
        fixture.server()->setCasework(testCasework());
        counter = fixture.raw(TerminalRole::Counter, 1);
        if (!counter || !fixture.signInCounter(*counter, QStringLiteral("S1")))
            return false;
        client = fixture.client(TerminalRole::Counter, 1);
        uploader = std::make_unique<MaterialUploader>(*client, settings);
        if (!client->start() || !waitForState(*client, HallClient::State::Ready))
            return false;
        ReplyCatcher login;
        client->login(QStringLiteral("S1"), NetworkFixture::Password, login.callback());
        return login.wait() && login.reply().ok;
    }
    bool submit(const CaseRecord &record)
    {
        return isOk(counter->change(QStringLiteral("submitCase"),
                                    {{QStringLiteral("case"), CaseJson::toJson(record)}}));
    }
    // The scan as the terminal keeps it: sealed under its own key.
    MaterialUpload scan(const QString &caseNumber, const QByteArray &plain,
                        const QString &claimedDigest = {})
    {
        static int files = 0;
        MaterialUpload upload;
        upload.caseNumber = caseNumber;
        upload.materialCode = Plan;
        upload.sha256 = claimedDigest.isEmpty() ? sha256(plain) : claimedDigest;
        upload.bytes = plain.size();
        upload.fileKey = terminalKey;
        upload.sealedPath = fixture.directory() + QStringLiteral("/scan-%1.hdsf").arg(++files);
        SealedFileWriter writer(terminalKey, upload.sealedPath);
        if (!writer.open(QIODevice::WriteOnly) || writer.write(plain) != plain.size() ||
            !writer.commit())
            qFatal("cannot write the terminal's scan");
        return upload;
    }
    QByteArray serverKey()
    {
        return fixture.executor().run([](WriterContext &context) {
            return context.cipher.fileKey(QByteArrayLiteral("materials"));
        });
    }
    QString documents() { return fixture.settings().documentsDirectory; }
    // Every file under the documents directory, relative names.
    QStringList documentFiles()
    {
        QStringList files;
        QDirIterator it(documents(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << QDir(documents()).relativeFilePath(it.next());
        return files;
    }
    QJsonObject begin(RawTerminal &terminal, const QString &number, const QString &digest,
                      qint64 bytes)
    {
        return terminal.call(QStringLiteral("uploadBegin"),
                             {{QStringLiteral("number"), number},
                              {QStringLiteral("material"), Plan},
                              {QStringLiteral("sha256"), digest},
                              {QStringLiteral("bytes"), double(bytes)}});
    }
};

QJsonObject result(const QJsonObject &response)
{
    return response.value(QLatin1String("result")).toObject();
}

// The acknowledgement of upload `id` that reaches `received` or carries an error.
QJsonObject waitAck(RawTerminal &terminal, quint32 id, qint64 received)
{
    QJsonObject found;
    const auto matches = [&] {
        for (const QJsonObject &frame : terminal.frames()) {
            if (frame.value(QLatin1String("type")).toString() != QLatin1String("uploadAck") ||
                quint32(frame.value(QLatin1String("upload")).toDouble()) != id)
                continue;
            if (frame.contains(QLatin1String("error")) ||
                qint64(frame.value(QLatin1String("received")).toDouble()) >= received) {
                found = frame;
                return true;
            }
        }
        return false;
    };
    QDeadlineTimer deadline(10000);
    while (!matches() && !deadline.hasExpired())
        QTest::qWait(10);
    return found;
}

} // namespace

class TestMaterialUpload : public QObject
{
    Q_OBJECT

private slots:
    void uploadIsVerifiedAndStoredSealed();
    void resumesAfterTheConnectionIsCut();
    void resumesAfterAServerRestart();
    void wrongContentIsRefusedAndNothingStored();
    void moreThanTheRecordedSizeIsRefused();
    void beginRefusals_data();
    void beginRefusals();
    void anotherWindowsCounterIsRefused();
    void uploadBeforeTheCaseArrivesSucceedsLater();
    void repeatedBeginAndFinishAreIdempotent();
    void retriesByItselfAfterABackoff();
    void waitsForASignedInClerk();
};

void TestMaterialUpload::uploadIsVerifiedAndStoredSealed()
{
    Desk desk;
    QVERIFY2(desk.open(), qPrintable(desk.fixture.error()));
    // Not a whole number of frames or chunks: the last piece is a short one.
    const QByteArray plain = pdfLike(3 * 1024 * 1024 + 12345, 1);
    const CaseRecord record = caseWithScan(1, sha256(plain), plain.size());
    QVERIFY(desk.submit(record));
    QSignalSpy uploaded(desk.uploader.get(), &MaterialUploader::uploaded);
    QSignalSpy progress(desk.uploader.get(), &MaterialUploader::progress);
    desk.uploader->enqueue(desk.scan(record.number.toString(), plain));
    QVERIFY(uploaded.wait(30000));
    QCOMPARE(uploaded.constFirst().at(0).toString(), record.number.toString());
    QCOMPARE(uploaded.constFirst().at(1).toString(), Plan);
    QCOMPARE(progress.constLast().at(2).toLongLong(), qint64(plain.size()));
    QCOMPARE(progress.constLast().at(3).toLongLong(), qint64(plain.size()));
    QVERIFY(desk.uploader->queued().isEmpty());
    QCOMPARE(desk.fixture.counter(QStringLiteral("halldesk_documents_stored_total")), quint64(1));
    QCOMPARE(desk.fixture.counter(QStringLiteral("halldesk_upload_bytes_total")),
             quint64(plain.size()));
    QCOMPARE(desk.fixture.requests(QStringLiteral("uploadFinish"), QStringLiteral("ok")),
             quint64(1));

    const auto rows = desk.fixture.rows(QStringLiteral(
        "SELECT case_number, material_code, sha256, bytes, stored_path FROM case_documents"));
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows[0][0].toString(), record.number.toString());
    QCOMPARE(rows[0][1].toString(), Plan);
    QCOMPARE(rows[0][2].toString(), sha256(plain));
    QCOMPARE(rows[0][3].toLongLong(), qint64(plain.size()));
    const QString stored = desk.documents() + QLatin1Char('/') + rows[0][4].toString();
    // Only the stored file is left: no partial one.
    QCOMPARE(desk.documentFiles(), QStringList{rows[0][4].toString()});

    QFile raw(stored);
    QVERIFY(raw.open(QIODevice::ReadOnly));
    const QByteArray onDisk = raw.readAll();
    QVERIFY(!onDisk.contains("%PDF"));
    QVERIFY(onDisk.size() > plain.size());
    const auto opened = SealedFileReader::readAll(desk.serverKey(), stored);
    QVERIFY(opened);
    QCOMPARE(sha256(*opened), sha256(plain));
    QVERIFY(*opened == plain);
    // The terminal's key is not the hall's.
    QVERIFY(!SealedFileReader::readAll(desk.terminalKey, stored));
}

void TestMaterialUpload::resumesAfterTheConnectionIsCut()
{
    Desk desk;
    // A small window, so that much of the file is still unsent when the connection goes.
    MaterialUploaderSettings settings;
    settings.windowBytes = 2 * 1024 * 1024;
    QVERIFY2(desk.open(settings), qPrintable(desk.fixture.error()));
    const QByteArray plain = pdfLike(12 * 1024 * 1024 + 777, 2);
    const CaseRecord record = caseWithScan(1, sha256(plain), plain.size());
    QVERIFY(desk.submit(record));
    QSignalSpy uploaded(desk.uploader.get(), &MaterialUploader::uploaded);
    QSignalSpy started(desk.uploader.get(), &MaterialUploader::attemptStarted);
    QSignalSpy retrying(desk.uploader.get(), &MaterialUploader::retrying);
    bool cut = false;
    QObject::connect(desk.uploader.get(), &MaterialUploader::progress, desk.uploader.get(),
                     [&](const QString &, const QString &, qint64 sent, qint64) {
                         if (!cut && sent >= 4 * 1024 * 1024) {
                             cut = true;
                             desk.client->abortConnectionForTesting();
                         }
                     });
    desk.uploader->enqueue(desk.scan(record.number.toString(), plain));
    QVERIFY(uploaded.wait(60000));
    QVERIFY(cut);
    QVERIFY(retrying.size() >= 1);
    QCOMPARE(started.size(), 2);
    QCOMPARE(started.at(0).at(2).toLongLong(), qint64(0));
    const qint64 resumedAt = started.at(1).at(2).toLongLong();
    QVERIFY2(resumedAt >= 4 * 1024 * 1024, qPrintable(QString::number(resumedAt)));
    // The second attempt sent only the rest: what was sent in all is well under twice the file.
    QVERIFY2(desk.uploader->dataBytesSent() < plain.size() + 2 * 1024 * 1024 + 1024 * 1024,
             qPrintable(QString::number(desk.uploader->dataBytesSent())));
    const auto rows = desk.fixture.rows(QStringLiteral("SELECT stored_path FROM case_documents"));
    QCOMPARE(rows.size(), 1);
    const auto opened = SealedFileReader::readAll(
        desk.serverKey(), desk.documents() + QLatin1Char('/') + rows[0][0].toString());
    QVERIFY(opened && *opened == plain);
}

void TestMaterialUpload::resumesAfterAServerRestart()
{
    Desk desk;
    MaterialUploaderSettings settings;
    settings.windowBytes = 2 * 1024 * 1024;
    QVERIFY2(desk.open(settings), qPrintable(desk.fixture.error()));
    const QByteArray plain = pdfLike(10 * 1024 * 1024, 3);
    const CaseRecord record = caseWithScan(1, sha256(plain), plain.size());
    QVERIFY(desk.submit(record));
    QSignalSpy uploaded(desk.uploader.get(), &MaterialUploader::uploaded);
    QSignalSpy started(desk.uploader.get(), &MaterialUploader::attemptStarted);
    bool restarted = false;
    QObject::connect(desk.uploader.get(), &MaterialUploader::progress, desk.uploader.get(),
                     [&](const QString &, const QString &, qint64 sent, qint64) {
                         if (restarted || sent < 3 * 1024 * 1024)
                             return;
                         restarted = true;
                         // Not from inside the server's own signal: after this turn.
                         QTimer::singleShot(0, desk.uploader.get(), [&desk] {
                             desk.fixture.stopServer();
                             QVERIFY(desk.fixture.startServer());
                             desk.fixture.server()->setCasework(testCasework());
                         });
                     });
    desk.uploader->enqueue(desk.scan(record.number.toString(), plain));
    QVERIFY(uploaded.wait(60000));
    QVERIFY(restarted);
    QCOMPARE(started.size(), 2);
    QVERIFY2(started.at(1).at(2).toLongLong() >= 3 * 1024 * 1024,
             qPrintable(QString::number(started.at(1).at(2).toLongLong())));
    QVERIFY(desk.uploader->dataBytesSent() < 2 * plain.size());
    const auto rows = desk.fixture.rows(QStringLiteral("SELECT stored_path FROM case_documents"));
    QCOMPARE(rows.size(), 1);
    const auto opened = SealedFileReader::readAll(
        desk.serverKey(), desk.documents() + QLatin1Char('/') + rows[0][0].toString());
    QVERIFY(opened && *opened == plain);
}

void TestMaterialUpload::wrongContentIsRefusedAndNothingStored()
{
    Desk desk;
    QVERIFY2(desk.open(), qPrintable(desk.fixture.error()));
    const QByteArray recorded = pdfLike(2 * 1024 * 1024 + 5, 4);
    const CaseRecord record = caseWithScan(1, sha256(recorded), recorded.size());
    QVERIFY(desk.submit(record));
    // Same size, claims the recorded digest, other bytes: only the server's check finds it.
    QByteArray other = recorded;
    other[other.size() - 1] = char(other.at(other.size() - 1) ^ 0x01);
    QSignalSpy failed(desk.uploader.get(), &MaterialUploader::failed);
    QSignalSpy uploaded(desk.uploader.get(), &MaterialUploader::uploaded);
    desk.uploader->enqueue(desk.scan(record.number.toString(), other, sha256(recorded)));
    QVERIFY(failed.wait(30000));
    QCOMPARE(failed.constFirst().at(0).toString(), record.number.toString());
    QCOMPARE(failed.constFirst().at(2).toString(),
             OperationError(ErrorCode::UploadMismatch).message());
    QCOMPARE(uploaded.size(), 0);
    QVERIFY(desk.uploader->queued().isEmpty());
    QCOMPARE(desk.fixture.count(QStringLiteral("case_documents")), 0);
    QCOMPARE(desk.documentFiles(), QStringList());

    // Another digest than the case's is refused before any data is sent.
    const QByteArray third = pdfLike(2 * 1024 * 1024 + 5, 5);
    const qint64 sentBefore = desk.uploader->dataBytesSent();
    desk.uploader->enqueue(desk.scan(record.number.toString(), third));
    QVERIFY(failed.wait(30000));
    QCOMPARE(desk.uploader->dataBytesSent(), sentBefore);
    QCOMPARE(desk.fixture.count(QStringLiteral("case_documents")), 0);
    QCOMPARE(desk.documentFiles(), QStringList());
}

void TestMaterialUpload::moreThanTheRecordedSizeIsRefused()
{
    Desk desk;
    QVERIFY2(desk.open(), qPrintable(desk.fixture.error()));
    const QByteArray plain = pdfLike(100000, 6);
    const CaseRecord record = caseWithScan(1, sha256(plain), plain.size());
    QVERIFY(desk.submit(record));
    const QJsonObject begun =
        desk.begin(*desk.counter, record.number.toString(), sha256(plain), plain.size());
    QVERIFY2(isOk(begun), qPrintable(describe(begun)));
    const quint32 id = quint32(result(begun).value(QLatin1String("upload")).toDouble());
    QCOMPARE(result(begun).value(QLatin1String("offset")).toDouble(), 0.0);
    QByteArray message = UploadFrame::header(id, 0) + plain + QByteArray(10, 'x');
    desk.counter->socket().sendBinaryMessage(message);
    const QJsonObject ack = waitAck(*desk.counter, id, plain.size());
    QCOMPARE(ack.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString(),
             QStringLiteral("upload_mismatch"));
    QCOMPARE(ack.value(QLatin1String("error")).toObject().value(QLatin1String("detail")).toString(),
             QStringLiteral("bytes"));
    // The upload is gone with its file.
    const QJsonObject finish = desk.counter->call(
        QStringLiteral("uploadFinish"), {{QStringLiteral("upload"), double(id)},
                                         {QStringLiteral("number"), record.number.toString()},
                                         {QStringLiteral("material"), Plan},
                                         {QStringLiteral("sha256"), sha256(plain)},
                                         {QStringLiteral("bytes"), double(plain.size())}});
    QCOMPARE(errorCode(finish), QStringLiteral("unknown_upload"));
    QCOMPARE(desk.fixture.count(QStringLiteral("case_documents")), 0);
    QCOMPARE(desk.documentFiles(), QStringList());
}

void TestMaterialUpload::beginRefusals_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("material");
    QTest::addColumn<int>("shaSeed");  // 0: the recorded digest
    QTest::addColumn<qint64>("bytes"); // 0: the recorded size
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("detail");
    const QString own = CaseNumber(QDate(2026, 11, 30), 1, 1).toString();
    QTest::newRow("another digest") << own << Plan << 9 << qint64(0) << "upload_mismatch"
                                    << "sha256";
    QTest::newRow("another size") << own << Plan << 0 << qint64(4097) << "upload_mismatch"
                                  << "bytes";
    QTest::newRow("material without a scan")
        << own << "M-IDCARD" << 0 << qint64(0) << "upload_mismatch"
        << "scan";
    QTest::newRow("no such material") << own << "M-NONE" << 0 << qint64(0) << "upload_mismatch"
                                      << "material";
    QTest::newRow("case not on the server yet")
        << CaseNumber(QDate(2026, 11, 30), 1, 2).toString() << Plan << 0 << qint64(0)
        << "case_not_received" << CaseNumber(QDate(2026, 11, 30), 1, 2).toString();
    QTest::newRow("malformed digest") << own << Plan << -1 << qint64(0) << "bad_request"
                                      << "sha256";
    QTest::newRow("malformed number") << "2026-1" << Plan << 0 << qint64(0) << "bad_request"
                                      << "number";
}

void TestMaterialUpload::beginRefusals()
{
    QFETCH(QString, number);
    QFETCH(QString, material);
    QFETCH(int, shaSeed);
    QFETCH(qint64, bytes);
    QFETCH(QString, code);
    QFETCH(QString, detail);
    Desk desk;
    QVERIFY2(desk.open(), qPrintable(desk.fixture.error()));
    const QByteArray plain = pdfLike(8192, 7);
    QVERIFY(desk.submit(caseWithScan(1, sha256(plain), plain.size())));
    const QString digest = shaSeed == 0    ? sha256(plain)
                           : shaSeed == -1 ? QStringLiteral("ABC")
                                           : sha256(pdfLike(8192, quint32(shaSeed)));
    const QJsonObject response = desk.counter->call(
        QStringLiteral("uploadBegin"), {{QStringLiteral("number"), number},
                                        {QStringLiteral("material"), material},
                                        {QStringLiteral("sha256"), digest},
                                        {QStringLiteral("bytes"), double(bytes ? bytes : 8192)}});
    QCOMPARE(errorCode(response), code);
    QCOMPARE(errorDetail(response), detail);
    QCOMPARE(desk.documentFiles(), QStringList());
}

void TestMaterialUpload::anotherWindowsCounterIsRefused()
{
    Desk desk;
    QVERIFY2(desk.open(), qPrintable(desk.fixture.error()));
    const QByteArray plain = pdfLike(8192, 8);
    const CaseRecord record = caseWithScan(1, sha256(plain), plain.size());
    QVERIFY(desk.submit(record));
    auto other = desk.fixture.raw(TerminalRole::Counter, 2);
    QVERIFY(other);
    // Without a session first, then signed in: still not its case.
    QCOMPARE(errorCode(desk.begin(*other, record.number.toString(), sha256(plain), plain.size())),
             QStringLiteral("not_signed_in"));
    QVERIFY(desk.fixture.signInCounter(*other, QStringLiteral("S2")));
    QCOMPARE(errorCode(desk.begin(*other, record.number.toString(), sha256(plain), plain.size())),
             QStringLiteral("wrong_window"));
    auto kiosk = desk.fixture.raw(TerminalRole::Kiosk, 0);
    QVERIFY(kiosk);
    QCOMPARE(errorCode(desk.begin(*kiosk, record.number.toString(), sha256(plain), plain.size())),
             QStringLiteral("forbidden"));
    // Data for an upload of another connection is not taken either.
    const QJsonObject begun =
        desk.begin(*desk.counter, record.number.toString(), sha256(plain), plain.size());
    QVERIFY(isOk(begun));
    const quint32 id = quint32(result(begun).value(QLatin1String("upload")).toDouble());
    other->socket().sendBinaryMessage(UploadFrame::header(id, 0) + plain);
    const QJsonObject ack = waitAck(*other, id, plain.size());
    QCOMPARE(ack.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString(),
             QStringLiteral("unknown_upload"));
    QCOMPARE(desk.fixture.count(QStringLiteral("case_documents")), 0);
}

void TestMaterialUpload::uploadBeforeTheCaseArrivesSucceedsLater()
{
    Desk desk;
    MaterialUploaderSettings settings;
    // Long enough that only retryNow() starts the next attempt in this test.
    settings.initialRetry = std::chrono::minutes(10);
    settings.maxRetry = std::chrono::minutes(10);
    QVERIFY2(desk.open(settings), qPrintable(desk.fixture.error()));
    const QByteArray plain = pdfLike(1024 * 1024 + 3, 9);
    const CaseRecord record = caseWithScan(1, sha256(plain), plain.size());
    QSignalSpy retrying(desk.uploader.get(), &MaterialUploader::retrying);
    QSignalSpy uploaded(desk.uploader.get(), &MaterialUploader::uploaded);
    QSignalSpy failed(desk.uploader.get(), &MaterialUploader::failed);
    desk.uploader->enqueue(desk.scan(record.number.toString(), plain));
    QVERIFY(retrying.wait(30000));
    QCOMPARE(retrying.constFirst().at(2).toString(),
             OperationError(ErrorCode::CaseNotReceived, record.number.toString()).message());
    QCOMPARE(desk.uploader->queued().size(), 1);
    // The outbox delivers the case; the terminal then tries again.
    QVERIFY(desk.submit(record));
    desk.uploader->retryNow();
    QVERIFY(uploaded.wait(30000));
    QCOMPARE(failed.size(), 0);
    QCOMPARE(desk.fixture.count(QStringLiteral("case_documents")), 1);
}

void TestMaterialUpload::repeatedBeginAndFinishAreIdempotent()
{
    Desk desk;
    QVERIFY2(desk.open(), qPrintable(desk.fixture.error()));
    const QByteArray plain = pdfLike(1500000, 10);
    const CaseRecord record = caseWithScan(1, sha256(plain), plain.size());
    QVERIFY(desk.submit(record));
    QSignalSpy uploaded(desk.uploader.get(), &MaterialUploader::uploaded);
    const MaterialUpload upload = desk.scan(record.number.toString(), plain);
    desk.uploader->enqueue(upload);
    QVERIFY(uploaded.wait(30000));
    const qint64 sent = desk.uploader->dataBytesSent();
    const QStringList files = desk.documentFiles();
    QCOMPARE(files.size(), 1);

    // Begin again: complete, nothing to send.
    const QJsonObject again =
        desk.begin(*desk.counter, record.number.toString(), sha256(plain), plain.size());
    QVERIFY2(isOk(again), qPrintable(describe(again)));
    QCOMPARE(result(again).value(QLatin1String("complete")).toBool(), true);
    QCOMPARE(result(again).value(QLatin1String("offset")).toDouble(), double(plain.size()));
    // A finish repeated after its answer was lost (the upload id is gone by now).
    const QJsonObject finish = desk.counter->call(
        QStringLiteral("uploadFinish"), {{QStringLiteral("upload"), 4242.0},
                                         {QStringLiteral("number"), record.number.toString()},
                                         {QStringLiteral("material"), Plan},
                                         {QStringLiteral("sha256"), sha256(plain)},
                                         {QStringLiteral("bytes"), double(plain.size())}});
    QVERIFY2(isOk(finish), qPrintable(describe(finish)));
    QCOMPARE(result(finish).value(QLatin1String("complete")).toBool(), true);
    // The uploader sends nothing for a file the server holds.
    desk.uploader->enqueue(upload);
    QVERIFY(uploaded.wait(30000));
    QCOMPARE(desk.uploader->dataBytesSent(), sent);
    QCOMPARE(desk.fixture.count(QStringLiteral("case_documents")), 1);
    QCOMPARE(desk.documentFiles(), files);
}

void TestMaterialUpload::retriesByItselfAfterABackoff()
{
    Desk desk;
    MaterialUploaderSettings settings;
    settings.initialRetry = std::chrono::milliseconds(20);
    settings.maxRetry = std::chrono::milliseconds(80);
    QVERIFY2(desk.open(settings), qPrintable(desk.fixture.error()));
    const QByteArray plain = pdfLike(300000, 11);
    const CaseRecord record = caseWithScan(1, sha256(plain), plain.size());
    QSignalSpy retrying(desk.uploader.get(), &MaterialUploader::retrying);
    QSignalSpy uploaded(desk.uploader.get(), &MaterialUploader::uploaded);
    desk.uploader->enqueue(desk.scan(record.number.toString(), plain));
    // Tried again and again while the case is not there...
    QVERIFY(QTest::qWaitFor([&] { return retrying.size() >= 3; }, 30000));
    QCOMPARE(uploaded.size(), 0);
    // ...and through, without being told, once it is.
    QVERIFY(desk.submit(record));
    QVERIFY(uploaded.size() == 1 || uploaded.wait(30000));
    QCOMPARE(desk.fixture.count(QStringLiteral("case_documents")), 1);
}

void TestMaterialUpload::waitsForASignedInClerk()
{
    Desk desk;
    QVERIFY2(desk.fixture.isValid(), qPrintable(desk.fixture.error()));
    desk.fixture.server()->setCasework(testCasework());
    desk.counter = desk.fixture.raw(TerminalRole::Counter, 1);
    QVERIFY(desk.counter && desk.fixture.signInCounter(*desk.counter, QStringLiteral("S1")));
    const QByteArray plain = pdfLike(200000, 12);
    const CaseRecord record = caseWithScan(1, sha256(plain), plain.size());
    QVERIFY(desk.submit(record));
    desk.client = desk.fixture.client(TerminalRole::Counter, 1);
    desk.uploader = std::make_unique<MaterialUploader>(*desk.client);
    QSignalSpy uploaded(desk.uploader.get(), &MaterialUploader::uploaded);
    QSignalSpy started(desk.uploader.get(), &MaterialUploader::attemptStarted);
    desk.uploader->enqueue(desk.scan(record.number.toString(), plain));
    QVERIFY(desk.client->start());
    QVERIFY(waitForState(*desk.client, HallClient::State::Ready));
    // Connected, nobody signed in: nothing is begun (a begin would have left on Ready, before
    // this ping).
    ReplyCatcher ping;
    desk.client->request(QStringLiteral("ping"), {}, ping.callback());
    QVERIFY(ping.wait() && ping.reply().ok);
    QCOMPARE(started.size(), 0);
    QCOMPARE(desk.fixture.requests(QStringLiteral("uploadBegin"), QStringLiteral("ok")),
             quint64(0));
    ReplyCatcher login;
    desk.client->login(QStringLiteral("S1"), NetworkFixture::Password, login.callback());
    QVERIFY(login.wait() && login.reply().ok);
    QVERIFY(uploaded.size() == 1 || uploaded.wait(30000));
    QCOMPARE(started.size(), 1);
}

QTEST_GUILESS_MAIN(TestMaterialUpload)
#include "tst_materialupload.moc"
