#include "server/MaterialUploads.h"

#include "crypto/SealedFileReader.h"
#include "crypto/SealedFileWriter.h"
#include "crypto/Sha256Stream.h"
#include "logging/HallDeskLogging.h"
#include "platform/DirectorySync.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace halldesk {

namespace {

QString digestOf(const QString &text)
{
    return Sha256Stream::ofBytes(text.toUtf8());
}

} // namespace

struct MaterialUploads::Active
{
    const void *owner = nullptr;
    Target target;
    std::unique_ptr<SealedFileWriter> writer;
};

MaterialUploads::MaterialUploads(QString directory, QByteArray fileKey)
    : m_directory(std::move(directory))
    , m_fileKey(std::move(fileKey))
{}

MaterialUploads::~MaterialUploads() = default;

QString MaterialUploads::absolutePath(const QString &relativePath) const
{
    return m_directory + QLatin1Char('/') + relativePath;
}

int MaterialUploads::sweepPartials(qint64 beforeMs)
{
    QSet<QString> open;
    for (const auto &[id, active] : m_active)
        open.insert(QFileInfo(partialPath(active->target)).absoluteFilePath());
    int removed = 0;
    QDirIterator it(absolutePath(QStringLiteral("partial")), {QStringLiteral("*.part")},
                    QDir::Files);
    while (it.hasNext()) {
        const QFileInfo info(it.next());
        if (open.contains(info.absoluteFilePath()) ||
            info.lastModified().toMSecsSinceEpoch() >= beforeMs)
            continue;
        if (QFile::remove(info.absoluteFilePath()))
            ++removed;
    }
    return removed;
}

QString MaterialUploads::partialPath(const Target &t) const
{
    // Material codes come from the catalogue and case numbers from the counter: neither is
    // trusted as a file name, so the partial name is a digest of all three.
    return absolutePath(
        QStringLiteral("partial/") +
        digestOf(t.caseNumber + QLatin1Char('/') + t.materialCode + QLatin1Char('/') + t.sha256) +
        QStringLiteral(".part"));
}

QString MaterialUploads::storedRelativePath(const Target &t)
{
    // The case number is digits and dashes (CaseNumber checked it); the material code is not
    // ours to put in a path.
    return t.caseNumber + QLatin1Char('/') + digestOf(t.materialCode).left(24) + QLatin1Char('-') +
           t.sha256.left(16) + QStringLiteral(".hdsf");
}

MaterialUploads::Active *MaterialUploads::find(const void *owner, quint32 upload)
{
    const auto it = m_active.find(upload);
    if (it == m_active.end() || it->second->owner != owner)
        return nullptr;
    return it->second.get();
}

Result<MaterialUploads::Started> MaterialUploads::begin(const void *owner, const Target &target)
{
    const QString path = partialPath(target);
    // One writer per partial file: a connection the server still thinks alive loses it.
    for (auto it = m_active.begin(); it != m_active.end(); ++it) {
        if (it->second->writer->path() == path) {
            m_active.erase(it);
            break;
        }
    }
    // Ids grow, so the first of an owner's is its oldest.
    int held = 0;
    for (const auto &[id, active] : m_active)
        held += active->owner == owner ? 1 : 0;
    for (auto it = m_active.begin(); held >= MaxPerOwner && it != m_active.end();) {
        if (it->second->owner == owner) {
            it = m_active.erase(it);
            --held;
        } else {
            ++it;
        }
    }
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        qCWarning(lcServer).noquote() << "cannot create the documents directory" << m_directory;
        return OperationError(ErrorCode::StorageFailure);
    }
    auto writer = std::make_unique<SealedFileWriter>(m_fileKey, path);
    if (!QFile::exists(path) || !writer->openForAppend()) {
        // New, or a partial file that cannot be continued (damaged, or sealed already by a
        // finish whose record was lost): start from the beginning.
        if (!writer->open(QIODevice::WriteOnly)) {
            qCWarning(lcServer).noquote() << "cannot create a partial upload file";
            return OperationError(ErrorCode::StorageFailure);
        }
    }
    if (writer->plainBytes() > target.bytes) {
        writer->discard();
        if (!writer->open(QIODevice::WriteOnly))
            return OperationError(ErrorCode::StorageFailure);
    }
    auto active = std::make_unique<Active>();
    active->owner = owner;
    active->target = target;
    active->writer = std::move(writer);
    // Never 0, so a client's "no upload" cannot name one.
    const quint32 id = ++m_nextId == 0 ? ++m_nextId : m_nextId;
    const qint64 offset = active->writer->plainBytes();
    m_active.emplace(id, std::move(active));
    return Started{id, offset};
}

Result<qint64> MaterialUploads::write(const void *owner, quint32 upload, qint64 offset,
                                      QByteArrayView data)
{
    Active *active = find(owner, upload);
    if (!active)
        return OperationError(ErrorCode::UnknownUpload);
    SealedFileWriter &writer = *active->writer;
    if (offset != writer.plainBytes()) {
        m_active.erase(upload);
        return OperationError(ErrorCode::BadRequest, QStringLiteral("offset"));
    }
    if (offset + data.size() > active->target.bytes) {
        // More than the case recorded: not the file it names, and nothing of it is kept.
        writer.discard();
        m_active.erase(upload);
        return OperationError(ErrorCode::UploadMismatch, QStringLiteral("bytes"));
    }
    if (writer.write(data.data(), data.size()) != data.size()) {
        qCWarning(lcServer).noquote() << "upload write failed:" << writer.errorString();
        m_active.erase(upload);
        return OperationError(ErrorCode::StorageFailure);
    }
    return writer.plainBytes();
}

Result<StoredDocument> MaterialUploads::finish(const void *owner, quint32 upload, qint64 nowMs)
{
    Active *active = find(owner, upload);
    if (!active)
        return OperationError(ErrorCode::UnknownUpload);
    const std::unique_ptr<Active> taken = std::move(m_active.at(upload));
    m_active.erase(upload);
    const Target &target = taken->target;
    SealedFileWriter &writer = *taken->writer;
    if (writer.plainBytes() != target.bytes)
        return OperationError(ErrorCode::UploadMismatch, QStringLiteral("bytes"));
    const QString partial = writer.path();
    if (!writer.commit()) {
        qCWarning(lcServer).noquote() << "sealing an upload failed:" << writer.errorString();
        QFile::remove(partial);
        return OperationError(ErrorCode::StorageFailure);
    }
    // What counts is what the disk holds: read it back, authenticating every chunk.
    SealedFileReader reader(m_fileKey, partial);
    Sha256Stream hash;
    qint64 total = 0;
    bool readable = reader.open(QIODevice::ReadOnly);
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    while (readable && !reader.atEnd()) {
        const qint64 n = reader.read(buffer.data(), buffer.size());
        if (n <= 0) {
            readable = false;
            break;
        }
        hash.addData(QByteArrayView(buffer.constData(), n));
        total += n;
    }
    reader.close();
    if (!readable) {
        QFile::remove(partial);
        return OperationError(ErrorCode::StorageFailure);
    }
    if (total != target.bytes || hash.hex() != target.sha256) {
        QFile::remove(partial);
        return OperationError(ErrorCode::UploadMismatch, QStringLiteral("sha256"));
    }
    StoredDocument document;
    document.caseNumber = target.caseNumber;
    document.materialCode = target.materialCode;
    document.sha256 = target.sha256;
    document.bytes = target.bytes;
    document.storedPath = storedRelativePath(target);
    document.storedAtMs = nowMs;
    const QString finalPath = absolutePath(document.storedPath);
    const QString folder = QFileInfo(finalPath).absolutePath();
    QFile::remove(finalPath); // an earlier finish whose record was not stored
    if (!QDir().mkpath(folder) || !QFile::rename(partial, finalPath) || !syncDirectory(folder)) {
        qCWarning(lcServer).noquote() << "moving a finished upload into place failed";
        QFile::remove(partial);
        QFile::remove(finalPath);
        return OperationError(ErrorCode::StorageFailure);
    }
    return document;
}

void MaterialUploads::removeStored(const StoredDocument &document)
{
    QFile::remove(absolutePath(document.storedPath));
}

void MaterialUploads::dropOwner(const void *owner)
{
    std::erase_if(m_active, [owner](const auto &entry) { return entry.second->owner == owner; });
}

} // namespace halldesk
