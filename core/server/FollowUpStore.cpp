#include "server/FollowUpStore.h"

#include "crypto/PersonalDataCipher.h"
#include "server/RatingStore.h"
#include "storage/PreparedStatements.h"
#include "storage/StorageError.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace halldesk {

namespace {

const QString Select = QStringLiteral(
    "SELECT f.id, f.rating_id, f.state, f.opened_on, f.callback_due, f.called_back_on, "
    "f.rectify_due, f.closed_on, f.notes_enc, f.opened_at_ms, f.updated_at_ms, r.window_number, "
    "r.area, r.staff_no, r.ticket_number, r.level, r.reasons, r.comment_enc FROM "
    "rating_followups f JOIN service_ratings r ON r.id = f.rating_id");

QString isoDate(QDate day)
{
    return day.isValid() ? day.toString(Qt::ISODate) : QStringLiteral("");
}

QDate dateOf(const QVariant &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

QString decrypted(const PersonalDataCipher &cipher, const QString &sealed)
{
    if (sealed.isEmpty())
        return {};
    const auto clear = cipher.decryptText(sealed);
    if (!clear)
        throw StorageError(QStringLiteral("a follow-up cannot be decrypted"));
    return *clear;
}

QJsonArray notesJson(const QList<FollowUpNote> &notes)
{
    QJsonArray array;
    for (const FollowUpNote &note : notes)
        array.append(QJsonObject{{QStringLiteral("atMs"), double(note.atMs)},
                                 {QStringLiteral("staffNo"), note.staffNo},
                                 {QStringLiteral("state"), note.state},
                                 {QStringLiteral("text"), note.text}});
    return array;
}

} // namespace

bool StoredFollowUp::isOverdue(QDate today) const
{
    if (state == QLatin1String("new"))
        return callbackDue.isValid() && today > callbackDue;
    if (state == QLatin1String("rectifying"))
        return rectifyDue.isValid() && today > rectifyDue;
    return false;
}

StoredFollowUp StoredFollowUp::openFor(const StoredRating &rating)
{
    StoredFollowUp f;
    f.ratingId = rating.id;
    f.window = rating.window;
    f.area = rating.area;
    f.staffNo = rating.staffNo;
    f.ticketNumber = rating.ticketNumber;
    f.level = rating.level;
    f.reasons = rating.reasons;
    f.comment = rating.comment;
    return f;
}

QString FollowUpStore::sealNotes(const QList<FollowUpNote> &notes) const
{
    if (notes.isEmpty())
        return QStringLiteral("");
    return m_cipher.encryptText(
        QString::fromUtf8(QJsonDocument(notesJson(notes)).toJson(QJsonDocument::Compact)));
}

qint64 FollowUpStore::insert(const StoredFollowUp &f)
{
    auto &q = m_sql.run(
        QStringLiteral("INSERT INTO rating_followups (rating_id, state, opened_on, callback_due, "
                       "called_back_on, rectify_due, closed_on, notes_enc, opened_at_ms, "
                       "updated_at_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {f.ratingId, f.state, isoDate(f.openedOn), isoDate(f.callbackDue), isoDate(f.calledBackOn),
         isoDate(f.rectifyDue), isoDate(f.closedOn), sealNotes(f.notes), f.openedAtMs,
         f.updatedAtMs});
    StatementFinisher done(q);
    if (!q.next())
        throw StorageError(QStringLiteral("follow-up insert returned no id"));
    return q.value(0).toLongLong();
}

void FollowUpStore::update(const StoredFollowUp &f)
{
    m_sql
        .run(QStringLiteral("UPDATE rating_followups SET state = ?, called_back_on = ?, "
                            "rectify_due = ?, closed_on = ?, notes_enc = ?, updated_at_ms = ? "
                            "WHERE id = ?"),
             {f.state, isoDate(f.calledBackOn), isoDate(f.rectifyDue), isoDate(f.closedOn),
              sealNotes(f.notes), f.updatedAtMs, f.id})
        .finish();
}

QList<StoredFollowUp> FollowUpStore::readAll(QSqlQuery &q)
{
    StatementFinisher done(q);
    QList<StoredFollowUp> list;
    while (q.next()) {
        StoredFollowUp f;
        f.id = q.value(0).toLongLong();
        f.ratingId = q.value(1).toLongLong();
        f.state = q.value(2).toString();
        f.openedOn = dateOf(q.value(3));
        f.callbackDue = dateOf(q.value(4));
        f.calledBackOn = dateOf(q.value(5));
        f.rectifyDue = dateOf(q.value(6));
        f.closedOn = dateOf(q.value(7));
        const QString notes = decrypted(m_cipher, q.value(8).toString());
        for (const QJsonValue &value : QJsonDocument::fromJson(notes.toUtf8()).array()) {
            const QJsonObject note = value.toObject();
            f.notes.append({note.value(QLatin1String("atMs")).toInteger(),
                            note.value(QLatin1String("staffNo")).toString(),
                            note.value(QLatin1String("state")).toString(),
                            note.value(QLatin1String("text")).toString()});
        }
        f.openedAtMs = q.value(9).toLongLong();
        f.updatedAtMs = q.value(10).toLongLong();
        f.window = q.value(11).toInt();
        f.area = q.value(12).toString();
        f.staffNo = q.value(13).toString();
        f.ticketNumber = q.value(14).toString();
        f.level = RatingLevels::fromStorageName(q.value(15).toString());
        for (const QJsonValue &reason :
             QJsonDocument::fromJson(q.value(16).toString().toUtf8()).array())
            f.reasons << reason.toString();
        f.comment = decrypted(m_cipher, q.value(17).toString());
        list << f;
    }
    return list;
}

std::optional<StoredFollowUp> FollowUpStore::find(qint64 id)
{
    const auto found = readAll(m_sql.run(Select + QStringLiteral(" WHERE f.id = ?"), {id}));
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

QList<StoredFollowUp> FollowUpStore::list(const FollowUpFilter &filter)
{
    // Dates are ISO text: they compare as strings on both back-ends.
    const QString today = isoDate(filter.today);
    QString where = QStringLiteral(" WHERE 1 = 1");
    QVariantList values;
    if (!filter.state.isEmpty()) {
        where += QStringLiteral(" AND f.state = ?");
        values << filter.state;
    }
    if (filter.overdueOnly) {
        where += QStringLiteral(" AND ((f.state = 'new' AND f.callback_due < ?) OR (f.state = "
                                "'rectifying' AND f.rectify_due < ?))");
        values << today << today;
    }
    values << filter.limit;
    return readAll(
        m_sql.run(Select + where + QStringLiteral(" ORDER BY f.id DESC LIMIT ?"), values));
}

QJsonObject FollowUpStore::toJson(const StoredFollowUp &f, QDate today, bool personal)
{
    QJsonObject json{
        {QStringLiteral("id"), double(f.id)},
        {QStringLiteral("ratingId"), double(f.ratingId)},
        {QStringLiteral("window"), f.window},
        {QStringLiteral("area"), f.area},
        {QStringLiteral("staffNo"), f.staffNo},
        {QStringLiteral("ticketNumber"), f.ticketNumber},
        {QStringLiteral("level"), f.level ? RatingLevels::storageName(*f.level) : QString()},
        {QStringLiteral("reasons"), QJsonArray::fromStringList(f.reasons)},
        {QStringLiteral("state"), f.state},
        {QStringLiteral("openedOn"), isoDate(f.openedOn)},
        {QStringLiteral("callbackDue"), isoDate(f.callbackDue)},
        {QStringLiteral("calledBackOn"), isoDate(f.calledBackOn)},
        {QStringLiteral("rectifyDue"), isoDate(f.rectifyDue)},
        {QStringLiteral("closedOn"), isoDate(f.closedOn)},
        {QStringLiteral("overdue"), f.isOverdue(today)}};
    if (personal) {
        json.insert(QStringLiteral("comment"), f.comment);
        json.insert(QStringLiteral("notes"), notesJson(f.notes));
    }
    return json;
}

} // namespace halldesk
