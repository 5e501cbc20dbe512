#include "terminal/MaterialScanStore.h"

#include "crypto/Sha256Stream.h"
#include "logging/HallDeskLogging.h"
#include "platform/DirectorySync.h"
#include "terminal/TerminalStore.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QUuid>

namespace halldesk {

namespace {

const QString SealedSuffix = QStringLiteral(".hdsf");

QString stateKey(KeptScan::State state)
{
    switch (state) {
    case KeptScan::State::Kept:
        return QStringLiteral("kept");
    case KeptScan::State::Uploaded:
        return QStringLiteral("uploaded");
    case KeptScan::State::Refused:
        return QStringLiteral("refused");
    }
    return QStringLiteral("kept");
}

KeptScan::State stateFromKey(const QString &key)
{
    if (key == QLatin1String("uploaded"))
        return KeptScan::State::Uploaded;
    if (key == QLatin1String("refused"))
        return KeptScan::State::Refused;
    return KeptScan::State::Kept;
}

void removeFiles(const QList<KeptScan> &scans)
{
    for (const KeptScan &scan : scans) {
        if (!QFile::remove(scan.filePath) && QFile::exists(scan.filePath))
            qCWarning(lcTerminal) << "a removed scan's file could not be deleted";
    }
}

} // namespace

MaterialScanStore::MaterialScanStore(TerminalStore &store)
    : m_store(store)
{}

QString MaterialScanStore::scansDirectory() const
{
    return QFileInfo(m_store.path()).absoluteDir().filePath(QStringLiteral("scans"));
}

QString MaterialScanStore::workDirectory() const
{
    return QDir(scansDirectory()).filePath(QStringLiteral("work"));
}

QByteArray MaterialScanStore::fileKey() const
{
    const PersonalDataCipher *cipher = m_store.cipher();
    return cipher ? cipher->fileKey("materials") : QByteArray();
}

bool MaterialScanStore::isMaterialCode(const QString &code)
{
    // Material codes reach logs and the server's file names: plain ASCII, nothing else.
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_.-]{1,40}$"));
    return pattern.match(code).hasMatch() && code != QLatin1String(".") &&
           code != QLatin1String("..");
}

bool MaterialScanStore::isOwner(const QString &owner)
{
    static const QRegularExpression draft(QStringLiteral("^draft-[0-9a-f]{32}$"));
    return CaseNumber::parse(owner).has_value() || draft.match(owner).hasMatch();
}

QString MaterialScanStore::newDraftId()
{
    return QStringLiteral("draft-") + QUuid::createUuid().toString(QUuid::Id128);
}

QString MaterialScanStore::newFileName(const QString &digest) const
{
    // Named by nothing about the case, so that adopt() only changes the row. The random part
    // keeps the file being replaced and its successor apart when both hold the same document.
    const QString random = QUuid::createUuid().toString(QUuid::Id128).left(12);
    return QDir(scansDirectory())
        .filePath(digest.left(16) + QLatin1Char('-') + random + SealedSuffix);
}

bool MaterialScanStore::keep(const QString &caseNumber, const QString &materialCode,
                             const StoredScan &scan, const QString &sealedPath, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!isOwner(caseNumber) || !isMaterialCode(materialCode) ||
        !Sha256Stream::isHex(scan.digest) || scan.bytes <= 0 || scan.pages <= 0)
        return fail(tr("The scan could not be kept: its description is incomplete."));
    if (!QFileInfo::exists(sealedPath))
        return fail(tr("The scan could not be kept: its file is gone."));

    const std::optional<KeptScan> earlier = find(caseNumber, materialCode);
    const QString target = newFileName(scan.digest);
    if (!QDir().mkpath(scansDirectory()) || !QFile::rename(sealedPath, target) ||
        !syncDirectory(scansDirectory()))
        return fail(tr("The scan could not be kept: the disk of this computer refused it."));

    const bool written = m_store.write(QStringLiteral("keep a material scan"), [&](QSqlQuery &q) {
        q.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO material_scans (case_number, material_code, sha256, bytes, "
            "pages, file, state, kept_at_ms) VALUES (?, ?, ?, ?, ?, ?, 'kept', ?)"));
        q.addBindValue(caseNumber);
        q.addBindValue(materialCode);
        q.addBindValue(scan.digest);
        q.addBindValue(scan.bytes);
        q.addBindValue(scan.pages);
        q.addBindValue(QDir(scansDirectory()).relativeFilePath(target));
        q.addBindValue(QDateTime::currentMSecsSinceEpoch());
        return q.exec();
    });
    if (!written) {
        // The caller keeps its file: nothing that was scanned is lost with the row.
        QFile::rename(target, sealedPath);
        return fail(tr("The scan could not be kept: the terminal store refused it."));
    }
    if (earlier)
        removeFiles({*earlier});
    return true;
}

QList<KeptScan> MaterialScanStore::select(const QString &where, const QVariantList &values) const
{
    QList<KeptScan> scans;
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT s.case_number, s.material_code, s.sha256, s.bytes, s.pages, "
                             "s.file, s.state, s.kept_at_ms FROM material_scans s ") +
              where);
    for (const QVariant &value : values)
        q.addBindValue(value);
    if (!q.exec()) {
        qCWarning(lcTerminal) << "material scans could not be read";
        return scans;
    }
    const QDir root(scansDirectory());
    while (q.next()) {
        KeptScan scan;
        scan.caseNumber = q.value(0).toString();
        scan.materialCode = q.value(1).toString();
        scan.scan.digest = q.value(2).toString();
        scan.scan.bytes = q.value(3).toLongLong();
        scan.scan.pages = q.value(4).toInt();
        scan.filePath = root.absoluteFilePath(q.value(5).toString());
        scan.state = stateFromKey(q.value(6).toString());
        scan.keptAtMs = q.value(7).toLongLong();
        scans.append(scan);
    }
    return scans;
}

std::optional<KeptScan> MaterialScanStore::find(const QString &caseNumber,
                                                const QString &materialCode) const
{
    const QList<KeptScan> found =
        select(QStringLiteral("WHERE s.case_number = ? AND s.material_code = ?"),
               {caseNumber, materialCode});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<KeptScan> MaterialScanStore::ofCase(const QString &caseNumber) const
{
    return select(QStringLiteral("WHERE s.case_number = ? ORDER BY s.material_code"), {caseNumber});
}

bool MaterialScanStore::removeRows(const QString &what, const QList<KeptScan> &scans)
{
    if (scans.isEmpty())
        return true;
    const bool written = m_store.write(what, [&](QSqlQuery &q) {
        for (const KeptScan &scan : scans) {
            q.prepare(QStringLiteral("DELETE FROM material_scans WHERE case_number = ? AND "
                                     "material_code = ? AND sha256 = ?"));
            q.addBindValue(scan.caseNumber);
            q.addBindValue(scan.materialCode);
            q.addBindValue(scan.scan.digest);
            if (!q.exec())
                return false;
        }
        return true;
    });
    if (written)
        removeFiles(scans);
    return written;
}

bool MaterialScanStore::settle(const CaseRecord &record)
{
    QSet<QString> recorded;
    for (const MaterialCheck &m : record.materials) {
        if (!m.scanDigest.isEmpty() && m.state == MaterialCheck::State::Received)
            recorded.insert(m.code + QLatin1Char('/') + m.scanDigest);
    }
    QList<KeptScan> stale;
    for (const KeptScan &scan : ofCase(record.number.toString())) {
        if (!recorded.contains(scan.materialCode + QLatin1Char('/') + scan.scan.digest))
            stale.append(scan);
    }
    return removeRows(QStringLiteral("settle a case's scans"), stale);
}

bool MaterialScanStore::adopt(const QString &draftId, const QString &caseNumber)
{
    if (!isOwner(draftId) || !CaseNumber::parse(caseNumber))
        return false;
    if (draftId == caseNumber)
        return true;
    const QList<KeptScan> replaced =
        select(QStringLiteral("WHERE s.case_number = ? AND s.material_code IN (SELECT "
                              "material_code FROM material_scans WHERE case_number = ?)"),
               {caseNumber, draftId});
    const bool written =
        m_store.write(QStringLiteral("adopt an intake's scans"), [&](QSqlQuery &q) {
            // Scans kept under the case number by an earlier, failed confirmation are the same
            // intake's; the draft's newer ones win.
            q.prepare(QStringLiteral("DELETE FROM material_scans WHERE case_number = ? AND "
                                     "material_code IN (SELECT material_code FROM material_scans "
                                     "WHERE case_number = ?)"));
            q.addBindValue(caseNumber);
            q.addBindValue(draftId);
            if (!q.exec())
                return false;
            q.prepare(
                QStringLiteral("UPDATE material_scans SET case_number = ? WHERE case_number = ?"));
            q.addBindValue(caseNumber);
            q.addBindValue(draftId);
            return q.exec();
        });
    if (written)
        removeFiles(replaced);
    return written;
}

bool MaterialScanStore::discardDraft(const QString &caseNumber)
{
    return removeRows(QStringLiteral("discard an intake's scans"),
                      select(QStringLiteral("WHERE s.case_number = ? AND NOT EXISTS (SELECT 1 FROM "
                                            "terminal_cases c WHERE c.number = s.case_number)"),
                             {caseNumber}));
}

int MaterialScanStore::sweep(qint64 beforeMs)
{
    const QList<KeptScan> drafts =
        select(QStringLiteral("WHERE s.kept_at_ms < ? AND NOT EXISTS (SELECT 1 FROM "
                              "terminal_cases c WHERE c.number = s.case_number)"),
               {beforeMs});
    if (!removeRows(QStringLiteral("sweep abandoned scans"), drafts))
        return -1;
    int removed = int(drafts.size());

    QSet<QString> named;
    for (const KeptScan &scan : select({}, {}))
        named.insert(QFileInfo(scan.filePath).absoluteFilePath());
    QDirIterator it(scansDirectory(), {QLatin1Char('*') + SealedSuffix}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info(it.next());
        const QString path = info.absoluteFilePath();
        // A newer file may be a scan in progress (under work/) or one keep() is moving in.
        if (named.contains(path) || info.lastModified().toMSecsSinceEpoch() >= beforeMs)
            continue;
        if (QFile::remove(path))
            ++removed;
    }
    return removed;
}

QList<KeptScan> MaterialScanStore::pendingUploads() const
{
    return select(QStringLiteral("JOIN terminal_cases c ON c.number = s.case_number WHERE "
                                 "s.state = 'kept' AND c.state = 'sent' ORDER BY s.kept_at_ms, "
                                 "s.case_number, s.material_code"),
                  {});
}

bool MaterialScanStore::setState(const QString &caseNumber, const QString &materialCode,
                                 const QString &digest, KeptScan::State state)
{
    int changed = 0;
    const bool written = m_store.write(QStringLiteral("record an upload"), [&](QSqlQuery &q) {
        q.prepare(QStringLiteral("UPDATE material_scans SET state = ?, uploaded_at_ms = ? WHERE "
                                 "case_number = ? AND material_code = ? AND sha256 = ?"));
        q.addBindValue(stateKey(state));
        q.addBindValue(QDateTime::currentMSecsSinceEpoch());
        q.addBindValue(caseNumber);
        q.addBindValue(materialCode);
        q.addBindValue(digest);
        if (!q.exec())
            return false;
        changed = q.numRowsAffected();
        return true;
    });
    return written && changed == 1;
}

bool MaterialScanStore::markUploaded(const QString &caseNumber, const QString &materialCode,
                                     const QString &digest)
{
    return setState(caseNumber, materialCode, digest, KeptScan::State::Uploaded);
}

bool MaterialScanStore::markRefused(const QString &caseNumber, const QString &materialCode,
                                    const QString &digest)
{
    return setState(caseNumber, materialCode, digest, KeptScan::State::Refused);
}

} // namespace halldesk
