#pragma once

#include <QCoreApplication>
#include <QString>

namespace halldesk {

// Mainland China mobile number. Stored and compared as the bare 11 digits so that
// "+86 138-0013-8000" and "13800138000" are the same contact.
class MobileNumber
{
    Q_DECLARE_TR_FUNCTIONS(MobileNumber)

public:
    enum class Error
    {
        None,
        Empty,
        Invalid
    };

    struct Check
    {
        Error error = Error::None;
        QString normalized; // 11 digits; empty unless ok()
        bool ok() const { return error == Error::None; }
    };

    // Accepts an optional "+86" or "86" prefix and spaces or hyphens anywhere; full-width
    // characters from a Chinese input method are folded to ASCII first.
    static Check validate(const QString &input);

    // Translated text for the clerk or citizen; empty for Error::None.
    static QString errorMessage(Error e);

    // "138****5678". Anything shorter than 11 characters is masked completely.
    static QString mask(const QString &normalized);
};

} // namespace halldesk
