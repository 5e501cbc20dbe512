#pragma once

#include <QString>
#include <optional>

namespace halldesk {

class PersonalDataCipher;

// What a help-desk clerk confirms a priority ticket at a kiosk with (PROTOCOL.md §5.10): a PIN
// of 4 to 8 digits, hashed like a password, or the staff card, of which only a keyed hash is
// stored, so neither a copy of the database nor the log shows a card number.
class StaffSecrets
{
public:
    static bool isValidPin(const QString &pin);
    // The card number as stored and compared: trimmed, upper-case, 4 to 32 of 0-9 and A-Z;
    // nullopt if it is not one.
    static std::optional<QString> normalizedCard(const QString &card);
    // The keyed hash of a normalized card number (HMAC-SHA-256 under the hall key).
    static QString cardHash(const PersonalDataCipher &cipher, const QString &normalizedCard);
};

} // namespace halldesk
