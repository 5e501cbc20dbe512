#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace halldesk {

// One line of the checklist a citizen ticks after a 差评: a stable code for the statistics and
// the label the pad shows.
struct RatingReason
{
    QString code;
    QString label;

    friend bool operator==(const RatingReason &, const RatingReason &) = default;
};

class RatingReasons
{
    Q_DECLARE_TR_FUNCTIONS(RatingReasons)

public:
    // attitude, slow, not_told_once, many_trips, long_wait, not_done, other, labelled in the
    // user's language.
    static QList<RatingReason> defaults();
    // "code=label;code=label" as the server option rating_reasons gives them. nullopt, with
    // the offending entry in *bad, for an empty list, a malformed or repeated code, or an
    // empty label.
    static std::optional<QList<RatingReason>> parse(const QString &text, QString *bad = nullptr);
    // Codes are 1–32 characters from a-z, 0-9 and '_'.
    static bool isCode(const QString &code);
};

} // namespace halldesk
