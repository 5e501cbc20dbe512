#include "scan/ScanSettingsPanel.h"

#include "scan/DocumentCamera.h"
#include "scan/SaneScanner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <QVideoWidget>
#include <QtConcurrent/QtConcurrentRun>

namespace halldesk {

namespace {

constexpr int KindRole = Qt::UserRole + 1;
constexpr int DeviceRole = Qt::UserRole + 2;

} // namespace

ScanSettingsPanel::ScanSettingsPanel(QWidget *parent)
    : QWidget(parent)
    , m_source(new QComboBox(this))
    , m_findScanners(new QPushButton(tr("Find scanners"), this))
    , m_resolution(new QComboBox(this))
    , m_colour(new QComboBox(this))
    , m_feed(new QComboBox(this))
    , m_deskew(new QCheckBox(tr("S&traighten skewed pages"), this))
    , m_previewLabel(new QLabel(tr("Camera preview"), this))
    , m_preview(new QVideoWidget(this))
{
    m_source->setObjectName(QStringLiteral("scanSource"));
    m_resolution->setObjectName(QStringLiteral("scanResolution"));
    m_colour->setObjectName(QStringLiteral("scanColour"));
    m_feed->setObjectName(QStringLiteral("scanFeed"));
    m_deskew->setObjectName(QStringLiteral("scanDeskew"));
    m_deskew->setChecked(true);
    for (int dpi : {150, 200, 300, 600})
        m_resolution->addItem(tr("%1 dpi").arg(dpi), dpi);
    // 200 dpi is legible for forms and ID cards and keeps the files small.
    m_resolution->setCurrentIndex(1);
    m_colour->addItem(tr("Grey"), int(ColourMode::Grey));
    m_colour->addItem(tr("Colour"), int(ColourMode::Colour));
    m_colour->addItem(tr("Black and white"), int(ColourMode::BlackAndWhite));
    m_feed->addItem(tr("Flatbed"), int(ScanRequest::Feed::Flatbed));
    m_feed->addItem(tr("Document feeder"), int(ScanRequest::Feed::DocumentFeeder));

    // The source gets the whole width: scanner names are long ("Fujitsu fi-7160", network
    // scanners with their host).
    m_source->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_source->setMinimumContentsLength(12);
    auto *findRow = new QHBoxLayout;
    findRow->addStretch();
    findRow->addWidget(m_findScanners);
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->addRow(tr("&Source:"), m_source);
    form->addRow(findRow);
    form->addRow(tr("&Resolution:"), m_resolution);
    form->addRow(tr("&Colour:"), m_colour);
    form->addRow(tr("&Paper:"), m_feed);
    form->addRow(m_deskew);

    m_preview->setMinimumSize(240, 180);
    m_preview->setAspectRatioMode(Qt::KeepAspectRatio);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_previewLabel);
    layout->addWidget(m_preview, 1);
    layout->addStretch();

    connect(m_source, &QComboBox::currentIndexChanged, this, &ScanSettingsPanel::updateForSource);
    connect(m_findScanners, &QPushButton::clicked, this, &ScanSettingsPanel::listScanners);
    connect(&m_listing, &QFutureWatcher<QList<ScannerDevice>>::finished, this, [this] {
        const QList<ScannerDevice> scanners = m_listing.result();
        fillSources(scanners);
        m_findScanners->setEnabled(true);
        emit scannersListed(int(scanners.size()));
    });
    fillSources({});
    listScanners();
}

ScanSettingsPanel::~ScanSettingsPanel()
{
    // The search cannot be interrupted; it only touches its own copies, so wait it out.
    m_listing.waitForFinished();
}

void ScanSettingsPanel::listScanners()
{
    if (m_listing.isRunning())
        return;
    m_findScanners->setEnabled(false);
    if (m_source->itemData(0, KindRole).toInt() == int(SourceKind::None))
        m_source->setItemText(0, tr("Looking for scanners…"));
    m_listing.setFuture(QtConcurrent::run([] { return SaneScanner::availableDevices(); }));
}

void ScanSettingsPanel::fillSources(const QList<ScannerDevice> &scanners)
{
    const SourceKind previousKind = sourceKind();
    const QString previousDevice = m_source->currentData(DeviceRole).toString();
    QSignalBlocker blocker(m_source);
    m_source->clear();
    if (scanners.isEmpty()) {
        m_source->addItem(m_listing.isRunning() ? tr("Looking for scanners…")
                                                : tr("No scanner found"));
        m_source->setItemData(0, int(SourceKind::None), KindRole);
    }
    for (const ScannerDevice &scanner : scanners) {
        m_source->addItem(tr("Scanner: %1 %2").arg(scanner.vendor, scanner.model));
        const int row = m_source->count() - 1;
        m_source->setItemData(row, int(SourceKind::Scanner), KindRole);
        m_source->setItemData(row, scanner.name, DeviceRole);
    }
    const QList<DocumentCameraDevice> cameras = DocumentCamera::availableDevices();
    for (const DocumentCameraDevice &camera : cameras) {
        m_source->addItem(tr("Document camera: %1").arg(camera.description));
        const int row = m_source->count() - 1;
        m_source->setItemData(row, int(SourceKind::Camera), KindRole);
        m_source->setItemData(row, camera.id, DeviceRole);
    }
    m_source->addItem(tr("Import files (images, PDF)…"));
    m_source->setItemData(m_source->count() - 1, int(SourceKind::Files), KindRole);

    int keep = m_source->findData(previousDevice, DeviceRole);
    if (keep < 0 && previousKind == SourceKind::Files)
        keep = m_source->count() - 1;
    m_source->setCurrentIndex(qMax(0, keep));
    blocker.unblock();
    updateForSource();
}

bool ScanSettingsPanel::selectSource(SourceKind kind)
{
    const int row = m_source->findData(int(kind), KindRole);
    if (row < 0)
        return false;
    m_source->setCurrentIndex(row);
    return true;
}

ScanSettingsPanel::SourceKind ScanSettingsPanel::sourceKind() const
{
    const QVariant kind = m_source->currentData(KindRole);
    return kind.isValid() ? SourceKind(kind.toInt()) : SourceKind::None;
}

QByteArray ScanSettingsPanel::cameraId() const
{
    return sourceKind() == SourceKind::Camera ? m_source->currentData(DeviceRole).toByteArray()
                                              : QByteArray();
}

bool ScanSettingsPanel::deskew() const
{
    return m_deskew->isChecked();
}

ScanRequest ScanSettingsPanel::request() const
{
    ScanRequest request;
    if (sourceKind() == SourceKind::Scanner)
        request.device = m_source->currentData(DeviceRole).toString();
    request.dpi = m_resolution->currentData().toInt();
    request.colour = ColourMode(m_colour->currentData().toInt());
    request.feed = ScanRequest::Feed(m_feed->currentData().toInt());
    return request;
}

void ScanSettingsPanel::updateForSource()
{
    const SourceKind kind = sourceKind();
    // A camera has no resolution or paper path; files have no paper path.
    m_resolution->setEnabled(kind != SourceKind::Camera);
    m_feed->setEnabled(kind == SourceKind::Scanner);
    m_previewLabel->setVisible(kind == SourceKind::Camera);
    m_preview->setVisible(kind == SourceKind::Camera);
    emit sourceChanged();
}

} // namespace halldesk
