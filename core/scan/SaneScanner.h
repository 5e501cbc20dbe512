#pragma once

#include "scan/ScannerDevice.h"
#include "scan/ThreadedScanSource.h"

#include <QVariantMap>

namespace halldesk {

class SaneDevice;

// Scanners through SANE (libsane): flatbed or document feeder, colour, grey or line-art, at the
// nearest resolution the scanner offers. A feeder batch runs until the feeder is empty or
// maxPages; a failure mid-batch (the scanner unplugged, a jam) ends the run with failed() and
// the pages delivered before stay delivered.
class SaneScanner final : public ThreadedScanSource
{
    Q_OBJECT

public:
    explicit SaneScanner(QObject *parent = nullptr);

    // Blocks while the backends search (seconds with network scanners): call it off the GUI
    // thread. localOnly leaves out scanners shared over the network (saned).
    static QList<ScannerDevice> availableDevices(bool localOnly = false);

    // Backend options set after the standard ones, by SANE option name ("test-picture",
    // "swdeskew"): strings, numbers or booleans. Ignored while a scan runs.
    void setExtraOptions(const QVariantMap &options);

protected:
    Work prepare(const ScanRequest &request) override;

private:
    static QString run(ScanJob &job, const ScanRequest &request, const QVariantMap &extraOptions);
    static QString configure(SaneDevice &device, const ScanRequest &request,
                             const QVariantMap &extraOptions, int *dpi);
    static QString scan(ScanJob &job, SaneDevice &device, const ScanRequest &request, int dpi);

    QVariantMap m_extraOptions;
};

} // namespace halldesk
