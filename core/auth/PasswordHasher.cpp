#include "auth/PasswordHasher.h"

#include "logging/HallDeskLogging.h"

#include <QList>
#include <QStringView>
#include <climits>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <optional>
#include <stdexcept>

namespace halldesk {

namespace {

const QString Scheme = QStringLiteral("pbkdf2-sha256");
constexpr QChar Separator = u'$';

struct ParsedHash
{
    int iterations = 0;
    QByteArray salt;
    QByteArray key;
};

// Plaintext and derived keys made here must not linger in freed memory.
void wipe(QByteArray &a)
{
    if (!a.isEmpty())
        OPENSSL_cleanse(a.data(), static_cast<size_t>(a.size()));
}

// Strict decimal: no sign, spaces or leading zeros, so one hash has exactly one spelling.
int parseIterations(QStringView text)
{
    if (text.isEmpty() || text.size() > 9 || text.front() == u'0')
        return 0;
    int value = 0;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return 0;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

// Accepts only the canonical padded base64 that hash() writes, of exactly the expected size.
std::optional<QByteArray> parseBase64(QStringView text, int expectedBytes)
{
    const QByteArray ascii = text.toLatin1();
    const auto decoded =
        QByteArray::fromBase64Encoding(ascii, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != expectedBytes || decoded.decoded.toBase64() != ascii)
        return std::nullopt;
    return decoded.decoded;
}

std::optional<ParsedHash> parse(const QString &encoded)
{
    const QList<QStringView> parts = QStringView(encoded).split(Separator);
    if (parts.size() != 4 || parts.at(0) != Scheme)
        return std::nullopt;
    ParsedHash parsed;
    parsed.iterations = parseIterations(parts.at(1));
    if (parsed.iterations < PasswordHasher::MinimumIterations ||
        parsed.iterations > PasswordHasher::MaximumIterations)
        return std::nullopt;
    auto salt = parseBase64(parts.at(2), PasswordHasher::SaltBytes);
    auto key = parseBase64(parts.at(3), PasswordHasher::KeyBytes);
    if (!salt || !key)
        return std::nullopt;
    parsed.salt = std::move(*salt);
    parsed.key = std::move(*key);
    return parsed;
}

} // namespace

QByteArray PasswordHasher::derive(const QByteArray &password, const QByteArray &salt,
                                  int iterations, int length)
{
    if (iterations < 1 || length < 1 || password.size() > INT_MAX || salt.size() > INT_MAX)
        return {};
    QByteArray out(length, Qt::Uninitialized);
    // OpenSSL accepts a null pointer with length 0, but QByteArray::constData() never is null.
    const int ok = PKCS5_PBKDF2_HMAC(password.constData(), static_cast<int>(password.size()),
                                     reinterpret_cast<const unsigned char *>(salt.constData()),
                                     static_cast<int>(salt.size()), iterations, EVP_sha256(),
                                     length, reinterpret_cast<unsigned char *>(out.data()));
    if (ok != 1) {
        qCWarning(lcCrypto) << "PBKDF2 derivation failed";
        wipe(out);
        return {};
    }
    return out;
}

QString PasswordHasher::hash(const QString &password, int iterations)
{
    if (iterations < MinimumIterations || iterations > MaximumIterations)
        throw std::invalid_argument("PasswordHasher: iteration count out of bounds");

    QByteArray salt(SaltBytes, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(salt.data()), SaltBytes) != 1)
        throw std::runtime_error("PasswordHasher: RAND_bytes failed");

    QByteArray utf8 = password.toUtf8();
    QByteArray key = derive(utf8, salt, iterations, KeyBytes);
    wipe(utf8);
    if (key.size() != KeyBytes)
        throw std::runtime_error("PasswordHasher: PBKDF2 failed");

    const QString encoded = Scheme + Separator + QString::number(iterations) + Separator +
                            QString::fromLatin1(salt.toBase64()) + Separator +
                            QString::fromLatin1(key.toBase64());
    wipe(key);
    return encoded;
}

bool PasswordHasher::verify(const QString &password, const QString &encoded)
{
    const std::optional<ParsedHash> parsed = parse(encoded);
    if (!parsed)
        return false;

    QByteArray utf8 = password.toUtf8();
    QByteArray key = derive(utf8, parsed->salt, parsed->iterations, KeyBytes);
    wipe(utf8);
    // Constant time, so response timing does not tell how many leading bytes of a guess match.
    const bool match = key.size() == KeyBytes &&
                       CRYPTO_memcmp(key.constData(), parsed->key.constData(), KeyBytes) == 0;
    wipe(key);
    return match;
}

int PasswordHasher::iterationsOf(const QString &encoded)
{
    const std::optional<ParsedHash> parsed = parse(encoded);
    return parsed ? parsed->iterations : 0;
}

bool PasswordHasher::needsRehash(const QString &encoded, int wantedIterations)
{
    return iterationsOf(encoded) != wantedIterations;
}

} // namespace halldesk
