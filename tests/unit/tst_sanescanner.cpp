#include "SaneTestDevice.h"
#include "ScanRunRecorder.h"
#include "scan/PageAnalysis.h"
#include "scan/PageProcessor.h"
#include "scan/SaneScanner.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <memory>

using halldesk::ColourMode;
using halldesk::PageSource;
using halldesk::SaneScanner;
using halldesk::ScanRequest;
using halldesk::ScanSource;
using halldesk::test::runScan;

namespace {

const QString TestDevice = QStringLiteral("test:0");

ScanRequest request(int dpi, ColourMode colour, ScanRequest::Feed feed = ScanRequest::Feed::Flatbed)
{
    ScanRequest r;
    r.device = TestDevice;
    r.dpi = dpi;
    r.colour = colour;
    r.feed = feed;
    return r;
}

// Small, slow reads: a 100 dpi page takes seconds.
QVariantMap slowReads()
{
    return {{QStringLiteral("read-limit"), true},
            {QStringLiteral("read-limit-size"), 1024},
            {QStringLiteral("read-delay"), true},
            {QStringLiteral("read-delay-duration"), 50000}};
}

// The test backend's default scan area is 80 × 100 mm.
QSize expectedSize(int dpi)
{
    return {int(80 / 25.4 * dpi), int(100 / 25.4 * dpi)};
}

} // namespace

// The real libsane with its "test" backend (a virtual scanner shipped in Debian's libsane1),
// configured through a private SANE_CONFIG_DIR so no system scanner or configuration matters.
class TestSaneScanner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listsTheTestDevice();
    void scansOneGreyPageFromTheFlatbed();
    void scansColour_data();
    void scansColour();
    void scansLineArt();
    void straightGridIsNotDeskewed_data();
    void straightGridIsNotDeskewed();
    void scansAPageOfUnknownHeight();
    void scansTheFeederUntilItIsEmpty();
    void stopsAtMaxPages();
    void cancelMidBatchKeepsThePagesSoFar();
    void cancelMidPageDeliversNothing();
    void destroyingTheScannerMidPageStopsIt();
    void unknownDeviceFails();
    void ioErrorFails();

private:
    QTemporaryDir m_config;
};

void TestSaneScanner::initTestCase()
{
    QVERIFY(m_config.isValid());
    const QString error = halldesk::test::useSaneTestDevice(m_config.path());
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestSaneScanner::listsTheTestDevice()
{
    const QList<halldesk::ScannerDevice> devices = SaneScanner::availableDevices();
    const auto it = std::find_if(devices.cbegin(), devices.cend(),
                                 [](const auto &d) { return d.name == TestDevice; });
    QVERIFY2(it != devices.cend(), "test:0 not listed");
    QCOMPARE(it->vendor, QStringLiteral("Noname"));
    QCOMPARE(it->model, QStringLiteral("frontend-tester"));
}

void TestSaneScanner::scansOneGreyPageFromTheFlatbed()
{
    SaneScanner scanner;
    const auto run = runScan(scanner, request(100, ColourMode::Grey));
    QCOMPARE(run.failure, QString());
    QCOMPARE(run.finishedWith, 1);
    QCOMPARE(run.pages.size(), 1);
    const halldesk::ScannedPage &page = run.pages.first();
    QCOMPARE(page.dpi, 100);
    QCOMPARE(page.source, PageSource::Scanner);
    QCOMPARE(page.image.format(), QImage::Format_Grayscale8);
    QCOMPARE(page.image.size(), expectedSize(100));
    QCOMPARE(qGray(page.image.pixel(10, 10)), 0); // the default test picture is solid black
    QVERIFY(run.progressReports > 0);
}

void TestSaneScanner::scansColour_data()
{
    QTest::addColumn<QVariantMap>("options");
    const QVariantMap white{{QStringLiteral("test-picture"), QStringLiteral("Solid white")}};
    QTest::newRow("one pass") << white;
    QVariantMap threePass = white;
    threePass.insert(QStringLiteral("three-pass"), true);
    QTest::newRow("three passes") << threePass;
    QVariantMap sixteenBit = white;
    sixteenBit.insert(QStringLiteral("depth"), 16);
    QTest::newRow("16 bit, kept as 8 bit") << sixteenBit;
}

void TestSaneScanner::scansColour()
{
    QFETCH(QVariantMap, options);
    SaneScanner scanner;
    scanner.setExtraOptions(options);
    const auto run = runScan(scanner, request(50, ColourMode::Colour));
    QCOMPARE(run.failure, QString());
    QCOMPARE(run.pages.size(), 1);
    const QImage &image = run.pages.first().image;
    QCOMPARE(image.format(), QImage::Format_RGB888);
    QCOMPARE(image.size(), expectedSize(50));
    QCOMPARE(image.pixel(image.width() - 1, image.height() - 1), qRgb(255, 255, 255));
}

void TestSaneScanner::scansLineArt()
{
    SaneScanner scanner;
    const auto run = runScan(scanner, request(50, ColourMode::BlackAndWhite));
    QCOMPARE(run.failure, QString());
    QCOMPARE(run.pages.size(), 1);
    const QImage &image = run.pages.first().image;
    QCOMPARE(image.format(), QImage::Format_Mono);
    QCOMPARE(image.size(), expectedSize(50));
    QCOMPARE(image.pixel(image.width() - 1, 0), qRgb(0, 0, 0));
}

void TestSaneScanner::straightGridIsNotDeskewed_data()
{
    QTest::addColumn<ColourMode>("colour");
    QTest::newRow("grey") << ColourMode::Grey;
    QTest::newRow("colour") << ColourMode::Colour;
}

// The test backend's "Grid" (10 mm black and white squares) has no text rows; at 150 dpi the
// deskew estimate once found -7.6° in it and turned a straight scan.
void TestSaneScanner::straightGridIsNotDeskewed()
{
    QFETCH(ColourMode, colour);
    SaneScanner scanner;
    scanner.setExtraOptions({{QStringLiteral("test-picture"), QStringLiteral("Grid")}});
    const auto run = runScan(scanner, request(150, colour));
    QCOMPARE(run.failure, QString());
    QCOMPARE(run.pages.size(), 1);
    const halldesk::ScannedPage &page = run.pages.first();
    QCOMPARE(page.image.size(), expectedSize(150));
    QCOMPARE(qGray(page.image.pixel(0, 0)), 255); // a grid indeed: white top-left square...
    QCOMPARE(qGray(page.image.pixel(page.image.width() - 1, 0)), 0); // ...and black ones

    const double estimate = halldesk::PageAnalysis::estimateSkew(page.image);
    QVERIFY2(std::abs(estimate) < 0.2, qPrintable(QString::number(estimate)));
    halldesk::PageOptions options;
    options.mode = colour;
    const halldesk::ProcessedPage processed = halldesk::PageProcessor().process(page, options);
    QCOMPARE(processed.image, colour == ColourMode::Grey
                                  ? page.image
                                  : page.image.convertToFormat(QImage::Format_RGB32));
}

void TestSaneScanner::scansAPageOfUnknownHeight()
{
    SaneScanner scanner;
    // A hand-held scanner: no height before the end of the page, a fixed width of 11 cm.
    scanner.setExtraOptions({{QStringLiteral("hand-scanner"), true}});
    const auto run = runScan(scanner, request(50, ColourMode::Grey));
    QCOMPARE(run.failure, QString());
    QCOMPARE(run.pages.size(), 1);
    const QImage &image = run.pages.first().image;
    QCOMPARE(image.width(), int(110 / 25.4 * 50));
    QVERIFY(image.height() > 0);
}

void TestSaneScanner::scansTheFeederUntilItIsEmpty()
{
    SaneScanner scanner;
    const auto run =
        runScan(scanner, request(25, ColourMode::Grey, ScanRequest::Feed::DocumentFeeder));
    QCOMPARE(run.failure, QString());
    // The test backend's feeder holds ten pages.
    QCOMPARE(run.finishedWith, 10);
    QCOMPARE(run.pages.size(), 10);
    for (const auto &page : run.pages)
        QCOMPARE(page.image.size(), expectedSize(25));
}

void TestSaneScanner::stopsAtMaxPages()
{
    SaneScanner scanner;
    ScanRequest r = request(25, ColourMode::Grey, ScanRequest::Feed::DocumentFeeder);
    r.maxPages = 3;
    const auto run = runScan(scanner, r);
    QCOMPARE(run.failure, QString());
    QCOMPARE(run.finishedWith, 3);
    QCOMPARE(run.pages.size(), 3);
}

void TestSaneScanner::cancelMidBatchKeepsThePagesSoFar()
{
    SaneScanner scanner;
    // The worker waits until each page is taken, so cancelling while taking the second one
    // stops the batch right there.
    int taken = 0;
    const auto run =
        runScan(scanner, request(25, ColourMode::Grey, ScanRequest::Feed::DocumentFeeder),
                [&taken](ScanSource &source) {
                    if (++taken == 2)
                        source.cancel();
                });
    QCOMPARE(run.failure, QString());
    QCOMPARE(run.finishedWith, 2);
    QCOMPARE(run.pages.size(), 2);
}

void TestSaneScanner::cancelMidPageDeliversNothing()
{
    SaneScanner scanner;
    // The page takes seconds, the cancel arrives on the first progress.
    scanner.setExtraOptions(slowReads());
    const auto run = runScan(scanner, request(100, ColourMode::Grey), {},
                             [](ScanSource &source) { source.cancel(); });
    QCOMPARE(run.failure, QString());
    QCOMPARE(run.finishedWith, 0);
    QVERIFY(run.pages.isEmpty());
}

void TestSaneScanner::destroyingTheScannerMidPageStopsIt()
{
    auto scanner = std::make_unique<SaneScanner>();
    scanner->setExtraOptions(slowReads());
    bool reading = false;
    connect(scanner.get(), &ScanSource::progress, this, [&reading] { reading = true; });
    scanner->start(request(100, ColourMode::Grey));
    QTRY_VERIFY_WITH_TIMEOUT(reading, 60000);
    scanner.reset(); // cancels and waits for the worker between two reads

    // SANE was left cleanly: the next scan works.
    SaneScanner next;
    const auto run = runScan(next, request(25, ColourMode::Grey));
    QCOMPARE(run.failure, QString());
    QCOMPARE(run.pages.size(), 1);
}

void TestSaneScanner::unknownDeviceFails()
{
    SaneScanner scanner;
    ScanRequest r = request(100, ColourMode::Grey);
    r.device = QStringLiteral("test:nosuchdevice");
    const auto run = runScan(scanner, r);
    QVERIFY(run.pages.isEmpty());
    QCOMPARE(run.finishedWith, -1);
    QVERIFY2(run.failure.contains(r.device), qPrintable(run.failure));
}

void TestSaneScanner::ioErrorFails()
{
    SaneScanner scanner;
    scanner.setExtraOptions(
        {{QStringLiteral("read-return-value"), QStringLiteral("SANE_STATUS_IO_ERROR")}});
    const auto run = runScan(scanner, request(50, ColourMode::Grey));
    QVERIFY(run.pages.isEmpty());
    QCOMPARE(run.finishedWith, -1);
    QVERIFY(!run.failure.isEmpty());
}

QTEST_GUILESS_MAIN(TestSaneScanner)
#include "tst_sanescanner.moc"
