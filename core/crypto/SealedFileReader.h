#pragma once

#include "crypto/SealedFileFormat.h"

#include <QByteArray>
#include <QFile>
#include <QIODevice>
#include <QString>
#include <optional>

namespace halldesk {

// Reads a sealed file (SealedFileFormat) as a random-access device of its plaintext. open()
// checks the header and authenticates the final chunk, so a cut-off file, another key or a
// damaged end is refused at once; every chunk is authenticated when it is read, and a read that
// meets a modified chunk fails (returns -1) rather than hand out unauthenticated bytes.
// One chunk of plaintext is held at a time.
class SealedFileReader : public QIODevice
{
    Q_OBJECT

public:
    SealedFileReader(QByteArray key, QString path, QObject *parent = nullptr);
    ~SealedFileReader() override;

    // Only ReadOnly is accepted.
    bool open(OpenMode mode) override;
    void close() override;
    bool isSequential() const override { return false; }
    // The plaintext size.
    qint64 size() const override { return m_plainSize; }

    // The whole plaintext; nullopt (and *error in the user's language) if it cannot be read.
    static std::optional<QByteArray> readAll(const QByteArray &key, const QString &path,
                                             QString *error = nullptr);

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    bool loadChunk(quint64 index);
    bool fail(const QString &message);

    QByteArray m_key;
    QFile m_file;
    QByteArray m_header;
    int m_chunkBytes = 0;
    quint64 m_chunkCount = 0; // including the final chunk
    qint64 m_plainSize = 0;
    QByteArray m_chunk;
    quint64 m_chunkIndex = ~quint64(0);
};

} // namespace halldesk
