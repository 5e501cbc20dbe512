#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace halldesk {

// The five levels of GB/T 39735-2020, best first. The first three count as satisfied; the last
// two are a 差评, which needs reasons and opens a follow-up.
enum class RatingLevel
{
    VerySatisfied,
    Satisfied,
    Basic,
    Dissatisfied,
    VeryDissatisfied,
};

class RatingLevels
{
    Q_DECLARE_TR_FUNCTIONS(RatingLevels)

public:
    static QList<RatingLevel> all();
    // very_satisfied, satisfied, basic, dissatisfied, very_dissatisfied (PROTOCOL.md §12.1).
    static QString storageName(RatingLevel level);
    static std::optional<RatingLevel> fromStorageName(const QString &name);
    static bool isBad(RatingLevel level);
    // 非常满意 … 非常不满意, in the user's language.
    static QString displayName(RatingLevel level);
    // What the record says when nobody rated: 未评价.
    static QString unratedName();
};

} // namespace halldesk
