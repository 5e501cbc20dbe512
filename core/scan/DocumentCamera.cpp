#include "scan/DocumentCamera.h"

#include "logging/HallDeskLogging.h"

#include <algorithm>

namespace halldesk {

DocumentCamera::DocumentCamera(QObject *parent)
    : QObject(parent)
    , m_sink(&m_ownSink)
{
    m_session.setVideoSink(&m_ownSink);
    connect(&m_mediaDevices, &QMediaDevices::videoInputsChanged, this,
            &DocumentCamera::onVideoInputsChanged);
}

DocumentCamera::~DocumentCamera()
{
    // The session must let go of the camera before the camera goes.
    m_session.setCamera(nullptr);
}

QList<DocumentCameraDevice> DocumentCamera::availableDevices()
{
    QList<DocumentCameraDevice> devices;
    const QList<QCameraDevice> inputs = QMediaDevices::videoInputs();
    devices.reserve(inputs.size());
    for (const QCameraDevice &input : inputs)
        devices.append(toDevice(input));
    return devices;
}

QCameraFormat DocumentCamera::largestFormat(const QList<QCameraFormat> &formats)
{
    const auto larger = [](const QCameraFormat &a, const QCameraFormat &b) {
        const qint64 pixelsA = qint64(a.resolution().width()) * a.resolution().height();
        const qint64 pixelsB = qint64(b.resolution().width()) * b.resolution().height();
        if (pixelsA != pixelsB)
            return pixelsA < pixelsB;
        return a.maxFrameRate() < b.maxFrameRate();
    };
    const auto best = std::max_element(formats.cbegin(), formats.cend(), larger);
    return best == formats.cend() ? QCameraFormat() : *best;
}

bool DocumentCamera::start(const QByteArray &deviceId)
{
    const QList<QCameraDevice> inputs = QMediaDevices::videoInputs();
    if (inputs.isEmpty()) {
        fail(tr("No document camera is connected. Connect it to this computer and try again."));
        return false;
    }
    QCameraDevice chosen;
    if (deviceId.isEmpty()) {
        // Backends that know no default still list the cameras.
        chosen = QMediaDevices::defaultVideoInput();
        if (chosen.isNull())
            chosen = inputs.first();
    } else {
        const auto it = std::find_if(inputs.cbegin(), inputs.cend(),
                                     [&](const QCameraDevice &d) { return d.id() == deviceId; });
        if (it != inputs.cend())
            chosen = *it;
    }
    if (chosen.isNull()) {
        fail(tr("The document camera chosen in the settings is not connected. Connect it, or "
                "choose another camera in the settings."));
        return false;
    }
    if (m_camera && m_camera->cameraDevice() == chosen && m_camera->isActive())
        return true;

    stop();
    m_errorString.clear();
    m_camera = std::make_unique<QCamera>(chosen);
    connect(m_camera.get(), &QCamera::errorOccurred, this, &DocumentCamera::onCameraError);
    connect(m_camera.get(), &QCamera::activeChanged, this, &DocumentCamera::activeChanged);
    const QCameraFormat format = largestFormat(chosen.videoFormats());
    // Without a format list the backend picks its default; better a small picture than none.
    if (!format.isNull())
        m_camera->setCameraFormat(format);
    qCInfo(lcScan) << "Starting the document camera" << chosen.id() << "at" << format.resolution()
                   << format.pixelFormat();
    m_session.setCamera(m_camera.get());
    m_camera->start();
    return true;
}

void DocumentCamera::stop()
{
    if (!m_camera)
        return;
    const bool wasActive = m_camera->isActive();
    disconnect(m_camera.get(), nullptr, this, nullptr);
    m_camera->stop();
    m_session.setCamera(nullptr);
    // Deleted here, not on the next start: an idle camera object would keep the device open.
    m_camera.reset();
    if (wasActive)
        emit activeChanged(false);
}

bool DocumentCamera::isActive() const
{
    return m_camera && m_camera->isActive();
}

DocumentCameraDevice DocumentCamera::device() const
{
    return m_camera ? toDevice(m_camera->cameraDevice()) : DocumentCameraDevice();
}

QCameraFormat DocumentCamera::format() const
{
    return m_camera ? m_camera->cameraFormat() : QCameraFormat();
}

QVideoSink *DocumentCamera::videoSink() const
{
    return m_sink;
}

void DocumentCamera::setVideoSink(QVideoSink *sink)
{
    if (m_sink && m_sink != &m_ownSink)
        disconnect(m_sink, &QObject::destroyed, this, nullptr);
    m_sink = sink ? sink : &m_ownSink;
    if (m_sink != &m_ownSink) {
        // A preview widget closed before the camera: the frames go back to the own sink
        // instead of to freed memory.
        connect(m_sink, &QObject::destroyed, this, [this] {
            m_sink = &m_ownSink;
            m_session.setVideoSink(&m_ownSink);
        });
    }
    m_session.setVideoSink(m_sink);
}

void DocumentCamera::fail(const QString &message)
{
    m_errorString = message;
    emit errorOccurred(message);
}

void DocumentCamera::onCameraError(QCamera::Error error, const QString &detail)
{
    if (error == QCamera::NoError)
        return;
    // The backend's text is English and technical: the log gets it, the clerk a plain message.
    qCWarning(lcScan) << "Document camera error:" << detail;
    fail(tr("The document camera stopped working. Check its cable, then try again."));
}

void DocumentCamera::onVideoInputsChanged()
{
    emit devicesChanged();
    if (!m_camera)
        return;
    const QList<QCameraDevice> inputs = QMediaDevices::videoInputs();
    if (inputs.contains(m_camera->cameraDevice()))
        return;
    // Some backends only stop delivering frames when the camera is pulled out: say so at once.
    qCWarning(lcScan) << "The running document camera was disconnected";
    stop();
    fail(tr("The document camera was disconnected. Connect it again and try again."));
}

DocumentCameraDevice DocumentCamera::toDevice(const QCameraDevice &device)
{
    return {device.id(), device.description(), device.isDefault()};
}

} // namespace halldesk
