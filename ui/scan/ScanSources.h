#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

class QVideoSink;

namespace halldesk {

class CameraScanSource;
class DocumentCamera;
class FileImportSource;
class SaneScanner;
class ScanSource;

// The sources the scan view offers, made once per dialog: SANE, file import and the document
// camera. The camera runs only while it is the chosen source and is "ready" once its first
// frame has shown in the preview: a capture before that would take a frame from before the
// camera settled its exposure.
class ScanSources : public QObject
{
    Q_OBJECT

public:
    explicit ScanSources(QObject *parent = nullptr);
    ~ScanSources() override;

    SaneScanner *scanner() const { return m_scanner; }
    FileImportSource *files() const { return m_files; }
    CameraScanSource *camera() const { return m_cameraSource; }
    QList<ScanSource *> all() const;

    // Starts the camera showing in `preview` (empty id: the default camera); false and
    // problem() when it cannot.
    bool startCamera(const QByteArray &id, QVideoSink *preview);
    void stopCamera();
    bool isCameraReady() const { return m_cameraReady; }
    QString problem() const { return m_problem; }

signals:
    void cameraReadyChanged();
    // The running camera failed or went away; in the user's language.
    void cameraFailed(const QString &message);

private:
    SaneScanner *m_scanner;
    FileImportSource *m_files;
    DocumentCamera *m_camera;
    CameraScanSource *m_cameraSource;
    QMetaObject::Connection m_firstFrame;
    bool m_cameraReady = false;
    QString m_problem;
};

} // namespace halldesk
