// The material PDF read back by poppler-utils, as a PDF reader at the back office would: page
// count and sizes, each image embedded as encoded (JPEG or 1-bit), the digest as sha256sum
// computes it, and the size of a legible grey page.

#include "NoticeTestTools.h"
#include "SyntheticPage.h"
#include "scan/ImagePdfWriter.h"
#include "scan/MaterialDigest.h"
#include "scan/PageEncoder.h"
#include "scan/PageProcessor.h"

#include <QBuffer>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace halldesk;
using halldesk::test::a4Pixels;
using halldesk::test::runTool;
using halldesk::test::syntheticTextPage;

namespace {

EncodedPage encodedPage(int dpi, ColourMode mode)
{
    const QImage image = syntheticTextPage(a4Pixels(dpi), dpi);
    PageOptions options;
    options.mode = mode;
    options.deskew = false;
    return PageEncoder::encode(PageProcessor().process({image, dpi, PageSource::Scanner}, options));
}

} // namespace

class ImagePdfWriterTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(halldesk::test::missingTools().isEmpty(),
                 qPrintable(halldesk::test::missingTools()));
        QVERIFY(m_dir.isValid());
        m_pdfPath = m_dir.filePath(QStringLiteral("material.pdf"));
        QFile file(m_pdfPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        ImagePdfWriter writer(&file);
        // One page at a time, as a feeder batch arrives.
        QVERIFY(writer.addPage(encodedPage(200, ColourMode::Grey)));
        QVERIFY(writer.addPage(encodedPage(100, ColourMode::Colour)));
        QVERIFY(writer.addPage(encodedPage(200, ColourMode::BlackAndWhite)));
        QVERIFY2(writer.finish(), qPrintable(writer.errorString()));
        QCOMPARE(writer.pageCount(), 3);
        m_digest = writer.digestHex();
    }

    void pdfinfoAcceptsPagesAndSizes()
    {
        const auto run = runTool(QStringLiteral("pdfinfo"),
                                 {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                                  QStringLiteral("3"), m_pdfPath});
        QVERIFY2(run.finished && run.exitCode == 0, run.errors.constData());
        // pdfinfo warns about anything it had to repair (a bad xref, a wrong length).
        QVERIFY2(run.errors.isEmpty(), run.errors.constData());
        const QString info = QString::fromUtf8(run.output);
        QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+3\\n"))),
                 qPrintable(info));
        QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Producer:\\s+HallDesk\\n"))),
                 qPrintable(info));
        const QRegularExpression pageSize(
            QStringLiteral("Page\\s+(\\d) size:\\s+([\\d.]+) x ([\\d.]+) pts"));
        int pages = 0;
        for (const auto &match : pageSize.globalMatch(info)) {
            ++pages;
            // A4 at the page's own resolution: 8.27 × 11.69 inches.
            QVERIFY2(std::abs(match.captured(2).toDouble() - 595.3) < 1.5, qPrintable(info));
            QVERIFY2(std::abs(match.captured(3).toDouble() - 841.9) < 1.5, qPrintable(info));
        }
        QCOMPARE(pages, 3);
    }

    void pdfimagesListsEncodings()
    {
        const auto run = runTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), m_pdfPath});
        QVERIFY2(run.finished && run.exitCode == 0, run.errors.constData());
        QVERIFY2(run.errors.isEmpty(), run.errors.constData());
        QStringList lines = QString::fromUtf8(run.output).split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(lines.size() == 5); // two header lines, then one per image
        lines = lines.mid(2);
        // page num type width height color comp bpc enc interp object ID x-ppi y-ppi ...
        const QList<QStringList> expected = {
            {QStringLiteral("1"), QStringLiteral("1654"), QStringLiteral("2339"),
             QStringLiteral("gray"), QStringLiteral("1"), QStringLiteral("8"),
             QStringLiteral("jpeg"), QStringLiteral("200")},
            {QStringLiteral("2"), QStringLiteral("827"), QStringLiteral("1169"),
             QStringLiteral("rgb"), QStringLiteral("3"), QStringLiteral("8"),
             QStringLiteral("jpeg"), QStringLiteral("100")},
            {QStringLiteral("3"), QStringLiteral("1654"), QStringLiteral("2339"),
             QStringLiteral("gray"), QStringLiteral("1"), QStringLiteral("1"),
             QStringLiteral("image"), QStringLiteral("200")}};
        for (int i = 0; i < 3; ++i) {
            const QStringList columns = lines.at(i).simplified().split(u' ');
            QVERIFY2(columns.size() >= 14, qPrintable(lines.at(i)));
            const QStringList actual = {columns.at(0), columns.at(3), columns.at(4),
                                        columns.at(5), columns.at(6), columns.at(7),
                                        columns.at(8), columns.at(12)};
            QCOMPARE(actual, expected.at(i));
        }
    }

    void blackAndWhitePageIsNotInverted()
    {
        // Rendered back, a text page is mostly paper: white, not black.
        const QString prefix = m_dir.filePath(QStringLiteral("render"));
        const auto run =
            runTool(QStringLiteral("pdftoppm"),
                    {QStringLiteral("-gray"), QStringLiteral("-r"), QStringLiteral("20"),
                     QStringLiteral("-f"), QStringLiteral("3"), QStringLiteral("-l"),
                     QStringLiteral("3"), QStringLiteral("-singlefile"), m_pdfPath, prefix});
        QVERIFY2(run.finished && run.exitCode == 0, run.errors.constData());
        const QImage rendered(prefix + QStringLiteral(".pgm"));
        QVERIFY(!rendered.isNull());
        qint64 sum = 0;
        for (int y = 0; y < rendered.height(); ++y) {
            for (int x = 0; x < rendered.width(); ++x)
                sum += qGray(rendered.pixel(x, y));
        }
        QVERIFY(sum / (rendered.width() * rendered.height()) > 200);
    }

    void digestMatchesSha256sum()
    {
        const auto run = runTool(QStringLiteral("sha256sum"), {m_pdfPath});
        QVERIFY2(run.finished && run.exitCode == 0, run.errors.constData());
        QCOMPARE(m_digest, QString::fromLatin1(run.output.left(64)));
        QCOMPARE(MaterialDigest::ofFile(m_pdfPath), std::optional<QString>(m_digest));
        QFile file(m_pdfPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(MaterialDigest::ofBytes(file.readAll()), m_digest);
    }

    void greyA4At200DpiIsSmall()
    {
        const EncodedPage page = encodedPage(200, ColourMode::Grey);
        QCOMPARE(page.kind, EncodedPage::Kind::Jpeg);
        QVERIFY(page.grey);
        QCOMPARE(page.pixelSize, a4Pixels(200));
        QVERIFY2(page.data.size() <= 300 * 1000, qPrintable(QString::number(page.data.size())));
        QVERIFY(page.data.startsWith("\xFF\xD8"));
    }

    void pageSizeWithoutResolutionIsA4()
    {
        const QSizeF portrait = ImagePdfWriter::pageSizePoints(QSize(1200, 1600), 0);
        QCOMPARE(portrait, QSizeF(ImagePdfWriter::A4WidthPoints, ImagePdfWriter::A4HeightPoints));
        const QSizeF landscape = ImagePdfWriter::pageSizePoints(QSize(1600, 1200), 0);
        QCOMPARE(landscape, QSizeF(ImagePdfWriter::A4HeightPoints, ImagePdfWriter::A4WidthPoints));
        QCOMPARE(ImagePdfWriter::pageSizePoints(QSize(1700, 2200), 200), QSizeF(612, 792));
    }

    void cameraPageIsLaidOnA4()
    {
        // A landscape capture without resolution: an A4 landscape page, the image fitted in.
        QImage capture(1600, 1000, QImage::Format_RGB32);
        capture.fill(Qt::white);
        const EncodedPage page = PageEncoder::encode({capture, 0, ColourMode::Grey});
        const QString path = m_dir.filePath(QStringLiteral("camera.pdf"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        ImagePdfWriter writer(&file);
        QVERIFY(writer.addPage(page));
        QVERIFY(writer.finish());
        file.close();
        const auto run = runTool(QStringLiteral("pdfinfo"), {path});
        QVERIFY2(run.finished && run.exitCode == 0 && run.errors.isEmpty(), run.errors.constData());
        QVERIFY2(
            QString::fromUtf8(run.output)
                .contains(QRegularExpression(QStringLiteral("Page size:\\s+841.89 x 595.28 pts"))),
            run.output.constData());
    }

    void failedWriteIsReported()
    {
        QByteArray bytes;
        QBuffer readOnly(&bytes);
        QVERIFY(readOnly.open(QIODevice::ReadOnly));
        ImagePdfWriter writer(&readOnly);
        QVERIFY(!writer.addPage(encodedPage(50, ColourMode::Grey)));
        QVERIFY(writer.hasFailed());
        QVERIFY(!writer.errorString().isEmpty());
        QVERIFY(!writer.finish());
    }

    void emptyMaterialIsRefused()
    {
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        ImagePdfWriter writer(&buffer);
        QVERIFY(!writer.finish());
        QVERIFY(!writer.addPage({}));
    }

private:
    QTemporaryDir m_dir;
    QString m_pdfPath;
    QString m_digest;
};

QTEST_MAIN(ImagePdfWriterTest)
#include "tst_imagepdfwriter.moc"
