#include "terminal/ScanUploadQueue.h"

#include "logging/HallDeskLogging.h"
#include "terminal/MaterialScanStore.h"

namespace halldesk {

ScanUploadQueue::ScanUploadQueue(MaterialScanStore &scans, MaterialUploader &uploader,
                                 QObject *parent)
    : QObject(parent)
    , m_scans(scans)
    , m_uploader(uploader)
{
    connect(&m_uploader, &MaterialUploader::progress, this, &ScanUploadQueue::onProgress);
    connect(&m_uploader, &MaterialUploader::uploaded, this, &ScanUploadQueue::onUploaded);
    connect(&m_uploader, &MaterialUploader::retrying, this, &ScanUploadQueue::onRetrying);
    connect(&m_uploader, &MaterialUploader::failed, this, &ScanUploadQueue::onFailed);
}

QString ScanUploadQueue::keyOf(const QString &caseNumber, const QString &materialCode)
{
    return caseNumber + QLatin1Char('/') + materialCode;
}

void ScanUploadQueue::refresh()
{
    const QByteArray key = m_scans.fileKey();
    if (key.isEmpty())
        return;
    for (const KeptScan &scan : m_scans.pendingUploads()) {
        const QString k = keyOf(scan.caseNumber, scan.materialCode);
        // Once its case is confirmed a material's digest is fixed: a known key is this file.
        if (m_digests.contains(k))
            continue;
        m_digests.insert(k, scan.scan.digest);
        m_uploader.enqueue(MaterialUpload{scan.caseNumber, scan.materialCode, scan.scan.digest,
                                          scan.scan.bytes, scan.filePath, key});
    }
    publish();
}

void ScanUploadQueue::caseConfirmed(const QString &caseNumber)
{
    Q_UNUSED(caseNumber)
    refresh();
    // A scan waiting out a backoff because its case was not there yet may go at once.
    m_uploader.retryNow();
}

void ScanUploadQueue::onProgress(const QString &caseNumber, const QString &materialCode,
                                 qint64 sent, qint64 total)
{
    m_status.caseNumber = caseNumber;
    m_status.materialCode = materialCode;
    m_status.sentBytes = sent;
    m_status.totalBytes = total;
    if (m_status.retrying) {
        m_status.retrying = false;
        m_status.problem.clear();
    }
    publish();
}

void ScanUploadQueue::onUploaded(const QString &caseNumber, const QString &materialCode)
{
    const QString digest = m_digests.take(keyOf(caseNumber, materialCode));
    if (!m_scans.markUploaded(caseNumber, materialCode, digest))
        qCWarning(lcTerminal) << "an uploaded scan of case" << caseNumber
                              << "could not be recorded; it will be sent again";
    m_status.problem.clear();
    m_status.retrying = false;
    m_status.sentBytes = m_status.totalBytes = 0;
    m_status.caseNumber.clear();
    m_status.materialCode.clear();
    publish();
    emit scanUploaded(caseNumber, materialCode);
}

void ScanUploadQueue::onRetrying(const QString &caseNumber, const QString &materialCode,
                                 const QString &message)
{
    m_status.caseNumber = caseNumber;
    m_status.materialCode = materialCode;
    m_status.problem = message;
    m_status.retrying = true;
    publish();
}

void ScanUploadQueue::onFailed(const QString &caseNumber, const QString &materialCode,
                               const QString &message)
{
    const QString digest = m_digests.take(keyOf(caseNumber, materialCode));
    qCWarning(lcTerminal) << "the server refused a scan of case" << caseNumber;
    m_scans.markRefused(caseNumber, materialCode, digest);
    m_status.problem = message;
    m_status.retrying = false;
    m_status.sentBytes = m_status.totalBytes = 0;
    publish();
}

void ScanUploadQueue::publish()
{
    m_status.waiting = int(m_uploader.queued().size());
    emit statusChanged(m_status);
}

} // namespace halldesk
