#pragma once

#include <QString>
#include <QStringList>

namespace halldesk {

// A field of an item's application form. Validation follows the type; an address is free
// text of a sensible length, a choice one of `choices`.
struct FormField
{
    enum class Type
    {
        Text,
        Date,
        Number,
        Choice,
        ResidentId,
        CreditCode,
        Mobile,
        Address
    };

    QString key; // unique within the item; ASCII
    QString label;
    Type type = Type::Text;
    bool required = false;
    QStringList choices; // Choice only
    int maxLength = 0;   // Text and Address; 0 = the type's default
    double minimum = 0;  // Number only, when hasRange
    double maximum = 0;
    bool hasRange = false;
    // Resident ID numbers, credit codes of sole traders, phones and addresses of persons are
    // personal data: stored encrypted and shown masked.
    bool personal = false;

    friend bool operator==(const FormField &, const FormField &) = default;
};

} // namespace halldesk
