#include "domain/PriorityGroupNames.h"

#include "domain/PriorityGroup.h"

namespace halldesk {

QStringList PriorityGroupNames::groups()
{
    return {toStorageName(PriorityGroup::Elderly), toStorageName(PriorityGroup::Disabled),
            toStorageName(PriorityGroup::MilitaryVeteran), toStorageName(PriorityGroup::Pregnant),
            toStorageName(PriorityGroup::SeriousIllness)};
}

QString PriorityGroupNames::displayName(const QString &group)
{
    const auto parsed = priorityGroupFromStorageName(group);
    if (!parsed)
        return {};
    switch (*parsed) {
    case PriorityGroup::None:
        return {};
    case PriorityGroup::Elderly:
        return tr("Senior citizen");
    case PriorityGroup::Disabled:
        return tr("Person with a disability");
    case PriorityGroup::MilitaryVeteran:
        return tr("Serviceman or veteran");
    case PriorityGroup::Pregnant:
        return tr("Pregnant woman");
    case PriorityGroup::SeriousIllness:
        return tr("Seriously ill");
    }
    return {};
}

} // namespace halldesk
