#include "scan/ThreadedScanSource.h"

#include "logging/HallDeskLogging.h"

#include <QThread>
#include <chrono>

namespace halldesk {

namespace {

// How often a worker waiting for its page to be taken looks whether it was cancelled.
constexpr std::chrono::milliseconds CancelPoll{50};

} // namespace

ThreadedScanSource::~ThreadedScanSource()
{
    stopWorker();
}

void ThreadedScanSource::stopWorker()
{
    if (!m_thread)
        return;
    m_cancelled = true;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

void ThreadedScanSource::start(const ScanRequest &request)
{
    if (m_thread) {
        qCWarning(lcScan) << "A scan was started while another one is running; ignored";
        return;
    }
    m_cancelled = false;
    m_delivered = 0;
    m_taken.acquire(m_taken.available());
    m_thread = QThread::create([this, request] {
        const QString error = run(request);
        QMetaObject::invokeMethod(
            this, [this, error] { onWorkerDone(error); }, Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("halldesk-scan"));
    m_thread->start();
}

void ThreadedScanSource::cancel()
{
    if (m_thread)
        m_cancelled = true;
}

bool ThreadedScanSource::deliver(ScannedPage page)
{
    QMetaObject::invokeMethod(
        this,
        [this, page = std::move(page)]() mutable {
            ++m_delivered;
            emit pageScanned(std::move(page));
            m_taken.release();
        },
        Qt::QueuedConnection);
    while (!m_taken.tryAcquire(1, CancelPoll)) {
        if (isCancelled())
            return false;
    }
    return !isCancelled();
}

void ThreadedScanSource::reportProgress(int page, int percent)
{
    QMetaObject::invokeMethod(
        this, [this, page, percent] { emit progress(page, percent); }, Qt::QueuedConnection);
}

void ThreadedScanSource::onWorkerDone(const QString &error)
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    if (error.isEmpty()) {
        emit finished(m_delivered);
        return;
    }
    // The message can name the applicant's file: not logged.
    qCInfo(lcScan) << "Scan failed after" << m_delivered << "pages";
    emit failed(error);
}

} // namespace halldesk
