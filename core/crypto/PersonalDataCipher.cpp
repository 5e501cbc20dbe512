#include "crypto/PersonalDataCipher.h"

#include <QStringDecoder>
#include <algorithm>
#include <climits>
#include <memory>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <stdexcept>

namespace halldesk {

namespace {

constexpr unsigned char Version = 0x01;
constexpr int NonceBytes = 12;
constexpr int TagBytes = 16;
constexpr int HeaderBytes = 1 + NonceBytes;
constexpr int MacBytes = 32;

struct CipherCtxDeleter
{
    void operator()(EVP_CIPHER_CTX *ctx) const { EVP_CIPHER_CTX_free(ctx); }
};
using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, CipherCtxDeleter>;

unsigned char *bytes(QByteArray &a)
{
    return reinterpret_cast<unsigned char *>(a.data());
}

const unsigned char *bytes(const QByteArray &a)
{
    return reinterpret_cast<const unsigned char *>(a.constData());
}

// Copies of plaintext that this class made must not linger in freed memory.
void wipe(QByteArray &a)
{
    if (!a.isEmpty())
        OPENSSL_cleanse(a.data(), static_cast<size_t>(a.size()));
}

} // namespace

PersonalDataCipher::PersonalDataCipher(const QByteArray &key)
{
    if (key.size() != KeyBytes)
        throw std::invalid_argument("PersonalDataCipher: key must be exactly 64 bytes");
    std::copy_n(bytes(key), SubkeyBytes, m_encryptionKey.begin());
    std::copy_n(bytes(key) + SubkeyBytes, SubkeyBytes, m_macKey.begin());
}

PersonalDataCipher::~PersonalDataCipher()
{
    OPENSSL_cleanse(m_encryptionKey.data(), m_encryptionKey.size());
    OPENSSL_cleanse(m_macKey.data(), m_macKey.size());
}

QByteArray PersonalDataCipher::encrypt(const QByteArray &plaintext) const
{
    if (plaintext.size() > INT_MAX - HeaderBytes - TagBytes)
        throw std::length_error("PersonalDataCipher: plaintext too large");
    const int length = static_cast<int>(plaintext.size());

    QByteArray out(HeaderBytes + length + TagBytes, Qt::Uninitialized);
    unsigned char *const version = bytes(out);
    unsigned char *const nonce = version + 1;
    unsigned char *const ciphertext = nonce + NonceBytes;
    unsigned char *const tag = ciphertext + length;
    *version = Version;

    // A GCM nonce must never repeat under one key; 96 random bits keep the chance negligible
    // for far more fields than a hall will ever store.
    if (RAND_bytes(nonce, NonceBytes) != 1)
        throw std::runtime_error("PersonalDataCipher: RAND_bytes failed");

    const CipherCtx ctx(EVP_CIPHER_CTX_new());
    EVP_CIPHER_CTX *const c = ctx.get();
    const unsigned char *const key = m_encryptionKey.data();
    int written = 0;
    int finalWritten = 0;
    bool ok = c && EVP_EncryptInit_ex(c, EVP_aes_256_gcm(), nullptr, key, nonce) == 1;
    ok = ok && EVP_EncryptUpdate(c, nullptr, &written, version, 1) == 1; // associated data
    ok = ok && EVP_EncryptUpdate(c, ciphertext, &written, bytes(plaintext), length) == 1;
    ok = ok && EVP_EncryptFinal_ex(c, ciphertext + written, &finalWritten) == 1;
    ok = ok && written + finalWritten == length;
    ok = ok && EVP_CIPHER_CTX_ctrl(c, EVP_CTRL_GCM_GET_TAG, TagBytes, tag) == 1;
    if (!ok)
        throw std::runtime_error("PersonalDataCipher: encryption failed");
    return out.toBase64();
}

std::optional<QByteArray> PersonalDataCipher::decrypt(const QByteArray &base64) const
{
    auto decoded = QByteArray::fromBase64Encoding(base64, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QByteArray raw = std::move(decoded.decoded);
    // Base64 can spell the same bytes more than one way (unused trailing bits); accepting only
    // what encrypt() writes means any change to the stored text is detected.
    if (raw.size() < HeaderBytes + TagBytes || raw.toBase64() != base64)
        return std::nullopt;
    if (static_cast<unsigned char>(raw[0]) != Version)
        return std::nullopt;
    if (raw.size() > INT_MAX)
        return std::nullopt;

    const int length = static_cast<int>(raw.size()) - HeaderBytes - TagBytes;
    const unsigned char *const version = bytes(raw);
    const unsigned char *const nonce = version + 1;
    const unsigned char *const ciphertext = nonce + NonceBytes;
    // EVP_CTRL_GCM_SET_TAG takes a non-const pointer but only reads from it.
    QByteArray tag = raw.right(TagBytes);

    QByteArray plaintext(length, Qt::Uninitialized);
    const CipherCtx ctx(EVP_CIPHER_CTX_new());
    EVP_CIPHER_CTX *const c = ctx.get();
    const unsigned char *const key = m_encryptionKey.data();
    int written = 0;
    int finalWritten = 0;
    bool ok = c && EVP_DecryptInit_ex(c, EVP_aes_256_gcm(), nullptr, key, nonce) == 1;
    ok = ok && EVP_DecryptUpdate(c, nullptr, &written, version, 1) == 1; // associated data
    ok = ok && EVP_DecryptUpdate(c, bytes(plaintext), &written, ciphertext, length) == 1;
    ok = ok && EVP_CIPHER_CTX_ctrl(c, EVP_CTRL_GCM_SET_TAG, TagBytes, tag.data()) == 1;
    // Final is where GCM compares the tag; it fails for any modified byte.
    ok = ok && EVP_DecryptFinal_ex(c, bytes(plaintext) + written, &finalWritten) == 1;
    ok = ok && written + finalWritten == length;
    if (!ok) {
        // Unauthenticated plaintext is never handed out.
        wipe(plaintext);
        return std::nullopt;
    }
    return plaintext;
}

QString PersonalDataCipher::encryptText(const QString &plaintext) const
{
    QByteArray utf8 = plaintext.toUtf8();
    const QByteArray encrypted = encrypt(utf8);
    wipe(utf8);
    return QString::fromLatin1(encrypted);
}

std::optional<QString> PersonalDataCipher::decryptText(const QString &base64) const
{
    std::optional<QByteArray> utf8 = decrypt(base64.toLatin1());
    if (!utf8)
        return std::nullopt;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(*utf8);
    const bool valid = !decoder.hasError();
    wipe(*utf8);
    if (!valid)
        return std::nullopt;
    return text;
}

QString PersonalDataCipher::blindIndex(const QString &normalizedValue) const
{
    QByteArray utf8 = normalizedValue.toUtf8();
    unsigned char mac[MacBytes];
    size_t macLength = 0;
    const unsigned char *const result =
        EVP_Q_mac(nullptr, "HMAC", nullptr, "SHA256", nullptr, m_macKey.data(), m_macKey.size(),
                  bytes(utf8), static_cast<size_t>(utf8.size()), mac, sizeof mac, &macLength);
    wipe(utf8);
    if (!result || macLength != MacBytes)
        throw std::runtime_error("PersonalDataCipher: HMAC failed");
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(mac), MacBytes).toHex());
}

QByteArray PersonalDataCipher::fileKey(QByteArrayView purpose) const
{
    QByteArray label = QByteArrayLiteral("halldesk-sealed-file:") + purpose.toByteArray();
    QByteArray key(MacBytes, Qt::Uninitialized);
    size_t macLength = 0;
    const unsigned char *const result =
        EVP_Q_mac(nullptr, "HMAC", nullptr, "SHA256", nullptr, m_encryptionKey.data(),
                  m_encryptionKey.size(), bytes(label), static_cast<size_t>(label.size()),
                  bytes(key), static_cast<size_t>(key.size()), &macLength);
    if (!result || macLength != MacBytes)
        throw std::runtime_error("PersonalDataCipher: HMAC failed");
    return key;
}

} // namespace halldesk
