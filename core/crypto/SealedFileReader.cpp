#include "crypto/SealedFileReader.h"

#include <openssl/crypto.h>
#include <stdexcept>

namespace halldesk {

SealedFileReader::SealedFileReader(QByteArray key, QString path, QObject *parent)
    : QIODevice(parent)
    , m_key(std::move(key))
    , m_file(std::move(path))
{
    if (m_key.size() != SealedFileFormat::KeyBytes)
        throw std::invalid_argument("SealedFileReader: key must be 32 bytes");
}

SealedFileReader::~SealedFileReader()
{
    close();
    OPENSSL_cleanse(m_key.data(), size_t(m_key.size()));
}

bool SealedFileReader::open(OpenMode mode)
{
    if (isOpen() || (mode & WriteOnly) || !(mode & ReadOnly))
        return false;
    if (!m_file.open(QIODevice::ReadOnly))
        return fail(tr("The stored document could not be read."));
    m_header = m_file.read(SealedFileFormat::HeaderBytes);
    const auto chunk = SealedFileFormat::chunkBytesOf(m_header);
    const qint64 body = m_file.size() - SealedFileFormat::HeaderBytes;
    if (!chunk || body < SealedFileFormat::OverheadBytes) {
        m_file.close();
        return fail(tr("The stored document is damaged or incomplete."));
    }
    m_chunkBytes = *chunk;
    const qint64 sealedChunk = m_chunkBytes + SealedFileFormat::OverheadBytes;
    const qint64 finalSealed = body % sealedChunk;
    if (finalSealed < SealedFileFormat::OverheadBytes) {
        m_file.close();
        return fail(tr("The stored document is damaged or incomplete."));
    }
    m_chunkCount = quint64(body / sealedChunk) + 1;
    m_plainSize =
        qint64(m_chunkCount - 1) * m_chunkBytes + (finalSealed - SealedFileFormat::OverheadBytes);
    if (!QIODevice::open(ReadOnly | Unbuffered))
        return false;
    // The end is checked first: a file cut after a whole chunk would otherwise look complete.
    if (!loadChunk(m_chunkCount - 1)) {
        close();
        return false;
    }
    return true;
}

void SealedFileReader::close()
{
    if (!m_chunk.isEmpty())
        OPENSSL_cleanse(m_chunk.data(), size_t(m_chunk.size()));
    m_chunk.clear();
    m_chunkIndex = ~quint64(0);
    if (m_file.isOpen())
        m_file.close();
    if (isOpen())
        QIODevice::close();
}

bool SealedFileReader::loadChunk(quint64 index)
{
    if (index == m_chunkIndex)
        return true;
    const qint64 sealedChunk = m_chunkBytes + SealedFileFormat::OverheadBytes;
    const bool final = index + 1 == m_chunkCount;
    const qint64 length =
        final ? m_file.size() - SealedFileFormat::HeaderBytes - qint64(index) * sealedChunk
              : sealedChunk;
    if (!m_file.seek(SealedFileFormat::HeaderBytes + qint64(index) * sealedChunk))
        return fail(tr("The stored document could not be read."));
    const QByteArray sealed = m_file.read(length);
    if (sealed.size() != length)
        return fail(tr("The stored document could not be read."));
    auto plain = SealedFileFormat::open(m_key, m_header, index, final, sealed);
    if (!plain)
        return fail(tr("The stored document is damaged or was sealed with another key."));
    if (!m_chunk.isEmpty())
        OPENSSL_cleanse(m_chunk.data(), size_t(m_chunk.size()));
    m_chunk = std::move(*plain);
    m_chunkIndex = index;
    return true;
}

qint64 SealedFileReader::readData(char *data, qint64 maxSize)
{
    qint64 done = 0;
    qint64 at = pos();
    while (done < maxSize && at < m_plainSize) {
        const quint64 index = quint64(at / m_chunkBytes);
        if (!loadChunk(index))
            return done > 0 ? done : -1;
        const qint64 inChunk = at - qint64(index) * m_chunkBytes;
        const qint64 part = std::min<qint64>(m_chunk.size() - inChunk, maxSize - done);
        std::memcpy(data + done, m_chunk.constData() + inChunk, size_t(part));
        done += part;
        at += part;
    }
    return done;
}

qint64 SealedFileReader::writeData(const char *, qint64)
{
    return -1;
}

bool SealedFileReader::fail(const QString &message)
{
    setErrorString(message);
    return false;
}

std::optional<QByteArray> SealedFileReader::readAll(const QByteArray &key, const QString &path,
                                                    QString *error)
{
    SealedFileReader reader(key, path);
    if (!reader.open(ReadOnly)) {
        if (error)
            *error = reader.errorString();
        return std::nullopt;
    }
    QByteArray all(reader.size(), Qt::Uninitialized);
    if (reader.read(all.data(), all.size()) != all.size()) {
        if (error)
            *error = reader.errorString();
        return std::nullopt;
    }
    return all;
}

} // namespace halldesk
