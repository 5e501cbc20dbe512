#include "rating/RatingLevel.h"

namespace halldesk {

QList<RatingLevel> RatingLevels::all()
{
    return {RatingLevel::VerySatisfied, RatingLevel::Satisfied, RatingLevel::Basic,
            RatingLevel::Dissatisfied, RatingLevel::VeryDissatisfied};
}

QString RatingLevels::storageName(RatingLevel level)
{
    switch (level) {
    case RatingLevel::VerySatisfied:
        return QStringLiteral("very_satisfied");
    case RatingLevel::Satisfied:
        return QStringLiteral("satisfied");
    case RatingLevel::Basic:
        return QStringLiteral("basic");
    case RatingLevel::Dissatisfied:
        return QStringLiteral("dissatisfied");
    case RatingLevel::VeryDissatisfied:
        return QStringLiteral("very_dissatisfied");
    }
    return {};
}

std::optional<RatingLevel> RatingLevels::fromStorageName(const QString &name)
{
    for (RatingLevel level : all()) {
        if (storageName(level) == name)
            return level;
    }
    return std::nullopt;
}

bool RatingLevels::isBad(RatingLevel level)
{
    return level == RatingLevel::Dissatisfied || level == RatingLevel::VeryDissatisfied;
}

QString RatingLevels::displayName(RatingLevel level)
{
    switch (level) {
    case RatingLevel::VerySatisfied:
        return tr("Very satisfied");
    case RatingLevel::Satisfied:
        return tr("Satisfied");
    case RatingLevel::Basic:
        return tr("Basically satisfied");
    case RatingLevel::Dissatisfied:
        return tr("Dissatisfied");
    case RatingLevel::VeryDissatisfied:
        return tr("Very dissatisfied");
    }
    return {};
}

QString RatingLevels::unratedName()
{
    return tr("Not rated");
}

} // namespace halldesk
