#pragma once

#include "scan/ScanSource.h"

#include <QMetaObject>
#include <QPointer>
#include <QTimer>
#include <chrono>

class QVideoFrame;
class QVideoSink;

namespace halldesk {

// One page from a document camera (高拍仪): the next frame its video sink shows after start(),
// as an RGB32 image with PageSource::Camera and no resolution (the pipeline crops it to the
// sheet and lays it out on A4). It only reads frames from a QVideoSink, whoever fills it: a
// DocumentCamera at the counter, synthetic frames in the tests, so both run the same code.
//
// The frame arrives on this object's thread and is converted there: a single frame (about
// 100 ms at 8 megapixels without a GPU) does not need a worker thread.
class CameraScanSource final : public ScanSource
{
    Q_OBJECT

public:
    // Long enough for a camera that is still adjusting its exposure after it was switched on;
    // short enough that a clerk facing an unplugged camera is told so before giving up.
    static constexpr std::chrono::milliseconds DefaultFrameTimeout{5000};

    explicit CameraScanSource(QVideoSink *sink = nullptr, QObject *parent = nullptr);
    ~CameraScanSource() override;

    // The sink the frames come from (DocumentCamera::videoSink()); not owned. Ignored while a
    // capture runs.
    void setVideoSink(QVideoSink *sink);
    QVideoSink *videoSink() const { return m_sink; }

    // How long start() waits for a frame before it fails.
    void setFrameTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds frameTimeout() const;

    bool isRunning() const override { return m_state != State::Idle; }

public slots:
    // The request's device, dpi, colour and feed mean nothing to a camera: always one page.
    void start(const halldesk::ScanRequest &request) override;
    void cancel() override;
    // Connect DocumentCamera::errorOccurred here: a capture in progress fails with the
    // camera's message.
    void failWithCameraError(const QString &message);

private:
    enum class State
    {
        Idle,
        Waiting,   // armed, no frame yet
        Delivering // pageScanned is being emitted: cancel() and start() have nothing to do
    };

    void takeFrame(const QVideoFrame &frame);
    void disarm();
    void endWithFailure(const QString &message);
    static QString noPictureMessage();

    QPointer<QVideoSink> m_sink;
    QMetaObject::Connection m_frameConnection;
    QMetaObject::Connection m_sinkGoneConnection;
    QTimer m_frameTimer;
    State m_state = State::Idle;
    // Tells a queued "no sink" failure of an earlier run from the current one.
    quint64 m_run = 0;
};

} // namespace halldesk
