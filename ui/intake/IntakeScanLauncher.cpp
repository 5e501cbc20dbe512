#include "intake/IntakeScanLauncher.h"

#include "casework/MaterialChecklistModel.h"
#include "intake/IntakeDialog.h"
#include "logging/HallDeskLogging.h"
#include "scan/ScanDialog.h"

#include <QDir>
#include <QUuid>

namespace halldesk {

IntakeScanLauncher::IntakeScanLauncher(const IntakeContext &context,
                                       MaterialChecklistModel &checklist, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_context(context)
    , m_checklist(checklist)
    , m_parent(dialogParent)
{}

IntakeScanLauncher::~IntakeScanLauncher()
{
    if (m_dialog)
        delete m_dialog;
    removeSession();
}

ScanDialog *IntakeScanLauncher::dialog() const
{
    return m_dialog.data();
}

bool IntakeScanLauncher::isAvailable() const
{
    return bool(m_context.keepScan) && !m_context.scanWorkDirectory.isEmpty() &&
           !m_context.scanFileKey.isEmpty();
}

bool IntakeScanLauncher::scan(int row)
{
    if (m_dialog)
        return false;
    if (!isAvailable()) {
        emit problem(tr("Scanning is not set up on this counter."));
        return false;
    }
    if (row < 0 || row >= m_checklist.rowCount()) {
        emit problem(tr("Choose the material to scan in the list first."));
        return false;
    }
    const MaterialCheck &material = m_checklist.material(row);
    const QString session =
        QDir(m_context.scanWorkDirectory).filePath(QUuid::createUuid().toString(QUuid::Id128));
    if (!QDir().mkpath(session)) {
        emit problem(tr("Scanning cannot start: this computer's disk refused the scan's folder."));
        return false;
    }
    m_session = session;
    m_materialCode = material.code;
    MaterialScanContext scan;
    scan.materialCode = material.code;
    scan.materialName = material.name;
    scan.pagesWanted = material.pages;
    scan.workingDirectory = session;
    scan.outputPath = QDir(session).filePath(QStringLiteral("material.hdsf"));
    scan.fileKey = m_context.scanFileKey;
    if (!material.scanDigest.isEmpty() && m_context.keptScanPath)
        scan.existingPdfPath = m_context.keptScanPath(material.code);
    m_dialog = new ScanDialog(scan, m_parent);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::finished, this, &IntakeScanLauncher::onFinished);
    emit problem(QString());
    m_dialog->open();
    return true;
}

void IntakeScanLauncher::onFinished(int result)
{
    ScanDialog *dialog = m_dialog;
    const int row = [this] {
        for (int r = 0; r < m_checklist.rowCount(); ++r) {
            if (m_checklist.material(r).code == m_materialCode)
                return r;
        }
        return -1;
    }();
    if (result == QDialog::Accepted && dialog && row >= 0) {
        const StoredScan stored = dialog->storedScan();
        if (stored.digest == m_checklist.material(row).scanDigest) {
            // A reopened material saved unchanged: the kept scan is this very file already.
            qCDebug(lcScan) << "a reopened material was saved unchanged";
        } else if (const auto refused =
                       m_context.keepScan(m_materialCode, stored, dialog->pdfPath())) {
            // The sealed PDF stays in the session folder until the dialog's next scan or the
            // intake ends; the clerk can scan again once the disk has room.
            qCWarning(lcScan) << "a material's scan could not be kept";
            emit problem(*refused);
        } else {
            m_checklist.setScan(row, stored.digest, stored.bytes, stored.pages);
            emit scanKept(row);
        }
    }
    m_dialog = nullptr;
    removeSession();
}

void IntakeScanLauncher::removeSession()
{
    if (!m_session.isEmpty())
        QDir(m_session).removeRecursively();
    m_session.clear();
}

} // namespace halldesk
