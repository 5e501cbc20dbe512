// The scan view driven as a clerk drives it, offscreen: a real SANE scan with the virtual
// "test" scanner into the material's sealed PDF, pages reordered, turned, deleted and rescanned
// by keyboard, a damaged file in an import, closing with pages not saved, a saved material
// reopened (closing asks only once it is edited) or unreadable (opens empty with a banner).
// With HALLDESK_SCAN_SNAPSHOTS=<dir> it also saves what the dialog looks like at 1366×768
// (HALLDESK_SCAN_QM: a translation to load; HALLDESK_SCAN_QSS: the counter's style sheet).
#include "FileTestHelpers.h"
#include "KeyboardInput.h"
#include "NoticeTestTools.h"
#include "SaneTestDevice.h"
#include "crypto/SealedFileFormat.h"
#include "crypto/SealedFileReader.h"
#include "scan/MaterialDigest.h"
#include "scan/MaterialPageSet.h"
#include "scan/PageStripView.h"
#include "scan/SaneScanner.h"
#include "scan/ScanDialog.h"
#include "scan/ScanPagesPanel.h"
#include "scan/ScanSettingsPanel.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>

using namespace halldesk;
using halldesk::test::press;

namespace {

// A guard against a hung scanner or worker, not a performance limit.
constexpr int Patience = 60000;

QByteArray key()
{
    return QByteArray(SealedFileFormat::KeyBytes, '\x33');
}

int centreLevel(const MaterialPageSet &pages, int row)
{
    const QImage thumbnail = pages.pages().at(row).thumbnail;
    return qGray(thumbnail.pixel(thumbnail.width() / 2, thumbnail.height() / 2));
}

void choose(ScanDialog &dialog, const char *comboName, const QVariant &data)
{
    auto *combo = dialog.findChild<QComboBox *>(QString::fromLatin1(comboName));
    QVERIFY(combo);
    const int row = combo->findData(data);
    QVERIFY(row >= 0);
    combo->setCurrentIndex(row);
}

} // namespace

class ScanDialogTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listsTheTestScanner();
    void scansTheFeederIntoTheMaterialPdf();
    void keyboardReordersTurnsDeletesAndRescans();
    void damagedImportShowsTheBannerAndKeepsPages();
    void failingScannerShowsTheBannerAndKeepsPages();
    void closingWithUnsavedPagesAsks();
    void reopenedMaterialAsksOnlyAfterAnEdit();
    void unreadableSavedScanOpensEmpty();

private:
    MaterialScanContext context(const QString &name);
    // A dialog shown and active, with the scanners listed.
    bool ready(ScanDialog &dialog);
    bool waitIdle(ScanDialog &dialog)
    {
        return QTest::qWaitFor([&] { return !dialog.isScanning() && !dialog.pages()->isBusy(); },
                               Patience);
    }
    QString greyPng(const QString &name, int level);
    void snapshot(QWidget &dialog, const QString &name);

    QTemporaryDir m_sane;
    QTemporaryDir m_dir;
    int m_materials = 0;
};

void ScanDialogTest::initTestCase()
{
    QVERIFY(m_sane.isValid());
    QVERIFY(m_dir.isValid());
    QVERIFY2(halldesk::test::missingTools().isEmpty(), qPrintable(halldesk::test::missingTools()));
    // Only SANE's virtual test scanner, whatever this machine has (see tst_sanescanner).
    const QString saneError = halldesk::test::useSaneTestDevice(m_sane.path());
    QVERIFY2(saneError.isEmpty(), qPrintable(saneError));

    // Snapshots in the users' language, with the counter's font size.
    const QString qm = qEnvironmentVariable("HALLDESK_SCAN_QM");
    if (!qm.isEmpty()) {
        auto *translator = new QTranslator(qApp);
        QVERIFY(translator->load(qm));
        QCoreApplication::installTranslator(translator);
    }
    const QString style = qEnvironmentVariable("HALLDESK_SCAN_QSS");
    if (!style.isEmpty()) {
        QFile qss(style);
        QVERIFY(qss.open(QIODevice::ReadOnly));
        qApp->setStyleSheet(QString::fromUtf8(qss.readAll()));
    }
    QFont font = QApplication::font();
    font.setFamilies(
        {QStringLiteral("Noto Sans CJK SC"), QStringLiteral("WenQuanYi Micro Hei"), font.family()});
    font.setPointSizeF(qMax(font.pointSizeF(), 11.0));
    QApplication::setFont(font);
}

MaterialScanContext ScanDialogTest::context(const QString &name)
{
    const QString work = m_dir.filePath(QStringLiteral("material-%1").arg(++m_materials));
    QDir().mkpath(work);
    return {QStringLiteral("M%1").arg(m_materials),
            name,
            2,
            work,
            m_dir.filePath(QStringLiteral("material-%1.pdf.sealed").arg(m_materials)),
            key(),
            {}};
}

bool ScanDialogTest::ready(ScanDialog &dialog)
{
    dialog.resize(1366, 768);
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    return QTest::qWaitForWindowActive(&dialog) &&
           QTest::qWaitFor([&] { return !dialog.settings()->isListingScanners(); }, Patience);
}

QString ScanDialogTest::greyPng(const QString &name, int level)
{
    QImage image(400, 560, QImage::Format_Grayscale8);
    image.fill(level);
    const QString path = m_dir.filePath(name);
    return image.save(path) ? path : QString();
}

void ScanDialogTest::snapshot(QWidget &dialog, const QString &name)
{
    const QString dir = qEnvironmentVariable("HALLDESK_SCAN_SNAPSHOTS");
    if (dir.isEmpty())
        return;
    QCoreApplication::processEvents();
    QVERIFY(dialog.grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
}

void ScanDialogTest::listsTheTestScanner()
{
    ScanDialog dialog(context(QStringLiteral("居民身份证")));
    QVERIFY(ready(dialog));
    snapshot(dialog, QStringLiteral("scan-empty"));
    QCOMPARE(dialog.settings()->sourceKind(), ScanSettingsPanel::SourceKind::Scanner);
    QVERIFY(dialog.settings()->request().device.startsWith(QStringLiteral("test:")));
    QVERIFY(dialog.problem().isEmpty());
}

void ScanDialogTest::scansTheFeederIntoTheMaterialPdf()
{
    const MaterialScanContext ctx = context(QStringLiteral("营业执照"));
    ScanDialog dialog(ctx);
    QVERIFY(ready(dialog));
    dialog.scanner()->setExtraOptions({{QStringLiteral("test-picture"), QStringLiteral("Grid")},
                                       {QStringLiteral("read-delay"), true},
                                       {QStringLiteral("read-delay-duration"), 2000}});
    choose(dialog, "scanFeed", int(ScanRequest::Feed::DocumentFeeder));
    choose(dialog, "scanResolution", 150);
    // The test picture is a grid, not text: the skew estimate would find a tilt in it.
    auto *deskew = dialog.findChild<QCheckBox *>(QStringLiteral("scanDeskew"));
    QVERIFY(deskew);
    deskew->setChecked(false);

    press(Qt::Key_F5);
    QVERIFY(dialog.isScanning());
    QVERIFY(QTest::qWaitFor([&] { return dialog.pages()->rowCount() >= 3; }, Patience));
    snapshot(dialog, QStringLiteral("scan-scanning"));
    QVERIFY(waitIdle(dialog));
    QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
    QCOMPARE(dialog.pages()->rowCount(), 10); // the test backend's feeder holds ten sheets
    dialog.pagesPanel()->view()->setCurrentIndex(dialog.pages()->index(1));
    snapshot(dialog, QStringLiteral("scan-pages"));

    press(Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(QTest::qWaitFor([&] { return dialog.isHidden(); }, Patience));
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const StoredScan scan = dialog.storedScan();
    QCOMPARE(scan.pages, 10);
    QCOMPARE(dialog.pageFiles().size(), 10);

    const std::optional<QByteArray> pdf = SealedFileReader::readAll(key(), dialog.pdfPath());
    QVERIFY(pdf);
    QCOMPARE(scan.digest, MaterialDigest::ofBytes(*pdf));
    QCOMPARE(scan.bytes, pdf->size());
    const QString plain = m_dir.filePath(QStringLiteral("feeder.pdf"));
    QFile out(plain);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(*pdf);
    out.close();
    const auto info = halldesk::test::runTool(QStringLiteral("pdfinfo"), {plain});
    QVERIFY2(info.finished && info.exitCode == 0, info.errors.constData());
    QVERIFY2(QString::fromUtf8(info.output)
                 .contains(QRegularExpression(QStringLiteral("Pages:\\s+10\\n"))),
             info.output.constData());
}

void ScanDialogTest::keyboardReordersTurnsDeletesAndRescans()
{
    ScanDialog dialog(context(QStringLiteral("房屋租赁合同")));
    QVERIFY(ready(dialog));
    dialog.importFiles({greyPng(QStringLiteral("a.png"), 60), greyPng(QStringLiteral("b.png"), 130),
                        greyPng(QStringLiteral("c.png"), 200)});
    QVERIFY(waitIdle(dialog));
    MaterialPageSet &pages = *dialog.pages();
    QCOMPARE(pages.rowCount(), 3);
    auto order = [&] {
        QList<int> levels;
        for (int row = 0; row < pages.rowCount(); ++row)
            levels.append((centreLevel(pages, row) + 35) / 70); // 60 → 1, 130 → 2, 200 → 3
        return levels;
    };
    QCOMPARE(order(), (QList<int>{1, 2, 3}));
    // Where a dragged page lands: before the page under the pointer's left half, after its
    // right half, at the end past the last page.
    PageStripView *view = dialog.pagesPanel()->view();
    const QRect first = view->visualRect(pages.index(0));
    QCOMPARE(view->insertionRowAt(first.center() - QPoint(first.width() / 4, 0)), 0);
    QCOMPARE(view->insertionRowAt(first.center() + QPoint(first.width() / 4, 0)), 1);
    const QRect viewport = view->viewport()->rect();
    QCOMPARE(view->insertionRowAt(viewport.bottomRight() - QPoint(5, 5)), 3);

    // The newest page is selected; the keys work on the selected page.
    QCOMPARE(dialog.pagesPanel()->currentRow(), 2);

    press(Qt::Key_Left, Qt::ControlModifier);
    QCOMPARE(order(), (QList<int>{1, 3, 2}));
    QCOMPARE(dialog.pagesPanel()->currentRow(), 1);
    press(Qt::Key_Left, Qt::ControlModifier);
    QCOMPARE(order(), (QList<int>{3, 1, 2}));
    press(Qt::Key_Left, Qt::ControlModifier); // already first
    QCOMPARE(order(), (QList<int>{3, 1, 2}));

    press(Qt::Key_R, Qt::ControlModifier);
    QCOMPARE(pages.pages().at(0).quarterTurns, 1);
    press(Qt::Key_L, Qt::ControlModifier);
    press(Qt::Key_L, Qt::ControlModifier);
    QCOMPARE(pages.pages().at(0).quarterTurns, 3);

    press(Qt::Key_Right, Qt::ControlModifier);
    QCOMPARE(order(), (QList<int>{1, 3, 2}));
    QCOMPARE(pages.pages().at(1).quarterTurns, 3);

    press(Qt::Key_Delete);
    QCOMPARE(order(), (QList<int>{1, 2}));
    QCOMPARE(QDir(dialog.pageFiles().first()).exists(), false);
    QCOMPARE(QDir(QFileInfo(dialog.pageFiles().first()).path()).entryList(QDir::Files).size(), 2);

    // Rescan the selected page with the scanner: it takes the page's place.
    QVERIFY(dialog.settings()->selectSource(ScanSettingsPanel::SourceKind::Scanner));
    dialog.pagesPanel()->view()->setCurrentIndex(pages.index(0));
    const quint64 before = pages.pages().at(0).id;
    press(Qt::Key_F5, Qt::ShiftModifier);
    QVERIFY(waitIdle(dialog));
    QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
    QCOMPARE(pages.rowCount(), 2);
    QVERIFY(pages.pages().at(0).id != before);
    QCOMPARE(centreLevel(pages, 0), 0); // the test scanner's default picture is black
    QCOMPARE((centreLevel(pages, 1) + 35) / 70, 2);
}

void ScanDialogTest::damagedImportShowsTheBannerAndKeepsPages()
{
    ScanDialog dialog(context(QStringLiteral("户口簿")));
    QVERIFY(ready(dialog));
    dialog.importFiles({greyPng(QStringLiteral("good.png"), 90)});
    QVERIFY(waitIdle(dialog));
    const QString damaged = m_dir.filePath(QStringLiteral("damaged.pdf"));
    QFile file(damaged);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("%PDF-1.4\nthis is not a PDF at all");
    file.close();
    dialog.importFiles({greyPng(QStringLiteral("good2.png"), 170), damaged});
    QVERIFY(waitIdle(dialog));
    QVERIFY(!dialog.problem().isEmpty());
    auto *banner = dialog.findChild<QLabel *>(QStringLiteral("noticeBanner"));
    QVERIFY(banner && banner->isVisible());
    QCOMPARE(dialog.pages()->rowCount(), 2);
    snapshot(dialog, QStringLiteral("scan-problem"));

    // The next scan clears the banner.
    dialog.importFiles({greyPng(QStringLiteral("good3.png"), 220)});
    QVERIFY(waitIdle(dialog));
    QVERIFY(dialog.problem().isEmpty());
    QCOMPARE(dialog.pages()->rowCount(), 3);
}

void ScanDialogTest::failingScannerShowsTheBannerAndKeepsPages()
{
    ScanDialog dialog(context(QStringLiteral("不动产权证书")));
    QVERIFY(ready(dialog));
    dialog.importFiles({greyPng(QStringLiteral("deed.png"), 150)});
    QVERIFY(waitIdle(dialog));
    QVERIFY(dialog.settings()->selectSource(ScanSettingsPanel::SourceKind::Scanner));
    // The scanner fails while reading, as one unplugged or jammed does.
    dialog.scanner()->setExtraOptions(
        {{QStringLiteral("read-return-value"), QStringLiteral("SANE_STATUS_IO_ERROR")}});
    press(Qt::Key_F5);
    QVERIFY(waitIdle(dialog));
    QVERIFY(!dialog.problem().isEmpty());
    QCOMPARE(dialog.pages()->rowCount(), 1);
    snapshot(dialog, QStringLiteral("scan-scanner-failed"));

    // Once the scanner is back, the clerk scans on.
    dialog.scanner()->setExtraOptions({});
    press(Qt::Key_F5);
    QVERIFY(waitIdle(dialog));
    QVERIFY(dialog.problem().isEmpty());
    QCOMPARE(dialog.pages()->rowCount(), 2);
}

void ScanDialogTest::closingWithUnsavedPagesAsks()
{
    ScanDialog dialog(context(QStringLiteral("结婚证")));
    QVERIFY(ready(dialog));
    dialog.importFiles({greyPng(QStringLiteral("m.png"), 120)});
    QVERIFY(waitIdle(dialog));
    const QStringList files = dialog.pageFiles();
    QCOMPARE(files.size(), 1);

    auto answer = [](QMessageBox::StandardButton button) {
        QTimer::singleShot(0, [button] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            box->button(button)->click();
        });
    };
    answer(QMessageBox::Cancel);
    press(Qt::Key_Escape);
    QVERIFY(dialog.isVisible());
    QVERIFY(QFile::exists(files.first()));
    // The focus comes back to the dialog once the question is gone.
    QApplication::setActiveWindow(&dialog);
    QVERIFY(QTest::qWaitFor([] { return QApplication::focusWidget() != nullptr; }, Patience));

    answer(QMessageBox::Discard);
    press(Qt::Key_Escape);
    QVERIFY(dialog.isHidden());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!QFile::exists(files.first()));
}

void ScanDialogTest::reopenedMaterialAsksOnlyAfterAnEdit()
{
    // A material saved once.
    QString saved;
    {
        ScanDialog first(context(QStringLiteral("户口簿")));
        QVERIFY(ready(first));
        first.importFiles({greyPng(QStringLiteral("r.png"), 90)});
        QVERIFY(waitIdle(first));
        first.save();
        QVERIFY(QTest::qWaitFor([&] { return first.isHidden(); }, Patience));
        saved = first.pdfPath();
    }
    const QByteArray savedBytes = halldesk::test::contents(saved);
    QVERIFY(!savedBytes.isEmpty());

    const auto answer = [](QMessageBox::StandardButton button) {
        QTimer::singleShot(0, [button] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            box->button(button)->click();
        });
    };
    for (const bool edited : {false, true}) {
        MaterialScanContext ctx = context(QStringLiteral("户口簿"));
        ctx.existingPdfPath = saved;
        ScanDialog dialog(ctx);
        QVERIFY(ready(dialog));
        QVERIFY(waitIdle(dialog));
        QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
        QCOMPARE(dialog.pages()->rowCount(), 1);
        const QStringList copies = dialog.pageFiles();
        if (edited) {
            QVERIFY(dialog.pages()->rotate(0, 1));
            answer(QMessageBox::Cancel);
            press(Qt::Key_Escape);
            QVERIFY(dialog.isVisible());
            QApplication::setActiveWindow(&dialog);
            QVERIFY(
                QTest::qWaitFor([] { return QApplication::focusWidget() != nullptr; }, Patience));
            answer(QMessageBox::Discard);
        }
        // Unchanged, Esc closes at once: there is nothing to lose.
        press(Qt::Key_Escape);
        QVERIFY(dialog.isHidden());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!QFile::exists(copies.first()));
        QCOMPARE(halldesk::test::contents(saved), savedBytes);
    }
}

void ScanDialogTest::unreadableSavedScanOpensEmpty()
{
    const QString damaged = m_dir.filePath(QStringLiteral("damaged.pdf.sealed"));
    QFile file(damaged);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(3000, 'x'));
    file.close();
    MaterialScanContext ctx = context(QStringLiteral("房产证"));
    ctx.existingPdfPath = damaged;
    ScanDialog dialog(ctx);
    QVERIFY(ready(dialog));
    QVERIFY(waitIdle(dialog));
    QCOMPARE(dialog.pages()->rowCount(), 0);
    QVERIFY(!dialog.problem().isEmpty());
    // It scans as a new material would.
    dialog.importFiles({greyPng(QStringLiteral("u.png"), 150)});
    QVERIFY(waitIdle(dialog));
    QCOMPARE(dialog.pages()->rowCount(), 1);
    QCOMPARE(halldesk::test::contents(damaged), QByteArray(3000, 'x'));
}

QTEST_MAIN(ScanDialogTest)
#include "tst_scandialog.moc"
