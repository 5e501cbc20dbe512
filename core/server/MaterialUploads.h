#pragma once

#include "domain/Result.h"
#include "server/DocumentStore.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <map>
#include <memory>

namespace halldesk {

class SealedFileWriter;

// The server's side of material uploads (PROTOCOL.md §11), on the network thread: the partial
// files being written and the check when an upload finishes. The database is not touched here;
// HallServer checks the case before begin() and records the file after finish().
//
// A partial file is sealed with the hall's "materials" file key under a name derived from case,
// material and digest, so the same upload after a dropped connection or a server restart
// continues it (SealedFileWriter::openForAppend) from its last whole chunk. Only a file whose
// size and SHA-256, read back from disk, match what the case recorded is moved to its final
// name; anything else is removed.
class MaterialUploads
{
public:
    struct Target
    {
        QString caseNumber;
        QString materialCode;
        QString sha256;
        qint64 bytes = 0;
    };
    struct Started
    {
        quint32 upload = 0;
        qint64 offset = 0; // bytes the partial file already holds in whole chunks
    };

    // Open partial files per connection; beginning another closes the oldest, so a terminal
    // cannot hold the server's file handles by beginning without end.
    static constexpr int MaxPerOwner = 4;

    MaterialUploads(QString directory, QByteArray fileKey);
    ~MaterialUploads();
    MaterialUploads(const MaterialUploads &) = delete;
    MaterialUploads &operator=(const MaterialUploads &) = delete;

    // `owner` is the connection: an upload belongs to the connection that began it. Beginning
    // the same file again (a terminal back after a dropped connection the server has not
    // noticed yet) takes it over from the old connection. Not thread-safe: one thread uses it.
    Result<Started> begin(const void *owner, const Target &target);
    // Appends one piece; returns the bytes received so far. On an error the upload is dropped
    // (its partial file keeps its whole chunks for the next begin).
    Result<qint64> write(const void *owner, quint32 upload, qint64 offset, QByteArrayView data);
    // Seals the file, reads it back and checks size and digest, then moves it to its final name.
    // The upload is gone afterwards whatever the answer.
    Result<StoredDocument> finish(const void *owner, quint32 upload, qint64 nowMs);
    // The record of a finished file could not be stored: the file goes too.
    void removeStored(const StoredDocument &document);
    // The connection ended: its uploads stop, their partial files stay.
    void dropOwner(const void *owner);

    // Partial files left by uploads that never came back (a withdrawn case, a terminal
    // replaced), last written before `beforeMs`: they hold personal data and no case will
    // finish them. Open uploads are never touched. Returns how many files went.
    int sweepPartials(qint64 beforeMs);

    QString absolutePath(const QString &relativePath) const;
    QString partialPath(const Target &target) const;
    static QString storedRelativePath(const Target &target);

private:
    struct Active;
    Active *find(const void *owner, quint32 upload);

    QString m_directory;
    QByteArray m_fileKey;
    quint32 m_nextId = 0;
    std::map<quint32, std::unique_ptr<Active>> m_active;
};

} // namespace halldesk
