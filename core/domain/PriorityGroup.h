#pragma once

#include <QString>
#include <optional>

namespace halldesk {

// 绿色通道: these citizens are called before everyone else.
enum class PriorityGroup
{
    None,
    Elderly,
    Disabled,
    MilitaryVeteran,
    Pregnant,
    SeriousIllness
};

QString toStorageName(PriorityGroup group);
std::optional<PriorityGroup> priorityGroupFromStorageName(const QString &name);

} // namespace halldesk
