// The page pipeline on synthetic pages: skew measured and undone, a camera capture cropped to
// the sheet, grey and Otsu black-and-white, the clerk's quarter turns.

#include "SyntheticPage.h"
#include "scan/PageAnalysis.h"
#include "scan/PageProcessor.h"

#include <QTest>
#include <cmath>

using namespace halldesk;
using halldesk::test::a4Pixels;
using halldesk::test::checkerboardPage;
using halldesk::test::syntheticTextPage;
using halldesk::test::tableFormPage;
using halldesk::test::turnedPage;

namespace {

constexpr int testDpi = 200;
// SANE's test scanner draws its grid at scan resolution; 150 dpi is a common office setting.
constexpr int gridDpi = 150;

// Pages without text rows: what they should come out as is the point of these cases.
enum class GridPage
{
    Checkerboard,
    Table
};

QImage gridPage(GridPage kind)
{
    // 10 × 14 squares on A4, about the proportions of SANE's "Grid" (10 mm squares).
    return kind == GridPage::Checkerboard ? checkerboardPage(a4Pixels(gridDpi), gridDpi, 10, 14)
                                          : tableFormPage(a4Pixels(gridDpi), gridDpi);
}

// Share of the rows inside the text block that carry no ink: a straight page has blank gaps
// between its lines, a crooked one smears every line over its neighbours' rows.
double blankRowShare(const QImage &image)
{
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    const int margin = testDpi * 3 / 2;
    int blank = 0;
    int rows = 0;
    for (int y = margin; y < grey.height() - margin; ++y, ++rows) {
        const uchar *line = grey.constScanLine(y);
        int dark = 0;
        for (int x = margin; x < grey.width() - margin; ++x)
            dark += line[x] < 128;
        blank += dark == 0;
    }
    return double(blank) / rows;
}

// Height in pixels that the rule across the top of the synthetic page covers: its thickness
// when straight, tens of pixels when crooked.
int ruleSpread(const QImage &image)
{
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    int top = grey.height();
    int bottom = -1;
    for (int y = 0; y < testDpi * 3 / 4; ++y) {
        const uchar *line = grey.constScanLine(y);
        for (int x = testDpi * 3 / 2; x < grey.width() - testDpi * 3 / 2; ++x) {
            if (line[x] < 128) {
                top = std::min(top, y);
                bottom = std::max(bottom, y);
            }
        }
    }
    return bottom - top + 1;
}

} // namespace

Q_DECLARE_METATYPE(GridPage)

class PageProcessorTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { m_page = syntheticTextPage(a4Pixels(testDpi), testDpi); }

    void estimatesSkew_data()
    {
        QTest::addColumn<double>("degrees");
        QTest::newRow("straight") << 0.0;
        QTest::newRow("3.5 clockwise") << 3.5;
        QTest::newRow("3.5 anticlockwise") << -3.5;
        QTest::newRow("1.2") << 1.2;
        QTest::newRow("8 anticlockwise") << -8.0;
    }

    void estimatesSkew()
    {
        QFETCH(double, degrees);
        const double estimate = PageAnalysis::estimateSkew(turnedPage(m_page, degrees));
        QVERIFY2(std::abs(estimate - degrees) <= 0.3,
                 qPrintable(QStringLiteral("estimated %1 for %2").arg(estimate).arg(degrees)));
    }

    void straightGridIsLeftAlone_data()
    {
        QTest::addColumn<GridPage>("kind");
        QTest::addColumn<ColourMode>("mode");
        QTest::newRow("checkerboard, grey") << GridPage::Checkerboard << ColourMode::Grey;
        QTest::newRow("checkerboard, colour") << GridPage::Checkerboard << ColourMode::Colour;
        QTest::newRow("table form, grey") << GridPage::Table << ColourMode::Grey;
        QTest::newRow("table form, colour") << GridPage::Table << ColourMode::Colour;
    }

    // Every row of a checkerboard or ruled table holds about the same ink, so "most peaked
    // profile of ink" has no peak at 0° and a straight scan used to come out turned.
    void straightGridIsLeftAlone()
    {
        QFETCH(GridPage, kind);
        QFETCH(ColourMode, mode);
        const QImage page = gridPage(kind);
        const double estimate = PageAnalysis::estimateSkew(page);
        QVERIFY2(std::abs(estimate) < 0.2, qPrintable(QString::number(estimate)));

        PageOptions options;
        options.mode = mode;
        const ProcessedPage processed =
            PageProcessor().process({page, gridDpi, PageSource::Scanner}, options);
        // Not turned at all: the very pixels that came in (made grey where asked).
        QCOMPARE(processed.image, mode == ColourMode::Grey ? PageProcessor::toGrey(page) : page);
    }

    void skewedGridIsStraightened_data()
    {
        QTest::addColumn<GridPage>("kind");
        QTest::addColumn<double>("degrees");
        QTest::newRow("checkerboard 3") << GridPage::Checkerboard << 3.0;
        QTest::newRow("checkerboard -5") << GridPage::Checkerboard << -5.0;
        QTest::newRow("checkerboard 1.3") << GridPage::Checkerboard << 1.3;
        QTest::newRow("table form 3") << GridPage::Table << 3.0;
        QTest::newRow("table form -5") << GridPage::Table << -5.0;
        QTest::newRow("table form -0.7") << GridPage::Table << -0.7;
    }

    void skewedGridIsStraightened()
    {
        QFETCH(GridPage, kind);
        QFETCH(double, degrees);
        const QImage crooked = turnedPage(gridPage(kind), degrees);
        const double estimate = PageAnalysis::estimateSkew(crooked);
        QVERIFY2(std::abs(estimate - degrees) <= 0.5,
                 qPrintable(QStringLiteral("estimated %1 for %2").arg(estimate).arg(degrees)));

        PageOptions options;
        options.mode = ColourMode::Grey;
        const ProcessedPage processed =
            PageProcessor().process({crooked, gridDpi, PageSource::Scanner}, options);
        const double left = PageAnalysis::estimateSkew(processed.image);
        QVERIFY2(std::abs(left) < 0.5, qPrintable(QString::number(left)));
    }

    // A page of scattered shapes (like a photograph) has no rows; some angle always wins by
    // chance, by a few per cent, and such a page must come out exactly as it went in.
    void pageWithoutRowsIsLeftAlone()
    {
        QImage shapes(a4Pixels(gridDpi), QImage::Format_RGB32);
        shapes.fill(Qt::white);
        {
            QPainter painter(&shapes);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setPen(Qt::NoPen);
            QRandomGenerator random(3);
            for (int i = 0; i < 200; ++i) {
                painter.setBrush(
                    QColor(random.bounded(256), random.bounded(256), random.bounded(256)));
                painter.drawEllipse(
                    QPoint(random.bounded(shapes.width()), random.bounded(shapes.height())),
                    random.bounded(10, 120), random.bounded(10, 120));
            }
        }
        QCOMPARE(PageAnalysis::estimateSkew(shapes), 0.0);
        PageOptions options;
        options.mode = ColourMode::Colour;
        const ProcessedPage processed =
            PageProcessor().process({shapes, gridDpi, PageSource::Scanner}, options);
        QCOMPARE(processed.image, shapes);
    }

    void blankPageHasNoSkew()
    {
        QImage blank(a4Pixels(100), QImage::Format_RGB32);
        blank.fill(Qt::white);
        QCOMPARE(PageAnalysis::estimateSkew(blank), 0.0);
    }

    void deskewStraightensRows_data()
    {
        QTest::addColumn<ColourMode>("mode");
        QTest::addColumn<QImage::Format>("format");
        QTest::newRow("grey") << ColourMode::Grey << QImage::Format_Grayscale8;
        QTest::newRow("colour") << ColourMode::Colour << QImage::Format_RGB32;
    }

    void deskewStraightensRows()
    {
        QFETCH(ColourMode, mode);
        QFETCH(QImage::Format, format);
        const QImage crooked = turnedPage(m_page, 3.5);
        const double straightShare = blankRowShare(m_page);
        const double crookedShare = blankRowShare(crooked);
        QVERIFY2(crookedShare < straightShare * 0.5, qPrintable(QString::number(crookedShare)));
        QVERIFY2(ruleSpread(m_page) <= 4, qPrintable(QString::number(ruleSpread(m_page))));
        QVERIFY2(ruleSpread(crooked) > 40, qPrintable(QString::number(ruleSpread(crooked))));

        PageOptions options;
        options.mode = mode;
        const ProcessedPage processed =
            PageProcessor().process({crooked, testDpi, PageSource::Scanner}, options);
        QCOMPARE(processed.image.format(), format);
        QCOMPARE(processed.image.size(), m_page.size());
        QCOMPARE(processed.dpi, testDpi);
        QVERIFY(std::abs(PageAnalysis::estimateSkew(processed.image)) <= 0.3);
        // Lines horizontal again: the rule is as thin as printed, and most of the blank gaps
        // between text lines are back.
        QVERIFY2(ruleSpread(processed.image) <= 5,
                 qPrintable(QString::number(ruleSpread(processed.image))));
        const double deskewedShare = blankRowShare(processed.image);
        QVERIFY2(deskewedShare > straightShare * 0.9,
                 qPrintable(QStringLiteral("%1 of rows blank, straight page %2")
                                .arg(deskewedShare)
                                .arg(straightShare)));
        // The uncovered corners are white, not black.
        QCOMPARE(qGray(processed.image.pixel(0, 0)), 255);
        QCOMPARE(qGray(processed.image.pixel(processed.image.width() - 1, 0)), 255);
    }

    void deskewOffLeavesPage()
    {
        const QImage crooked = turnedPage(m_page, 3.5);
        PageOptions options;
        options.deskew = false;
        const ProcessedPage processed =
            PageProcessor().process({crooked, testDpi, PageSource::Scanner}, options);
        QVERIFY(std::abs(PageAnalysis::estimateSkew(processed.image) - 3.5) <= 0.3);
    }

    void cropsCameraCapture()
    {
        // A sheet lying on a dark desk, as a document camera sees it.
        QImage frame(1600, 1200, QImage::Format_RGB32);
        frame.fill(QColor(55, 50, 60));
        const QRect sheet(430, 90, 760, 1010);
        {
            QPainter painter(&frame);
            painter.drawImage(sheet, m_page);
        }
        const QRect found = PageAnalysis::documentRect(frame);
        const int toleranceX = sheet.width() * 4 / 100;
        const int toleranceY = sheet.height() * 4 / 100;
        QVERIFY2(std::abs(found.left() - sheet.left()) <= toleranceX &&
                     std::abs(found.right() - sheet.right()) <= toleranceX &&
                     std::abs(found.top() - sheet.top()) <= toleranceY &&
                     std::abs(found.bottom() - sheet.bottom()) <= toleranceY,
                 qPrintable(QStringLiteral("found %1,%2 %3x%4")
                                .arg(found.x())
                                .arg(found.y())
                                .arg(found.width())
                                .arg(found.height())));

        PageOptions options;
        options.deskew = false;
        const ProcessedPage camera =
            PageProcessor().process({frame, 0, PageSource::Camera}, options);
        QCOMPARE(camera.image.size(), found.size());
        // Scans are the document already: never cropped.
        const ProcessedPage scanned =
            PageProcessor().process({frame, 0, PageSource::Scanner}, options);
        QCOMPARE(scanned.image.size(), frame.size());
    }

    void cameraPageFillingFrameIsKept()
    {
        PageOptions options;
        options.deskew = false;
        const ProcessedPage processed =
            PageProcessor().process({m_page, 0, PageSource::Camera}, options);
        QCOMPARE(processed.image.size(), m_page.size());
    }

    void grey()
    {
        QImage image(40, 30, QImage::Format_RGB32);
        image.fill(QColor(200, 30, 30));
        PageOptions options;
        options.mode = ColourMode::Grey;
        const ProcessedPage processed =
            PageProcessor().process({image, 300, PageSource::File}, options);
        QCOMPARE(processed.image.format(), QImage::Format_Grayscale8);
        QCOMPARE(processed.mode, ColourMode::Grey);
        // Red ink is dark on a grey page, never lost as paper.
        const int level = qGray(processed.image.pixel(5, 5));
        QVERIFY2(level > 40 && level < 120, qPrintable(QString::number(level)));

        options.mode = ColourMode::Colour;
        const ProcessedPage colour =
            PageProcessor().process({image, 300, PageSource::File}, options);
        QCOMPARE(colour.image.pixel(5, 5), qRgb(200, 30, 30));
    }

    void otsuSplitsTwoPeaks()
    {
        quint64 histogram[256] = {};
        for (int level = 40; level < 60; ++level)
            histogram[level] = 100;
        for (int level = 180; level < 220; ++level)
            histogram[level] = 300;
        const int threshold = PageAnalysis::otsuThreshold(histogram);
        QVERIFY2(threshold > 59 && threshold <= 180, qPrintable(QString::number(threshold)));
    }

    void blackAndWhite()
    {
        // Dark grey ink on light grey paper: a fixed 50% threshold would lose the ink of a
        // faint page, Otsu's split lands between the two.
        // 67 pixels wide: whole bytes and a partial one at the end of each row.
        QImage image(67, 32, QImage::Format_Grayscale8);
        image.fill(qRgb(230, 230, 230));
        for (int y = 8; y < 16; ++y) {
            for (int x = 0; x < 67; ++x)
                image.setPixel(x, y, qRgb(170, 170, 170));
        }
        PageOptions options;
        options.mode = ColourMode::BlackAndWhite;
        options.deskew = false;
        const ProcessedPage processed =
            PageProcessor().process({image, 200, PageSource::Scanner}, options);
        QCOMPARE(processed.image.format(), QImage::Format_Mono);
        QCOMPARE(processed.image.size(), image.size());
        QCOMPARE(processed.image.pixelIndex(3, 10), 0);
        QCOMPARE(processed.image.pixelIndex(3, 20), 1);
        QCOMPARE(processed.image.pixelIndex(66, 10), 0);
        QCOMPARE(processed.image.pixelIndex(66, 20), 1);
        QCOMPARE(processed.image.pixel(3, 10), qRgb(0, 0, 0));
        QCOMPARE(processed.image.pixel(3, 2), qRgb(255, 255, 255));
    }

    void quarterTurns_data()
    {
        QTest::addColumn<int>("turns");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QPoint>("marker");
        // A 300×200 page with a black marker in its top-left corner.
        QTest::newRow("none") << 0 << QSize(300, 200) << QPoint(0, 0);
        QTest::newRow("clockwise") << 1 << QSize(200, 300) << QPoint(199, 0);
        QTest::newRow("half") << 2 << QSize(300, 200) << QPoint(299, 199);
        QTest::newRow("anticlockwise") << 3 << QSize(200, 300) << QPoint(0, 299);
        QTest::newRow("minus one") << -1 << QSize(200, 300) << QPoint(0, 299);
        QTest::newRow("five") << 5 << QSize(200, 300) << QPoint(199, 0);
    }

    void quarterTurns()
    {
        QFETCH(int, turns);
        QFETCH(QSize, size);
        QFETCH(QPoint, marker);
        QImage image(300, 200, QImage::Format_Grayscale8);
        image.fill(Qt::white);
        QPainter(&image).fillRect(0, 0, 10, 10, Qt::black);
        PageOptions options;
        options.quarterTurns = turns;
        options.deskew = false;
        const ProcessedPage processed =
            PageProcessor().process({image, 200, PageSource::Scanner}, options);
        QCOMPARE(processed.image.size(), size);
        QCOMPARE(qGray(processed.image.pixel(marker)), 0);
        QCOMPARE(qGray(processed.image.pixel(size.width() / 2, size.height() / 2)), 255);
    }

private:
    QImage m_page;
};

QTEST_MAIN(PageProcessorTest)
#include "tst_pageprocessor.moc"
