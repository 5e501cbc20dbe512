#pragma once

#include "casework/CaseRecord.h"
#include "terminal/KeptScan.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariantList>
#include <optional>

namespace halldesk {

class TerminalStore;

// The scanned materials of the counter's cases, beside its terminal store: each material's PDF
// as a sealed file under scans/ (the terminal key's "materials" file key) and a row in
// material_scans naming it. A scan is kept while the intake is still open, under the intake's
// draft id (newDraftId) since its case number is given out only when the clerk confirms; the
// confirmation adopts the draft's scans under the case number. A scan waits for upload once
// its case is on the server (pendingUploads) and stays here after, so the case view can show
// it offline.
//
// A file and its row appear together: keep() moves the file into place and writes the row, and
// if the row cannot be written the file goes back where it came from, so the caller still has
// it. Files are removed only after the row that named them is gone. The store must be open and
// outlive this.
class MaterialScanStore
{
    Q_DECLARE_TR_FUNCTIONS(MaterialScanStore)

public:
    explicit MaterialScanStore(TerminalStore &store);

    // Where kept scans live, and where a scan in progress writes its files (same file system, so
    // keep() renames and never copies a document).
    QString scansDirectory() const;
    QString workDirectory() const;
    // The key of the sealed files; empty if the store has no terminal key.
    QByteArray fileKey() const;

    // An id for the scans of an intake whose case has no number yet.
    static QString newDraftId();
    // A case number or a draft id.
    static bool isOwner(const QString &owner);

    // Takes the sealed PDF at `sealedPath` as the scan of `materialCode` in case `caseNumber`
    // (or the draft of an intake),
    // replacing an earlier scan of the same material. False, with `*error` in the user's
    // language and the file left at `sealedPath`, if it could not be kept.
    bool keep(const QString &caseNumber, const QString &materialCode, const StoredScan &scan,
              const QString &sealedPath, QString *error = nullptr);
    std::optional<KeptScan> find(const QString &caseNumber, const QString &materialCode) const;
    QList<KeptScan> ofCase(const QString &caseNumber) const;

    // The intake's scans, kept under its draft id, become those of its case number, replacing
    // any kept under that number before (an earlier confirmation that failed).
    bool adopt(const QString &draftId, const QString &caseNumber);
    // The case as it was submitted decides which scans stay: those of materials that record
    // exactly this file; the others (a material marked missing after its scan, a scan taken
    // again) are removed with their files.
    bool settle(const CaseRecord &record);
    // An intake given up: its scans go, unless a case with this number was kept after all.
    bool discardDraft(const QString &caseNumber);
    // Scans of intakes that never became a case, kept before `beforeMs`: removed with their
    // files, and so are files under scans/ that no row names (left by a crash between the
    // move and the row). Returns how many files were removed, or -1 on a failure.
    int sweep(qint64 beforeMs);

    // Kept scans whose case the server has confirmed, oldest first.
    QList<KeptScan> pendingUploads() const;
    // The server's verdict on an upload of this exact file; a scan replaced meanwhile is left
    // alone (false).
    bool markUploaded(const QString &caseNumber, const QString &materialCode,
                      const QString &digest);
    bool markRefused(const QString &caseNumber, const QString &materialCode, const QString &digest);

    static bool isMaterialCode(const QString &code);

private:
    QList<KeptScan> select(const QString &where, const QVariantList &values) const;
    bool setState(const QString &caseNumber, const QString &materialCode, const QString &digest,
                  KeptScan::State state);
    bool removeRows(const QString &what, const QList<KeptScan> &scans);
    QString newFileName(const QString &digest) const;

    TerminalStore &m_store;
};

} // namespace halldesk
