#pragma once

#include "scan/DocumentCameraDevice.h"

#include <QCamera>
#include <QCameraDevice>
#include <QCameraFormat>
#include <QMediaCaptureSession>
#include <QMediaDevices>
#include <QObject>
#include <QPointer>
#include <QVideoSink>
#include <memory>

namespace halldesk {

// The Qt Multimedia side of a document camera (高拍仪, a UVC camera): picks the device and its
// largest format, runs it, and shows its frames in a QVideoSink. The live preview draws that
// sink; CameraScanSource takes the page from it. Kept apart from the capture so that the
// capture logic is tested with synthetic frames on machines without a camera.
class DocumentCamera : public QObject
{
    Q_OBJECT

public:
    explicit DocumentCamera(QObject *parent = nullptr);
    ~DocumentCamera() override;

    static QList<DocumentCameraDevice> availableDevices();
    // The format with the most pixels (then the highest frame rate, for a smoother preview):
    // a document camera's sensor is there to make small print legible. Null for an empty list.
    static QCameraFormat largestFormat(const QList<QCameraFormat> &formats);

    // Opens the camera with that id (empty: the system's default camera) at its largest format
    // and starts it. False, with errorString() and errorOccurred(), when no such camera is
    // connected. Starting the camera that runs already does nothing.
    bool start(const QByteArray &deviceId = {});
    void stop();
    bool isActive() const;
    // The running camera, or an empty device; the format chosen for it.
    DocumentCameraDevice device() const;
    QCameraFormat format() const;

    // Where the frames go: the camera's own sink unless the preview brings one
    // (QVideoWidget::videoSink()); null gives back the own sink. Give CameraScanSource the
    // same sink.
    QVideoSink *videoSink() const;
    void setVideoSink(QVideoSink *sink);

    // The last error, for the clerk, in the user's language; empty when none.
    QString errorString() const { return m_errorString; }

signals:
    void activeChanged(bool active);
    // The message is for the clerk, in the user's language, and names no device.
    void errorOccurred(const QString &message);
    // A camera was plugged in or out: the settings' device list is stale.
    void devicesChanged();

private:
    void fail(const QString &message);
    void onCameraError(QCamera::Error error, const QString &detail);
    void onVideoInputsChanged();
    static DocumentCameraDevice toDevice(const QCameraDevice &device);

    // In this order: the camera goes first, then the session, then the sinks it shows in.
    QMediaDevices m_mediaDevices;
    QVideoSink m_ownSink;
    QPointer<QVideoSink> m_sink; // m_ownSink or the preview's
    QMediaCaptureSession m_session;
    std::unique_ptr<QCamera> m_camera;
    QString m_errorString;
};

} // namespace halldesk
