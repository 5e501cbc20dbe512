#include "server/StaffSecrets.h"

#include "crypto/PersonalDataCipher.h"

#include <QRegularExpression>

namespace halldesk {

bool StaffSecrets::isValidPin(const QString &pin)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{4,8}$"));
    return digits.match(pin).hasMatch();
}

std::optional<QString> StaffSecrets::normalizedCard(const QString &card)
{
    static const QRegularExpression shape(QStringLiteral("^[0-9A-Z]{4,32}$"));
    const QString normalized = card.trimmed().toUpper();
    if (!shape.match(normalized).hasMatch())
        return std::nullopt;
    return normalized;
}

QString StaffSecrets::cardHash(const PersonalDataCipher &cipher, const QString &normalizedCard)
{
    // Its own domain: the same digits as a resident's or a phone's must not give the same index.
    return cipher.blindIndex(QStringLiteral("staff-card:") + normalizedCard);
}

} // namespace halldesk
