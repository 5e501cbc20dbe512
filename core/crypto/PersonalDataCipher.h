#pragma once

#include <QByteArray>
#include <QString>
#include <array>
#include <optional>

namespace halldesk {

// Encrypts personal data (ID numbers, phone numbers, names) field by field before it reaches
// the database, so a copied database file or backup does not expose residents.
//
// Stored format, base64 encoded so it fits a TEXT column:
//   0x01 (version) | 12-byte random nonce | AES-256-GCM ciphertext | 16-byte tag
// The version byte is authenticated as associated data, so it cannot be swapped either.
class PersonalDataCipher
{
public:
    // 32 bytes AES-256-GCM key followed by 32 bytes HMAC-SHA256 key.
    static constexpr int KeyBytes = 64;

    // Throws std::invalid_argument unless key is exactly KeyBytes long. The key is copied into
    // storage owned by this object, which is wiped on destruction.
    explicit PersonalDataCipher(const QByteArray &key);
    PersonalDataCipher(const PersonalDataCipher &other) = default;
    PersonalDataCipher &operator=(const PersonalDataCipher &other) = default;
    ~PersonalDataCipher();

    // Throws std::runtime_error if OpenSSL fails (for example when the system random number
    // generator is unavailable): silently storing an empty value would lose the data.
    QByteArray encrypt(const QByteArray &plaintext) const;
    // nullopt for anything that is not exactly what encrypt() produced with this key:
    // bad base64, wrong version, truncation, any modified byte, or another key.
    std::optional<QByteArray> decrypt(const QByteArray &base64) const;

    // UTF-8 helpers for text columns. decryptText() also rejects plaintext that is not UTF-8.
    QString encryptText(const QString &plaintext) const;
    std::optional<QString> decryptText(const QString &base64) const;

    // Lower-case hex HMAC-SHA256 of the UTF-8 value under the HMAC key. Encryption is
    // randomized, so the database cannot look up "the same resident" by ciphertext; it looks
    // the blind index up instead. Pass normalized values (ResidentId::validate() etc.), or the
    // same person gets different indexes.
    QString blindIndex(const QString &normalizedValue) const;

    // A 32-byte key for sealed files (SealedFileWriter), one per purpose ("materials"), derived
    // from this key so that the key file stays the only secret to keep. HMAC-SHA256 under the
    // encryption key: the MAC key makes blind indexes, which are stored, and must not be able
    // to produce a file key.
    QByteArray fileKey(QByteArrayView purpose) const;

private:
    static constexpr int SubkeyBytes = 32;

    std::array<unsigned char, SubkeyBytes> m_encryptionKey{};
    std::array<unsigned char, SubkeyBytes> m_macKey{};
};

} // namespace halldesk
