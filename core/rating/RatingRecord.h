#pragma once

#include "rating/RatingLevel.h"

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>
#include <optional>

namespace halldesk {

// What a citizen gave on the pad, as the pad signs it (PROTOCOL.md §12.3). The server takes
// nothing from the pad that it does not check against the rating it asked for; the signature
// says which pad made the record, so a counter cannot make one.
struct RatingRecord
{
    static constexpr int MaxReasons = 10;
    static constexpr int MaxComment = 200;

    qint64 ratingId = 0;
    int window = 0;
    qint64 ticketId = 0;
    QString staffNo;
    RatingLevel level = RatingLevel::Satisfied;
    QStringList reasons; // codes
    QString comment;
    qint64 ratedAtMs = 0; // server time, as the pad estimates it
    QString terminal;     // the pad's certificate CN

    QJsonObject toJson() const;
    // nullopt for a record that is not one; *badField names the first bad field ("level",
    // "reasons", ...). Values are checked for form only: whether they fit the rating asked
    // for is the server's business.
    static std::optional<RatingRecord> fromJson(const QJsonObject &json, QString *badField);
    // "halldesk-rating/1\n" and the record as compact JSON, keys sorted: the bytes signed.
    // Built from the fields, so the same record gives the same bytes on every machine.
    QByteArray signedBytes() const;

    friend bool operator==(const RatingRecord &, const RatingRecord &) = default;
};

} // namespace halldesk
