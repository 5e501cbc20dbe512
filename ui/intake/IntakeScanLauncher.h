#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

namespace halldesk {

class MaterialChecklistModel;
class ScanDialog;
struct IntakeContext;

// Scans the materials of one intake: opens the scan view for the chosen material of the
// checklist, hands the finished PDF to the context's keepScan and marks the material received
// with its scan's digest and pages. Each scan works in a folder of its own under the context's
// work directory, removed once the scan is kept or given up: the PDF holds every page as it
// was encoded, so nothing of the material is lost with the page files. A material scanned
// before opens with its kept pages (the context's keptScanPath); saving replaces that scan.
class IntakeScanLauncher : public QObject
{
    Q_OBJECT

public:
    IntakeScanLauncher(const IntakeContext &context, MaterialChecklistModel &checklist,
                       QWidget *dialogParent);
    ~IntakeScanLauncher() override;

    bool isAvailable() const;
    // Opens the scan view for `row`; false (and problem()) when it cannot.
    bool scan(int row);
    // The scan view while it is open (for tests), else nullptr.
    ScanDialog *dialog() const;

signals:
    // In the user's language; an empty message clears an earlier one.
    void problem(const QString &message);
    void scanKept(int row);

private:
    void onFinished(int result);
    void removeSession();

    const IntakeContext &m_context;
    MaterialChecklistModel &m_checklist;
    QWidget *m_parent;
    QPointer<ScanDialog> m_dialog;
    QString m_session; // the open scan's folder
    QString m_materialCode;
};

} // namespace halldesk
