#include "catalogue/CatalogueJsonKeys.h"

#include <array>
#include <utility>

namespace halldesk {

namespace {

template <typename E, size_t N> using KeyTable = std::array<std::pair<E, const char *>, N>;

constexpr KeyTable<MaterialSpec::Form, 3> FormKeys = {{
    {MaterialSpec::Form::Original, "original"},
    {MaterialSpec::Form::Copy, "copy"},
    {MaterialSpec::Form::OriginalAndCopy, "originalAndCopy"},
}};

constexpr KeyTable<MaterialSpec::Medium, 3> MediumKeys = {{
    {MaterialSpec::Medium::Paper, "paper"},
    {MaterialSpec::Medium::Electronic, "electronic"},
    {MaterialSpec::Medium::PaperOrElectronic, "either"},
}};

constexpr KeyTable<ApplicantKinds, 3> ApplicantKeys = {{
    {ApplicantKinds::Person, "person"},
    {ApplicantKinds::Organisation, "organisation"},
    {ApplicantKinds::Either, "either"},
}};

constexpr KeyTable<FormField::Type, 8> FieldTypeKeys = {{
    {FormField::Type::Text, "text"},
    {FormField::Type::Date, "date"},
    {FormField::Type::Number, "number"},
    {FormField::Type::Choice, "choice"},
    {FormField::Type::ResidentId, "residentId"},
    {FormField::Type::CreditCode, "creditCode"},
    {FormField::Type::Mobile, "mobile"},
    {FormField::Type::Address, "address"},
}};

template <typename E, size_t N> QString keyOf(const KeyTable<E, N> &table, E value)
{
    for (const auto &[v, key] : table) {
        if (v == value)
            return QString::fromLatin1(key);
    }
    return {};
}

template <typename E, size_t N>
std::optional<E> valueOf(const KeyTable<E, N> &table, const QString &key)
{
    for (const auto &[v, k] : table) {
        if (key == QLatin1String(k))
            return v;
    }
    return std::nullopt;
}

template <typename E, size_t N> QStringList keysOf(const KeyTable<E, N> &table)
{
    QStringList keys;
    for (const auto &entry : table)
        keys << QString::fromLatin1(entry.second);
    return keys;
}

} // namespace

QString CatalogueJsonKeys::key(MaterialSpec::Form form)
{
    return keyOf(FormKeys, form);
}

QString CatalogueJsonKeys::key(MaterialSpec::Medium medium)
{
    return keyOf(MediumKeys, medium);
}

QString CatalogueJsonKeys::key(ApplicantKinds applicants)
{
    return keyOf(ApplicantKeys, applicants);
}

QString CatalogueJsonKeys::key(FormField::Type type)
{
    return keyOf(FieldTypeKeys, type);
}

std::optional<MaterialSpec::Form> CatalogueJsonKeys::materialForm(const QString &key)
{
    return valueOf(FormKeys, key);
}

std::optional<MaterialSpec::Medium> CatalogueJsonKeys::medium(const QString &key)
{
    return valueOf(MediumKeys, key);
}

std::optional<ApplicantKinds> CatalogueJsonKeys::applicants(const QString &key)
{
    return valueOf(ApplicantKeys, key);
}

std::optional<FormField::Type> CatalogueJsonKeys::fieldType(const QString &key)
{
    return valueOf(FieldTypeKeys, key);
}

QStringList CatalogueJsonKeys::materialFormKeys()
{
    return keysOf(FormKeys);
}

QStringList CatalogueJsonKeys::mediumKeys()
{
    return keysOf(MediumKeys);
}

QStringList CatalogueJsonKeys::applicantsKeys()
{
    return keysOf(ApplicantKeys);
}

QStringList CatalogueJsonKeys::fieldTypeKeys()
{
    return keysOf(FieldTypeKeys);
}

} // namespace halldesk
