#include "scan/CameraScanSource.h"

#include "logging/HallDeskLogging.h"

#include <QImage>
#include <QVideoFrame>
#include <QVideoSink>

namespace halldesk {

CameraScanSource::CameraScanSource(QVideoSink *sink, QObject *parent)
    : ScanSource(parent)
    , m_sink(sink)
{
    m_frameTimer.setSingleShot(true);
    m_frameTimer.setInterval(DefaultFrameTimeout);
    connect(&m_frameTimer, &QTimer::timeout, this, [this] {
        qCInfo(lcScan) << "The camera sent no frame within" << frameTimeout().count() << "ms";
        endWithFailure(noPictureMessage());
    });
}

CameraScanSource::~CameraScanSource() = default;

void CameraScanSource::setVideoSink(QVideoSink *sink)
{
    if (!isRunning())
        m_sink = sink;
}

void CameraScanSource::setFrameTimeout(std::chrono::milliseconds timeout)
{
    m_frameTimer.setInterval(timeout);
}

std::chrono::milliseconds CameraScanSource::frameTimeout() const
{
    return m_frameTimer.intervalAsDuration();
}

void CameraScanSource::start(const ScanRequest &)
{
    if (isRunning()) {
        qCWarning(lcScan) << "A camera capture was started while another one is running; ignored";
        return;
    }
    ++m_run;
    m_state = State::Waiting;
    if (!m_sink) {
        // From the event loop, as every other end of a run: a receiver may start again from
        // its slot, and nothing is emitted before start() has returned.
        QMetaObject::invokeMethod(
            this,
            [this, run = m_run] {
                if (run == m_run && m_state == State::Waiting)
                    endWithFailure(noPictureMessage());
            },
            Qt::QueuedConnection);
        return;
    }
    m_frameConnection =
        connect(m_sink, &QVideoSink::videoFrameChanged, this, &CameraScanSource::takeFrame);
    // A sink that goes away (the camera closed) would otherwise be noticed only at the timeout.
    m_sinkGoneConnection = connect(m_sink, &QObject::destroyed, this, [this] {
        qCInfo(lcScan) << "The camera's video sink went away during a capture";
        endWithFailure(noPictureMessage());
    });
    m_frameTimer.start();
    emit progress(1, 0);
}

void CameraScanSource::cancel()
{
    if (m_state != State::Waiting)
        return;
    disarm();
    m_state = State::Idle;
    qCInfo(lcScan) << "Camera capture cancelled";
    emit finished(0);
}

void CameraScanSource::failWithCameraError(const QString &message)
{
    if (m_state == State::Waiting)
        endWithFailure(message);
}

void CameraScanSource::takeFrame(const QVideoFrame &frame)
{
    // The sink shows an empty frame when the camera stops: that is not a picture, keep waiting.
    if (m_state != State::Waiting || !frame.isValid())
        return;
    disarm();
    QImage image = frame.toImage();
    if (image.isNull()) {
        qCWarning(lcScan) << "A camera frame could not be converted:" << frame.pixelFormat()
                          << frame.size();
        endWithFailure(tr("The document camera sent a picture HallDesk cannot read. Try again; "
                          "if it happens again, unplug the camera and plug it in again."));
        return;
    }
    // Premultiplied ARGB from RGB frames, RGB32 from YUV ones: the pipeline wants RGB32, and a
    // camera picture has no transparency to keep.
    image.convertTo(QImage::Format_RGB32);
    qCInfo(lcScan) << "Camera page captured:" << image.width() << "x" << image.height() << "from"
                   << frame.pixelFormat();
    m_state = State::Delivering;
    emit progress(1, 100);
    emit pageScanned(ScannedPage{std::move(image), 0, PageSource::Camera});
    m_state = State::Idle;
    emit finished(1);
}

void CameraScanSource::disarm()
{
    m_frameTimer.stop();
    disconnect(m_frameConnection);
    disconnect(m_sinkGoneConnection);
}

void CameraScanSource::endWithFailure(const QString &message)
{
    disarm();
    m_state = State::Idle;
    emit failed(message);
}

QString CameraScanSource::noPictureMessage()
{
    return tr("The document camera sends no picture. Check that it is connected and switched "
              "on, then try again.");
}

} // namespace halldesk
