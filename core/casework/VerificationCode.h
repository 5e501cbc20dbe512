#pragma once

#include <QString>

namespace halldesk {

// The code printed next to the case number on every notice. Whoever holds the paper can have
// the case confirmed by the hall; a guessed case number alone confirms nothing.
class VerificationCode
{
public:
    static constexpr int Length = 8;

    // Random, from OpenSSL's generator; throws std::runtime_error if that fails, since a
    // predictable code would be worse than none.
    static QString generate();
    // Only letters and digits that cannot be mistaken for each other on paper (no 0/O, 1/I/L).
    static bool isWellFormed(const QString &code);
    static const QString &alphabet();
};

} // namespace halldesk
