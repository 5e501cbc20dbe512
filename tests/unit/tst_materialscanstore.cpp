// The scanned materials kept beside the terminal store: a file and its row together or neither,
// a failed keep leaving the caller's file where it was, a case's scans settled against what the
// case records, abandoned intakes swept, and uploads offered only once their case is on the
// server.

#include "CaseDraft.h"
#include "TestCatalogue.h"
#include "calendar/WorkingCalendar.h"
#include "casework/CaseJson.h"
#include "casework/IntakeCheck.h"
#include "catalogue/CatalogueJson.h"
#include "crypto/SealedFileReader.h"
#include "crypto/SealedFileWriter.h"
#include "terminal/MaterialScanStore.h"
#include "terminal/TerminalCaseStore.h"
#include "terminal/TerminalStore.h"
#include "terminal/WriteFaultInjector.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace halldesk;
using namespace halldesk::test;

namespace {

const QByteArray PdfBytes = QByteArrayLiteral("%PDF-1.4\n% a material's scan, as ImagePdfWriter "
                                              "would have written it\n%%EOF\n");

QString digestOf(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

CaseRecord checkedDraft(int sequence)
{
    static const Catalogue catalogue =
        CatalogueJson::parse(testCatalogueJson(), {QStringLiteral("a"), QStringLiteral("b")})
            .catalogue;
    static const WorkingCalendar calendar = WorkingCalendar::withShippedYears();
    CaseRecord record = caseDraft(15, sequence);
    if (IntakeCheck::complete(record, catalogue, calendar))
        qFatal("the test's draft does not pass the intake check");
    return record;
}

} // namespace

class TestMaterialScanStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_next = 0;
    std::unique_ptr<TerminalStore> m_store;
    std::unique_ptr<MaterialScanStore> m_scans;

    // A sealed PDF in the work folder, as the scan dialog leaves it.
    QString sealedScan(const QByteArray &pdf, const QString &name = QStringLiteral("scan"))
    {
        QDir().mkpath(m_scans->workDirectory());
        const QString path =
            QDir(m_scans->workDirectory()).filePath(name + QStringLiteral(".hdsf"));
        SealedFileWriter writer(m_scans->fileKey(), path, SealedFileFormat::MinChunkBytes);
        if (!writer.open(QIODevice::WriteOnly) || writer.write(pdf) != pdf.size() ||
            !writer.commit())
            qFatal("the test could not seal its scan");
        return path;
    }

    StoredScan described(const QByteArray &pdf, int pages = 1)
    {
        return StoredScan{digestOf(pdf), pdf.size(), pages};
    }

    QString caseNo(int sequence) { return checkedDraft(sequence).number.toString(); }

    // The case as the counter submitted it, with `scans` (material code → digest) recorded,
    // and confirmed by the server when `sent`.
    void storeCase(int sequence, const QMap<QString, QString> &scans, bool sent)
    {
        CaseRecord record = checkedDraft(sequence);
        for (MaterialCheck &m : record.materials) {
            if (scans.contains(m.code)) {
                m.scanDigest = scans.value(m.code);
                m.scanBytes = PdfBytes.size();
            }
        }
        TerminalCaseStore cases(*m_store);
        const QString key = QStringLiteral("case-key-%1").arg(sequence);
        QVERIFY(cases.saveAndQueue(record,
                                   OutboxEntry{key,
                                               QStringLiteral("submitCase"),
                                               {{QStringLiteral("case"), CaseJson::toJson(record)}},
                                               1795827600000}));
        if (sent) {
            QVERIFY(cases.markSent(key, caseSummaryJson(record.number.toString(),
                                                        QStringLiteral("accepted"),
                                                        QStringLiteral("2026-12-04"))));
        }
        QVERIFY(m_scans->settle(record));
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_store = std::make_unique<TerminalStore>(
            m_dir.filePath(QStringLiteral("t%1/terminal.db").arg(++m_next)));
        const auto error = m_store->open();
        QVERIFY2(!error, error ? qPrintable(error->message()) : "");
        m_scans = std::make_unique<MaterialScanStore>(*m_store);
    }

    void cleanup()
    {
        m_scans.reset();
        m_store.reset();
    }

    void keptScanMovesIntoTheStoreAndReadsBack()
    {
        QCOMPARE(m_scans->fileKey().size(), SealedFileFormat::KeyBytes);
        const QString work = sealedScan(PdfBytes);
        QString error;
        QVERIFY2(
            m_scans->keep(caseNo(1), QStringLiteral("M-IDCARD"), described(PdfBytes), work, &error),
            qPrintable(error));
        QVERIFY(!QFile::exists(work));

        const auto kept = m_scans->find(caseNo(1), QStringLiteral("M-IDCARD"));
        QVERIFY(kept);
        QCOMPARE(kept->scan, described(PdfBytes));
        QCOMPARE(kept->state, KeptScan::State::Kept);
        QVERIFY(kept->filePath.startsWith(m_scans->scansDirectory() + QLatin1Char('/')));
        QVERIFY(!kept->filePath.startsWith(m_scans->workDirectory()));
        const auto plain = SealedFileReader::readAll(m_scans->fileKey(), kept->filePath);
        QVERIFY(plain);
        QCOMPARE(*plain, PdfBytes);
        // At rest the document is nothing a reader of the disk recognises.
        QFile raw(kept->filePath);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        QVERIFY(!raw.readAll().contains("%PDF"));
    }

    void aNewScanReplacesTheEarlierOne()
    {
        const QByteArray second = PdfBytes + QByteArrayLiteral("% page two\n");
        QVERIFY(m_scans->keep(caseNo(1), QStringLiteral("M-PLAN"), described(PdfBytes),
                              sealedScan(PdfBytes)));
        const QString firstFile = m_scans->find(caseNo(1), QStringLiteral("M-PLAN"))->filePath;
        QVERIFY(m_scans->keep(caseNo(1), QStringLiteral("M-PLAN"), described(second, 2),
                              sealedScan(second)));
        const auto kept = m_scans->find(caseNo(1), QStringLiteral("M-PLAN"));
        QCOMPARE(kept->scan, described(second, 2));
        QVERIFY(QFile::exists(kept->filePath));
        QVERIFY(!QFile::exists(firstFile));
        QCOMPARE(m_scans->ofCase(caseNo(1)).size(), 1);
    }

    void aFailedWriteLeavesTheFileWithTheCaller()
    {
        WriteFaultInjector faults;
        m_store->setFaultInjector(&faults);
        faults.failWrite();
        const QString work = sealedScan(PdfBytes);
        QString error;
        QVERIFY(!m_scans->keep(caseNo(1), QStringLiteral("M-IDCARD"), described(PdfBytes), work,
                               &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(QFile::exists(work));
        QVERIFY(!m_scans->find(caseNo(1), QStringLiteral("M-IDCARD")));
        // Tried again once the disk has room, it goes through.
        QVERIFY(m_scans->keep(caseNo(1), QStringLiteral("M-IDCARD"), described(PdfBytes), work));
        m_store->setFaultInjector(nullptr);
    }

    void badDescriptionsAreRefused_data()
    {
        QTest::addColumn<QString>("caseNumber");
        QTest::addColumn<QString>("material");
        QTest::addColumn<QString>("digest");
        QTest::addColumn<int>("pages");
        const QString number = caseNo(1);
        const QString digest = digestOf(PdfBytes);
        QTest::newRow("case number") << QStringLiteral("2026-1") << "M-IDCARD" << digest << 1;
        QTest::newRow("material out of the folder") << number << "../M" << digest << 1;
        QTest::newRow("material with a slash") << number << "a/b" << digest << 1;
        QTest::newRow("dot dot") << number << ".." << digest << 1;
        QTest::newRow("digest") << number << "M-IDCARD" << digest.toUpper() << 1;
        QTest::newRow("no pages") << number << "M-IDCARD" << digest << 0;
    }

    void badDescriptionsAreRefused()
    {
        QFETCH(QString, caseNumber);
        QFETCH(QString, material);
        QFETCH(QString, digest);
        QFETCH(int, pages);
        const QString work = sealedScan(PdfBytes);
        QString error;
        QVERIFY(!m_scans->keep(caseNumber, material, StoredScan{digest, PdfBytes.size(), pages},
                               work, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(QFile::exists(work));
        QVERIFY(m_scans->ofCase(caseNumber).isEmpty());
    }

    void settleKeepsWhatTheCaseRecords()
    {
        const QByteArray other = PdfBytes + QByteArrayLiteral("% another\n");
        QVERIFY(m_scans->keep(caseNo(1), QStringLiteral("M-IDCARD"), described(PdfBytes),
                              sealedScan(PdfBytes, QStringLiteral("a"))));
        QVERIFY(m_scans->keep(caseNo(1), QStringLiteral("M-PLAN"), described(other),
                              sealedScan(other, QStringLiteral("b"))));
        const QString planFile = m_scans->find(caseNo(1), QStringLiteral("M-PLAN"))->filePath;
        // The clerk scanned the plan, then marked it missing: the case records only the ID card.
        storeCase(1, {{QStringLiteral("M-IDCARD"), digestOf(PdfBytes)}}, false);
        const auto left = m_scans->ofCase(caseNo(1));
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.first().materialCode, QStringLiteral("M-IDCARD"));
        QVERIFY(!QFile::exists(planFile));
    }

    void uploadsWaitForTheServerToHaveTheCase()
    {
        QVERIFY(m_scans->keep(caseNo(1), QStringLiteral("M-IDCARD"), described(PdfBytes),
                              sealedScan(PdfBytes, QStringLiteral("a"))));
        QVERIFY(m_scans->keep(caseNo(2), QStringLiteral("M-IDCARD"), described(PdfBytes),
                              sealedScan(PdfBytes, QStringLiteral("b"))));
        QVERIFY(m_scans->pendingUploads().isEmpty());
        storeCase(1, {{QStringLiteral("M-IDCARD"), digestOf(PdfBytes)}}, false);
        QVERIFY(m_scans->pendingUploads().isEmpty());
        storeCase(2, {{QStringLiteral("M-IDCARD"), digestOf(PdfBytes)}}, true);
        const auto pending = m_scans->pendingUploads();
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.first().caseNumber, caseNo(2));

        QVERIFY(!m_scans->markUploaded(caseNo(2), QStringLiteral("M-IDCARD"),
                                       digestOf(QByteArrayLiteral("other"))));
        QCOMPARE(m_scans->pendingUploads().size(), 1);
        QVERIFY(m_scans->markUploaded(caseNo(2), QStringLiteral("M-IDCARD"), digestOf(PdfBytes)));
        QVERIFY(m_scans->pendingUploads().isEmpty());
        QCOMPARE(m_scans->find(caseNo(2), QStringLiteral("M-IDCARD"))->state,
                 KeptScan::State::Uploaded);
    }

    void aRefusedUploadIsNotOfferedAgain()
    {
        QVERIFY(m_scans->keep(caseNo(3), QStringLiteral("M-IDCARD"), described(PdfBytes),
                              sealedScan(PdfBytes)));
        storeCase(3, {{QStringLiteral("M-IDCARD"), digestOf(PdfBytes)}}, true);
        QCOMPARE(m_scans->pendingUploads().size(), 1);
        QVERIFY(m_scans->markRefused(caseNo(3), QStringLiteral("M-IDCARD"), digestOf(PdfBytes)));
        QVERIFY(m_scans->pendingUploads().isEmpty());
        QCOMPARE(m_scans->find(caseNo(3), QStringLiteral("M-IDCARD"))->state,
                 KeptScan::State::Refused);
    }

    void anAbandonedIntakeLeavesNothing()
    {
        QVERIFY(m_scans->keep(caseNo(4), QStringLiteral("M-IDCARD"), described(PdfBytes),
                              sealedScan(PdfBytes, QStringLiteral("a"))));
        QVERIFY(m_scans->keep(caseNo(5), QStringLiteral("M-IDCARD"), described(PdfBytes),
                              sealedScan(PdfBytes, QStringLiteral("b"))));
        const QString file = m_scans->find(caseNo(4), QStringLiteral("M-IDCARD"))->filePath;
        storeCase(5, {{QStringLiteral("M-IDCARD"), digestOf(PdfBytes)}}, true);
        QVERIFY(m_scans->discardDraft(caseNo(4)));
        QVERIFY(m_scans->discardDraft(caseNo(5)));
        QVERIFY(m_scans->ofCase(caseNo(4)).isEmpty());
        QVERIFY(!QFile::exists(file));
        // A case that was kept keeps its scans.
        QCOMPARE(m_scans->ofCase(caseNo(5)).size(), 1);
    }

    void theConfirmedIntakeAdoptsItsDraftScans()
    {
        const QString draft = MaterialScanStore::newDraftId();
        QVERIFY(MaterialScanStore::isOwner(draft));
        const QByteArray newer = PdfBytes + QByteArrayLiteral("% rescanned\n");
        // A first confirmation kept the plan under the number, then failed; the clerk rescanned.
        QVERIFY(m_scans->keep(caseNo(8), QStringLiteral("M-PLAN"), described(PdfBytes),
                              sealedScan(PdfBytes, QStringLiteral("a"))));
        const QString replacedFile = m_scans->find(caseNo(8), QStringLiteral("M-PLAN"))->filePath;
        QVERIFY(m_scans->keep(draft, QStringLiteral("M-PLAN"), described(newer),
                              sealedScan(newer, QStringLiteral("b"))));
        QVERIFY(m_scans->keep(draft, QStringLiteral("M-IDCARD"), described(PdfBytes),
                              sealedScan(PdfBytes, QStringLiteral("c"))));
        const QString idFile = m_scans->find(draft, QStringLiteral("M-IDCARD"))->filePath;

        QVERIFY(m_scans->adopt(draft, caseNo(8)));
        QVERIFY(m_scans->ofCase(draft).isEmpty());
        const auto adopted = m_scans->ofCase(caseNo(8));
        QCOMPARE(adopted.size(), 2);
        QCOMPARE(m_scans->find(caseNo(8), QStringLiteral("M-PLAN"))->scan, described(newer));
        QCOMPARE(m_scans->find(caseNo(8), QStringLiteral("M-IDCARD"))->filePath, idFile);
        QVERIFY(QFile::exists(idFile));
        QVERIFY(!QFile::exists(replacedFile));
        QVERIFY(!m_scans->adopt(QStringLiteral("not-a-draft"), caseNo(8)));
    }

    void sweepRemovesOldDraftsAndStrayFilesOnly()
    {
        QVERIFY(m_scans->keep(caseNo(6), QStringLiteral("M-IDCARD"), described(PdfBytes),
                              sealedScan(PdfBytes, QStringLiteral("a"))));
        QVERIFY(m_scans->keep(caseNo(7), QStringLiteral("M-IDCARD"), described(PdfBytes),
                              sealedScan(PdfBytes, QStringLiteral("b"))));
        storeCase(7, {{QStringLiteral("M-IDCARD"), digestOf(PdfBytes)}}, true);
        const QString oldStray = sealedScan(PdfBytes, QStringLiteral("crashed"));
        const QString freshWork = sealedScan(PdfBytes, QStringLiteral("in-progress"));
        QFile stray(oldStray);
        QVERIFY(stray.open(QIODevice::ReadWrite));
        const QDateTime longAgo = QDateTime::currentDateTimeUtc().addDays(-3);
        QVERIFY(stray.setFileTime(longAgo, QFileDevice::FileModificationTime));
        stray.close();

        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        // Nothing is old enough yet but the stray file.
        QCOMPARE(m_scans->sweep(now - 24 * 3600 * 1000), 1);
        QVERIFY(!QFile::exists(oldStray));
        QVERIFY(QFile::exists(freshWork));
        QCOMPARE(m_scans->ofCase(caseNo(6)).size(), 1);

        // Later the draft and the work file left behind are abandoned; the case's scan is not.
        QCOMPARE(m_scans->sweep(now + 1000), 2);
        QVERIFY(m_scans->ofCase(caseNo(6)).isEmpty());
        QVERIFY(!QFile::exists(freshWork));
        QCOMPARE(m_scans->ofCase(caseNo(7)).size(), 1);
        QVERIFY(QFile::exists(m_scans->ofCase(caseNo(7)).first().filePath));
    }
};

QTEST_GUILESS_MAIN(TestMaterialScanStore)
#include "tst_materialscanstore.moc"
