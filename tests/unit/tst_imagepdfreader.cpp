// The material PDF read back for editing: every page ImagePdfWriter writes (grey and colour
// JPEG, 1-bit, a camera page laid out on A4, turned pages) comes back with the same bytes and
// facts, and writing them again gives the same file; anything else (another producer's PDF,
// a truncated or damaged file, offsets or lengths that point outside it) is refused with a
// message, and random damage never crashes the reader.

#include "SyntheticPage.h"
#include "scan/ImagePdfReader.h"
#include "scan/ImagePdfWriter.h"
#include "scan/PageEncoder.h"
#include "scan/PageProcessor.h"

#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using namespace halldesk;
using halldesk::test::a4Pixels;
using halldesk::test::syntheticTextPage;

namespace {

EncodedPage encodedPage(QSize pixels, int dpi, ColourMode mode)
{
    const QImage image = syntheticTextPage(pixels, dpi > 0 ? dpi : 100);
    PageOptions options;
    options.mode = mode;
    options.deskew = false;
    return PageEncoder::encode(PageProcessor().process({image, dpi, PageSource::Scanner}, options));
}

QByteArray pdfOf(const QList<EncodedPage> &pages, const QList<int> &turns)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    ImagePdfWriter writer(&buffer);
    for (int i = 0; i < pages.size(); ++i)
        writer.addPage(pages.at(i), turns.value(i));
    return writer.finish() ? bytes : QByteArray();
}

// Every page of `pdf`, or nullopt with the reader's message.
std::optional<QList<ImagePdfPage>> readAll(QByteArray pdf, QString *error)
{
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::ReadOnly);
    ImagePdfReader reader(&buffer);
    if (!reader.open()) {
        *error = reader.errorString();
        return std::nullopt;
    }
    QList<ImagePdfPage> pages;
    for (int i = 0; i < reader.pageCount(); ++i) {
        std::optional<ImagePdfPage> page = reader.page(i);
        if (!page) {
            *error = reader.errorString();
            return std::nullopt;
        }
        pages.append(*page);
    }
    return pages;
}

// `pdf` with its cross-reference table and trailer written again for where its objects now
// are, so that damage inside an object reaches the checks of that object.
QByteArray retabled(const QByteArray &pdf)
{
    const QByteArray body = pdf.left(pdf.lastIndexOf("xref\n0 "));
    QList<qsizetype> offsets;
    for (int object = 1;; ++object) {
        const QByteArray start = "\n" + QByteArray::number(object) + " 0 obj\n";
        const qsizetype at = body.indexOf(start);
        if (at < 0)
            break;
        offsets.append(at + 1);
    }
    QByteArray table =
        "xref\n0 " + QByteArray::number(offsets.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype offset : std::as_const(offsets))
        table += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    return body + table + "trailer\n<< /Size " + QByteArray::number(offsets.size() + 1) +
           " /Root 1 0 R /Info 3 0 R >>\nstartxref\n" + QByteArray::number(body.size()) +
           "\n%%EOF\n";
}

QByteArray smallPdf()
{
    return pdfOf({encodedPage({120, 170}, 50, ColourMode::Grey),
                  encodedPage({170, 120}, 0, ColourMode::Colour),
                  encodedPage({120, 170}, 50, ColourMode::BlackAndWhite)},
                 {0, 1, 3});
}

} // namespace

Q_DECLARE_METATYPE(halldesk::EncodedPage)

class ImagePdfReaderTest : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data()
    {
        QTest::addColumn<EncodedPage>("page");
        QTest::addColumn<int>("turns");
        QTest::newRow("grey JPEG") << encodedPage(a4Pixels(100), 100, ColourMode::Grey) << 0;
        QTest::newRow("colour JPEG") << encodedPage(a4Pixels(75), 75, ColourMode::Colour) << 0;
        QTest::newRow("1-bit") << encodedPage(a4Pixels(150), 150, ColourMode::BlackAndWhite) << 0;
        QTest::newRow("300 dpi grey") << encodedPage(a4Pixels(300), 300, ColourMode::Grey) << 0;
        QTest::newRow("camera portrait") << encodedPage({900, 1200}, 0, ColourMode::Colour) << 0;
        QTest::newRow("camera landscape") << encodedPage({1200, 900}, 0, ColourMode::Grey) << 1;
        QTest::newRow("odd size 1-bit")
            << encodedPage({333, 517}, 96, ColourMode::BlackAndWhite) << 2;
        QTest::newRow("turned clockwise") << encodedPage(a4Pixels(100), 100, ColourMode::Grey) << 1;
        QTest::newRow("turned upside down")
            << encodedPage(a4Pixels(100), 100, ColourMode::Colour) << 2;
        QTest::newRow("turned anticlockwise")
            << encodedPage(a4Pixels(100), 100, ColourMode::BlackAndWhite) << -1;
    }

    void roundTrip()
    {
        QFETCH(EncodedPage, page);
        QFETCH(int, turns);
        QVERIFY(page.isValid());
        // The page between two others, so that its objects are found by the table, not by luck.
        const EncodedPage other = encodedPage({100, 140}, 50, ColourMode::Grey);
        const QByteArray pdf = pdfOf({other, page, other}, {0, turns, 2});
        QVERIFY(!pdf.isEmpty());

        QString error;
        const auto pages = readAll(pdf, &error);
        QVERIFY2(pages, qPrintable(error));
        QCOMPARE(pages->size(), 3);
        const ImagePdfPage &read = pages->at(1);
        QCOMPARE(read.encoded.data, page.data);
        QCOMPARE(read.encoded.pixelSize, page.pixelSize);
        QCOMPARE(read.encoded.dpi, page.dpi);
        QCOMPARE(read.encoded.kind, page.kind);
        QCOMPARE(read.encoded.grey, page.grey);
        QCOMPARE(read.quarterTurns, ((turns % 4) + 4) % 4);
        QCOMPARE(pages->at(0).quarterTurns, 0);
        QCOMPARE(pages->at(2).quarterTurns, 2);
        QCOMPARE(pages->at(2).encoded.data, other.data);

        // Written again, the same file: an unchanged material keeps its digest.
        QList<EncodedPage> encoded;
        QList<int> turnsRead;
        for (const ImagePdfPage &p : *pages) {
            encoded.append(p.encoded);
            turnsRead.append(p.quarterTurns);
        }
        QCOMPARE(pdfOf(encoded, turnsRead), pdf);
    }

    void writerIsDeterministic() { QCOMPARE(smallPdf(), smallPdf()); }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("pdf");
        const QByteArray valid = smallPdf();
        QVERIFY(!valid.isEmpty());
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("header only") << valid.left(15);
        QTest::newRow("truncated in half") << valid.left(valid.size() / 2);
        QTest::newRow("last byte missing") << valid.chopped(1);
        QTest::newRow("no %%EOF") << valid.chopped(6);
        QTest::newRow("one byte more") << valid + "\n";
        QTest::newRow("garbage") << [] {
            QByteArray bytes(4096, Qt::Uninitialized);
            QRandomGenerator random(7);
            for (char &c : bytes)
                c = char(random.bounded(256));
            return bytes;
        }();
        QTest::newRow("garbage with a PDF header") << QByteArray("%PDF-1.4\n%\xE2\xE3\xCF\xD3\n") +
                                                          QByteArray(2000, 'x') +
                                                          "\nstartxref\n100\n%%EOF\n";
        QTest::newRow("another producer") << [] {
            QByteArray bytes;
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::WriteOnly);
            {
                QPdfWriter writer(&buffer);
                QPainter painter(&writer);
                QImage image(200, 300, QImage::Format_Grayscale8);
                image.fill(120);
                painter.drawImage(QPoint(0, 0), image);
            }
            return bytes;
        }();

        // Numbers pointing outside the file or at the wrong place, same file length.
        const qsizetype startxref = valid.lastIndexOf("startxref\n") + 10;
        const qsizetype xrefDigits = valid.indexOf('\n', startxref) - startxref;
        QByteArray farXref = valid;
        farXref.replace(startxref, xrefDigits, QByteArray(xrefDigits, '9'));
        QTest::newRow("startxref beyond the end") << farXref;
        QByteArray zeroXref = valid;
        zeroXref.replace(startxref, xrefDigits, QByteArray(xrefDigits, '0'));
        QTest::newRow("startxref at 0") << zeroXref;

        const qsizetype table = valid.lastIndexOf("0000000000 65535 f \n") + 20;
        QByteArray farObject = valid;
        farObject.replace(table + 20 * 4, 10, "9999999999");
        QTest::newRow("object offset beyond the end") << farObject;
        QByteArray earlyObject = valid;
        earlyObject.replace(table + 20 * 4, 10, "0000000003");
        QTest::newRow("object offset out of order") << earlyObject;
        QByteArray shiftedObject = valid;
        shiftedObject[table + 20 * 4 + 9] = char(shiftedObject.at(table + 20 * 4 + 9) ^ 1);
        QTest::newRow("object offset one off") << shiftedObject;

        QByteArray moreEntries = valid;
        moreEntries.replace(valid.lastIndexOf("xref\n0 ") + 7, 2, "99");
        QTest::newRow("more entries than the table") << moreEntries;

        const qsizetype length = valid.indexOf("/Length ") + 8;
        const qsizetype lengthDigits = valid.indexOf(' ', length) - length;
        QByteArray hugeLength = valid;
        hugeLength.replace(length, lengthDigits, "999999999999");
        QTest::newRow("huge /Length") << hugeLength;
        QTest::newRow("huge /Length, table rewritten") << retabled(hugeLength);
        QByteArray longerLength = valid;
        longerLength.replace(length, lengthDigits,
                             QByteArray::number(valid.mid(length, lengthDigits).toInt() + 1));
        QTest::newRow("/Length one too long, table rewritten") << retabled(longerLength);
        QByteArray noWidth = valid;
        noWidth.replace("/Width 120 ", "/Width 0 ");
        QTest::newRow("no width, table rewritten") << retabled(noWidth);
        QByteArray wideImage = valid;
        wideImage.replace("/Width 120 ", "/Width 99999 ");
        QTest::newRow("too wide, table rewritten") << retabled(wideImage);
        QByteArray mixedImage = valid;
        mixedImage.replace("/BitsPerComponent 8 /Filter /DCTDecode",
                           "/BitsPerComponent 8 /Filter /FlateDecode");
        QTest::newRow("8-bit deflated image, table rewritten") << retabled(mixedImage);
        QByteArray shortLength = valid;
        shortLength.replace(length, lengthDigits, QByteArray(lengthDigits, '1'));
        QTest::newRow("/Length shorter than the stream") << shortLength;

        QByteArray otherProducer = valid;
        otherProducer.replace("(HallDesk)", "(Acrobat!)");
        QTest::newRow("another /Producer") << otherProducer;
        QByteArray script = valid;
        script.replace("/Type /Catalog /Pages 2 0 R", "/Type /Catalog /Pages 2 0 S");
        QTest::newRow("catalog changed") << script;
        QByteArray rotate = valid;
        rotate.replace("/Rotate 90", "/Rotate 45");
        QTest::newRow("odd /Rotate") << rotate;
        QByteArray mediaBox = valid;
        mediaBox.replace("/MediaBox [0 0 ", "/MediaBox [0 1 ");
        QTest::newRow("MediaBox moved") << mediaBox;
        QByteArray drawing = valid;
        drawing.replace(" cm /Im0 Do Q", " cm /Im1 Do Q");
        QTest::newRow("content stream changed") << drawing;
    }

    void refusals()
    {
        QFETCH(QByteArray, pdf);
        QString error;
        QVERIFY(!readAll(pdf, &error));
        QVERIFY(!error.isEmpty());
    }

    void damageNeverCrashes()
    {
        const QByteArray valid = smallPdf();
        QRandomGenerator random(20261207);
        int accepted = 0;
        for (int round = 0; round < 2000; ++round) {
            QByteArray damaged = valid;
            switch (random.bounded(4)) {
            case 0: // a few bytes changed anywhere
            case 1:
                for (int i = random.bounded(1, 5); i > 0; --i)
                    damaged[random.bounded(int(damaged.size()))] = char(random.bounded(256));
                break;
            case 2: // a digit changed in the structure after the images
                for (int i = random.bounded(1, 3); i > 0; --i) {
                    const int at = random.bounded(int(damaged.size()) * 3 / 4, int(damaged.size()));
                    damaged[at] = char('0' + random.bounded(10));
                }
                break;
            default: // cut short or a run of bytes removed
                damaged.remove(random.bounded(int(damaged.size())),
                               random.bounded(1, int(damaged.size()) / 4));
                break;
            }
            QString error;
            if (readAll(damaged, &error))
                ++accepted; // damage inside an image's bytes is the image decoder's to find
            else
                QVERIFY(!error.isEmpty());
        }
        QVERIFY(accepted < 2000);
    }
};

QTEST_MAIN(ImagePdfReaderTest)
#include "tst_imagepdfreader.moc"
