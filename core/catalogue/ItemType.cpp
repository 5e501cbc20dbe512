#include "catalogue/ItemType.h"

namespace halldesk {

QString ItemTypeNames::key(ItemType type)
{
    switch (type) {
    case ItemType::Immediate:
        return QStringLiteral("immediate");
    case ItemType::Commitment:
        return QStringLiteral("commitment");
    case ItemType::Reported:
        return QStringLiteral("reported");
    case ItemType::Joint:
        return QStringLiteral("joint");
    case ItemType::Parallel:
        return QStringLiteral("parallel");
    }
    return {};
}

namespace {

constexpr ItemType AllTypes[] = {ItemType::Immediate, ItemType::Commitment, ItemType::Reported,
                                 ItemType::Joint, ItemType::Parallel};

} // namespace

std::optional<ItemType> ItemTypeNames::fromKey(const QString &key)
{
    for (ItemType type : AllTypes) {
        if (ItemTypeNames::key(type) == key)
            return type;
    }
    return std::nullopt;
}

QStringList ItemTypeNames::keys()
{
    QStringList keys;
    for (ItemType type : AllTypes)
        keys << key(type);
    return keys;
}

QString ItemTypeNames::displayName(ItemType type)
{
    switch (type) {
    case ItemType::Immediate:
        return tr("Immediate item");
    case ItemType::Commitment:
        return tr("Commitment item");
    case ItemType::Reported:
        return tr("Reported item");
    case ItemType::Joint:
        return tr("Joint item");
    case ItemType::Parallel:
        return tr("Parallel approval item");
    }
    return {};
}

} // namespace halldesk
