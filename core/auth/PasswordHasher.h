#pragma once

#include <QByteArray>
#include <QString>

namespace halldesk {

// Staff passwords are stored only as a salted, deliberately slow PBKDF2-HMAC-SHA256 hash, so a
// copied database does not reveal them and guessing costs an attacker the same work per try.
//
// Encoded form, one TEXT column:
//   pbkdf2-sha256$<iterations>$<16-byte salt, base64>$<32-byte key, base64>
// The iteration count travels with each hash, so the default can be raised later and old
// hashes still verify (needsRehash() tells when to replace one after a successful login).
class PasswordHasher
{
public:
    // OWASP recommendation (2023) for PBKDF2-HMAC-SHA256.
    static constexpr int DefaultIterations = 600000;
    // Bounds accepted from the database as well as from callers: below the minimum a hash is
    // too cheap to crack, above the maximum a tampered row could make one login spin for minutes.
    static constexpr int MinimumIterations = 1000;
    static constexpr int MaximumIterations = 10000000;
    static constexpr int SaltBytes = 16;
    static constexpr int KeyBytes = 32;

    // Hashes the UTF-8 form of password with a fresh random salt. Throws std::invalid_argument
    // if iterations is outside [MinimumIterations, MaximumIterations] and std::runtime_error if
    // OpenSSL fails: storing a weak or empty hash instead would lock the user out or worse.
    static QString hash(const QString &password, int iterations = DefaultIterations);

    // True only if encoded is exactly what hash() produces and password matches it. Anything
    // malformed, another scheme or an iteration count out of bounds gives false, never a throw.
    static bool verify(const QString &password, const QString &encoded);

    // The iteration count of a well-formed encoding, 0 if it is malformed (see verify()).
    static int iterationsOf(const QString &encoded);

    // True if encoded should be replaced by hash(password, wantedIterations) the next time the
    // plain password is at hand: it is malformed or uses another iteration count. A count that
    // differs either way counts, so lowering the setting also takes effect on login cost.
    static bool needsRehash(const QString &encoded, int wantedIterations);

    // Raw PBKDF2-HMAC-SHA256; empty if iterations < 1, length < 1 or OpenSSL fails. Public for
    // known-answer tests.
    static QByteArray derive(const QByteArray &password, const QByteArray &salt, int iterations,
                             int length);
};

} // namespace halldesk
