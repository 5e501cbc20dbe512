#pragma once

#include "scan/ScannedPage.h"

#include <QMutex>
#include <QSemaphore>
#include <QString>
#include <atomic>
#include <memory>

namespace halldesk {

class ThreadedScanSource;

// What the work of a ThreadedScanSource sees of its source, from the worker thread. It
// outlives the source: a source destroyed while a scanner hangs inside the driver leaves its
// job behind, and whatever the job reports then goes nowhere.
class ScanJob : public std::enable_shared_from_this<ScanJob>
{
public:
    explicit ScanJob(ThreadedScanSource *source)
        : m_source(source)
    {}

    // Hands a page to the source's thread and waits until the receivers of pageScanned have
    // had it. A page read before cancel() is still delivered (the paper has gone through);
    // false once cancelled.
    bool deliver(ScannedPage page);
    void reportProgress(int page, int percent);
    bool isCancelled() const { return m_cancelled.load(); }

private:
    friend class ThreadedScanSource;

    template <typename Call> void post(Call call);
    void cancel() { m_cancelled = true; }
    // The source is going: nothing is posted to it any more.
    void detach();
    void finish(const QString &error);

    QMutex m_mutex;
    ThreadedScanSource *m_source;
    std::atomic<bool> m_cancelled{false};
    QSemaphore m_taken;
};

} // namespace halldesk
