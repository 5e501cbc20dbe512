#include "casework/ApplicantValidator.h"

#include "validation/CreditCode.h"
#include "validation/MobileNumber.h"
#include "validation/ResidentId.h"

namespace halldesk {

namespace {

constexpr int MaxPersonName = 30;
constexpr int MaxOrganisationName = 100;

QString normalizedName(const QString &name)
{
    return name.simplified();
}

} // namespace

QString ApplicantValidator::personNameError(const QString &input)
{
    const QString name = normalizedName(input);
    if (name.isEmpty())
        return tr("Enter the name.");
    if (name.size() < 2 || name.size() > MaxPersonName)
        return tr("A name has 2 to %1 characters.").arg(MaxPersonName);
    for (QChar c : name) {
        if (c.isDigit() || (c.isPunct() && c != u'·' && c != u'•' && c != u'.'))
            return tr("A name has no digits or punctuation.");
    }
    return {};
}

ApplicantValidator::Outcome ApplicantValidator::validate(const Applicant &input, QDate today)
{
    Outcome out;
    Applicant &a = out.normalized;
    a.kind = input.kind;
    a.name = normalizedName(input.name);

    if (input.kind == Applicant::Kind::Person) {
        if (const QString error = personNameError(input.name); !error.isEmpty())
            out.errors.insert(NameField, error);
        const ResidentId::Check id = ResidentId::validate(input.residentId, today);
        if (id.ok())
            a.residentId = id.normalized;
        else
            out.errors.insert(ResidentIdField, ResidentId::errorMessage(id.error));
    } else {
        if (a.name.isEmpty())
            out.errors.insert(NameField, tr("Enter the organisation's name."));
        else if (a.name.size() < 2 || a.name.size() > MaxOrganisationName)
            out.errors.insert(
                NameField,
                tr("An organisation's name has 2 to %1 characters.").arg(MaxOrganisationName));
        const CreditCode::Check code = CreditCode::validate(input.creditCode);
        if (code.ok())
            a.creditCode = code.normalized;
        else
            out.errors.insert(CreditCodeField, CreditCode::errorMessage(code.error));
        a.legalRepresentative = normalizedName(input.legalRepresentative);
        if (const QString error = personNameError(input.legalRepresentative); !error.isEmpty())
            out.errors.insert(LegalRepresentativeField, error);
        a.contactName = normalizedName(input.contactName);
        if (const QString error = personNameError(input.contactName); !error.isEmpty())
            out.errors.insert(ContactNameField, error);
    }

    const MobileNumber::Check mobile = MobileNumber::validate(input.mobile);
    if (mobile.ok())
        a.mobile = mobile.normalized;
    else
        out.errors.insert(MobileField, MobileNumber::errorMessage(mobile.error));
    return out;
}

} // namespace halldesk
