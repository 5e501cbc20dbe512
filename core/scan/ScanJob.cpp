#include "scan/ScanJob.h"

#include "scan/ThreadedScanSource.h"

#include <chrono>

namespace halldesk {

namespace {

// How often a worker waiting for its page to be taken looks whether it was cancelled.
constexpr std::chrono::milliseconds CancelPoll{50};

} // namespace

// Queued to the source, which runs `call` only if it still exists then (Qt drops the calls
// queued to a destroyed object).
template <typename Call> void ScanJob::post(Call call)
{
    QMutexLocker lock(&m_mutex);
    if (!m_source)
        return;
    ThreadedScanSource *source = m_source;
    QMetaObject::invokeMethod(
        source, [source, call = std::move(call)]() mutable { call(*source); },
        Qt::QueuedConnection);
}

void ScanJob::detach()
{
    QMutexLocker lock(&m_mutex);
    m_source = nullptr;
    m_cancelled = true;
}

bool ScanJob::deliver(ScannedPage page)
{
    post([page = std::move(page), job = shared_from_this()](ThreadedScanSource &source) mutable {
        source.takePage(std::move(page));
        job->m_taken.release();
    });
    while (!m_taken.tryAcquire(1, CancelPoll)) {
        if (isCancelled())
            return false;
    }
    return !isCancelled();
}

void ScanJob::reportProgress(int page, int percent)
{
    post([page, percent](ThreadedScanSource &source) { emit source.progress(page, percent); });
}

void ScanJob::finish(const QString &error)
{
    post([error](ThreadedScanSource &source) { source.onWorkerDone(error); });
}

} // namespace halldesk
