#pragma once

#include <QString>

namespace halldesk {

// Who applies: a person, or an organisation with its legal representative and a contact.
// Values are kept normalized (ID and credit code upper case, mobile as 11 digits) so that the
// keyed hash finds the same applicant again.
struct Applicant
{
    enum class Kind
    {
        Person,
        Organisation
    };

    Kind kind = Kind::Person;
    QString name;       // the person's or the organisation's name
    QString residentId; // a person's ID number (GB 11643)
    QString mobile;     // a person's mobile, or the organisation contact's
    QString creditCode; // an organisation's unified social credit code (GB 32100)
    QString legalRepresentative;
    QString contactName;

    friend bool operator==(const Applicant &, const Applicant &) = default;
};

} // namespace halldesk
