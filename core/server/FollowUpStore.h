#pragma once

#include "rating/RatingLevel.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <optional>

class QSqlQuery;

namespace halldesk {

class PersonalDataCipher;
class PreparedStatements;
struct StoredRating;

struct FollowUpNote
{
    qint64 atMs = 0;
    QString staffNo;
    QString state; // the state the step led to
    QString text;
};

// The follow-up (整改) of one 差评: a row of rating_followups, with what it shows of its rating.
struct StoredFollowUp
{
    qint64 id = 0;
    qint64 ratingId = 0;
    QString state = QStringLiteral("new");
    QDate openedOn;
    QDate callbackDue;
    QDate calledBackOn;
    QDate rectifyDue;
    QDate closedOn;
    QList<FollowUpNote> notes; // stored encrypted
    qint64 openedAtMs = 0;
    qint64 updatedAtMs = 0;
    // Of the rating (read with it, never stored twice).
    int window = 0;
    QString area;
    QString staffNo;
    QString ticketNumber;
    std::optional<RatingLevel> level;
    QStringList reasons;
    QString comment;

    // Today is past callbackDue while new, or past rectifyDue while rectifying.
    bool isOverdue(QDate today) const;
    static StoredFollowUp openFor(const StoredRating &rating);
};

struct FollowUpFilter
{
    QString state; // empty: every state
    bool overdueOnly = false;
    QDate today;
    int limit = 500;
};

// rating_followups (schema step 6), on the writer thread like CaseStore. Throws StorageError.
class FollowUpStore
{
public:
    FollowUpStore(PreparedStatements &statements, const PersonalDataCipher &cipher)
        : m_sql(statements)
        , m_cipher(cipher)
    {}

    // Stores a new follow-up; returns its id.
    qint64 insert(const StoredFollowUp &followUp);
    std::optional<StoredFollowUp> find(qint64 id);
    // Stores state, dates and notes.
    void update(const StoredFollowUp &followUp);
    // Newest first.
    QList<StoredFollowUp> list(const FollowUpFilter &filter);

    // The FollowUp object of PROTOCOL.md §12.7. Without `personal`, no comment and no notes.
    static QJsonObject toJson(const StoredFollowUp &followUp, QDate today, bool personal = true);

private:
    QList<StoredFollowUp> readAll(QSqlQuery &query);
    QString sealNotes(const QList<FollowUpNote> &notes) const;

    PreparedStatements &m_sql;
    const PersonalDataCipher &m_cipher;
};

} // namespace halldesk
