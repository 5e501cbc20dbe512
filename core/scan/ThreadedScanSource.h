#pragma once

#include "scan/ScanSource.h"

#include <chrono>
#include <functional>
#include <memory>

class QThread;

namespace halldesk {

class ScanJob;

// A ScanSource whose work runs on a thread of its own, so a scanner that takes seconds per
// page (or hangs) never blocks the GUI. The worker hands each page over and waits until the
// receivers of pageScanned have had it: at most one page waits, however slow the consumer.
class ThreadedScanSource : public ScanSource
{
    Q_OBJECT

public:
    // How long the destructor waits for the work to stop before leaving its thread behind.
    static constexpr std::chrono::milliseconds ShutdownWait{5000};

    using ScanSource::ScanSource;
    ~ThreadedScanSource() override;

    bool isRunning() const override { return m_thread != nullptr; }
    void start(const ScanRequest &request) override;
    void cancel() override;

protected:
    // Runs on the worker thread and must not touch the source (it may be gone): returns an
    // empty string when done or cancelled, else the message for failed().
    using Work = std::function<QString(ScanJob &job)>;
    // Called on the source's thread when a run starts: the work with copies of what it needs.
    virtual Work prepare(const ScanRequest &request) = 0;

private:
    friend class ScanJob;

    void takePage(ScannedPage page);
    void onWorkerDone(const QString &error);

    QThread *m_thread = nullptr;
    std::shared_ptr<ScanJob> m_job;
    int m_delivered = 0;
};

} // namespace halldesk
