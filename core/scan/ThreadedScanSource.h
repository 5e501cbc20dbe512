#pragma once

#include "scan/ScanSource.h"

#include <QSemaphore>
#include <atomic>
#include <memory>

class QThread;

namespace halldesk {

// A ScanSource whose work runs on a thread of its own, so a scanner that takes seconds per
// page (or hangs) never blocks the GUI. The worker hands each page over and waits until the
// receivers of pageScanned have had it: at most one page waits, however slow the consumer.
class ThreadedScanSource : public ScanSource
{
    Q_OBJECT

public:
    using ScanSource::ScanSource;
    // Cancels and waits for the worker (a scanner finishes its sane_cancel first).
    ~ThreadedScanSource() override;

    bool isRunning() const override { return m_thread != nullptr; }
    void start(const ScanRequest &request) override;
    void cancel() override;

protected:
    // Runs on the worker thread. Returns an empty string when done (or cancelled), else the
    // message for failed().
    virtual QString run(const ScanRequest &request) = 0;

    // For run(): hands a page to the GUI thread and waits until it is taken. A page read
    // before cancel() is still delivered (the paper has gone through); false once cancelled.
    bool deliver(ScannedPage page);
    void reportProgress(int page, int percent);
    bool isCancelled() const { return m_cancelled.load(); }

    // Subclasses call this in their destructor, before their members used by run() go.
    void stopWorker();

private:
    void onWorkerDone(const QString &error);

    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancelled{false};
    QSemaphore m_taken;
    int m_delivered = 0;
};

} // namespace halldesk
