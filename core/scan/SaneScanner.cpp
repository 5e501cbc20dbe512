#include "scan/SaneScanner.h"

#include "logging/HallDeskLogging.h"
#include "scan/SaneDevice.h"
#include "scan/SaneFrameReader.h"
#include "scan/SaneSession.h"
#include "scan/SaneStatusMessage.h"
#include "scan/ScanJob.h"

#include <initializer_list>
#include <sane/saneopts.h>

namespace halldesk {

namespace {

// Backends name the same thing differently ("Color", "24bit Color", "ADF Front", "Automatic
// Document Feeder"): the first choice containing one of the words, ignoring case.
QString choiceWith(const QStringList &choices, std::initializer_list<const char *> words)
{
    for (const QString &choice : choices) {
        for (const char *word : words) {
            if (choice.contains(QLatin1String(word), Qt::CaseInsensitive))
                return choice;
        }
    }
    return {};
}

} // namespace

SaneScanner::SaneScanner(QObject *parent)
    : ThreadedScanSource(parent)
{}

QList<ScannerDevice> SaneScanner::availableDevices(bool localOnly)
{
    const SaneSession session;
    return session.devices(localOnly);
}

void SaneScanner::setExtraOptions(const QVariantMap &options)
{
    if (!isRunning())
        m_extraOptions = options;
}

ThreadedScanSource::Work SaneScanner::prepare(const ScanRequest &request)
{
    return [request, extraOptions = m_extraOptions](ScanJob &job) {
        return run(job, request, extraOptions);
    };
}

QString SaneScanner::run(ScanJob &job, const ScanRequest &request, const QVariantMap &extraOptions)
{
    const SaneSession session;
    if (!session.isValid())
        return SaneStatusMessage::notAvailable();
    SaneDevice device;
    const SANE_Status status = device.open(request.device);
    if (status != SANE_STATUS_GOOD) {
        qCWarning(lcScan) << "Cannot open scanner" << request.device << sane_strstatus(status);
        return SaneStatusMessage::forOpen(status, request.device);
    }
    int dpi = 0;
    const QString error = configure(device, request, extraOptions, &dpi);
    if (!error.isEmpty())
        return error;
    return scan(job, device, request, dpi);
}

QString SaneScanner::configure(SaneDevice &device, const ScanRequest &request,
                               const QVariantMap &extraOptions, int *dpi)
{
    // The source first: it can change which modes and resolutions the others allow.
    const QStringList sources = device.choices(SANE_NAME_SCAN_SOURCE);
    if (request.feed == ScanRequest::Feed::DocumentFeeder) {
        const QString feeder = choiceWith(sources, {"adf", "feeder", "automatic"});
        if (feeder.isEmpty())
            return SaneStatusMessage::noFeeder();
        device.setString(SANE_NAME_SCAN_SOURCE, feeder);
    } else if (const QString flatbed = choiceWith(sources, {"flatbed"}); !flatbed.isEmpty()) {
        device.setString(SANE_NAME_SCAN_SOURCE, flatbed);
    }

    const QStringList modes = device.choices(SANE_NAME_SCAN_MODE);
    const QString grey = choiceWith(modes, {"gray", "grey"});
    QString mode;
    int depth = 8;
    switch (request.colour) {
    case ColourMode::Colour:
        mode = choiceWith(modes, {"color", "colour", "rgb"});
        break;
    case ColourMode::Grey:
        mode = grey;
        break;
    case ColourMode::BlackAndWhite:
        mode = choiceWith(modes, {"lineart", "binary", "black"});
        // Some backends (the test one among them) do line-art as 1-bit grey.
        if (mode.isEmpty() && device.wordList(SANE_NAME_BIT_DEPTH).contains(1)) {
            mode = grey;
            depth = 1;
        } else if (mode.isEmpty()) {
            mode = grey; // the page pipeline makes it black and white
        }
        break;
    }
    if (!mode.isEmpty())
        device.setString(SANE_NAME_SCAN_MODE, mode);
    if (device.isSettable(SANE_NAME_BIT_DEPTH) &&
        device.wordList(SANE_NAME_BIT_DEPTH).contains(depth))
        device.setNumber(SANE_NAME_BIT_DEPTH, depth);

    *dpi = device.setResolution(request.dpi);
    for (auto it = extraOptions.cbegin(); it != extraOptions.cend(); ++it) {
        const QByteArray name = it.key().toUtf8();
        const bool isText = it.value().typeId() == QMetaType::QString;
        const SANE_Status status = isText ? device.setString(name, it.value().toString())
                                          : device.setNumber(name, it.value().toInt());
        if (status != SANE_STATUS_GOOD)
            qCWarning(lcScan) << "Scanner option" << it.key()
                              << "refused:" << sane_strstatus(status);
    }
    qCInfo(lcScan) << "Scanning from" << request.device << "mode" << mode << "at" << *dpi << "dpi"
                   << (request.feed == ScanRequest::Feed::DocumentFeeder ? "from the feeder"
                                                                         : "from the flatbed");
    return {};
}

QString SaneScanner::scan(ScanJob &job, SaneDevice &device, const ScanRequest &request, int dpi)
{
    const bool feeder = request.feed == ScanRequest::Feed::DocumentFeeder;
    int pages = 0;
    SaneFrameReader reader(
        device.handle(), [&job] { return job.isCancelled(); },
        [&job, &pages](int percent) { job.reportProgress(pages + 1, percent); });
    QString error;
    while (!job.isCancelled()) {
        QImage image;
        const SANE_Status status = reader.readPage(&image);
        if (status == SANE_STATUS_CANCELLED)
            break;
        if (status == SANE_STATUS_NO_DOCS && pages > 0)
            break; // the end of a feeder batch
        if (status != SANE_STATUS_GOOD) {
            qCWarning(lcScan) << "Scan stopped after" << pages
                              << "pages:" << sane_strstatus(status);
            error = SaneStatusMessage::forScan(status, pages);
            break;
        }
        ++pages;
        if (!job.deliver({std::move(image), dpi, PageSource::Scanner}))
            break;
        if (!feeder || (request.maxPages > 0 && pages >= request.maxPages))
            break;
    }
    // Ends the batch: the feeder stops pulling paper and the device is ready for the next one.
    sane_cancel(device.handle());
    return error;
}

} // namespace halldesk
