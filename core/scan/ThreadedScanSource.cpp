#include "scan/ThreadedScanSource.h"

#include "logging/HallDeskLogging.h"
#include "scan/ScanJob.h"

#include <QThread>

namespace halldesk {

ThreadedScanSource::~ThreadedScanSource()
{
    if (!m_thread)
        return;
    m_job->detach();
    if (m_thread->wait(QDeadlineTimer(ShutdownWait))) {
        delete m_thread;
        return;
    }
    // Still inside the driver (a scanner that does not answer). Waiting would hang the program
    // and deleting a running thread aborts it: the thread frees itself when the driver returns.
    qCWarning(lcScan) << "The scanner does not answer; its thread is left behind";
    QThread *thread = m_thread;
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    if (thread->isFinished())
        thread->deleteLater();
}

void ThreadedScanSource::start(const ScanRequest &request)
{
    if (m_thread) {
        qCWarning(lcScan) << "A scan was started while another one is running; ignored";
        return;
    }
    m_delivered = 0;
    m_job = std::make_shared<ScanJob>(this);
    m_thread = QThread::create([job = m_job, work = prepare(request)] {
        const QString error = work(*job);
        job->finish(error);
    });
    m_thread->setObjectName(QStringLiteral("halldesk-scan"));
    m_thread->start();
}

void ThreadedScanSource::cancel()
{
    if (m_job)
        m_job->cancel();
}

void ThreadedScanSource::takePage(ScannedPage page)
{
    ++m_delivered;
    emit pageScanned(std::move(page));
}

void ThreadedScanSource::onWorkerDone(const QString &error)
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_job.reset();
    if (error.isEmpty()) {
        emit finished(m_delivered);
        return;
    }
    // The message can name the applicant's file: not logged.
    qCInfo(lcScan) << "Scan failed after" << m_delivered << "pages";
    emit failed(error);
}

} // namespace halldesk
