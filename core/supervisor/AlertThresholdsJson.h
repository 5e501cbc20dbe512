#pragma once

#include "supervisor/AlertThresholds.h"

#include <QJsonObject>
#include <QString>
#include <optional>

namespace halldesk {

// The hall's alert thresholds as they travel and are stored (PROTOCOL.md §5.35, §5.42): whole
// minutes and two switches. The check interval stays the console's own.
class AlertThresholdsJson
{
public:
    struct Limit
    {
        const char *field;
        int minMinutes;
        int maxMinutes;
    };
    // The minute fields with their allowed ranges, in the order a form shows them.
    static const Limit Limits[4];

    static QJsonObject toJson(const AlertThresholds &thresholds);
    // nullopt if a field is missing, of another type or out of its range; *badField names the
    // first such field.
    static std::optional<AlertThresholds> fromJson(const QJsonObject &json,
                                                   QString *badField = nullptr);
};

} // namespace halldesk
