#pragma once

#include "client/MaterialUploader.h"
#include "terminal/ScanUploadStatus.h"

#include <QHash>
#include <QObject>
#include <QString>

namespace halldesk {

class MaterialScanStore;

// Joins the terminal's kept scans to the uploader: every scan whose case the server has
// confirmed is handed to the MaterialUploader once, at start and whenever a case is confirmed
// (caseConfirmed), and the server's verdict is written back to the store, so a scan is sent
// until the server has it, also after a restart, and never again after that.
class ScanUploadQueue : public QObject
{
    Q_OBJECT

public:
    ScanUploadQueue(MaterialScanStore &scans, MaterialUploader &uploader,
                    QObject *parent = nullptr);

    const ScanUploadStatus &status() const { return m_status; }

public slots:
    // Hands every pending scan the uploader does not have yet to it.
    void refresh();
    // The server confirmed this case: its scans may go now.
    void caseConfirmed(const QString &caseNumber);

signals:
    void statusChanged(const halldesk::ScanUploadStatus &status);
    void scanUploaded(const QString &caseNumber, const QString &materialCode);

private:
    static QString keyOf(const QString &caseNumber, const QString &materialCode);
    void onProgress(const QString &caseNumber, const QString &materialCode, qint64 sent,
                    qint64 total);
    void onUploaded(const QString &caseNumber, const QString &materialCode);
    void onRetrying(const QString &caseNumber, const QString &materialCode, const QString &message);
    void onFailed(const QString &caseNumber, const QString &materialCode, const QString &message);
    void publish();

    MaterialScanStore &m_scans;
    MaterialUploader &m_uploader;
    QHash<QString, QString> m_digests; // case/material → digest of the file handed over
    ScanUploadStatus m_status;
};

} // namespace halldesk
