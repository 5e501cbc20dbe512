#pragma once

#include "scan/ScanRequest.h"
#include "scan/ScannerDevice.h"

#include <QByteArray>
#include <QFutureWatcher>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QVideoWidget;

namespace halldesk {

// Where the pages come from and how: the source (the scanners SANE finds, listed on a worker
// thread because the search takes seconds; the document cameras; files), resolution, colour
// and flatbed or feeder. A document camera shows its live preview here.
class ScanSettingsPanel : public QWidget
{
    Q_OBJECT

public:
    enum class SourceKind
    {
        None, // still looking, or nothing to scan with
        Scanner,
        Camera,
        Files
    };

    explicit ScanSettingsPanel(QWidget *parent = nullptr);
    ~ScanSettingsPanel() override;

    SourceKind sourceKind() const;
    QByteArray cameraId() const;
    // The device is the chosen scanner's SANE name (empty for the other sources).
    ScanRequest request() const;
    // Straighten pages (PageOptions::deskew); off for pictures without lines of text, whose
    // patterns can look skewed to the estimate.
    bool deskew() const;
    QVideoWidget *preview() const { return m_preview; }
    bool isListingScanners() const { return m_listing.isRunning(); }

    // Looks for scanners again (one plugged in after the dialog opened).
    void listScanners();
    // Selects the source of this kind (the first scanner, camera or the files), if offered.
    bool selectSource(SourceKind kind);

signals:
    void sourceChanged();
    void scannersListed(int count);

private:
    void fillSources(const QList<ScannerDevice> &scanners);
    void updateForSource();

    QComboBox *m_source;
    QPushButton *m_findScanners;
    QComboBox *m_resolution;
    QComboBox *m_colour;
    QComboBox *m_feed;
    QCheckBox *m_deskew;
    QLabel *m_previewLabel;
    QVideoWidget *m_preview;
    QFutureWatcher<QList<ScannerDevice>> m_listing;
};

} // namespace halldesk
