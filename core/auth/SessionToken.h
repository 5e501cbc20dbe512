#pragma once

#include <QString>

namespace halldesk {

// Bearer tokens that keep a staff member signed in at a counter terminal. The client holds the
// token; the database holds only storageHash(token), so a leaked database or backup cannot be
// used to take over a session.
class SessionToken
{
public:
    static constexpr int RandomBytes = 32;
    // base64url of RandomBytes without padding.
    static constexpr int Length = 43;

    // RandomBytes from OpenSSL's CSPRNG as base64url without padding (safe in URLs, headers and
    // JSON without escaping). Throws std::runtime_error if the random generator fails: a
    // predictable token would be worse than no login.
    static QString generate();

    // Lower-case hex SHA-256 of the token's UTF-8. A plain hash suffices (no salt, no slow
    // hash): the token carries 256 random bits, so there is nothing to guess or precompute.
    static QString storageHash(const QString &token);

    // True if token has the shape generate() produces (Length characters of A-Z a-z 0-9 - _).
    // A cheap filter before any database lookup; it says nothing about whether the token exists.
    static bool looksValid(const QString &token);
};

} // namespace halldesk
