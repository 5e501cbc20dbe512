#pragma once

#include "crypto/SealedFileFormat.h"

#include <QByteArray>
#include <QFile>
#include <QIODevice>
#include <QString>

namespace halldesk {

// Writes a sealed file (SealedFileFormat) as a sequential device: whatever is written is
// encrypted a chunk at a time and only one chunk of plaintext is ever held. Nothing is a valid
// sealed file until commit() has written the final chunk and synced it to disk; a writer closed
// or destroyed before that leaves an unfinished file, which a reader refuses and
// openForAppend() can continue (an upload that resumes).
//
// A failed write (a full disk) makes write() return -1 and errorString() say why in the user's
// language, without the file name; nothing more is written after that.
class SealedFileWriter : public QIODevice
{
    Q_OBJECT

public:
    // `key`: SealedFileFormat::KeyBytes bytes.
    SealedFileWriter(QByteArray key, QString path,
                     int chunkBytes = SealedFileFormat::DefaultChunkBytes,
                     QObject *parent = nullptr);
    ~SealedFileWriter() override;

    // A new file (an existing one is replaced). Only WriteOnly is accepted.
    bool open(OpenMode mode) override;
    // Continues an unfinished file: drops a chunk cut off half-way, keeps the whole ones.
    // Fails for a file that is complete, damaged or of another key; the caller then starts anew.
    bool openForAppend();
    // Seals what is left as the final chunk, writes it and syncs the file; closes the device.
    bool commit();
    // Makes every whole chunk written so far durable (fdatasync).
    bool sync();
    // Closes and removes the file.
    void discard();
    void close() override;

    bool isSequential() const override { return true; }
    // Plaintext bytes accepted so far (all of them in whole chunks except the buffered rest).
    qint64 plainBytes() const { return m_plainBytes; }
    // Plaintext bytes sealed into whole chunks on disk.
    qint64 sealedPlainBytes() const { return qint64(m_nextIndex) * m_chunkBytes; }
    int chunkBytes() const { return m_chunkBytes; }
    QString path() const { return m_file.fileName(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    bool writeChunk(bool final);
    bool fail(const QString &message);
    QString fileProblem() const;

    QByteArray m_key;
    QFile m_file;
    int m_chunkBytes;
    QByteArray m_header;
    QByteArray m_buffer;
    quint64 m_nextIndex = 0;
    qint64 m_plainBytes = 0;
    bool m_failed = false;
};

} // namespace halldesk
