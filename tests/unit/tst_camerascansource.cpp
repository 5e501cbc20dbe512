// The document camera source on a real QVideoSink fed with synthetic frames (a white sheet with
// a red seal on a dark desk) in RGB and YUV layouts, so the capture logic runs exactly as on a
// camera; and DocumentCamera on a machine without a camera (this one, CI).

#include "scan/CameraScanSource.h"
#include "scan/DocumentCamera.h"
#include "scan/PageProcessor.h"

#include <QPainter>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <QVideoFrame>
#include <QVideoFrameFormat>
#include <QVideoSink>
#include <algorithm>
#include <chrono>
#include <cmath>

using halldesk::CameraScanSource;
using halldesk::ColourMode;
using halldesk::DocumentCamera;
using halldesk::PageOptions;
using halldesk::PageProcessor;
using halldesk::PageSource;
using halldesk::ScannedPage;
using halldesk::ScanRequest;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(QVideoFrameFormat::PixelFormat)

namespace {

const QSize FrameSize(640, 480);
const QRect Sheet(150, 50, 300, 380);
const QRect Seal(330, 330, 60, 60); // a red stamp on the sheet, to tell R from B
const QColor Desk(45, 50, 60);

// A document camera's view: the sheet with a few lines of "text" and a seal on the desk.
QImage drawnFrame(const QColor &desk = Desk)
{
    QImage image(FrameSize, QImage::Format_RGB32);
    image.fill(desk);
    QPainter painter(&image);
    painter.fillRect(Sheet, Qt::white);
    for (int line = 0; line < 8; ++line)
        painter.fillRect(QRect(Sheet.left() + 30, Sheet.top() + 40 + line * 30, 200, 6),
                         QColor(30, 30, 30));
    painter.fillRect(Seal, QColor(220, 20, 30));
    return image;
}

// BT.601, video range: what Qt's YUV conversion expects by default.
int lumaOf(QRgb c)
{
    return qBound(
        0, qRound(16 + (65.481 * qRed(c) + 128.553 * qGreen(c) + 24.966 * qBlue(c)) / 255), 255);
}

int cbOf(QRgb c)
{
    return qBound(
        0, qRound(128 + (-37.797 * qRed(c) - 74.203 * qGreen(c) + 112.0 * qBlue(c)) / 255), 255);
}

int crOf(QRgb c)
{
    return qBound(0, qRound(128 + (112.0 * qRed(c) - 93.786 * qGreen(c) - 18.214 * qBlue(c)) / 255),
                  255);
}

// The mean of the 2 × 2 block whose top left is (x, y): one chroma sample of 4:2:0.
QRgb blockMean(const QImage &image, int x, int y)
{
    int r = 0, g = 0, b = 0;
    for (int dy = 0; dy < 2; ++dy) {
        for (int dx = 0; dx < 2; ++dx) {
            const QRgb c = image.pixel(x + dx, y + dy);
            r += qRed(c);
            g += qGreen(c);
            b += qBlue(c);
        }
    }
    return qRgb(r / 4, g / 4, b / 4);
}

// The frame a camera would hand over for image, in the given layout.
QVideoFrame videoFrame(const QImage &image, QVideoFrameFormat::PixelFormat pixelFormat)
{
    QVideoFrameFormat format(image.size(), pixelFormat);
    if (pixelFormat == QVideoFrameFormat::Format_NV12 ||
        pixelFormat == QVideoFrameFormat::Format_YUV420P) {
        format.setColorSpace(QVideoFrameFormat::ColorSpace_BT601);
        format.setColorRange(QVideoFrameFormat::ColorRange_Video);
    }
    QVideoFrame frame(format);
    if (!frame.map(QVideoFrame::WriteOnly))
        return {};
    const int width = image.width();
    const int height = image.height();
    switch (pixelFormat) {
    case QVideoFrameFormat::Format_ARGB8888:
    case QVideoFrameFormat::Format_BGRA8888:
        for (int y = 0; y < height; ++y) {
            uchar *out = frame.bits(0) + y * frame.bytesPerLine(0);
            for (int x = 0; x < width; ++x, out += 4) {
                const QRgb c = image.pixel(x, y);
                const bool argb = pixelFormat == QVideoFrameFormat::Format_ARGB8888;
                // Byte order in memory, as the format names say.
                out[0] = argb ? 255 : qBlue(c);
                out[1] = argb ? qRed(c) : qGreen(c);
                out[2] = argb ? qGreen(c) : qRed(c);
                out[3] = argb ? qBlue(c) : 255;
            }
        }
        break;
    case QVideoFrameFormat::Format_NV12:
    case QVideoFrameFormat::Format_YUV420P:
        for (int y = 0; y < height; ++y) {
            uchar *luma = frame.bits(0) + y * frame.bytesPerLine(0);
            for (int x = 0; x < width; ++x)
                luma[x] = uchar(lumaOf(image.pixel(x, y)));
        }
        for (int y = 0; y < height / 2; ++y) {
            for (int x = 0; x < width / 2; ++x) {
                const QRgb c = blockMean(image, 2 * x, 2 * y);
                if (pixelFormat == QVideoFrameFormat::Format_NV12) {
                    uchar *uv = frame.bits(1) + y * frame.bytesPerLine(1) + 2 * x;
                    uv[0] = uchar(cbOf(c));
                    uv[1] = uchar(crOf(c));
                } else {
                    frame.bits(1)[y * frame.bytesPerLine(1) + x] = uchar(cbOf(c));
                    frame.bits(2)[y * frame.bytesPerLine(2) + x] = uchar(crOf(c));
                }
            }
        }
        break;
    default:
        frame.unmap();
        return {};
    }
    frame.unmap();
    return frame;
}

bool near(QRgb actual, QColor expected, int tolerance)
{
    return std::abs(qRed(actual) - expected.red()) <= tolerance &&
           std::abs(qGreen(actual) - expected.green()) <= tolerance &&
           std::abs(qBlue(actual) - expected.blue()) <= tolerance;
}

QByteArray describe(QRgb c)
{
    return QByteArray::number(qRed(c)) + ',' + QByteArray::number(qGreen(c)) + ',' +
           QByteArray::number(qBlue(c));
}

// Everything a source emits, in order, with the pages and the end.
struct Recording
{
    explicit Recording(CameraScanSource &source)
    {
        QObject::connect(&source, &CameraScanSource::progress, &context,
                         [this](int page, int percent) {
                             events.append(QStringLiteral("progress %1 %2").arg(page).arg(percent));
                         });
        QObject::connect(&source, &CameraScanSource::pageScanned, &context,
                         [this](const ScannedPage &page) {
                             events.append(QStringLiteral("page"));
                             pages.append(page);
                         });
        QObject::connect(&source, &CameraScanSource::finished, &context, [this](int pages) {
            events.append(QStringLiteral("finished %1").arg(pages));
        });
        QObject::connect(&source, &CameraScanSource::failed, &context,
                         [this](const QString &message) {
                             events.append(QStringLiteral("failed"));
                             failure = message;
                         });
    }

    bool ended() const
    {
        return !events.isEmpty() && (events.last().startsWith(QLatin1String("finished")) ||
                                     events.last() == QLatin1String("failed"));
    }

    QObject context;
    QStringList events;
    QList<ScannedPage> pages;
    QString failure;
};

} // namespace

class TestCameraScanSource : public QObject
{
    Q_OBJECT

private slots:
    void capturesTheNextFrame_data();
    void capturesTheNextFrame();
    void frameBeforeStartIsNotTaken();
    void emptyFrameIsNotAPage();
    void capturesAgainAfterARun();
    void startWhileRunningDoesNothing();
    void cancelBeforeAFrameFinishesWithNoPage();
    void noFrameFailsAfterTheTimeout();
    void unreadableFrameFails();
    void cameraErrorFails();
    void withoutSinkFailsAfterStartReturns();
    void sinkGoneFails();
    void cameraPageIsCroppedToTheSheet_data();
    void cameraPageIsCroppedToTheSheet();
    void documentCameraWithoutDeviceSaysSo();
    void documentCameraSinkFeedsTheSource();
    void documentCameraPreviewSink();
    void largestFormatHasTheMostPixels();

private:
    void addPixelFormats();
};

void TestCameraScanSource::addPixelFormats()
{
    QTest::addColumn<QVideoFrameFormat::PixelFormat>("pixelFormat");
    // Exact RGB layouts, then 4:2:0 YUV (what UVC cameras and their decoders give): rounding
    // and the shared chroma of 2 × 2 pixels move colours by a few steps.
    QTest::addColumn<int>("tolerance");
    QTest::newRow("ARGB8888") << QVideoFrameFormat::Format_ARGB8888 << 0;
    QTest::newRow("BGRA8888") << QVideoFrameFormat::Format_BGRA8888 << 0;
    QTest::newRow("NV12") << QVideoFrameFormat::Format_NV12 << 6;
    QTest::newRow("YUV420P") << QVideoFrameFormat::Format_YUV420P << 6;
}

void TestCameraScanSource::capturesTheNextFrame_data()
{
    addPixelFormats();
}

void TestCameraScanSource::capturesTheNextFrame()
{
    QFETCH(QVideoFrameFormat::PixelFormat, pixelFormat);
    QFETCH(int, tolerance);
    const QImage drawn = drawnFrame();
    const QVideoFrame frame = videoFrame(drawn, pixelFormat);
    QVERIFY(frame.isValid());

    QVideoSink sink;
    CameraScanSource source(&sink);
    QSignalSpy progress(&source, &CameraScanSource::progress);
    QSignalSpy pages(&source, &CameraScanSource::pageScanned);
    QSignalSpy finished(&source, &CameraScanSource::finished);
    QSignalSpy failed(&source, &CameraScanSource::failed);
    Recording recording(source);

    source.start(ScanRequest{});
    QVERIFY(source.isRunning());
    QCOMPARE(pages.count(), 0);
    sink.setVideoFrame(frame);

    QCOMPARE(recording.events,
             QStringList({QStringLiteral("progress 1 0"), QStringLiteral("progress 1 100"),
                          QStringLiteral("page"), QStringLiteral("finished 1")}));
    QVERIFY(!source.isRunning());
    QCOMPARE(progress.count(), 2);
    QCOMPARE(progress.last(), QVariantList({1, 100}));
    QCOMPARE(pages.count(), 1);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().toInt(), 1);
    QCOMPARE(failed.count(), 0);

    const auto page = pages.first().first().value<ScannedPage>();
    QCOMPARE(page.source, PageSource::Camera);
    QCOMPARE(page.dpi, 0);
    QCOMPARE(page.image.size(), FrameSize);
    QCOMPARE(page.image.format(), QImage::Format_RGB32);
    // Inside uniform areas, away from the edges that 4:2:0 chroma blurs.
    const struct
    {
        QPoint at;
        QColor expected;
    } samples[] = {
        {{20, 20}, Desk},
        {{600, 450}, Desk},
        {Sheet.center(), Qt::white},
        {{Sheet.left() + 10, Sheet.bottom() - 10}, Qt::white},
        {Seal.center(), QColor(220, 20, 30)},
        {{Sheet.left() + 100, Sheet.top() + 43}, QColor(30, 30, 30)},
    };
    for (const auto &sample : samples) {
        const QRgb actual = page.image.pixel(sample.at);
        QVERIFY2(near(actual, sample.expected, tolerance),
                 describe(actual) + " at " + QByteArray::number(sample.at.x()) + ',' +
                     QByteArray::number(sample.at.y()));
    }
}

void TestCameraScanSource::frameBeforeStartIsNotTaken()
{
    QVideoSink sink;
    CameraScanSource source(&sink);
    Recording recording(source);
    // The preview runs all the time; what counts is the picture when the clerk presses capture.
    sink.setVideoFrame(videoFrame(drawnFrame(Qt::black), QVideoFrameFormat::Format_BGRA8888));
    QVERIFY(recording.events.isEmpty());

    source.start(ScanRequest{});
    sink.setVideoFrame(videoFrame(drawnFrame(Desk), QVideoFrameFormat::Format_BGRA8888));
    QCOMPARE(recording.pages.size(), 1);
    QCOMPARE(recording.pages.first().image.pixel(5, 5), Desk.rgb());
}

void TestCameraScanSource::emptyFrameIsNotAPage()
{
    QVideoSink sink;
    CameraScanSource source(&sink);
    Recording recording(source);
    source.start(ScanRequest{});
    // What a sink shows when its camera stops.
    sink.setVideoFrame(QVideoFrame());
    QVERIFY(source.isRunning());
    QVERIFY(recording.pages.isEmpty());

    sink.setVideoFrame(videoFrame(drawnFrame(), QVideoFrameFormat::Format_NV12));
    QCOMPARE(recording.pages.size(), 1);
    QCOMPARE(recording.events.last(), QStringLiteral("finished 1"));
}

void TestCameraScanSource::capturesAgainAfterARun()
{
    QVideoSink sink;
    CameraScanSource source(&sink);
    Recording recording(source);
    for (const QColor &desk : {QColor(Qt::black), Desk}) {
        source.start(ScanRequest{});
        sink.setVideoFrame(videoFrame(drawnFrame(desk), QVideoFrameFormat::Format_BGRA8888));
    }
    // Between runs the source does not listen.
    sink.setVideoFrame(videoFrame(drawnFrame(), QVideoFrameFormat::Format_BGRA8888));
    QCOMPARE(recording.pages.size(), 2);
    QCOMPARE(recording.pages.at(0).image.pixel(5, 5), qRgb(0, 0, 0));
    QCOMPARE(recording.pages.at(1).image.pixel(5, 5), Desk.rgb());
    QCOMPARE(recording.events.count(QStringLiteral("finished 1")), 2);
}

void TestCameraScanSource::startWhileRunningDoesNothing()
{
    QVideoSink sink;
    CameraScanSource source(&sink);
    Recording recording(source);
    source.start(ScanRequest{});
    QTest::ignoreMessage(QtWarningMsg,
                         "A camera capture was started while another one is running; ignored");
    source.start(ScanRequest{});
    QCOMPARE(recording.events, QStringList{QStringLiteral("progress 1 0")});

    sink.setVideoFrame(videoFrame(drawnFrame(), QVideoFrameFormat::Format_ARGB8888));
    sink.setVideoFrame(videoFrame(drawnFrame(), QVideoFrameFormat::Format_ARGB8888));
    QCOMPARE(recording.pages.size(), 1);
    QCOMPARE(recording.events.count(QStringLiteral("finished 1")), 1);
    QCOMPARE(recording.events.last(), QStringLiteral("finished 1"));
}

void TestCameraScanSource::cancelBeforeAFrameFinishesWithNoPage()
{
    QVideoSink sink;
    CameraScanSource source(&sink);
    source.setFrameTimeout(50ms);
    Recording recording(source);
    source.start(ScanRequest{});
    source.cancel();
    QVERIFY(!source.isRunning());
    QCOMPARE(recording.events,
             QStringList({QStringLiteral("progress 1 0"), QStringLiteral("finished 0")}));

    // Neither a late frame nor the timeout of the cancelled run changes anything.
    sink.setVideoFrame(videoFrame(drawnFrame(), QVideoFrameFormat::Format_ARGB8888));
    QTest::qWait(100);
    QVERIFY(recording.pages.isEmpty());
    QVERIFY(recording.failure.isEmpty());
    // Cancelling an idle source does nothing either.
    source.cancel();
    QCOMPARE(recording.events.size(), 2);
}

void TestCameraScanSource::noFrameFailsAfterTheTimeout()
{
    QVideoSink sink;
    CameraScanSource source(&sink);
    QCOMPARE(source.frameTimeout(), CameraScanSource::DefaultFrameTimeout);
    source.setFrameTimeout(50ms);
    QCOMPARE(source.frameTimeout(), 50ms);
    Recording recording(source);
    source.start(ScanRequest{});
    QVERIFY(source.isRunning());
    // A guard against a hung test, not a time limit.
    QVERIFY(QTest::qWaitFor([&] { return recording.ended(); }, 30000));
    QCOMPARE(recording.events,
             QStringList({QStringLiteral("progress 1 0"), QStringLiteral("failed")}));
    QVERIFY(!recording.failure.trimmed().isEmpty());
    QVERIFY(!source.isRunning());

    // A frame after the failure is no page.
    sink.setVideoFrame(videoFrame(drawnFrame(), QVideoFrameFormat::Format_ARGB8888));
    QVERIFY(recording.pages.isEmpty());
}

void TestCameraScanSource::unreadableFrameFails()
{
    // A frame the camera says is JPEG but whose bytes are not: it converts to a null image.
    QVideoFrame frame(QVideoFrameFormat(FrameSize, QVideoFrameFormat::Format_Jpeg));
    QVERIFY(frame.map(QVideoFrame::WriteOnly));
    std::fill_n(frame.bits(0), frame.mappedBytes(0), uchar(0x55));
    frame.unmap();

    QVideoSink sink;
    CameraScanSource source(&sink);
    Recording recording(source);
    source.start(ScanRequest{});
    sink.setVideoFrame(frame);
    QCOMPARE(recording.events.last(), QStringLiteral("failed"));
    QVERIFY(!recording.failure.trimmed().isEmpty());
    QVERIFY(recording.pages.isEmpty());
    QVERIFY(!source.isRunning());
}

void TestCameraScanSource::cameraErrorFails()
{
    QVideoSink sink;
    CameraScanSource source(&sink);
    Recording recording(source);
    // Not running: nothing to fail.
    source.failWithCameraError(QStringLiteral("ignored"));
    QVERIFY(recording.events.isEmpty());

    source.start(ScanRequest{});
    source.failWithCameraError(QStringLiteral("The camera stopped."));
    QCOMPARE(recording.events,
             QStringList({QStringLiteral("progress 1 0"), QStringLiteral("failed")}));
    QCOMPARE(recording.failure, QStringLiteral("The camera stopped."));
    QVERIFY(!source.isRunning());
}

void TestCameraScanSource::withoutSinkFailsAfterStartReturns()
{
    CameraScanSource source;
    QCOMPARE(source.videoSink(), nullptr);
    Recording recording(source);
    source.start(ScanRequest{});
    QVERIFY(recording.events.isEmpty());
    QVERIFY(QTest::qWaitFor([&] { return recording.ended(); }, 30000));
    QCOMPARE(recording.events, QStringList{QStringLiteral("failed")});
    QVERIFY(!recording.failure.trimmed().isEmpty());
}

void TestCameraScanSource::sinkGoneFails()
{
    auto *sink = new QVideoSink;
    CameraScanSource source(sink);
    Recording recording(source);
    source.start(ScanRequest{});
    delete sink;
    QCOMPARE(recording.events.last(), QStringLiteral("failed"));
    QVERIFY(!recording.failure.trimmed().isEmpty());
    QCOMPARE(source.videoSink(), nullptr);
}

void TestCameraScanSource::cameraPageIsCroppedToTheSheet_data()
{
    addPixelFormats();
}

void TestCameraScanSource::cameraPageIsCroppedToTheSheet()
{
    QFETCH(QVideoFrameFormat::PixelFormat, pixelFormat);
    QVideoSink sink;
    CameraScanSource source(&sink);
    Recording recording(source);
    source.start(ScanRequest{});
    sink.setVideoFrame(videoFrame(drawnFrame(), pixelFormat));
    QCOMPARE(recording.pages.size(), 1);

    PageOptions options;
    options.mode = ColourMode::Colour;
    options.deskew = false;
    const auto processed = PageProcessor().process(recording.pages.first(), options);
    // As tst_pageprocessor's crop: within 4 % of the sheet (the crop widens it by 1.5 %).
    QVERIFY2(
        std::abs(processed.image.width() - Sheet.width()) <= Sheet.width() * 4 / 100 &&
            std::abs(processed.image.height() - Sheet.height()) <= Sheet.height() * 4 / 100,
        qPrintable(
            QStringLiteral("%1×%2").arg(processed.image.width()).arg(processed.image.height())));
    QCOMPARE(processed.dpi, 0);
    // The seal survives, near the sheet's bottom right.
    const QPoint sealInCrop = Seal.center() - Sheet.topLeft();
    const QRgb seal =
        processed.image.pixel(std::clamp(sealInCrop.x(), 0, processed.image.width() - 1),
                              std::clamp(sealInCrop.y(), 0, processed.image.height() - 1));
    QVERIFY2(qRed(seal) > 150 && qGreen(seal) < 90 && qBlue(seal) < 90, describe(seal));
}

void TestCameraScanSource::documentCameraWithoutDeviceSaysSo()
{
    if (!DocumentCamera::availableDevices().isEmpty())
        QSKIP("A camera is connected to this machine");
    DocumentCamera camera;
    QSignalSpy errors(&camera, &DocumentCamera::errorOccurred);
    QVERIFY(camera.videoSink());
    QVERIFY(!camera.isActive());
    QVERIFY(camera.errorString().isEmpty());

    QVERIFY(!camera.start());
    QVERIFY(!camera.isActive());
    QVERIFY(!camera.errorString().trimmed().isEmpty());
    QCOMPARE(errors.count(), 1);
    QCOMPARE(errors.first().first().toString(), camera.errorString());
    QVERIFY(camera.device().id.isEmpty());
    QVERIFY(camera.format().isNull());

    QVERIFY(!camera.start("/dev/video-that-is-not-there"));
    QCOMPARE(errors.count(), 2);
    QVERIFY(!errors.last().first().toString().trimmed().isEmpty());
    camera.stop();
    QVERIFY(!camera.isActive());
}

void TestCameraScanSource::documentCameraSinkFeedsTheSource()
{
    DocumentCamera camera;
    CameraScanSource source(camera.videoSink());
    QObject::connect(&camera, &DocumentCamera::errorOccurred, &source,
                     &CameraScanSource::failWithCameraError);
    Recording recording(source);

    source.start(ScanRequest{});
    camera.videoSink()->setVideoFrame(videoFrame(drawnFrame(), QVideoFrameFormat::Format_NV12));
    QCOMPARE(recording.pages.size(), 1);
    QCOMPARE(recording.pages.first().image.size(), FrameSize);

    if (!DocumentCamera::availableDevices().isEmpty())
        QSKIP("A camera is connected to this machine: it would start");
    // A capture waiting for a camera that is not there ends with the camera's message.
    source.start(ScanRequest{});
    QVERIFY(!camera.start());
    QCOMPARE(recording.events.last(), QStringLiteral("failed"));
    QCOMPARE(recording.failure, camera.errorString());
}

void TestCameraScanSource::documentCameraPreviewSink()
{
    DocumentCamera camera;
    QVideoSink *own = camera.videoSink();
    QPointer<QVideoSink> preview = new QVideoSink;
    camera.setVideoSink(preview);
    QCOMPARE(camera.videoSink(), preview.data());
    // The preview widget closes first: the camera falls back to its own sink.
    delete preview;
    QCOMPARE(camera.videoSink(), own);
    auto *another = new QVideoSink(&camera);
    camera.setVideoSink(another);
    camera.setVideoSink(nullptr);
    QCOMPARE(camera.videoSink(), own);
}

void TestCameraScanSource::largestFormatHasTheMostPixels()
{
    QVERIFY(DocumentCamera::largestFormat({}).isNull());
    // Every device the machine has: the pick has the most pixels of its formats.
    for (const QCameraDevice &device : QMediaDevices::videoInputs()) {
        const QCameraFormat best = DocumentCamera::largestFormat(device.videoFormats());
        for (const QCameraFormat &format : device.videoFormats())
            QVERIFY(qint64(format.resolution().width()) * format.resolution().height() <=
                    qint64(best.resolution().width()) * best.resolution().height());
    }
}

QTEST_MAIN(TestCameraScanSource)
#include "tst_camerascansource.moc"
