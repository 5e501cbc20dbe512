#include "crypto/SealedFileWriter.h"

#include "logging/HallDeskLogging.h"

#include <openssl/crypto.h>
#include <stdexcept>
#include <unistd.h>

namespace halldesk {

SealedFileWriter::SealedFileWriter(QByteArray key, QString path, int chunkBytes, QObject *parent)
    : QIODevice(parent)
    , m_key(std::move(key))
    , m_file(std::move(path))
    , m_chunkBytes(std::clamp(chunkBytes, int(SealedFileFormat::MinChunkBytes),
                              int(SealedFileFormat::MaxChunkBytes)))
{
    if (m_key.size() != SealedFileFormat::KeyBytes)
        throw std::invalid_argument("SealedFileWriter: key must be 32 bytes");
}

SealedFileWriter::~SealedFileWriter()
{
    close();
    OPENSSL_cleanse(m_key.data(), size_t(m_key.size()));
}

bool SealedFileWriter::open(OpenMode mode)
{
    if (isOpen() || (mode & ReadOnly) || !(mode & WriteOnly))
        return false;
    m_failed = false;
    m_buffer.clear();
    m_nextIndex = 0;
    m_plainBytes = 0;
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return fail(fileProblem());
    m_file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    m_header = SealedFileFormat::makeHeader(m_chunkBytes);
    if (m_file.write(m_header) != m_header.size()) {
        const QString problem = fileProblem();
        m_file.close();
        return fail(problem);
    }
    return QIODevice::open(WriteOnly | Unbuffered);
}

bool SealedFileWriter::openForAppend()
{
    if (isOpen())
        return false;
    m_failed = false;
    m_buffer.clear();
    if (!m_file.open(QIODevice::ReadWrite))
        return fail(fileProblem());
    const QByteArray header = m_file.read(SealedFileFormat::HeaderBytes);
    const auto chunk = SealedFileFormat::chunkBytesOf(header);
    const qint64 sealedChunk = chunk ? *chunk + SealedFileFormat::OverheadBytes : 0;
    const qint64 body = m_file.size() - SealedFileFormat::HeaderBytes;
    auto refuse = [this](const QString &why) {
        m_file.close();
        return fail(why);
    };
    if (!chunk)
        return refuse(tr("The stored file is damaged."));
    m_chunkBytes = *chunk;
    m_header = header;
    const quint64 whole = quint64(body / sealedChunk);
    const qint64 rest = body % sealedChunk;
    // A short tail is either the final chunk (then the file is complete) or a chunk whose write
    // was cut off (dropped below).
    if (rest >= SealedFileFormat::OverheadBytes) {
        m_file.seek(SealedFileFormat::HeaderBytes + qint64(whole) * sealedChunk);
        if (SealedFileFormat::open(m_key, m_header, whole, true, m_file.read(rest)))
            return refuse(tr("The file is already complete."));
    }
    // With no whole chunk to check the key against, a tail that does not open is either a
    // first chunk cut off or someone else's file: not ours to cut.
    if (whole == 0 && rest > 0)
        return refuse(tr("The stored file is damaged."));
    // The last whole chunk must open with this key, or the file belongs to someone else.
    if (whole > 0) {
        m_file.seek(SealedFileFormat::HeaderBytes + qint64(whole - 1) * sealedChunk);
        if (!SealedFileFormat::open(m_key, m_header, whole - 1, false, m_file.read(sealedChunk)))
            return refuse(tr("The stored file is damaged."));
    }
    const qint64 keep = SealedFileFormat::HeaderBytes + qint64(whole) * sealedChunk;
    if (!m_file.resize(keep) || !m_file.seek(keep))
        return refuse(fileProblem());
    m_nextIndex = whole;
    m_plainBytes = qint64(whole) * m_chunkBytes;
    return QIODevice::open(WriteOnly | Unbuffered);
}

qint64 SealedFileWriter::readData(char *, qint64)
{
    return -1;
}

qint64 SealedFileWriter::writeData(const char *data, qint64 maxSize)
{
    if (m_failed)
        return -1;
    qint64 taken = 0;
    while (taken < maxSize) {
        const qint64 part = std::min<qint64>(m_chunkBytes - m_buffer.size(), maxSize - taken);
        m_buffer.append(data + taken, part);
        taken += part;
        m_plainBytes += part;
        // A full chunk goes out at once, so that sync() makes every whole chunk durable; the
        // final chunk is therefore always a short one (possibly empty), written by commit().
        if (m_buffer.size() == m_chunkBytes && !writeChunk(false))
            return -1;
    }
    return taken;
}

bool SealedFileWriter::writeChunk(bool final)
{
    const QByteArray sealed = SealedFileFormat::seal(m_key, m_header, m_nextIndex, final, m_buffer);
    OPENSSL_cleanse(m_buffer.data(), size_t(m_buffer.size()));
    m_buffer.resize(0);
    if (m_file.write(sealed) != sealed.size())
        return fail(fileProblem());
    ++m_nextIndex;
    return true;
}

bool SealedFileWriter::sync()
{
    if (m_failed || !m_file.isOpen())
        return false;
    if (!m_file.flush() || ::fdatasync(m_file.handle()) != 0)
        return fail(fileProblem());
    return true;
}

bool SealedFileWriter::commit()
{
    if (!isOpen() || m_failed)
        return false;
    // A file whose length is a whole number of chunks ends with an empty final chunk, so the end
    // is always marked.
    if (!writeChunk(true) || !m_file.flush() || ::fsync(m_file.handle()) != 0) {
        if (!m_failed)
            fail(fileProblem());
        close();
        return false;
    }
    m_file.close();
    QIODevice::close();
    return true;
}

void SealedFileWriter::discard()
{
    close();
    m_file.remove();
}

void SealedFileWriter::close()
{
    if (!m_buffer.isEmpty())
        OPENSSL_cleanse(m_buffer.data(), size_t(m_buffer.size()));
    m_buffer.clear();
    if (m_file.isOpen())
        m_file.close();
    if (isOpen())
        QIODevice::close();
}

bool SealedFileWriter::fail(const QString &message)
{
    m_failed = true;
    setErrorString(message);
    qCWarning(lcStorage).noquote() << "sealed file write failed:" << m_file.errorString();
    return false;
}

QString SealedFileWriter::fileProblem() const
{
    if (m_file.error() == QFileDevice::ResourceError)
        return tr("The disk is full: the document could not be stored.");
    return tr("The document could not be stored on this computer's disk.");
}

} // namespace halldesk
