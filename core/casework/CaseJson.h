#pragma once

#include "casework/CaseRecord.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <variant>

namespace halldesk {

// The wire form of a case, shared by the counter's outbox and the server. Reading never
// trusts the other side: anything malformed is refused with the name of the field.
class CaseJson
{
public:
    static QJsonObject toJson(const CaseRecord &record);
    // The record, or the name of the first field that is missing or malformed.
    static std::variant<CaseRecord, QString> fromJson(const QJsonObject &object);

    static QJsonObject applicantToJson(const Applicant &applicant);
    static std::optional<Applicant> applicantFromJson(const QJsonObject &object);
    // A materials checklist alone, as a step of an existing case sends it.
    static std::optional<QList<MaterialCheck>> materialsFromJson(const QJsonValue &value);
};

} // namespace halldesk
