#include "scan/ScanSources.h"

#include "scan/CameraScanSource.h"
#include "scan/DocumentCamera.h"
#include "scan/FileImportSource.h"
#include "scan/SaneScanner.h"

#include <QVideoSink>

namespace halldesk {

ScanSources::ScanSources(QObject *parent)
    : QObject(parent)
    , m_scanner(new SaneScanner(this))
    , m_files(new FileImportSource(this))
    , m_camera(new DocumentCamera(this))
    , m_cameraSource(new CameraScanSource(nullptr, this))
{
    connect(m_camera, &DocumentCamera::errorOccurred, m_cameraSource,
            &CameraScanSource::failWithCameraError);
    connect(m_camera, &DocumentCamera::errorOccurred, this, [this](const QString &message) {
        m_problem = message;
        emit cameraFailed(message);
    });
}

ScanSources::~ScanSources()
{
    stopCamera();
}

QList<ScanSource *> ScanSources::all() const
{
    return {m_scanner, m_files, m_cameraSource};
}

bool ScanSources::startCamera(const QByteArray &id, QVideoSink *preview)
{
    stopCamera();
    m_camera->setVideoSink(preview);
    if (!m_camera->start(id)) {
        m_problem = m_camera->errorString();
        return false;
    }
    m_problem.clear();
    m_cameraSource->setVideoSink(m_camera->videoSink());
    m_firstFrame = connect(m_camera->videoSink(), &QVideoSink::videoFrameChanged, this,
                           [this](const QVideoFrame &frame) {
                               if (!frame.isValid())
                                   return;
                               disconnect(m_firstFrame);
                               m_cameraReady = true;
                               emit cameraReadyChanged();
                           });
    return true;
}

void ScanSources::stopCamera()
{
    disconnect(m_firstFrame);
    m_camera->stop();
    if (m_cameraReady) {
        m_cameraReady = false;
        emit cameraReadyChanged();
    }
}

} // namespace halldesk
