#pragma once

#include <QChar>
#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace halldesk {

// Unified social credit code of an organisation (GB 32100), used when a company or other
// organisation is the applicant of a case.
class CreditCode
{
    Q_DECLARE_TR_FUNCTIONS(CreditCode)

public:
    enum class Error
    {
        None,
        Empty,
        BadLength,
        BadCharacters,
        BadCheckCharacter
    };

    struct Check
    {
        Error error = Error::None;
        QString normalized; // 18 upper-case characters; empty unless ok()
        bool ok() const { return error == Error::None; }
    };

    // Trims whitespace, folds full-width characters to ASCII and upper-cases before checking.
    static Check validate(const QString &input);

    // Returns a null QChar unless first17 is exactly 17 characters of the code's character set
    // (upper case only).
    static QChar checkCharacter(QStringView first17);

    // Translated text for the clerk or citizen; empty for Error::None.
    static QString errorMessage(Error e);
};

} // namespace halldesk
