#include "scan/ScanDialog.h"

#include "scan/CameraScanSource.h"
#include "scan/FileImportSource.h"
#include "scan/MaterialPageSet.h"
#include "scan/SaneScanner.h"
#include "scan/ScanPagesPanel.h"
#include "scan/ScanSettingsPanel.h"
#include "scan/ScanSources.h"
#include "scan/ScanStatusRow.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>
#include <QVideoSink>
#include <QVideoWidget>

namespace halldesk {

ScanDialog::ScanDialog(const MaterialScanContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_pages(new MaterialPageSet(context.fileKey, context.workingDirectory, this))
    , m_sources(new ScanSources(this))
    , m_settings(new ScanSettingsPanel(this))
    , m_pagesPanel(new ScanPagesPanel(m_pages, this))
    , m_title(new QLabel(this))
    , m_count(new QLabel(this))
    , m_banner(new QLabel(this))
    , m_status(new ScanStatusRow(this))
    , m_scan(new QPushButton(tr("Scan (F5)"), this))
    , m_cancelScan(new QPushButton(tr("Stop scanning (Esc)"), this))
    , m_save(new QPushButton(tr("Save material (Ctrl+Enter)"), this))
    , m_discard(new QPushButton(tr("Close (Esc)"), this))
{
    setWindowTitle(tr("Scan material"));
    m_title->setText(tr("Scanning: %1").arg(context.materialName));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    QFont countFont = m_count->font();
    countFont.setPointSizeF(countFont.pointSizeF() * 1.15);
    m_count->setFont(countFont);
    m_banner->setObjectName(QStringLiteral("noticeBanner"));
    m_banner->setProperty("tone", QStringLiteral("error"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->hide();

    for (QPushButton *button : {m_scan, m_cancelScan, m_save, m_discard})
        button->setAutoDefault(false);
    QFont big = m_scan->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_scan->setFont(big);
    m_scan->setMinimumHeight(48);
    m_save->setFont(big);
    m_save->setMinimumHeight(48);
    // A QShortcut, not the button's: setText() replaces a button's shortcut with its mnemonic.
    connect(new QShortcut(QKeySequence(Qt::Key_F5), this), &QShortcut::activated, this,
            &ScanDialog::scan);
    for (const QKeySequence &key :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)})
        connect(new QShortcut(key, this), &QShortcut::activated, this, &ScanDialog::save);

    auto *left = new QVBoxLayout;
    left->addWidget(m_settings, 1);
    left->addWidget(m_scan);
    left->addWidget(m_cancelScan);
    auto *leftBox = new QWidget(this);
    leftBox->setLayout(left);
    leftBox->setFixedWidth(420);
    left->setContentsMargins(0, 0, 0, 0);

    auto *body = new QHBoxLayout;
    body->addWidget(leftBox);
    body->addWidget(m_pagesPanel, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_discard);
    buttons->addWidget(m_save);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_count);
    layout->addWidget(m_banner);
    layout->addLayout(body, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);

    for (ScanSource *source : m_sources->all())
        connectSource(source);
    connect(m_sources, &ScanSources::cameraFailed, this, &ScanDialog::showProblem);
    connect(m_sources, &ScanSources::cameraReadyChanged, this, &ScanDialog::updateState);
    connect(m_scan, &QPushButton::clicked, this, &ScanDialog::scan);
    connect(m_cancelScan, &QPushButton::clicked, this, &ScanDialog::cancelScan);
    connect(m_save, &QPushButton::clicked, this, &ScanDialog::save);
    connect(m_discard, &QPushButton::clicked, this, &ScanDialog::reject);
    connect(m_settings, &ScanSettingsPanel::sourceChanged, this, &ScanDialog::sourceChanged);
    connect(m_settings, &ScanSettingsPanel::scannersListed, this, &ScanDialog::updateState);
    connect(m_pagesPanel, &ScanPagesPanel::rescanRequested, this, &ScanDialog::rescan);
    connect(m_pages, &MaterialPageSet::pendingPagesChanged, this, &ScanDialog::updateState);
    connect(m_pages, &MaterialPageSet::pageFailed, this, &ScanDialog::showProblem);
    connect(m_pages, &MaterialPageSet::finishFailed, this, [this](const QString &message) {
        showProblem(message);
        updateState();
    });
    connect(m_pages, &MaterialPageSet::finished, this, [this](const StoredScan &scan) {
        m_stored = scan;
        accept();
    });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_pages, signal, this, &ScanDialog::updateState);
    if (!context.existingPdfPath.isEmpty())
        reopen(context.existingPdfPath);
    sourceChanged();
    m_scan->setFocus();
}

void ScanDialog::reopen(const QString &pdfPath)
{
    connect(m_pages, &MaterialPageSet::loadFailed, this, [this](const QString &problem) {
        showProblem(tr("The saved scan of this material could not be opened: %1\nThe scan view "
                       "starts empty; the saved scan stays as it was until a new one is saved.")
                        .arg(problem));
        updateState();
    });
    connect(m_pages, &MaterialPageSet::loaded, this, [this] {
        m_reopened = true;
        // Any edit from now on makes the pages worth asking about before they are dropped.
        const auto changed = [this] {
            m_changed = true;
        };
        for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
            connect(m_pages, signal, this, changed);
        connect(m_pages, &QAbstractItemModel::rowsMoved, this, changed);
        connect(m_pages, &QAbstractItemModel::dataChanged, this, changed);
        connect(m_pages, &MaterialPageSet::pendingPagesChanged, this, changed);
        updateState();
    });
    m_pages->startLoading(pdfPath);
}

ScanDialog::~ScanDialog() = default;

SaneScanner *ScanDialog::scanner() const
{
    return m_sources->scanner();
}

QStringList ScanDialog::pageFiles() const
{
    return m_pages->pageFiles();
}

QString ScanDialog::problem() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

void ScanDialog::connectSource(ScanSource *source)
{
    connect(source, &ScanSource::pageScanned, this, &ScanDialog::takePage);
    connect(source, &ScanSource::progress, this, [this](int page, int percent) {
        m_status->scanProgress(page, percent);
        updateState();
    });
    connect(source, &ScanSource::finished, this, [this] { runEnded({}); });
    connect(source, &ScanSource::failed, this, &ScanDialog::runEnded);
}

void ScanDialog::sourceChanged()
{
    if (m_settings->sourceKind() == ScanSettingsPanel::SourceKind::Camera) {
        if (!m_sources->startCamera(m_settings->cameraId(), m_settings->preview()->videoSink()))
            showProblem(m_sources->problem());
    } else {
        m_sources->stopCamera();
    }
    const auto kind = m_settings->sourceKind();
    m_scan->setText(kind == ScanSettingsPanel::SourceKind::Files    ? tr("Import files… (F5)")
                    : kind == ScanSettingsPanel::SourceKind::Camera ? tr("Capture (F5)")
                                                                    : tr("Scan (F5)"));
    updateState();
}

void ScanDialog::scan()
{
    rescan(-1);
}

void ScanDialog::rescan(int row)
{
    if (m_running || m_pages->isWritingPdf() || m_pages->isLoading())
        return;
    switch (m_settings->sourceKind()) {
    case ScanSettingsPanel::SourceKind::None:
        showProblem(tr("No scanner is ready. Connect one and press \"Find scanners\", or "
                       "import files."));
        return;
    case ScanSettingsPanel::SourceKind::Files: {
        const QStringList paths = QFileDialog::getOpenFileNames(
            this, tr("Import files"), QString(),
            tr("Images and PDF (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.bmp)"));
        if (!paths.isEmpty()) {
            m_sources->files()->setFiles(row >= 0 ? paths.mid(0, 1) : paths);
            startSource(m_sources->files(), row);
        }
        return;
    }
    case ScanSettingsPanel::SourceKind::Camera:
        if (m_sources->isCameraReady())
            startSource(m_sources->camera(), row);
        return;
    case ScanSettingsPanel::SourceKind::Scanner:
        startSource(m_sources->scanner(), row);
        return;
    }
}

void ScanDialog::importFiles(const QStringList &paths)
{
    if (m_running || paths.isEmpty() || m_pages->isLoading())
        return;
    m_sources->files()->setFiles(paths);
    startSource(m_sources->files(), -1);
}

void ScanDialog::startSource(ScanSource *source, int rescanRow)
{
    ScanRequest request = m_settings->request();
    if (rescanRow >= 0)
        request.maxPages = 1;
    m_runOptions = PageOptions{request.colour, 0, m_settings->deskew()};
    m_rescanRow = rescanRow;
    m_banner->hide();
    m_running = source;
    m_status->scanStarted();
    source->start(request);
    updateState();
}

void ScanDialog::takePage(const ScannedPage &page)
{
    if (m_rescanRow >= 0) {
        m_pages->replace(m_rescanRow, page, m_runOptions);
        m_rescanRow = -1;
    } else {
        m_pages->append(page, m_runOptions);
    }
}

void ScanDialog::cancelScan()
{
    if (m_running)
        m_running->cancel();
}

void ScanDialog::runEnded(const QString &problem)
{
    m_running = nullptr;
    m_rescanRow = -1;
    if (!problem.isEmpty())
        showProblem(problem);
    updateState();
}

void ScanDialog::showProblem(const QString &message)
{
    if (message.isEmpty())
        return;
    m_banner->setText(m_pages->rowCount() > 0
                          ? tr("%1\nThe pages already scanned are kept.").arg(message)
                          : message);
    m_banner->show();
}

void ScanDialog::save()
{
    if (m_running || m_pages->isWritingPdf() || m_pages->isLoading())
        return;
    if (m_pages->rowCount() == 0 && m_pages->pendingPages() == 0) {
        showProblem(tr("There are no pages to save yet. Press F5 to scan."));
        return;
    }
    m_banner->hide();
    m_pages->finish(m_context.outputPath);
    updateState();
}

void ScanDialog::reject()
{
    if (m_running) {
        // The first Esc stops the scanner; the pages scanned so far stay.
        cancelScan();
        return;
    }
    if (m_pages->isWritingPdf())
        return;
    if (isUnchangedReopen()) {
        // The pages are those of the kept scan, which stays: only their copies go.
        m_pages->discardAll();
    } else if (m_reopened) {
        const auto answer = QMessageBox::question(
            this, tr("Discard the changes?"),
            tr("The changes to this material's pages have not been saved. Discard them? The "
               "scan saved before stays as it was."),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return;
        m_pages->discardAll();
    } else if (m_pages->rowCount() > 0 || m_pages->pendingPages() > 0) {
        const auto answer = QMessageBox::question(
            this, tr("Discard the scanned pages?"),
            tr("%n scanned page(s) of this material have not been saved. Discard them?", "",
               m_pages->rowCount()),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return;
        m_pages->discardAll();
    }
    m_sources->stopCamera();
    QDialog::reject();
}

QString ScanDialog::pagesText() const
{
    if (m_pages->isLoading())
        return tr("Opening the saved pages…");
    const int count = m_pages->rowCount();
    if (m_context.pagesWanted > 0)
        return tr("Pages required: %1    Pages scanned: %2").arg(m_context.pagesWanted).arg(count);
    return tr("Pages scanned: %1").arg(count);
}

void ScanDialog::updateState()
{
    const bool scanning = m_running != nullptr;
    const bool saving = m_pages->isWritingPdf();
    // Nothing is scanned or edited while the saved pages are on their way.
    const bool busy = saving || m_pages->isLoading();
    const int pending = m_pages->pendingPages();
    m_count->setText(pagesText());
    m_settings->setEnabled(!scanning && !busy);
    // A capture waits for the camera's first frame in the preview.
    const bool cameraWaits = m_settings->sourceKind() == ScanSettingsPanel::SourceKind::Camera &&
                             !m_sources->isCameraReady();
    m_scan->setEnabled(!scanning && !busy && !cameraWaits);
    m_cancelScan->setEnabled(scanning);
    m_save->setEnabled(!scanning && !busy && m_pages->rowCount() + pending > 0);
    m_discard->setEnabled(!saving);
    m_pagesPanel->setEditable(!busy && !(scanning && m_rescanRow >= 0));

    m_status->showState({scanning, saving, m_settings->isListingScanners(), pending});
}

} // namespace halldesk
