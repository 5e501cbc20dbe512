#include "server/CaseStore.h"

#include "casework/CaseJson.h"
#include "casework/PersonalDataMask.h"
#include "crypto/PersonalDataCipher.h"
#include "storage/PreparedStatements.h"
#include "storage/StorageError.h"

#include <QJsonDocument>

namespace halldesk {

namespace {

QString compact(const QJsonValue &value)
{
    const QJsonDocument doc =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
}

QJsonValue parsed(const QString &text)
{
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

// Qt binds a null QString as SQL NULL; the text columns are NOT NULL with '' for "none".
QVariantList textNotNull(QVariantList values)
{
    for (QVariant &v : values) {
        if (v.typeId() == QMetaType::QString && v.toString().isNull())
            v = QVariant(QString(QLatin1String("")));
    }
    return values;
}

QString lookupKey(const Applicant &a)
{
    return a.kind == Applicant::Kind::Person ? a.residentId : a.creditCode;
}

// Lists select numbers first and then read each case through find(), the one place that
// decrypts; the statement is finished before the next one runs.
QStringList caseNumbers(QSqlQuery &q)
{
    StatementFinisher done(q);
    QStringList numbers;
    while (q.next())
        numbers << q.value(0).toString();
    return numbers;
}

const QString CaseColumns = QStringLiteral(
    "id, staff_id, case_number, verification_code, window_number, staff_no, ticket_number, "
    "received_at_ms, received_on, catalogue_version, items, bundle, applicant_enc, form_enc, "
    "materials, decision, reason, status, outcome, before_correction, due_on, "
    "verification_due_on, pauses");

} // namespace

QJsonObject CaseStore::summary(const CaseRecord &r)
{
    QJsonArray items;
    for (const CaseItem &item : r.items)
        items.append(
            QJsonObject{{QStringLiteral("code"), item.code}, {QStringLiteral("name"), item.name}});
    const Applicant &a = r.applicant;
    const QString maskedId = a.kind == Applicant::Kind::Person
                                 ? PersonalDataMask::residentId(a.residentId)
                                 : a.creditCode; // an organisation's code is public
    const QString name =
        a.kind == Applicant::Kind::Person ? PersonalDataMask::name(a.name) : a.name;
    return {{QStringLiteral("number"), r.number.toString()},
            {QStringLiteral("window"), r.window},
            {QStringLiteral("staffNo"), r.staffNo},
            {QStringLiteral("ticket"), r.ticketNumber},
            {QStringLiteral("receivedOn"), r.receivedOn.toString(Qt::ISODate)},
            {QStringLiteral("items"), items},
            {QStringLiteral("applicantName"), name},
            {QStringLiteral("applicantId"), maskedId},
            {QStringLiteral("decision"), IntakeDecisionNames::key(r.decision)},
            {QStringLiteral("status"), CaseStatusNames::key(r.state.status)},
            {QStringLiteral("outcome"), CaseStatusNames::key(r.state.outcome)},
            {QStringLiteral("dueDate"), r.dueDate ? r.dueDate->toString(Qt::ISODate) : QString()},
            {QStringLiteral("verificationDue"),
             r.verificationDue ? r.verificationDue->toString(Qt::ISODate) : QString()}};
}

qint64 CaseStore::insert(const CaseRecord &r, qint64 staffId, qint64 atMs)
{
    const QJsonObject json = CaseJson::toJson(r);
    const QString applicant = compact(json.value(QLatin1String("applicant")));
    const QString form = compact(json.value(QLatin1String("form")));
    auto &q = m_sql.run(
        QStringLiteral(
            "INSERT INTO cases (case_number, verification_code, window_number, staff_id, "
            "staff_no, ticket_number, received_at_ms, received_on, catalogue_version, items, "
            "bundle, applicant_kind, applicant_hash, applicant_enc, form_enc, materials, "
            "decision, reason, status, outcome, before_correction, due_on, "
            "verification_due_on, pauses, updated_at_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        textNotNull({r.number.toString(),
                     r.verificationCode,
                     r.window,
                     staffId > 0 ? QVariant(staffId) : QVariant(),
                     r.staffNo,
                     r.ticketNumber,
                     r.receivedAtMs,
                     r.receivedOn.toString(Qt::ISODate),
                     r.catalogueVersion,
                     compact(json.value(QLatin1String("items"))),
                     r.bundleCode,
                     r.applicant.kind == Applicant::Kind::Person ? QStringLiteral("person")
                                                                 : QStringLiteral("organisation"),
                     m_cipher.blindIndex(lookupKey(r.applicant)),
                     m_cipher.encryptText(applicant),
                     m_cipher.encryptText(form),
                     compact(json.value(QLatin1String("materials"))),
                     json.value(QLatin1String("decision")).toString(),
                     r.reason,
                     json.value(QLatin1String("status")).toString(),
                     json.value(QLatin1String("outcome")).toString(),
                     json.value(QLatin1String("beforeCorrection")).toString(),
                     json.value(QLatin1String("dueDate")).toString(),
                     json.value(QLatin1String("verificationDue")).toString(),
                     compact(json.value(QLatin1String("pauses"))),
                     atMs}));
    StatementFinisher done(q);
    if (!q.next())
        throw StorageError(QStringLiteral("case insert returned no id"));
    return q.value(0).toLongLong();
}

void CaseStore::update(const StoredCase &stored, qint64 atMs)
{
    const QJsonObject json = CaseJson::toJson(stored.record);
    m_sql
        .run(QStringLiteral("UPDATE cases SET materials = ?, reason = ?, status = ?, outcome = ?, "
                            "before_correction = ?, due_on = ?, verification_due_on = ?, pauses "
                            "= ?, updated_at_ms = ? WHERE id = ?"),
             textNotNull({compact(json.value(QLatin1String("materials"))), stored.record.reason,
                          json.value(QLatin1String("status")).toString(),
                          json.value(QLatin1String("outcome")).toString(),
                          json.value(QLatin1String("beforeCorrection")).toString(),
                          json.value(QLatin1String("dueDate")).toString(),
                          json.value(QLatin1String("verificationDue")).toString(),
                          compact(json.value(QLatin1String("pauses"))), atMs, stored.id}))
        .finish();
}

std::optional<StoredCase> CaseStore::find(const QString &caseNumber)
{
    auto &q =
        m_sql.run(QStringLiteral("SELECT %1 FROM cases WHERE case_number = ?").arg(CaseColumns),
                  {caseNumber});
    StatementFinisher done(q);
    if (!q.next())
        return std::nullopt;
    const auto applicant = m_cipher.decryptText(q.value(12).toString());
    const auto form = m_cipher.decryptText(q.value(13).toString());
    // A row this key cannot read is damage or a wrong key file: say so rather than show a
    // case without its applicant.
    if (!applicant || !form)
        throw StorageError(QStringLiteral("case personal data cannot be decrypted with this key"));
    const QJsonObject json{{QStringLiteral("number"), q.value(2).toString()},
                           {QStringLiteral("verificationCode"), q.value(3).toString()},
                           {QStringLiteral("window"), q.value(4).toInt()},
                           {QStringLiteral("staffNo"), q.value(5).toString()},
                           {QStringLiteral("ticket"), q.value(6).toString()},
                           {QStringLiteral("receivedAtMs"), q.value(7).toDouble()},
                           {QStringLiteral("receivedOn"), q.value(8).toString()},
                           {QStringLiteral("catalogueVersion"), q.value(9).toInt()},
                           {QStringLiteral("items"), parsed(q.value(10).toString())},
                           {QStringLiteral("bundle"), q.value(11).toString()},
                           {QStringLiteral("applicant"), parsed(*applicant)},
                           {QStringLiteral("form"), parsed(*form)},
                           {QStringLiteral("materials"), parsed(q.value(14).toString())},
                           {QStringLiteral("decision"), q.value(15).toString()},
                           {QStringLiteral("reason"), q.value(16).toString()},
                           {QStringLiteral("status"), q.value(17).toString()},
                           {QStringLiteral("outcome"), q.value(18).toString()},
                           {QStringLiteral("beforeCorrection"), q.value(19).toString()},
                           {QStringLiteral("dueDate"), q.value(20).toString()},
                           {QStringLiteral("verificationDue"), q.value(21).toString()},
                           {QStringLiteral("pauses"), parsed(q.value(22).toString())}};
    auto record = CaseJson::fromJson(json);
    if (auto *field = std::get_if<QString>(&record))
        throw StorageError(QStringLiteral("stored case has a malformed %1").arg(*field));
    return StoredCase{q.value(0).toLongLong(), q.value(1).toLongLong(),
                      std::get<CaseRecord>(std::move(record))};
}

void CaseStore::appendEvent(qint64 caseId, qint64 atMs, const QString &kind, qint64 staffId,
                            const QString &staffNo, int window, const QString &fromStatus,
                            const QString &toStatus, const QString &detail)
{
    m_sql
        .run(QStringLiteral("INSERT INTO case_events (case_id, at_ms, kind, staff_id, staff_no, "
                            "window_number, from_status, to_status, detail) VALUES (?, ?, ?, ?, "
                            "?, ?, ?, ?, ?)"),
             textNotNull({caseId, atMs, kind, staffId > 0 ? QVariant(staffId) : QVariant(), staffNo,
                          window, fromStatus, toStatus, detail}))
        .finish();
}

QJsonArray CaseStore::events(qint64 caseId)
{
    auto &q = m_sql.run(QStringLiteral("SELECT at_ms, kind, staff_no, window_number, from_status, "
                                       "to_status, detail FROM case_events WHERE case_id = ? "
                                       "ORDER BY id"),
                        {caseId});
    StatementFinisher done(q);
    QJsonArray out;
    while (q.next()) {
        out.append(QJsonObject{{QStringLiteral("atMs"), q.value(0).toDouble()},
                               {QStringLiteral("kind"), q.value(1).toString()},
                               {QStringLiteral("staffNo"), q.value(2).toString()},
                               {QStringLiteral("window"), q.value(3).toInt()},
                               {QStringLiteral("from"), q.value(4).toString()},
                               {QStringLiteral("to"), q.value(5).toString()},
                               {QStringLiteral("detail"), q.value(6).toString()}});
    }
    return out;
}

QJsonArray CaseStore::list(const CaseListFilter &f)
{
    const QString open = QStringLiteral("status IN ('received', 'accepted', 'correction')");
    QString where;
    QVariantList values;
    switch (f.view) {
    case CaseListFilter::View::Today:
        where = QStringLiteral("window_number = ? AND received_on = ?");
        values = {f.window, f.today.toString(Qt::ISODate)};
        break;
    case CaseListFilter::View::Mine:
        where = QStringLiteral("staff_id = ?");
        values = {f.staffId};
        break;
    case CaseListFilter::View::DueSoon:
        where = QStringLiteral("window_number = ? AND %1 AND due_on <> '' AND due_on >= ? AND "
                               "due_on <= ?")
                    .arg(open);
        values = {f.window, f.today.toString(Qt::ISODate), f.dueBy.toString(Qt::ISODate)};
        break;
    case CaseListFilter::View::Overdue:
        where =
            QStringLiteral("window_number = ? AND %1 AND due_on <> '' AND due_on < ?").arg(open);
        values = {f.window, f.today.toString(Qt::ISODate)};
        break;
    }
    const QString order =
        f.view == CaseListFilter::View::DueSoon || f.view == CaseListFilter::View::Overdue
            ? QStringLiteral("due_on, id")
            : QStringLiteral("id DESC");
    auto &q =
        m_sql.run(QStringLiteral("SELECT case_number FROM cases WHERE %1 ORDER BY %2 LIMIT %3")
                      .arg(where, order)
                      .arg(f.limit),
                  values);
    QJsonArray out;
    for (const QString &number : caseNumbers(q)) {
        if (const auto stored = find(number))
            out.append(summary(stored->record));
    }
    return out;
}

int CaseStore::lastSequence(int window, QDate day)
{
    // The number's fixed width makes the greatest string the greatest sequence.
    auto &q = m_sql.run(QStringLiteral("SELECT MAX(case_number) FROM cases WHERE window_number = ? "
                                       "AND received_on = ?"),
                        {window, day.toString(Qt::ISODate)});
    StatementFinisher done(q);
    if (!q.next() || q.value(0).isNull())
        return 0;
    const auto number = CaseNumber::parse(q.value(0).toString());
    return number ? number->sequence() : 0;
}

QJsonArray CaseStore::casesOfApplicant(const QString &normalizedId, int limit)
{
    auto &q = m_sql.run(QStringLiteral("SELECT case_number FROM cases WHERE applicant_hash = ? "
                                       "ORDER BY id DESC LIMIT %1")
                            .arg(limit),
                        {m_cipher.blindIndex(normalizedId)});
    QJsonArray out;
    for (const QString &number : caseNumbers(q)) {
        if (const auto stored = find(number)) {
            QJsonObject line = summary(stored->record);
            QJsonArray materials;
            for (const MaterialCheck &m : stored->record.materials) {
                if (m.state == MaterialCheck::State::Received)
                    materials.append(QJsonObject{{QStringLiteral("code"), m.code},
                                                 {QStringLiteral("name"), m.name},
                                                 {QStringLiteral("pages"), m.pages}});
            }
            line.insert(QStringLiteral("materials"), materials);
            out.append(line);
        }
    }
    return out;
}

} // namespace halldesk
