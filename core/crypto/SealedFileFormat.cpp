#include "crypto/SealedFileFormat.h"

#include <QtEndian>
#include <memory>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <stdexcept>

namespace halldesk {

namespace {

constexpr char Magic[4] = {'H', 'D', 'S', 'F'};
constexpr char Version = 0x01;

struct CipherCtxDeleter
{
    void operator()(EVP_CIPHER_CTX *ctx) const { EVP_CIPHER_CTX_free(ctx); }
};
using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, CipherCtxDeleter>;

const unsigned char *u8(QByteArrayView a)
{
    return reinterpret_cast<const unsigned char *>(a.data());
}

QByteArray associatedData(QByteArrayView header, quint64 index, bool final)
{
    QByteArray aad(header.toByteArray());
    char tail[9];
    qToBigEndian(index, tail);
    tail[8] = final ? 1 : 0;
    aad.append(tail, sizeof tail);
    return aad;
}

bool begin(EVP_CIPHER_CTX *c, bool encrypt, QByteArrayView key, const unsigned char *nonce,
           const QByteArray &aad)
{
    int unused = 0;
    const auto init = encrypt ? EVP_EncryptInit_ex : EVP_DecryptInit_ex;
    const auto update = encrypt ? EVP_EncryptUpdate : EVP_DecryptUpdate;
    return init(c, EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1 &&
           EVP_CIPHER_CTX_ctrl(c, EVP_CTRL_GCM_SET_IVLEN, SealedFileFormat::NonceBytes, nullptr) ==
               1 &&
           init(c, nullptr, nullptr, u8(key), nonce) == 1 &&
           update(c, nullptr, &unused, u8(aad), int(aad.size())) == 1;
}

} // namespace

QByteArray SealedFileFormat::makeHeader(int chunkBytes)
{
    QByteArray header(HeaderBytes, '\0');
    std::copy(std::begin(Magic), std::end(Magic), header.begin());
    header[4] = Version;
    qToBigEndian(quint32(chunkBytes), header.data() + 8);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(header.data() + 12), 16) != 1)
        throw std::runtime_error("SealedFileFormat: RAND_bytes failed");
    return header;
}

std::optional<int> SealedFileFormat::chunkBytesOf(QByteArrayView header)
{
    if (header.size() != HeaderBytes || !header.startsWith(QByteArrayView(Magic, 4)) ||
        header[4] != Version)
        return std::nullopt;
    const quint32 chunk = qFromBigEndian<quint32>(header.data() + 8);
    if (chunk < quint32(MinChunkBytes) || chunk > quint32(MaxChunkBytes))
        return std::nullopt;
    return int(chunk);
}

QByteArray SealedFileFormat::seal(QByteArrayView key, QByteArrayView header, quint64 index,
                                  bool final, QByteArrayView plaintext)
{
    if (key.size() != KeyBytes)
        throw std::invalid_argument("SealedFileFormat: key must be 32 bytes");
    const int length = int(plaintext.size());
    QByteArray out(NonceBytes + length + TagBytes, Qt::Uninitialized);
    auto *nonce = reinterpret_cast<unsigned char *>(out.data());
    unsigned char *ciphertext = nonce + NonceBytes;
    // A random 96-bit nonce per chunk: a key seals far fewer than 2^32 chunks in its life.
    if (RAND_bytes(nonce, NonceBytes) != 1)
        throw std::runtime_error("SealedFileFormat: RAND_bytes failed");
    const CipherCtx ctx(EVP_CIPHER_CTX_new());
    int written = 0;
    int finalBytes = 0;
    if (!ctx || !begin(ctx.get(), true, key, nonce, associatedData(header, index, final)) ||
        EVP_EncryptUpdate(ctx.get(), ciphertext, &written, u8(plaintext), length) != 1 ||
        EVP_EncryptFinal_ex(ctx.get(), ciphertext + written, &finalBytes) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, TagBytes, ciphertext + length) != 1)
        throw std::runtime_error("SealedFileFormat: encryption failed");
    return out;
}

std::optional<QByteArray> SealedFileFormat::open(QByteArrayView key, QByteArrayView header,
                                                 quint64 index, bool final, QByteArrayView sealed)
{
    if (key.size() != KeyBytes || sealed.size() < OverheadBytes)
        return std::nullopt;
    const int length = int(sealed.size()) - OverheadBytes;
    const unsigned char *nonce = u8(sealed);
    const unsigned char *ciphertext = nonce + NonceBytes;
    QByteArray plain(length, Qt::Uninitialized);
    const CipherCtx ctx(EVP_CIPHER_CTX_new());
    int written = 0;
    int finalBytes = 0;
    auto *out = reinterpret_cast<unsigned char *>(plain.data());
    const bool ok = ctx &&
                    begin(ctx.get(), false, key, nonce, associatedData(header, index, final)) &&
                    EVP_DecryptUpdate(ctx.get(), out, &written, ciphertext, length) == 1 &&
                    EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, TagBytes,
                                        const_cast<unsigned char *>(ciphertext + length)) == 1 &&
                    EVP_DecryptFinal_ex(ctx.get(), out + written, &finalBytes) == 1;
    if (!ok) {
        // What a forged chunk decrypted to must not linger.
        if (!plain.isEmpty())
            OPENSSL_cleanse(plain.data(), size_t(plain.size()));
        return std::nullopt;
    }
    return plain;
}

} // namespace halldesk
