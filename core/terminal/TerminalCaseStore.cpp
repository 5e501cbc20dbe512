#include "terminal/TerminalCaseStore.h"

#include "casework/CaseJson.h"
#include "logging/HallDeskLogging.h"
#include "terminal/SqliteOutbox.h"
#include "terminal/TerminalStore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace halldesk {

namespace {

const QLatin1String kApplicant("applicant");
const QLatin1String kForm("form");

QString stateName(TerminalCase::State state)
{
    switch (state) {
    case TerminalCase::State::Pending:
        return QStringLiteral("pending");
    case TerminalCase::State::Sent:
        return QStringLiteral("sent");
    case TerminalCase::State::Refused:
        return QStringLiteral("refused");
    }
    return {};
}

TerminalCase::State stateFromName(const QString &name)
{
    if (name == QLatin1String("sent"))
        return TerminalCase::State::Sent;
    if (name == QLatin1String("refused"))
        return TerminalCase::State::Refused;
    return TerminalCase::State::Pending;
}

QByteArray compact(const QJsonValue &value)
{
    return value.isObject() ? QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)
                            : QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
}

// The summary's ISO date, NULL when it has none.
QVariant dateColumn(const QJsonObject &summary, QLatin1String key)
{
    const QDate date = QDate::fromString(summary.value(key).toString(), Qt::ISODate);
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

std::optional<QDate> dateFrom(const QVariant &value)
{
    const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

} // namespace

TerminalCaseStore::TerminalCaseStore(TerminalStore &store)
    : m_store(store)
{}

bool TerminalCaseStore::insertCase(QSqlQuery &query, const CaseRecord &record,
                                   const QString &requestKey)
{
    const PersonalDataCipher *cipher = m_store.cipher();
    if (!cipher)
        return false;
    QJsonObject plain = CaseJson::toJson(record);
    const QByteArray applicant = cipher->encrypt(compact(plain.take(kApplicant)));
    const QByteArray form = cipher->encrypt(compact(plain.take(kForm)));
    query.prepare(QStringLiteral(
        "INSERT INTO terminal_cases (number, request_key, service_day, window, state, record, "
        "applicant, form, updated_at_ms) VALUES (?, ?, ?, ?, 'pending', ?, ?, ?, ?)"));
    query.addBindValue(record.number.toString());
    query.addBindValue(requestKey);
    query.addBindValue(record.receivedOn.toString(Qt::ISODate));
    query.addBindValue(record.window);
    query.addBindValue(QString::fromUtf8(QJsonDocument(plain).toJson(QJsonDocument::Compact)));
    query.addBindValue(QString::fromLatin1(applicant));
    query.addBindValue(QString::fromLatin1(form));
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    return query.exec();
}

bool TerminalCaseStore::saveAndQueue(const CaseRecord &record, const OutboxEntry &entry)
{
    const PersonalDataCipher *cipher = m_store.cipher();
    if (!cipher || record.number.isNull())
        return false;
    // A case that could not be read back would vanish from the lists while its submission
    // waits; only whole cases (as IntakeCheck completes them) are kept.
    const auto readBack = CaseJson::fromJson(CaseJson::toJson(record));
    if (const auto *field = std::get_if<QString>(&readBack)) {
        qCWarning(lcCase) << "case" << record.number.toString() << "not kept: incomplete" << *field;
        return false;
    }
    return m_store.write(QStringLiteral("saving case ") + record.number.toString(),
                         [&](QSqlQuery &query) {
                             return insertCase(query, record, entry.key) &&
                                    SqliteOutbox::insert(query, entry, *cipher);
                         });
}

bool TerminalCaseStore::setState(const QString &what, const QString &requestKey,
                                 TerminalCase::State state, const QJsonObject &summary,
                                 const OperationError &error)
{
    int changed = 0;
    const bool written = m_store.write(what, [&](QSqlQuery &query) {
        query.prepare(QStringLiteral(
            "UPDATE terminal_cases SET state = ?, status = ?, due_date = ?, verification_due = ?, "
            "error_code = ?, error_detail = ?, updated_at_ms = ? WHERE request_key = ?"));
        query.addBindValue(stateName(state));
        query.addBindValue(summary.isEmpty()
                               ? QVariant()
                               : QVariant(summary.value(QLatin1String("status")).toString()));
        query.addBindValue(dateColumn(summary, QLatin1String("dueDate")));
        query.addBindValue(dateColumn(summary, QLatin1String("verificationDue")));
        const bool refused = state == TerminalCase::State::Refused;
        query.addBindValue(refused ? QVariant(OperationError::codeName(error.code())) : QVariant());
        query.addBindValue(refused ? QVariant(error.detail()) : QVariant());
        query.addBindValue(QDateTime::currentMSecsSinceEpoch());
        query.addBindValue(requestKey);
        if (!query.exec())
            return false;
        changed = query.numRowsAffected();
        return true;
    });
    return written && changed > 0;
}

bool TerminalCaseStore::markSent(const QString &requestKey, const QJsonObject &summary)
{
    return setState(QStringLiteral("marking a case sent"), requestKey, TerminalCase::State::Sent,
                    summary, {});
}

bool TerminalCaseStore::markRefused(const QString &requestKey, const OperationError &error)
{
    return setState(QStringLiteral("marking a case refused"), requestKey,
                    TerminalCase::State::Refused, {}, error);
}

bool TerminalCaseStore::updateSummary(const QJsonObject &summary)
{
    int changed = 0;
    const bool written =
        m_store.write(QStringLiteral("updating a case summary"), [&](QSqlQuery &query) {
            query.prepare(QStringLiteral(
                "UPDATE terminal_cases SET status = ?, due_date = ?, verification_due = ?, "
                "updated_at_ms = ? WHERE number = ? AND state = 'sent'"));
            query.addBindValue(summary.value(QLatin1String("status")).toString());
            query.addBindValue(dateColumn(summary, QLatin1String("dueDate")));
            query.addBindValue(dateColumn(summary, QLatin1String("verificationDue")));
            query.addBindValue(QDateTime::currentMSecsSinceEpoch());
            query.addBindValue(summary.value(QLatin1String("number")).toString());
            if (!query.exec())
                return false;
            changed = query.numRowsAffected();
            return true;
        });
    return written && changed > 0;
}

QList<TerminalCase> TerminalCaseStore::select(const QString &where, const QVariant &value) const
{
    QList<TerminalCase> cases;
    const PersonalDataCipher *cipher = m_store.cipher();
    if (!cipher)
        return cases;
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT number, request_key, state, record, applicant, form, "
                                 "status, due_date, verification_due, error_code, error_detail "
                                 "FROM terminal_cases WHERE ") +
                  where + QStringLiteral(" ORDER BY number"));
    query.addBindValue(value);
    if (!query.exec()) {
        qCWarning(lcCase).noquote()
            << "reading the counter's cases failed:" << query.lastError().text();
        return cases;
    }
    while (query.next()) {
        QJsonObject json = QJsonDocument::fromJson(query.value(3).toString().toUtf8()).object();
        const auto applicant = cipher->decrypt(query.value(4).toString().toLatin1());
        const auto form = cipher->decrypt(query.value(5).toString().toLatin1());
        if (applicant)
            json.insert(kApplicant, QJsonDocument::fromJson(*applicant).object());
        if (form)
            json.insert(kForm, QJsonDocument::fromJson(*form).object());
        auto record = CaseJson::fromJson(json);
        if (!applicant || !form || !std::holds_alternative<CaseRecord>(record)) {
            // Named by number only: the rest may be personal data.
            qCCritical(lcCase) << "stored case" << query.value(0).toString()
                               << "cannot be read; it is left out";
            continue;
        }
        TerminalCase stored;
        stored.record = std::get<CaseRecord>(std::move(record));
        stored.requestKey = query.value(1).toString();
        stored.state = stateFromName(query.value(2).toString());
        stored.status = query.value(6).toString();
        stored.dueDate = dateFrom(query.value(7));
        stored.verificationDue = dateFrom(query.value(8));
        if (stored.state == TerminalCase::State::Refused)
            stored.refusal = OperationError(OperationError::codeFromName(query.value(9).toString()),
                                            query.value(10).toString());
        cases << stored;
    }
    return cases;
}

std::optional<TerminalCase> TerminalCaseStore::find(const CaseNumber &number) const
{
    const auto found = select(QStringLiteral("number = ?"), number.toString());
    return found.isEmpty() ? std::nullopt : std::optional<TerminalCase>(found.first());
}

std::optional<TerminalCase> TerminalCaseStore::findByRequestKey(const QString &requestKey) const
{
    const auto found = select(QStringLiteral("request_key = ?"), requestKey);
    return found.isEmpty() ? std::nullopt : std::optional<TerminalCase>(found.first());
}

QList<TerminalCase> TerminalCaseStore::today(QDate day) const
{
    return select(QStringLiteral("service_day = ?"), day.toString(Qt::ISODate));
}

QList<TerminalCase> TerminalCaseStore::pending() const
{
    return select(QStringLiteral("state = ?"), stateName(TerminalCase::State::Pending));
}

QList<TerminalCase> TerminalCaseStore::refused() const
{
    return select(QStringLiteral("state = ?"), stateName(TerminalCase::State::Refused));
}

bool TerminalCaseStore::saveNotice(const CaseNumber &number, const QString &kind,
                                   const QByteArray &pdf)
{
    const PersonalDataCipher *cipher = m_store.cipher();
    if (!cipher)
        return false;
    return m_store.write(QStringLiteral("saving a notice of ") + number.toString(),
                         [&](QSqlQuery &query) {
                             query.prepare(QStringLiteral(
                                 "INSERT OR REPLACE INTO terminal_case_notices (number, kind, "
                                 "pdf, created_at_ms) VALUES (?, ?, ?, ?)"));
                             query.addBindValue(number.toString());
                             query.addBindValue(kind);
                             query.addBindValue(QString::fromLatin1(cipher->encrypt(pdf)));
                             query.addBindValue(QDateTime::currentMSecsSinceEpoch());
                             return query.exec();
                         });
}

std::optional<QByteArray> TerminalCaseStore::notice(const CaseNumber &number,
                                                    const QString &kind) const
{
    const PersonalDataCipher *cipher = m_store.cipher();
    if (!cipher)
        return std::nullopt;
    QSqlQuery query(m_store.database());
    query.prepare(
        QStringLiteral("SELECT pdf FROM terminal_case_notices WHERE number = ? AND kind = ?"));
    query.addBindValue(number.toString());
    query.addBindValue(kind);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return cipher->decrypt(query.value(0).toString().toLatin1());
}

} // namespace halldesk
