#pragma once

#include "scan/MaterialScanContext.h"
#include "scan/PageProcessor.h"
#include "scan/StoredScan.h"

#include <QDialog>
#include <QStringList>

class QLabel;
class QPushButton;

namespace halldesk {

class MaterialPageSet;
class SaneScanner;
class ScanPagesPanel;
class ScanSettingsPanel;
class ScanSources;
class ScanStatusRow;
class ScanSource;

// Scans one material of the checklist: the clerk picks a source (a scanner, a document camera
// with its live preview, or files), scans (F5; Esc stops a scan), reorders, turns, deletes or
// rescans pages with the keyboard or by dragging, and saves (Ctrl+Enter): the material's PDF is
// written as a sealed file to the context's output path and the dialog is accepted with its
// StoredScan. Problems (a scanner gone mid-batch, a damaged file, a full disk) show in a banner
// and keep every page scanned. Closing with pages not saved asks first, then removes them.
// With the context's existingPdfPath, the view opens with the kept scan's pages (read back out
// of its PDF), as editable as new ones; the kept scan itself is never changed here.
class ScanDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ScanDialog(const MaterialScanContext &context, QWidget *parent = nullptr);
    ~ScanDialog() override;

    // After the dialog was accepted: the PDF's digest, size and pages.
    StoredScan storedScan() const { return m_stored; }
    QString pdfPath() const { return m_context.outputPath; }
    // The material's pages, each a sealed encoded page, in the PDF's order (their turns are in
    // the PDF only).
    QStringList pageFiles() const;

    MaterialPageSet *pages() const { return m_pages; }
    ScanSettingsPanel *settings() const { return m_settings; }
    ScanPagesPanel *pagesPanel() const { return m_pagesPanel; }
    SaneScanner *scanner() const;
    QString problem() const;
    bool isScanning() const { return m_running != nullptr; }
    // The kept scan's pages were opened and nothing has changed since.
    bool isUnchangedReopen() const { return m_reopened && !m_changed; }

public slots:
    void scan();
    void rescan(int row);
    void cancelScan();
    // What choosing files in the file dialog does.
    void importFiles(const QStringList &paths);
    void save();
    void reject() override;

private:
    void connectSource(ScanSource *source);
    void startSource(ScanSource *source, int rescanRow);
    void takePage(const ScannedPage &page);
    void runEnded(const QString &problem);
    void sourceChanged();
    void showProblem(const QString &message);
    void updateState();
    QString pagesText() const;
    void reopen(const QString &pdfPath);

    MaterialScanContext m_context;
    MaterialPageSet *m_pages;
    ScanSources *m_sources;
    ScanSettingsPanel *m_settings;
    ScanPagesPanel *m_pagesPanel;
    QLabel *m_title;
    QLabel *m_count;
    QLabel *m_banner;
    ScanStatusRow *m_status;
    QPushButton *m_scan;
    QPushButton *m_cancelScan;
    QPushButton *m_save;
    QPushButton *m_discard;
    ScanSource *m_running = nullptr;
    int m_rescanRow = -1;     // the page a running scan replaces, -1 for new pages
    PageOptions m_runOptions; // what the running scan's pages become
    StoredScan m_stored;
    bool m_reopened = false;
    bool m_changed = false; // since the kept scan's pages were opened
};

} // namespace halldesk
