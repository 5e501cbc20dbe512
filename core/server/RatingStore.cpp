#include "server/RatingStore.h"

#include "crypto/PersonalDataCipher.h"
#include "storage/PreparedStatements.h"
#include "storage/StorageError.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace halldesk {

namespace {

const QString Columns = QStringLiteral(
    "id, ticket_id, window_number, area, staff_id, staff_no, staff_name, ticket_number, "
    "service_day, requested_at_ms, expires_at_ms, rated_at_ms, received_at_ms, state, level, "
    "reasons, comment_enc, items, cases, terminal, signature, late");

QString compact(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QJsonArray arrayOf(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).array();
}

QJsonArray itemsJson(const QList<RatedItem> &items)
{
    QJsonArray array;
    for (const RatedItem &item : items)
        array.append(
            QJsonObject{{QStringLiteral("code"), item.code}, {QStringLiteral("name"), item.name}});
    return array;
}

// Qt binds a null QString as SQL NULL; the text columns are NOT NULL with '' for "none".
QString text(const QString &value)
{
    return value.isNull() ? QString(QLatin1String("")) : value;
}

} // namespace

qint64 RatingStore::insert(const StoredRating &r)
{
    auto &q = m_sql.run(
        QStringLiteral("INSERT INTO service_ratings (ticket_id, window_number, area, staff_id, "
                       "staff_no, staff_name, ticket_number, service_day, requested_at_ms, "
                       "expires_at_ms, state, items, cases) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                       "?, ?, ?) RETURNING id"),
        {r.ticketId, r.window, text(r.area), r.staffId > 0 ? QVariant(r.staffId) : QVariant(),
         text(r.staffNo), text(r.staffName), text(r.ticketNumber),
         r.serviceDay.toString(Qt::ISODate), r.requestedAtMs, r.expiresAtMs, text(r.state),
         compact(itemsJson(r.items)), compact(QJsonArray::fromStringList(r.cases))});
    qint64 id = 0;
    {
        StatementFinisher done(q);
        if (!q.next())
            throw StorageError(QStringLiteral("rating insert returned no id"));
        id = q.value(0).toLongLong();
    }
    for (const RatedItem &item : r.items) {
        // A code named twice counts once.
        m_sql
            .run(QStringLiteral("INSERT INTO rating_items (rating_id, item_code) SELECT ?, ? "
                                "WHERE NOT EXISTS (SELECT 1 FROM rating_items WHERE rating_id = ? "
                                "AND item_code = ?)"),
                 {id, item.code, id, item.code})
            .finish();
    }
    return id;
}

QList<StoredRating> RatingStore::readAll(QSqlQuery &q)
{
    StatementFinisher done(q);
    QList<StoredRating> list;
    while (q.next()) {
        StoredRating r;
        r.id = q.value(0).toLongLong();
        r.ticketId = q.value(1).toLongLong();
        r.window = q.value(2).toInt();
        r.area = q.value(3).toString();
        r.staffId = q.value(4).toLongLong();
        r.staffNo = q.value(5).toString();
        r.staffName = q.value(6).toString();
        r.ticketNumber = q.value(7).toString();
        r.serviceDay = QDate::fromString(q.value(8).toString(), Qt::ISODate);
        r.requestedAtMs = q.value(9).toLongLong();
        r.expiresAtMs = q.value(10).toLongLong();
        r.ratedAtMs = q.value(11).toLongLong();
        r.receivedAtMs = q.value(12).toLongLong();
        r.state = q.value(13).toString();
        r.level = RatingLevels::fromStorageName(q.value(14).toString());
        for (const QJsonValue &reason : arrayOf(q.value(15).toString()))
            r.reasons << reason.toString();
        const QString comment = q.value(16).toString();
        if (!comment.isEmpty()) {
            const auto clear = m_cipher.decryptText(comment);
            if (!clear)
                throw StorageError(QStringLiteral("a rating comment cannot be decrypted"));
            r.comment = *clear;
        }
        for (const QJsonValue &value : arrayOf(q.value(17).toString())) {
            const QJsonObject item = value.toObject();
            r.items.append({item.value(QLatin1String("code")).toString(),
                            item.value(QLatin1String("name")).toString()});
        }
        for (const QJsonValue &value : arrayOf(q.value(18).toString()))
            r.cases << value.toString();
        r.terminal = q.value(19).toString();
        r.signature = QByteArray::fromBase64(q.value(20).toString().toLatin1());
        r.late = q.value(21).toInt() != 0;
        list << r;
    }
    return list;
}

std::optional<StoredRating> RatingStore::find(qint64 id)
{
    const auto found = readAll(m_sql.run(QStringLiteral("SELECT ") + Columns +
                                             QStringLiteral(" FROM service_ratings WHERE id = ?"),
                                         {id}));
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

std::optional<StoredRating> RatingStore::findByTicket(qint64 ticketId)
{
    const auto found = readAll(m_sql.run(QStringLiteral("SELECT ") + Columns +
                                             QStringLiteral(" FROM service_ratings WHERE "
                                                            "ticket_id = ?"),
                                         {ticketId}));
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

void RatingStore::recordRating(const StoredRating &r)
{
    m_sql
        .run(QStringLiteral("UPDATE service_ratings SET state = ?, level = ?, reasons = ?, "
                            "comment_enc = ?, rated_at_ms = ?, received_at_ms = ?, terminal = ?, "
                            "signature = ?, late = ? WHERE id = ?"),
             {text(r.state), r.level ? RatingLevels::storageName(*r.level) : QStringLiteral(""),
              compact(QJsonArray::fromStringList(r.reasons)),
              r.comment.isEmpty() ? QStringLiteral("") : m_cipher.encryptText(r.comment),
              r.ratedAtMs, r.receivedAtMs, text(r.terminal),
              QString::fromLatin1(r.signature.toBase64()), r.late ? 1 : 0, r.id})
        .finish();
}

QList<StoredRating> RatingStore::expire(qint64 nowMs)
{
    QList<StoredRating> expired =
        readAll(m_sql.run(QStringLiteral("SELECT ") + Columns +
                              QStringLiteral(" FROM service_ratings WHERE state = 'pending' AND "
                                             "expires_at_ms < ? ORDER BY expires_at_ms, id"),
                          {nowMs}));
    for (StoredRating &r : expired) {
        m_sql
            .run(QStringLiteral("UPDATE service_ratings SET state = 'unrated' WHERE id = ? AND "
                                "state = 'pending'"),
                 {r.id})
            .finish();
        r.state = QStringLiteral("unrated");
    }
    return expired;
}

QList<StoredRating> RatingStore::pending(int window, qint64 nowMs)
{
    return readAll(m_sql.run(QStringLiteral("SELECT ") + Columns +
                                 QStringLiteral(" FROM service_ratings WHERE state = 'pending' "
                                                "AND window_number = ? AND expires_at_ms >= ? "
                                                "ORDER BY requested_at_ms, id"),
                             {window, nowMs}));
}

QString RatingStore::areaOfWindow(int window)
{
    auto &q = m_sql.run(QStringLiteral("SELECT a.code FROM windows w JOIN areas a ON a.id = "
                                       "w.area_id WHERE w.number = ?"),
                        {window});
    StatementFinisher done(q);
    return q.next() ? q.value(0).toString() : QString();
}

QJsonObject RatingStore::toJson(const StoredRating &r, const QList<RatingReason> &choices,
                                bool full)
{
    QJsonArray reasonChoices;
    for (const RatingReason &reason : choices)
        reasonChoices.append(QJsonObject{{QStringLiteral("code"), reason.code},
                                         {QStringLiteral("label"), reason.label}});
    QJsonObject json{{QStringLiteral("id"), double(r.id)},
                     {QStringLiteral("window"), r.window},
                     {QStringLiteral("area"), r.area},
                     {QStringLiteral("ticketId"), double(r.ticketId)},
                     {QStringLiteral("ticketNumber"), r.ticketNumber},
                     {QStringLiteral("staffNo"), r.staffNo},
                     {QStringLiteral("staffName"), r.staffName},
                     {QStringLiteral("items"), itemsJson(r.items)},
                     {QStringLiteral("cases"), QJsonArray::fromStringList(r.cases)},
                     {QStringLiteral("reasonChoices"), reasonChoices},
                     {QStringLiteral("requestedAtMs"), double(r.requestedAtMs)},
                     {QStringLiteral("expiresAtMs"), double(r.expiresAtMs)},
                     {QStringLiteral("timeoutMs"), double(r.expiresAtMs - r.requestedAtMs)},
                     {QStringLiteral("state"), r.state},
                     {QStringLiteral("channel"), QStringLiteral("pad")}};
    if (r.state == QLatin1String("rated") && r.level) {
        json.insert(QStringLiteral("level"), RatingLevels::storageName(*r.level));
        json.insert(QStringLiteral("ratedAtMs"), double(r.ratedAtMs));
        json.insert(QStringLiteral("late"), r.late);
        if (full) {
            json.insert(QStringLiteral("reasons"), QJsonArray::fromStringList(r.reasons));
            json.insert(QStringLiteral("comment"), r.comment);
        }
    }
    return json;
}

} // namespace halldesk
