#pragma once

#include <QChar>
#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringView>

namespace halldesk {

// Resident identity card number (GB 11643). Everything that stores or compares ID numbers uses
// the normalized 18-character form, so "x" vs "X" or an old 15-digit card never make the same
// resident look like two people.
class ResidentId
{
    Q_DECLARE_TR_FUNCTIONS(ResidentId)

public:
    enum class Error
    {
        None,
        Empty,
        BadLength,
        BadCharacters,
        BadBirthDate,
        BadCheckDigit
    };

    struct Check
    {
        Error error = Error::None;
        QString normalized; // 18 characters, upper-case X; empty unless ok()
        bool ok() const { return error == Error::None; }
    };

    // Trims whitespace and folds full-width characters (typed with a Chinese input method in
    // full-width mode) to ASCII. Accepts the 18-character form and the legacy 15-digit form,
    // which is upgraded by inserting "19" after the region code and computing the check digit.
    static Check validate(const QString &input);
    // Same, with "today" supplied by the caller so the birth-date bound follows the hall's clock.
    static Check validate(const QString &input, QDate today);

    // Returns a null QChar unless first17 is exactly 17 ASCII digits.
    static QChar checkDigit(QStringView first17);

    // Translated text for the clerk or citizen; empty for Error::None.
    static QString errorMessage(Error e);

    // Keeps the first 4 and last 4 characters. Values of 8 characters or fewer are masked
    // completely, since keeping 4 + 4 of them would reveal everything.
    static QString mask(const QString &normalized);
};

} // namespace halldesk
