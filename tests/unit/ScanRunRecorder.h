#pragma once

// Records what a ScanSource delivers in one run, for the scan source tests.

#include "scan/ScanSource.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QTest>
#include <functional>

namespace halldesk::test {

struct ScanRun
{
    QList<ScannedPage> pages;
    int finishedWith = -1; // finished(pages); -1 when not finished
    QString failure;
    int progressReports = 0;
    bool ended = false; // false: the source hung
    bool done() const { return finishedWith >= 0 || !failure.isEmpty(); }
};

// Starts the source and waits for its end. onPage / onProgress run in the slot, before the
// source's worker goes on.
inline ScanRun runScan(ScanSource &source, const ScanRequest &request,
                       const std::function<void(ScanSource &)> &onPage = {},
                       const std::function<void(ScanSource &)> &onProgress = {})
{
    ScanRun run;
    QObject context;
    QObject::connect(&source, &ScanSource::pageScanned, &context, [&](const ScannedPage &page) {
        run.pages.append(page);
        if (onPage)
            onPage(source);
    });
    QObject::connect(&source, &ScanSource::progress, &context, [&](int, int) {
        ++run.progressReports;
        if (onProgress)
            onProgress(source);
    });
    QObject::connect(&source, &ScanSource::finished, &context,
                     [&](int pages) { run.finishedWith = pages; });
    QObject::connect(&source, &ScanSource::failed, &context,
                     [&](const QString &message) { run.failure = message; });
    source.start(request);
    // A guard against a hung device, not a performance limit.
    // The worker thread has ended too once the source is no longer running.
    run.ended = QTest::qWaitFor([&] { return run.done(); }, 60000) &&
                QTest::qWaitFor([&] { return !source.isRunning(); }, 60000);
    return run;
}

} // namespace halldesk::test
