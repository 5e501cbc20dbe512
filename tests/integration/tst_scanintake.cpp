// A material scanned on SANE's test scanner at the counter, end to end: the feeder's pages go
// through the pipeline into the material's sealed PDF, the intake keeps it under its draft, the
// case is taken while the hall server is down, and once the server is back the case arrives,
// then the scan: stored sealed under the hall key, with the digest the case recorded, a PDF
// poppler reads with every page. The counter's store then knows the server has it and offers
// it no more, also after a restart of the counter.

#include "CaseDraft.h"
#include "CounterRun.h"
#include "NetworkFixture.h"
#include "SaneTestDevice.h"
#include "TestCatalogue.h"
#include "client/MaterialUploader.h"
#include "crypto/SealedFileReader.h"
#include "scan/MaterialPageSet.h"
#include "scan/SaneScanner.h"
#include "terminal/ScanUploadQueue.h"

#include <QCryptographicHash>
#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace halldesk;
using namespace halldesk::test;

namespace {

const QDate Monday(2026, 11, 30);
const QString Plan = QStringLiteral("M-PLAN");
constexpr int Patience = 60000;

// One run of the counter program with its scans going to the server, as CounterWorkstation
// puts it together.
struct Counter : CounterRun
{
    std::unique_ptr<MaterialUploader> uploader;
    std::unique_ptr<ScanUploadQueue> uploads;

    Counter(NetworkFixture &fixture, const QString &path)
        : CounterRun(fixture, path)
    {
        if (!isValid())
            return;
        uploader = std::make_unique<MaterialUploader>(*client);
        uploads = std::make_unique<ScanUploadQueue>(desk->scans(), *uploader);
        QObject::connect(&*desk, &CaseDesk::caseSent, uploads.get(),
                         &ScanUploadQueue::caseConfirmed);
    }
};

QString sha256(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

} // namespace

class TestScanIntake : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_sane;
    QTemporaryDir m_dir;

    // The test scanner's feeder, `pages` sheets, into a material PDF sealed for `scans`.
    std::optional<StoredScan> scanFeeder(MaterialScanStore &scans, int pages, QString *pdfPath)
    {
        const QString work = QDir(scans.workDirectory()).filePath(QStringLiteral("session"));
        if (!QDir().mkpath(work))
            return std::nullopt;
        MaterialPageSet set(scans.fileKey(), work);
        SaneScanner scanner;
        scanner.setExtraOptions(
            {{QStringLiteral("test-picture"), QStringLiteral("Color pattern")}});
        QObject::connect(&scanner, &ScanSource::pageScanned, &set, [&set](const ScannedPage &page) {
            set.append(page, PageOptions{ColourMode::Grey, 0, true});
        });
        QSignalSpy finished(&scanner, &ScanSource::finished);
        QSignalSpy failed(&scanner, &ScanSource::failed);
        ScanRequest request;
        request.device = QStringLiteral("test:0");
        request.dpi = 150;
        request.colour = ColourMode::Grey;
        request.feed = ScanRequest::Feed::DocumentFeeder;
        request.maxPages = pages;
        scanner.start(request);
        if (!QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, Patience) ||
            !failed.isEmpty())
            return std::nullopt;
        if (!QTest::qWaitFor([&] { return !set.isBusy(); }, Patience) || set.rowCount() != pages)
            return std::nullopt;
        QSignalSpy written(&set, &MaterialPageSet::finished);
        *pdfPath = QDir(work).filePath(QStringLiteral("material.hdsf"));
        set.finish(*pdfPath);
        if (!written.wait(Patience))
            return std::nullopt;
        return written.first().first().value<StoredScan>();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_sane.isValid());
        QVERIFY(m_dir.isValid());
        const QString error = useSaneTestDevice(m_sane.path());
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void aScannedMaterialReachesTheServerOnce()
    {
        NetworkFixture fixture(NetworkFixture::ClockKind::Manual, quiet);
        QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
        fixture.server()->setCasework(testCasework());
        const QString path = m_dir.filePath(QStringLiteral("counter/terminal.db"));
        CaseNumber number;
        StoredScan scan;
        {
            Counter counter(fixture, path);
            QVERIFY(counter.isValid());
            QVERIFY(counter.signIn());
            QSignalSpy fetched(&*counter.catalogue, &CatalogueCache::catalogueChanged);
            counter.catalogue->refresh(*counter.client);
            QVERIFY(fetched.wait());

            // The server goes down; the window goes on taking the application.
            fixture.stopServer();
            QVERIFY(waitForState(*counter.client, HallClient::State::Offline));
            MaterialScanStore &scans = counter.desk->scans();
            const QString draft = MaterialScanStore::newDraftId();
            QString pdf;
            const auto scanned = scanFeeder(scans, 3, &pdf);
            QVERIFY(scanned);
            scan = *scanned;
            QCOMPARE(scan.pages, 3);
            QString error;
            QVERIFY2(scans.keep(draft, Plan, scan, pdf, &error), qPrintable(error));

            number = counter.desk->nextCaseNumber(Monday);
            CaseRecord record = caseDraft(1, number.sequence(), QStringLiteral("T0002"));
            for (MaterialCheck &m : record.materials) {
                if (m.code == Plan) {
                    m.scanDigest = scan.digest;
                    m.scanBytes = scan.bytes;
                    m.pages = scan.pages;
                }
            }
            const auto refused = counter.desk->submit(record, draft);
            QVERIFY2(!refused, refused ? qPrintable(refused->message()) : "");
            QCOMPARE(scans.ofCase(number.toString()).size(), 1);
            QVERIFY(scans.pendingUploads().isEmpty()); // the server has no case yet
            // The counter program ends here with everything waiting.
        }

        // The next run of the counter, with the server back.
        Counter counter(fixture, path);
        QVERIFY(counter.isValid());
        QSignalSpy uploaded(counter.uploads.get(), &ScanUploadQueue::scanUploaded);
        QVERIFY2(fixture.startServer(), qPrintable(fixture.error()));
        fixture.server()->setCasework(testCasework());
        QVERIFY(counter.signIn());
        counter.uploads->refresh();
        QTRY_COMPARE_WITH_TIMEOUT(counter.client->pendingChanges(), 0, Patience);
        QVERIFY(uploaded.count() == 1 || uploaded.wait(Patience));
        QCOMPARE(uploaded.first().at(0).toString(), number.toString());
        QCOMPARE(uploaded.first().at(1).toString(), Plan);

        // On the server: once, sealed under the hall key, the very PDF the case recorded.
        QCOMPARE(fixture.count(QStringLiteral("cases")), 1);
        const auto rows = fixture.rows(QStringLiteral(
            "SELECT case_number, material_code, sha256, bytes, stored_path FROM case_documents"));
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0][0].toString(), number.toString());
        QCOMPARE(rows[0][2].toString(), scan.digest);
        QCOMPARE(rows[0][3].toLongLong(), scan.bytes);
        const QString stored =
            fixture.settings().documentsDirectory + QLatin1Char('/') + rows[0][4].toString();
        QFile raw(stored);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        QVERIFY(!raw.readAll().contains("%PDF"));
        const QByteArray hallKey = fixture.executor().run([](WriterContext &context) {
            return context.cipher.fileKey(QByteArrayLiteral("materials"));
        });
        const auto pdf = SealedFileReader::readAll(hallKey, stored);
        QVERIFY(pdf);
        QCOMPARE(sha256(*pdf), scan.digest);
        const QString plain = m_dir.filePath(QStringLiteral("from-server.pdf"));
        QFile out(plain);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(*pdf);
        out.close();
        QProcess pdfinfo;
        pdfinfo.start(QStringLiteral("pdfinfo"), {plain});
        QVERIFY(pdfinfo.waitForFinished(30000));
        QCOMPARE(pdfinfo.exitCode(), 0);
        const QString info = QString::fromUtf8(pdfinfo.readAllStandardOutput());
        QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+3\\n"))),
                 qPrintable(info));

        // The counter knows; a later run offers nothing again.
        const auto kept = counter.desk->scans().find(number.toString(), Plan);
        QVERIFY(kept);
        QCOMPARE(kept->state, KeptScan::State::Uploaded);
        QVERIFY(counter.desk->scans().pendingUploads().isEmpty());
        QVERIFY(counter.uploader->queued().isEmpty());
        QCOMPARE(counter.uploads->status().waiting, 0);
    }
};

QTEST_GUILESS_MAIN(TestScanIntake)
#include "tst_scanintake.moc"
