#include "rating/RatingReason.h"

#include <QRegularExpression>
#include <QSet>

namespace halldesk {

QList<RatingReason> RatingReasons::defaults()
{
    return {
        {QStringLiteral("attitude"), tr("Unfriendly attitude")},
        {QStringLiteral("slow"), tr("Slow service")},
        {QStringLiteral("not_told_once"), tr("Not told everything at once")},
        {QStringLiteral("many_trips"), tr("Had to come several times")},
        {QStringLiteral("long_wait"), tr("Waited too long")},
        {QStringLiteral("not_done"), tr("The matter was not settled")},
        {QStringLiteral("other"), tr("Other")},
    };
}

bool RatingReasons::isCode(const QString &code)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9_]{1,32}$"));
    return pattern.match(code).hasMatch();
}

std::optional<QList<RatingReason>> RatingReasons::parse(const QString &text, QString *bad)
{
    QList<RatingReason> reasons;
    QSet<QString> codes;
    for (const QString &entry : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const qsizetype equals = entry.indexOf(QLatin1Char('='));
        const QString code = entry.left(equals).trimmed();
        const QString label = equals < 0 ? QString() : entry.mid(equals + 1).trimmed();
        if (!isCode(code) || label.isEmpty() || label.size() > 40 || codes.contains(code)) {
            if (bad)
                *bad = entry.trimmed();
            return std::nullopt;
        }
        codes.insert(code);
        reasons.append({code, label});
    }
    if (reasons.isEmpty() || reasons.size() > 20) {
        if (bad)
            *bad = text.trimmed();
        return std::nullopt;
    }
    return reasons;
}

} // namespace halldesk
