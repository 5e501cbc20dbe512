#pragma once

#include "casework/Applicant.h"

#include <QCoreApplication>
#include <QDate>
#include <QMap>
#include <QString>

namespace halldesk {

// Checks an applicant as typed at the counter. Each problem is reported against its field
// (the keys below), in the clerk's language, so the form can show it next to the field.
class ApplicantValidator
{
    Q_DECLARE_TR_FUNCTIONS(ApplicantValidator)

public:
    static inline const QString NameField = QStringLiteral("name");
    static inline const QString ResidentIdField = QStringLiteral("residentId");
    static inline const QString MobileField = QStringLiteral("mobile");
    static inline const QString CreditCodeField = QStringLiteral("creditCode");
    static inline const QString LegalRepresentativeField = QStringLiteral("legalRepresentative");
    static inline const QString ContactNameField = QStringLiteral("contactName");

    struct Outcome
    {
        Applicant normalized; // meaningful only when ok()
        QMap<QString, QString> errors;
        bool ok() const { return errors.isEmpty(); }
    };

    static Outcome validate(const Applicant &input, QDate today);
    // A person's name: 2 to 30 characters, no digits; the middle dot of minority names
    // (买买提·艾力) is allowed. Empty when valid.
    static QString personNameError(const QString &name);
};

} // namespace halldesk
