#include "supervisor/AlertThresholdsJson.h"

#include <QJsonValue>
#include <cmath>

namespace halldesk {

namespace {

using std::chrono::milliseconds;
using std::chrono::minutes;

// The members in the order of AlertThresholdsJson::Limits.
milliseconds AlertThresholds::*const Members[] = {
    &AlertThresholds::longWait, &AlertThresholds::idleWithWaiting, &AlertThresholds::longService,
    &AlertThresholds::offline};
bool AlertThresholds::*const Switches[] = {&AlertThresholds::badRatings,
                                           &AlertThresholds::overdueFollowUps};
const char *const SwitchNames[] = {"badRatings", "overdueFollowUps"};

} // namespace

const AlertThresholdsJson::Limit AlertThresholdsJson::Limits[4] = {
    {"longWaitMinutes", 1, 480},
    {"idleWithWaitingMinutes", 1, 120},
    {"longServiceMinutes", 1, 480},
    {"offlineMinutes", 1, 60},
};

QJsonObject AlertThresholdsJson::toJson(const AlertThresholds &thresholds)
{
    QJsonObject json;
    for (int i = 0; i < 4; ++i) {
        json.insert(QLatin1String(Limits[i].field),
                    qint64(std::chrono::duration_cast<minutes>(thresholds.*Members[i]).count()));
    }
    for (int i = 0; i < 2; ++i)
        json.insert(QLatin1String(SwitchNames[i]), thresholds.*Switches[i]);
    return json;
}

std::optional<AlertThresholds> AlertThresholdsJson::fromJson(const QJsonObject &json,
                                                             QString *badField)
{
    AlertThresholds thresholds;
    auto bad = [badField](const char *field) -> std::optional<AlertThresholds> {
        if (badField)
            *badField = QLatin1String(field);
        return std::nullopt;
    };
    for (int i = 0; i < 4; ++i) {
        const QJsonValue value = json.value(QLatin1String(Limits[i].field));
        const double number = value.toDouble(-1);
        if (!value.isDouble() || number != std::floor(number) || number < Limits[i].minMinutes ||
            number > Limits[i].maxMinutes)
            return bad(Limits[i].field);
        thresholds.*Members[i] = minutes(qint64(number));
    }
    for (int i = 0; i < 2; ++i) {
        const QJsonValue value = json.value(QLatin1String(SwitchNames[i]));
        if (!value.isBool())
            return bad(SwitchNames[i]);
        thresholds.*Switches[i] = value.toBool();
    }
    return thresholds;
}

} // namespace halldesk
