#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <optional>

namespace halldesk {

// The layout of a sealed file (SealedFileWriter, SealedFileReader): documents at rest, encrypted
// with AES-256-GCM in chunks so that a 50-page material is neither held in memory whole nor
// re-encrypted from the start when an upload resumes.
//
//   header, 32 bytes: "HDSF" | version 0x01 | 3 zero bytes | chunk size (u32, big-endian)
//                     | 16 random bytes naming the file | 4 zero bytes
//   chunks:           12-byte random nonce | ciphertext | 16-byte tag
//
// Every chunk holds `chunk size` bytes of plaintext except the last, which holds fewer (possibly
// none) and is marked final. The associated data of each chunk is the header, its index (u64,
// big-endian) and the final flag, so chunks cannot be reordered, moved to another file, dropped
// from the end or have the end declared early.
class SealedFileFormat
{
public:
    static constexpr int HeaderBytes = 32;
    static constexpr int NonceBytes = 12;
    static constexpr int TagBytes = 16;
    static constexpr int OverheadBytes = NonceBytes + TagBytes;
    static constexpr int KeyBytes = 32;
    static constexpr int MinChunkBytes = 4096;
    static constexpr int MaxChunkBytes = 16 << 20;
    static constexpr int DefaultChunkBytes = 1 << 20;

    static QByteArray makeHeader(int chunkBytes);
    // The chunk size a header declares, or nullopt if it is not a sealed-file header.
    static std::optional<int> chunkBytesOf(QByteArrayView header);

    // nonce | ciphertext | tag; throws std::runtime_error if OpenSSL fails.
    static QByteArray seal(QByteArrayView key, QByteArrayView header, quint64 index, bool final,
                           QByteArrayView plaintext);
    // nullopt unless `sealed` is exactly what seal() made with these arguments.
    static std::optional<QByteArray> open(QByteArrayView key, QByteArrayView header, quint64 index,
                                          bool final, QByteArrayView sealed);
};

} // namespace halldesk
