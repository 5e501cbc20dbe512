#pragma once

#include "casework/CaseRecord.h"
#include "terminal/CaseEvent.h"

#include <QJsonObject>
#include <QList>
#include <variant>

namespace halldesk {

// A case in full for the case view (PROTOCOL.md §5.28): the record, personal data in clear,
// and its history oldest first.
struct CaseDetail
{
    CaseRecord record;
    QList<CaseEvent> events;

    // The detail, or the name of the first field that could not be read.
    static std::variant<CaseDetail, QString> fromJson(const QJsonObject &result);
};

} // namespace halldesk
