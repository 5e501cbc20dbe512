// The pages of a material while the clerk works on them: sealed page files, thumbnails, edits,
// the bound on full pages waiting for the worker, a failing write, and the PDF read back by
// poppler-utils (page count, order, turns) with its digest; a saved material opened again
// (unchanged it saves to the same digest; edited, the new pages and turns are in the PDF; a
// damaged one is refused and leaves the set empty).
#include "FileTestHelpers.h"
#include "NoticeTestTools.h"
#include "SyntheticPage.h"
#include "crypto/SealedFileFormat.h"
#include "crypto/SealedFileReader.h"
#include "crypto/SealedFileWriter.h"
#include "scan/MaterialDigest.h"
#include "scan/MaterialPageSet.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <sys/resource.h>

using namespace halldesk;
using halldesk::test::runTool;

namespace {

// A guard against a hung worker, not a performance limit.
constexpr int Patience = 60000;

QByteArray key()
{
    return QByteArray(SealedFileFormat::KeyBytes, '\x5a');
}

// A landscape page of one grey level (tells pages apart once rendered back) with a black block
// in its top-left corner (tells where a turn took it).
ScannedPage markedPage(int level)
{
    QImage image(300, 200, QImage::Format_Grayscale8);
    image.fill(level);
    for (int y = 0; y < 60; ++y) {
        for (int x = 0; x < 60; ++x)
            image.scanLine(y)[x] = 0;
    }
    return {image, 50, PageSource::Scanner};
}

PageOptions plainGrey()
{
    PageOptions options;
    options.deskew = false; // the marks are not text: nothing to straighten
    return options;
}

int levelOf(int row, const MaterialPageSet &set)
{
    const QImage thumbnail = set.pages().at(row).thumbnail;
    return qGray(thumbnail.pixel(thumbnail.width() / 2, thumbnail.height() / 2));
}

// Limits the size of files this process writes, the way a full disk stops a write.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        ::signal(SIGXFSZ, SIG_IGN); // the write then fails with EFBIG instead of a signal
        ::getrlimit(RLIMIT_FSIZE, &m_previous);
        rlimit limit = m_previous;
        limit.rlim_cur = bytes;
        ::setrlimit(RLIMIT_FSIZE, &limit);
    }
    ~FileSizeLimit() { ::setrlimit(RLIMIT_FSIZE, &m_previous); }
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;

private:
    rlimit m_previous{};
};

// Page `page` of `pdf` as a reader shows it: rendered grey at 50 dpi by poppler's pdftoppm. A
// null image (and *errors) if pdftoppm failed.
QImage renderedPage(const QString &pdf, int page, const QString &prefix, QByteArray *errors)
{
    const QString number = QString::number(page);
    const auto run = runTool(QStringLiteral("pdftoppm"),
                             {QStringLiteral("-gray"), QStringLiteral("-r"), QStringLiteral("50"),
                              QStringLiteral("-f"), number, QStringLiteral("-l"), number,
                              QStringLiteral("-singlefile"), pdf, prefix});
    *errors = run.errors;
    if (!run.finished || run.exitCode != 0)
        return {};
    return QImage(prefix + QStringLiteral(".pgm"));
}

} // namespace

class MaterialPageSetTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pagesAreSealedWithThumbnails();
    void editsReorderTurnAndRemove();
    void pdfHasThePagesInOrderAndTurned();
    void fullPagesWaitingAreBounded();
    void failedWriteKeepsEarlierPages();
    void failedPdfKeepsThePages();
    void discardingRemovesPagesOnTheirWay();
    void destroyedSetLeavesOnlyListedPages();
    void reopenedUnchangedSavesTheSameDigest();
    void reopenedEditsReachThePdf();
    void damagedSavedScanIsRefused();

private:
    bool waitIdle(MaterialPageSet &set)
    {
        return QTest::qWaitFor([&] { return !set.isBusy(); }, Patience);
    }
    // A material of three pages (grey, colour, black and white), the second one turned.
    std::optional<StoredScan> savedMaterial(const QString &pdfPath);
    // The plaintext of a sealed file, written to a plain file for the poppler tools.
    QString unsealed(const QString &sealedPath);

    QTemporaryDir m_dir;
};

void MaterialPageSetTest::initTestCase()
{
    QVERIFY2(halldesk::test::missingTools().isEmpty(), qPrintable(halldesk::test::missingTools()));
    QVERIFY(m_dir.isValid());
}

QString MaterialPageSetTest::unsealed(const QString &sealedPath)
{
    const std::optional<QByteArray> plain = SealedFileReader::readAll(key(), sealedPath);
    if (!plain)
        return {};
    const QString path = sealedPath + QStringLiteral(".plain.pdf");
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*plain) != plain->size())
        return {};
    return path;
}

void MaterialPageSetTest::pagesAreSealedWithThumbnails()
{
    QTemporaryDir work;
    MaterialPageSet set(key(), work.path());
    set.append(markedPage(200), plainGrey());
    ScannedPage big{halldesk::test::syntheticTextPage(halldesk::test::a4Pixels(150), 150), 150,
                    PageSource::Scanner};
    set.append(big, plainGrey());
    QVERIFY(waitIdle(set));
    QCOMPARE(set.rowCount(), 2);
    QCOMPARE(set.data(set.index(1), Qt::DisplayRole).toString(), QStringLiteral("Page 2"));

    // In memory: a thumbnail, never the page itself.
    const QImage thumbnail = set.data(set.index(1), Qt::DecorationRole).value<QImage>();
    QVERIFY(!thumbnail.isNull());
    QVERIFY(qMax(thumbnail.width(), thumbnail.height()) <= ThumbnailSize);
    QCOMPARE(set.pages().at(1).pixelSize, big.image.size());

    // On disk: sealed, with no JPEG marker or anything else readable, and the JPEG inside.
    const QStringList files = set.pageFiles();
    QCOMPARE(files.size(), 2);
    for (const QString &path : files) {
        QVERIFY(path.startsWith(work.path()));
        const QByteArray raw = halldesk::test::contents(path);
        QVERIFY(!raw.isEmpty());
        QVERIFY(!raw.contains("\xFF\xD8\xFF"));
        QVERIFY(!raw.contains("JFIF"));
        QVERIFY(!raw.contains("%PDF"));
        const std::optional<QByteArray> plain = SealedFileReader::readAll(key(), path);
        QVERIFY(plain);
        QVERIFY(plain->startsWith("\xFF\xD8\xFF"));
    }
}

void MaterialPageSetTest::editsReorderTurnAndRemove()
{
    QTemporaryDir work;
    MaterialPageSet set(key(), work.path());
    for (int level : {40, 100, 160, 220})
        set.append(markedPage(level), plainGrey());
    QVERIFY(waitIdle(set));
    QCOMPARE(set.rowCount(), 4);
    auto levels = [&] {
        QList<int> found;
        for (int row = 0; row < set.rowCount(); ++row)
            found.append((levelOf(row, set) + 10) / 20); // JPEG may move a level a little
        return found;
    };
    QCOMPARE(levels(), (QList<int>{2, 5, 8, 11}));

    QVERIFY(set.move(3, 0));
    QCOMPARE(levels(), (QList<int>{11, 2, 5, 8}));
    QVERIFY(set.move(0, 2));
    QCOMPARE(levels(), (QList<int>{2, 5, 11, 8}));
    QCOMPARE(set.data(set.index(2), Qt::DisplayRole).toString(), QStringLiteral("Page 3"));
    QVERIFY(!set.move(0, 4));

    // A turn is recorded, and the thumbnail shows it: landscape becomes portrait.
    QVERIFY(set.rotate(1, 1));
    QCOMPARE(set.data(set.index(1), MaterialPageSet::QuarterTurnsRole).toInt(), 1);
    const QImage turned = set.pages().at(1).thumbnail;
    QVERIFY(turned.height() > turned.width());
    QVERIFY(set.rotate(1, -2));
    QCOMPARE(set.pages().at(1).quarterTurns, 3);

    const QString removedFile = set.pages().at(0).path;
    QVERIFY(set.remove(0));
    QCOMPARE(levels(), (QList<int>{5, 11, 8}));
    QVERIFY(!QFile::exists(removedFile));
    QVERIFY(!set.remove(3));

    // A rescan takes the page's place and its file.
    const QString replacedFile = set.pages().at(2).path;
    QVERIFY(set.replace(2, markedPage(20), plainGrey()));
    QVERIFY(waitIdle(set));
    QCOMPARE(levels(), (QList<int>{5, 11, 1}));
    QVERIFY(!QFile::exists(replacedFile));
    QCOMPARE(QDir(work.path()).entryList(QDir::Files).size(), 3);
}

void MaterialPageSetTest::pdfHasThePagesInOrderAndTurned()
{
    QTemporaryDir work;
    MaterialPageSet set(key(), work.path());
    for (int level : {60, 120, 180})
        set.append(markedPage(level), plainGrey());
    // finish() waits for the queued pages.
    const QString pdfPath = m_dir.filePath(QStringLiteral("order.pdf.sealed"));
    QSignalSpy finished(&set, &MaterialPageSet::finished);
    QVERIFY(waitIdle(set));
    QVERIFY(set.move(2, 0));   // 180, 60, 120
    QVERIFY(set.rotate(1, 1)); // the 60 page turned clockwise
    set.finish(pdfPath);
    QVERIFY(set.isBusy());
    QVERIFY(!set.remove(0)); // no edits while the PDF is written
    QVERIFY(finished.wait(Patience));
    const auto scan = finished.first().first().value<StoredScan>();
    QCOMPARE(scan.pages, 3);

    // The sealed PDF: nothing readable on disk, the digest and size of its plaintext.
    QVERIFY(!halldesk::test::contents(pdfPath).contains("%PDF"));
    const QString plain = unsealed(pdfPath);
    QVERIFY(!plain.isEmpty());
    const QByteArray bytes = halldesk::test::contents(plain);
    QVERIFY(bytes.startsWith("%PDF-1.4"));
    QCOMPARE(scan.bytes, bytes.size());
    QCOMPARE(scan.digest, MaterialDigest::ofBytes(bytes));

    const auto info = runTool(QStringLiteral("pdfinfo"), {plain});
    QVERIFY2(info.finished && info.exitCode == 0 && info.errors.isEmpty(), info.errors.constData());
    QVERIFY2(QString::fromUtf8(info.output)
                 .contains(QRegularExpression(QStringLiteral("Pages:\\s+3\\n"))),
             info.output.constData());

    // Rendered back as a reader shows it: the pages in the new order, the second one turned.
    const QList<int> expectedLevels{180, 60, 120};
    for (int page = 1; page <= 3; ++page) {
        const QString number = QString::number(page);
        QByteArray errors;
        const QImage rendered = renderedPage(
            plain, page, m_dir.filePath(QStringLiteral("order-%1").arg(page)), &errors);
        QVERIFY2(!rendered.isNull(), errors.constData());
        const int w = rendered.width();
        const int h = rendered.height();
        QVERIFY2(qAbs(qGray(rendered.pixel(w / 2, h / 2)) - expectedLevels.at(page - 1)) < 12,
                 qPrintable(number));
        if (page == 2) {
            // A clockwise turn takes the top-left block to the top right of a portrait page.
            QVERIFY2(qAbs(w - 200) <= 1 && qAbs(h - 300) <= 1, qPrintable(number));
            QVERIFY(qGray(rendered.pixel(w - 10, 10)) < 30);
            QVERIFY(qGray(rendered.pixel(10, 10)) > 40);
        } else {
            QVERIFY2(qAbs(w - 300) <= 1 && qAbs(h - 200) <= 1, qPrintable(number));
            QVERIFY(qGray(rendered.pixel(10, 10)) < 30);
        }
    }
    // The pages are kept as the material's pages too.
    QCOMPARE(set.rowCount(), 3);
    for (const QString &path : set.pageFiles())
        QVERIFY(QFile::exists(path));
}

void MaterialPageSetTest::fullPagesWaitingAreBounded()
{
    QTemporaryDir work;
    MaterialPageSet set(key(), work.path());
    const QImage a4 = halldesk::test::syntheticTextPage(halldesk::test::a4Pixels(200), 200);
    // Handed over as fast as a feeder could: append() holds the caller back instead of
    // queueing ten full pages.
    for (int i = 0; i < 10; ++i)
        set.append({a4, 200, PageSource::Scanner}, PageOptions{});
    QVERIFY(waitIdle(set));
    QCOMPARE(set.rowCount(), 10);
    QVERIFY(set.peakPagesInFlight() >= 1);
    QVERIFY(set.peakPagesInFlight() <= MaterialPageSet::MaxPagesInFlight);
    for (const MaterialPage &page : set.pages())
        QVERIFY(qMax(page.thumbnail.width(), page.thumbnail.height()) <= ThumbnailSize);
}

void MaterialPageSetTest::failedWriteKeepsEarlierPages()
{
    QTemporaryDir work;
    MaterialPageSet set(key(), work.path());
    QSignalSpy failed(&set, &MaterialPageSet::pageFailed);
    set.append(markedPage(80), plainGrey());
    set.append(markedPage(160), plainGrey());
    QVERIFY(waitIdle(set));
    QCOMPARE(set.rowCount(), 2);
    {
        // The third page's file cannot grow past a few bytes, as on a full disk.
        FileSizeLimit limit(64);
        set.append(markedPage(240), plainGrey());
        QVERIFY(waitIdle(set));
    }
    QCOMPARE(failed.size(), 1);
    QVERIFY(!failed.first().first().toString().isEmpty());
    QCOMPARE(set.rowCount(), 2);
    // No half-written page is left behind.
    QCOMPARE(QDir(work.path()).entryList(QDir::Files).size(), 2);

    // The clerk goes on: the next page and the PDF work again.
    set.append(markedPage(240), plainGrey());
    QSignalSpy finished(&set, &MaterialPageSet::finished);
    set.finish(work.filePath(QStringLiteral("material.pdf.sealed")));
    QVERIFY(finished.wait(Patience));
    QCOMPARE(finished.first().first().value<StoredScan>().pages, 3);
}

void MaterialPageSetTest::failedPdfKeepsThePages()
{
    QTemporaryDir work;
    MaterialPageSet set(key(), work.path());
    set.append(markedPage(80), plainGrey());
    set.append(markedPage(160), plainGrey());
    QVERIFY(waitIdle(set));
    const QString pdfPath = work.filePath(QStringLiteral("material.pdf.sealed"));
    QSignalSpy failed(&set, &MaterialPageSet::finishFailed);
    {
        FileSizeLimit limit(64);
        set.finish(pdfPath);
        QVERIFY(failed.wait(Patience));
    }
    QVERIFY(!failed.first().first().toString().isEmpty());
    QVERIFY(!QFile::exists(pdfPath));
    QCOMPARE(set.rowCount(), 2);
    for (const QString &path : set.pageFiles())
        QVERIFY(QFile::exists(path));
    QVERIFY(set.remove(0)); // editable again
}

void MaterialPageSetTest::discardingRemovesPagesOnTheirWay()
{
    QTemporaryDir work;
    MaterialPageSet set(key(), work.path());
    set.append(markedPage(50), plainGrey());
    QVERIFY(waitIdle(set));
    for (int level : {100, 150, 200})
        set.append(markedPage(level), plainGrey());
    set.discardAll(); // at once, while pages are still being processed
    QCOMPARE(set.rowCount(), 0);
    QVERIFY(waitIdle(set));
    QCOMPARE(set.rowCount(), 0);
    QCOMPARE(QDir(work.path()).entryList(QDir::Files), QStringList());
}

void MaterialPageSetTest::destroyedSetLeavesOnlyListedPages()
{
    QTemporaryDir work;
    QStringList kept;
    {
        MaterialPageSet set(key(), work.path());
        set.append(markedPage(50), plainGrey());
        QVERIFY(waitIdle(set));
        kept = set.pageFiles();
        for (int level : {100, 150, 200})
            set.append(markedPage(level), plainGrey());
    }
    QStringList files;
    for (const QString &name : QDir(work.path()).entryList(QDir::Files))
        files.append(QDir(work.path()).filePath(name));
    QCOMPARE(files, kept);
}

std::optional<StoredScan> MaterialPageSetTest::savedMaterial(const QString &pdfPath)
{
    QTemporaryDir work;
    MaterialPageSet set(key(), work.path());
    PageOptions colour = plainGrey();
    colour.mode = ColourMode::Colour;
    PageOptions blackAndWhite = plainGrey();
    blackAndWhite.mode = ColourMode::BlackAndWhite;
    set.append(markedPage(60), plainGrey());
    set.append(markedPage(120), colour);
    set.append(markedPage(230), blackAndWhite);
    if (!waitIdle(set) || set.rowCount() != 3 || !set.rotate(1, 1))
        return std::nullopt;
    QSignalSpy finished(&set, &MaterialPageSet::finished);
    set.finish(pdfPath);
    if (!finished.wait(Patience))
        return std::nullopt;
    return finished.first().first().value<StoredScan>();
}

void MaterialPageSetTest::reopenedUnchangedSavesTheSameDigest()
{
    const QString original = m_dir.filePath(QStringLiteral("reopen-original.sealed"));
    const std::optional<StoredScan> saved = savedMaterial(original);
    QVERIFY(saved);
    const QByteArray originalSealed = halldesk::test::contents(original);

    QTemporaryDir work;
    MaterialPageSet set(key(), work.path());
    QString error;
    QVERIFY2(set.load(original, &error), qPrintable(error));
    QCOMPARE(set.rowCount(), 3);
    QCOMPARE(set.pages().at(1).quarterTurns, 1);
    QCOMPARE(set.pages().at(2).kind, EncodedPage::Kind::Bilevel);
    QVERIFY(!set.pages().at(1).grey);
    QCOMPARE(set.pages().at(0).dpi, 50);
    for (int row = 0; row < 3; ++row) {
        const QImage thumbnail = set.pages().at(row).thumbnail;
        QVERIFY(!thumbnail.isNull());
        QVERIFY(qMax(thumbnail.width(), thumbnail.height()) <= ThumbnailSize);
        // Sealed copies of the pages in the set's own folder.
        QVERIFY(set.pages().at(row).path.startsWith(work.path()));
        QVERIFY(!halldesk::test::contents(set.pages().at(row).path).isEmpty());
    }
    // The turned landscape page shows portrait, the others landscape; levels as scanned.
    QVERIFY(set.pages().at(1).thumbnail.height() > set.pages().at(1).thumbnail.width());
    QVERIFY(set.pages().at(0).thumbnail.width() > set.pages().at(0).thumbnail.height());
    QVERIFY(qAbs(levelOf(0, set) - 60) < 12);
    // The black-and-white page: white paper, its black corner block still there.
    const QImage bilevel = set.pages().at(2).thumbnail;
    QCOMPARE(bilevel.size(), QSize(200, 133));
    QVERIFY(levelOf(2, set) > 240);
    QVERIFY(qGray(bilevel.pixel(5, 5)) < 20);

    const QString again = m_dir.filePath(QStringLiteral("reopen-again.sealed"));
    QSignalSpy finished(&set, &MaterialPageSet::finished);
    set.finish(again);
    QVERIFY(finished.wait(Patience));
    QCOMPARE(finished.first().first().value<StoredScan>(), *saved);
    // The kept scan was only read.
    QCOMPARE(halldesk::test::contents(original), originalSealed);
}

void MaterialPageSetTest::reopenedEditsReachThePdf()
{
    const QString original = m_dir.filePath(QStringLiteral("edit-original.sealed"));
    const std::optional<StoredScan> saved = savedMaterial(original);
    QVERIFY(saved);

    // On the worker this time, as the scan view opens it; a page scanned meanwhile comes after
    // the saved ones.
    QTemporaryDir work;
    MaterialPageSet set(key(), work.path());
    QSignalSpy loaded(&set, &MaterialPageSet::loaded);
    QVERIFY(set.startLoading(original));
    QVERIFY(set.isLoading() && set.isBusy());
    QVERIFY(!set.startLoading(original));
    set.append(markedPage(200), plainGrey()); // the forgotten page
    QVERIFY(waitIdle(set));
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(loaded.first().first().toInt(), 3);
    QCOMPARE(set.rowCount(), 4);
    QVERIFY(set.rotate(0, 1));
    const QString edited = m_dir.filePath(QStringLiteral("edit-new.sealed"));
    QSignalSpy finished(&set, &MaterialPageSet::finished);
    set.finish(edited);
    QVERIFY(finished.wait(Patience));
    const auto scan = finished.first().first().value<StoredScan>();
    QCOMPARE(scan.pages, 4);
    QVERIFY(scan.digest != saved->digest);

    const QString plain = unsealed(edited);
    QVERIFY(!plain.isEmpty());
    const auto info = runTool(QStringLiteral("pdfinfo"), {plain});
    QVERIFY2(info.finished && info.exitCode == 0 && info.errors.isEmpty(), info.errors.constData());
    QVERIFY2(QString::fromUtf8(info.output)
                 .contains(QRegularExpression(QStringLiteral("Pages:\\s+4\\n"))),
             info.output.constData());
    const QList<int> expectedLevels{60, 120, 230, 200};
    for (int page = 1; page <= 4; ++page) {
        const QString number = QString::number(page);
        QByteArray errors;
        const QImage rendered =
            renderedPage(plain, page, m_dir.filePath(QStringLiteral("edit-%1").arg(page)), &errors);
        QVERIFY2(!rendered.isNull(), errors.constData());
        const int w = rendered.width();
        const int h = rendered.height();
        // The black-and-white page's grey became white.
        const int expected = page == 3 ? 255 : expectedLevels.at(page - 1);
        QVERIFY2(qAbs(qGray(rendered.pixel(w / 2, h / 2)) - expected) < 12, qPrintable(number));
        if (page <= 2) {
            // Page 1 turned now, page 2 turned before: the block at the top right, portrait.
            QVERIFY2(qAbs(w - 200) <= 1 && qAbs(h - 300) <= 1, qPrintable(number));
            QVERIFY(qGray(rendered.pixel(w - 10, 10)) < 30);
            QVERIFY(qGray(rendered.pixel(10, 10)) > 40);
        } else {
            QVERIFY2(qAbs(w - 300) <= 1 && qAbs(h - 200) <= 1, qPrintable(number));
            QVERIFY(qGray(rendered.pixel(10, 10)) < 30);
        }
    }
}

void MaterialPageSetTest::damagedSavedScanIsRefused()
{
    const QString original = m_dir.filePath(QStringLiteral("damaged-original.sealed"));
    QVERIFY(savedMaterial(original));
    const std::optional<QByteArray> plain = SealedFileReader::readAll(key(), original);
    QVERIFY(plain);

    // Sealed properly, but the PDF inside is cut short; and a file damaged on disk.
    const QString cut = m_dir.filePath(QStringLiteral("damaged-cut.sealed"));
    {
        SealedFileWriter file(key(), cut);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray half = plain->left(plain->size() / 2);
        QVERIFY(file.write(half) == half.size());
        QVERIFY(file.commit());
    }
    const QString flipped = m_dir.filePath(QStringLiteral("damaged-flipped.sealed"));
    QByteArray raw = halldesk::test::contents(original);
    raw[raw.size() / 2] = char(raw.at(raw.size() / 2) ^ 0x40);
    QFile out(flipped);
    QVERIFY(out.open(QIODevice::WriteOnly));
    QVERIFY(out.write(raw) == raw.size());
    out.close();

    for (const QString &path :
         {cut, flipped, m_dir.filePath(QStringLiteral("damaged-none.sealed"))}) {
        QTemporaryDir work;
        MaterialPageSet set(key(), work.path());
        QSignalSpy inserted(&set, &QAbstractItemModel::rowsInserted);
        QString error;
        QVERIFY(!set.load(path, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(set.rowCount(), 0);
        // The same on the worker.
        QSignalSpy failed(&set, &MaterialPageSet::loadFailed);
        QVERIFY(set.startLoading(path));
        QVERIFY(waitIdle(set));
        QCOMPARE(failed.count(), 1);
        QVERIFY(!failed.first().first().toString().isEmpty());
        QCOMPARE(set.rowCount(), 0);
        QCOMPARE(inserted.count(), 0);
        // No page copies left behind.
        QVERIFY(QDir(work.path()).entryList(QDir::Files).isEmpty());
    }
}

QTEST_MAIN(MaterialPageSetTest)
#include "tst_materialpageset.moc"
