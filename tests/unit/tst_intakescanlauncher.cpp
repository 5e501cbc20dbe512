// Scanning a material from the intake: F6 on the checklist opens the scan view for the current
// material, the finished PDF goes to the counter's store through keepScan, and the material is
// marked received with its scan; a store that refuses leaves the material as it was and says
// why; the scan's working folder does not outlive it. F6 on a material scanned before reopens
// its kept pages: saving replaces the kept scan, closing leaves it as it was, and a kept scan
// that cannot be read opens an empty view that says so.

#include "SaneTestDevice.h"
#include "casework/MaterialChecklistModel.h"
#include "crypto/SealedFileReader.h"
#include "intake/DecisionPage.h"
#include "intake/IntakeDialog.h"
#include "intake/IntakeScanLauncher.h"
#include "intake/MaterialChecklistView.h"
#include "scan/MaterialPageSet.h"
#include "scan/ScanDialog.h"
#include "scan/ScanSettingsPanel.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace halldesk;

namespace {

constexpr int Patience = 60000;

MaterialCheck material(const QString &code, const QString &name, int pages)
{
    MaterialCheck m;
    m.code = code;
    m.name = name;
    m.pages = pages;
    m.required = true;
    return m;
}

} // namespace

class TestIntakeScanLauncher : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QTemporaryDir m_sane;
    int m_next = 0;

    struct Kept
    {
        QString code;
        StoredScan scan;
        QString path; // where the "store" moved the sealed PDF
    };

    IntakeContext context(QList<Kept> *kept, std::optional<QString> refusal = std::nullopt)
    {
        IntakeContext c;
        c.scanWorkDirectory = m_dir.filePath(QStringLiteral("work%1").arg(++m_next));
        c.scanFileKey = QByteArray(32, '\x5a');
        c.keepScan = [this, kept, refusal](const QString &code, const StoredScan &scan,
                                           const QString &sealedPath) -> std::optional<QString> {
            if (refusal)
                return refusal;
            const QString target = m_dir.filePath(QStringLiteral("kept%1.hdsf").arg(++m_next));
            if (!QFile::rename(sealedPath, target))
                return QStringLiteral("rename failed");
            kept->append(Kept{code, scan, target});
            return std::nullopt;
        };
        c.keptScanPath = [kept](const QString &code) {
            for (auto it = kept->crbegin(); it != kept->crend(); ++it) {
                if (it->code == code)
                    return it->path;
            }
            return QString();
        };
        return c;
    }

    // Waits for the kept pages of a reopened material to be in the open scan view.
    bool opened(IntakeScanLauncher &launcher)
    {
        return launcher.dialog() &&
               QTest::qWaitFor([&] { return !launcher.dialog()->pages()->isLoading(); }, Patience);
    }

    QString documentPng()
    {
        QImage image(620, 877, QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setPen(Qt::black);
        for (int y = 80; y < 800; y += 30)
            painter.drawLine(60, y, 560, y);
        painter.end();
        const QString path = m_dir.filePath(QStringLiteral("doc%1.png").arg(++m_next));
        image.save(path);
        return path;
    }

    // Imports one page into the open scan view and saves it.
    bool scanOnePage(IntakeScanLauncher &launcher)
    {
        ScanDialog *dialog = launcher.dialog();
        if (!dialog || !QTest::qWaitFor(
                           [&] {
                               return !dialog->settings()->isListingScanners() &&
                                      !dialog->pages()->isLoading();
                           },
                           Patience))
            return false;
        const int before = dialog->pages()->rowCount();
        dialog->importFiles({documentPng()});
        if (!QTest::qWaitFor(
                [&] { return !dialog->isScanning() && dialog->pages()->rowCount() == before + 1; },
                Patience))
            return false;
        dialog->save();
        return QTest::qWaitFor([&] { return launcher.dialog() == nullptr; }, Patience);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_sane.isValid());
        // No scanner of this machine's: the material comes from a file.
        const QString error = test::useSaneTestDevice(m_sane.path(), false);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void aScanMarksTheMaterialReceived()
    {
        QList<Kept> kept;
        const IntakeContext c = context(&kept);
        MaterialChecklistModel checklist;
        checklist.setMaterials(
            {material(QStringLiteral("M-IDCARD"), QStringLiteral("居民身份证"), 1),
             material(QStringLiteral("M-PLAN"), QStringLiteral("设计图"), 2)});
        QWidget parent;
        IntakeScanLauncher launcher(c, checklist, &parent);
        QSignalSpy keptSpy(&launcher, &IntakeScanLauncher::scanKept);
        QVERIFY(launcher.isAvailable());
        QVERIFY(launcher.scan(1));
        QVERIFY(!launcher.scan(0)); // one scan view at a time
        QCOMPARE(launcher.dialog()->windowTitle().isEmpty(), false);
        QVERIFY(scanOnePage(launcher));

        QCOMPARE(kept.size(), 1);
        QCOMPARE(kept.first().code, QStringLiteral("M-PLAN"));
        QCOMPARE(keptSpy.count(), 1);
        QCOMPARE(keptSpy.first().first().toInt(), 1);
        const auto pdf = SealedFileReader::readAll(c.scanFileKey, kept.first().path);
        QVERIFY(pdf);
        QVERIFY(pdf->startsWith("%PDF-"));
        const StoredScan &scan = kept.first().scan;
        QCOMPARE(scan.digest,
                 QString::fromLatin1(
                     QCryptographicHash::hash(*pdf, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(scan.bytes, pdf->size());
        QCOMPARE(scan.pages, 1);

        const MaterialCheck &plan = checklist.material(1);
        QCOMPARE(plan.state, MaterialCheck::State::Received);
        QCOMPARE(plan.scanDigest, scan.digest);
        QCOMPARE(plan.scanBytes, scan.bytes);
        QCOMPARE(plan.pages, 1);
        QVERIFY(
            !checklist.index(1, MaterialChecklistModel::ScanColumn).data().toString().isEmpty());
        QVERIFY(checklist.index(0, MaterialChecklistModel::ScanColumn).data().toString().isEmpty());
        // The scan's working folder went with it.
        QVERIFY(
            QDir(c.scanWorkDirectory).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());
    }

    void aRefusedKeepLeavesTheMaterialAsItWas()
    {
        QList<Kept> kept;
        const IntakeContext c = context(&kept, QStringLiteral("磁盘已满"));
        MaterialChecklistModel checklist;
        checklist.setMaterials(
            {material(QStringLiteral("M-IDCARD"), QStringLiteral("居民身份证"), 1)});
        QWidget parent;
        IntakeScanLauncher launcher(c, checklist, &parent);
        QSignalSpy problems(&launcher, &IntakeScanLauncher::problem);
        QVERIFY(launcher.scan(0));
        QVERIFY(scanOnePage(launcher));
        QVERIFY(kept.isEmpty());
        QCOMPARE(problems.last().first().toString(), QStringLiteral("磁盘已满"));
        QCOMPARE(checklist.material(0).state, MaterialCheck::State::Missing);
        QVERIFY(checklist.material(0).scanDigest.isEmpty());
    }

    void f6AgainReopensTheKeptScan()
    {
        QList<Kept> kept;
        const IntakeContext c = context(&kept);
        MaterialChecklistModel checklist;
        checklist.setMaterials(
            {material(QStringLiteral("M-IDCARD"), QStringLiteral("居民身份证"), 1),
             material(QStringLiteral("M-PLAN"), QStringLiteral("设计图"), 2)});
        QWidget parent;
        IntakeScanLauncher launcher(c, checklist, &parent);
        QVERIFY(launcher.scan(1));
        QVERIFY(scanOnePage(launcher));
        QCOMPARE(kept.size(), 1);

        // The forgotten second page: the view opens with the saved one.
        QVERIFY(launcher.scan(1));
        QVERIFY(opened(launcher));
        QCOMPARE(launcher.dialog()->pages()->rowCount(), 1);
        QVERIFY(launcher.dialog()->problem().isEmpty());
        QVERIFY(scanOnePage(launcher));
        QCOMPARE(kept.size(), 2);
        QCOMPARE(kept.last().code, QStringLiteral("M-PLAN"));
        QCOMPARE(kept.last().scan.pages, 2);
        QCOMPARE(checklist.material(1).pages, 2);
        QCOMPARE(checklist.material(1).scanDigest, kept.last().scan.digest);
        const auto pdf = SealedFileReader::readAll(c.scanFileKey, kept.last().path);
        QVERIFY(pdf);
        QCOMPARE(kept.last().scan.digest,
                 QString::fromLatin1(
                     QCryptographicHash::hash(*pdf, QCryptographicHash::Sha256).toHex()));

        // Opened and closed again without saving: nothing kept, the scan as it was.
        const QByteArray keptBytes = [&] {
            QFile file(kept.last().path);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        }();
        QVERIFY(!keptBytes.isEmpty());
        QVERIFY(launcher.scan(1));
        QVERIFY(opened(launcher));
        QCOMPARE(launcher.dialog()->pages()->rowCount(), 2);
        launcher.dialog()->reject(); // unchanged: nothing to ask about
        QVERIFY(QTest::qWaitFor([&] { return launcher.dialog() == nullptr; }, Patience));
        QCOMPARE(kept.size(), 2);
        QFile file(kept.last().path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), keptBytes);
        QCOMPARE(checklist.material(1).pages, 2);
        QCOMPARE(checklist.material(1).scanDigest, kept.last().scan.digest);
        QVERIFY(
            QDir(c.scanWorkDirectory).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());

        // Saved without a change: the same PDF, so the kept scan is left as it is.
        QVERIFY(launcher.scan(1));
        QVERIFY(opened(launcher));
        launcher.dialog()->save();
        QVERIFY(QTest::qWaitFor([&] { return launcher.dialog() == nullptr; }, Patience));
        QCOMPARE(kept.size(), 2);
        QCOMPARE(checklist.material(1).scanDigest, kept.last().scan.digest);
        QVERIFY(
            QDir(c.scanWorkDirectory).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());
    }

    void anUnreadableKeptScanOpensEmpty()
    {
        QList<Kept> kept;
        IntakeContext c = context(&kept);
        MaterialChecklistModel checklist;
        checklist.setMaterials(
            {material(QStringLiteral("M-IDCARD"), QStringLiteral("居民身份证"), 1)});
        QWidget parent;
        IntakeScanLauncher launcher(c, checklist, &parent);
        QVERIFY(launcher.scan(0));
        QVERIFY(scanOnePage(launcher));
        QCOMPARE(kept.size(), 1);
        const QString damaged = m_dir.filePath(QStringLiteral("damaged.hdsf"));
        QFile file(damaged);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a sealed file");
        file.close();
        c.keptScanPath = [damaged](const QString &) {
            return damaged;
        };

        QVERIFY(launcher.scan(0));
        QVERIFY(opened(launcher));
        QCOMPARE(launcher.dialog()->pages()->rowCount(), 0);
        QVERIFY(!launcher.dialog()->problem().isEmpty());
        launcher.dialog()->reject();
        QVERIFY(QTest::qWaitFor([&] { return launcher.dialog() == nullptr; }, Patience));
        QCOMPARE(kept.size(), 1);
        QVERIFY(QFile::exists(kept.first().path));
    }

    void noScanningWithoutAStore()
    {
        IntakeContext c;
        MaterialChecklistModel checklist;
        checklist.setMaterials(
            {material(QStringLiteral("M-IDCARD"), QStringLiteral("居民身份证"), 1)});
        QWidget parent;
        IntakeScanLauncher launcher(c, checklist, &parent);
        QSignalSpy problems(&launcher, &IntakeScanLauncher::problem);
        QVERIFY(!launcher.isAvailable());
        QVERIFY(!launcher.scan(0));
        QCOMPARE(problems.count(), 1);
        QVERIFY(!launcher.dialog());
    }

    void f6AsksToScanTheCurrentMaterial()
    {
        DecisionPage page;
        page.checklist()->setMaterials(
            {material(QStringLiteral("M-IDCARD"), QStringLiteral("居民身份证"), 1),
             material(QStringLiteral("M-PLAN"), QStringLiteral("设计图"), 2)});
        page.show();
        QApplication::setActiveWindow(&page);
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QSignalSpy requested(&page, &DecisionPage::scanRequested);
        page.materialsView()->setCurrentRow(1);
        page.materialsView()->table()->setFocus();
        QTest::keyClick(page.materialsView()->table(), Qt::Key_F6);
        QCOMPARE(requested.count(), 0); // not offered where the counter does not scan
        page.setScanAvailable(true);
        QTest::keyClick(page.materialsView()->table(), Qt::Key_F6);
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.first().first().toInt(), 1);
    }
};

QTEST_MAIN(TestIntakeScanLauncher)
#include "tst_intakescanlauncher.moc"
