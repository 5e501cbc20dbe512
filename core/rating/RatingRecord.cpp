#include "rating/RatingRecord.h"

#include "rating/RatingReason.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace halldesk {

namespace {

constexpr qint64 MaxId = qint64(1) << 50;

// An integer as JSON may carry it (15 or 15.0), within [min, max].
std::optional<qint64> integerOf(const QJsonValue &value, qint64 min, qint64 max)
{
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    if (d != double(qint64(d)) || d < double(min) || d > double(max))
        return std::nullopt;
    return qint64(d);
}

} // namespace

QJsonObject RatingRecord::toJson() const
{
    return {{QStringLiteral("ratingId"), ratingId},
            {QStringLiteral("window"), window},
            {QStringLiteral("ticketId"), ticketId},
            {QStringLiteral("staffNo"), staffNo},
            {QStringLiteral("level"), RatingLevels::storageName(level)},
            {QStringLiteral("reasons"), QJsonArray::fromStringList(reasons)},
            {QStringLiteral("comment"), comment},
            {QStringLiteral("ratedAtMs"), ratedAtMs},
            {QStringLiteral("terminal"), terminal}};
}

std::optional<RatingRecord> RatingRecord::fromJson(const QJsonObject &json, QString *badField)
{
    RatingRecord record;
    auto fail = [badField](const char *field) -> std::optional<RatingRecord> {
        if (badField)
            *badField = QLatin1String(field);
        return std::nullopt;
    };
    const auto ratingId = integerOf(json.value(QLatin1String("ratingId")), 1, MaxId);
    if (!ratingId)
        return fail("ratingId");
    record.ratingId = *ratingId;
    const auto window = integerOf(json.value(QLatin1String("window")), 1, 9999);
    if (!window)
        return fail("window");
    record.window = int(*window);
    const auto ticketId = integerOf(json.value(QLatin1String("ticketId")), 1, MaxId);
    if (!ticketId)
        return fail("ticketId");
    record.ticketId = *ticketId;
    const QJsonValue staffNo = json.value(QLatin1String("staffNo"));
    if (!staffNo.isString() || staffNo.toString().isEmpty() || staffNo.toString().size() > 32)
        return fail("staffNo");
    record.staffNo = staffNo.toString();
    const auto level = RatingLevels::fromStorageName(json.value(QLatin1String("level")).toString());
    if (!level)
        return fail("level");
    record.level = *level;
    const QJsonValue reasons = json.value(QLatin1String("reasons"));
    if (!reasons.isArray() || reasons.toArray().size() > MaxReasons)
        return fail("reasons");
    for (const QJsonValue &reason : reasons.toArray()) {
        if (!reason.isString() || !RatingReasons::isCode(reason.toString()) ||
            record.reasons.contains(reason.toString()))
            return fail("reasons");
        record.reasons << reason.toString();
    }
    const QJsonValue comment = json.value(QLatin1String("comment"));
    if (!comment.isString() || comment.toString().size() > MaxComment)
        return fail("comment");
    record.comment = comment.toString();
    const auto ratedAt = integerOf(json.value(QLatin1String("ratedAtMs")), 0, MaxId);
    if (!ratedAt)
        return fail("ratedAtMs");
    record.ratedAtMs = *ratedAt;
    const QJsonValue terminal = json.value(QLatin1String("terminal"));
    if (!terminal.isString() || terminal.toString().isEmpty() || terminal.toString().size() > 64)
        return fail("terminal");
    record.terminal = terminal.toString();
    return record;
}

QByteArray RatingRecord::signedBytes() const
{
    return QByteArrayLiteral("halldesk-rating/1\n") +
           QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
}

} // namespace halldesk
