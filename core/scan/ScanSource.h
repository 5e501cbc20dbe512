#pragma once

#include "scan/ScanRequest.h"
#include "scan/ScannedPage.h"

#include <QObject>
#include <QString>

namespace halldesk {

// Anything that delivers pages of a material: a SANE scanner, a file import, a document
// camera (高拍仪). Slow work (a scanner's driver, PDF rendering) happens off the GUI thread;
// the signals arrive on the thread the source lives on, in this order: progress / pageScanned
// any number of times, then exactly one of finished or failed. Pages are handed out one at a
// time and not kept by the source, so a 50-page feeder batch never sits in memory as a whole.
class ScanSource : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~ScanSource() override = default;

    virtual bool isRunning() const = 0;

public slots:
    // Does nothing (and warns) while a run is in progress.
    virtual void start(const halldesk::ScanRequest &request) = 0;
    // Stops as soon as the source can; pages already delivered stay delivered and the run ends
    // with finished(pages delivered).
    virtual void cancel() = 0;

signals:
    // page: 1-based number of the page being read; percent: 0..100 of it, -1 when unknown.
    void progress(int page, int percent);
    void pageScanned(halldesk::ScannedPage page);
    void finished(int pages);
    // A message for the clerk in the user's language; pages delivered before stay delivered.
    void failed(const QString &message);
};

} // namespace halldesk
