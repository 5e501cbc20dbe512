#pragma once

#include "catalogue/FormField.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace halldesk {

// Checks one value typed into an item's application form against its FormField, and gives the
// form in which it is stored: ID numbers, credit codes and phones normalized as everywhere
// else, dates in ISO form, numbers without redundant zeros.
class FormFieldValidator
{
    Q_DECLARE_TR_FUNCTIONS(FormFieldValidator)

public:
    struct Check
    {
        bool ok = false;
        QString normalized; // empty unless ok; empty too for an optional field left blank
        QString error;      // translated, for the clerk or citizen; empty if ok
    };

    static constexpr int DefaultTextLength = 100;
    static constexpr int DefaultAddressLength = 200;

    // today bounds the birth date in a resident ID number; it is the hall's date.
    static Check validate(const FormField &field, const QString &value, QDate today);

private:
    static Check validateFreeText(const FormField &field, const QString &value);
    static Check validateDate(const QString &value);
    static Check validateNumber(const FormField &field, const QString &value);
    static Check validateChoice(const FormField &field, const QString &value);
};

} // namespace halldesk
