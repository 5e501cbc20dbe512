#include "domain/PriorityGroup.h"

namespace halldesk {

QString toStorageName(PriorityGroup group)
{
    switch (group) {
    case PriorityGroup::None:
        return {};
    case PriorityGroup::Elderly:
        return QStringLiteral("elderly");
    case PriorityGroup::Disabled:
        return QStringLiteral("disabled");
    case PriorityGroup::MilitaryVeteran:
        return QStringLiteral("military");
    case PriorityGroup::Pregnant:
        return QStringLiteral("pregnant");
    case PriorityGroup::SeriousIllness:
        return QStringLiteral("serious_illness");
    }
    return {};
}

std::optional<PriorityGroup> priorityGroupFromStorageName(const QString &name)
{
    for (auto g :
         {PriorityGroup::None, PriorityGroup::Elderly, PriorityGroup::Disabled,
          PriorityGroup::MilitaryVeteran, PriorityGroup::Pregnant, PriorityGroup::SeriousIllness}) {
        if (toStorageName(g) == name)
            return g;
    }
    return std::nullopt;
}

} // namespace halldesk
