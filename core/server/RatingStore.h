#pragma once

#include "rating/RatingLevel.h"
#include "rating/RatingRequest.h"

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <optional>

class QSqlQuery;

namespace halldesk {

class PersonalDataCipher;
class PreparedStatements;

// One service asked to be rated (a row of service_ratings), as the server keeps it. The
// comment is in clear here only: it is stored encrypted and never logged.
struct StoredRating
{
    qint64 id = 0;
    qint64 ticketId = 0;
    int window = 0;
    QString area; // the window's area code
    qint64 staffId = 0;
    QString staffNo;
    QString staffName;
    QString ticketNumber;
    QDate serviceDay;
    qint64 requestedAtMs = 0;
    qint64 expiresAtMs = 0;
    qint64 ratedAtMs = 0;
    qint64 receivedAtMs = 0;
    QString state = QStringLiteral("pending"); // pending, rated, unrated
    std::optional<RatingLevel> level;
    QStringList reasons;
    QString comment;
    QList<RatedItem> items;
    QStringList cases;
    QString terminal;     // the pad's certificate CN, once rated
    QByteArray signature; // as the pad sent it
    bool late = false;

    bool isBad() const { return level && RatingLevels::isBad(*level); }
};

// The server's rating tables (schema step 6: service_ratings, rating_items), used on the
// writer thread inside its transaction like CaseStore. Throws StorageError.
class RatingStore
{
public:
    RatingStore(PreparedStatements &statements, const PersonalDataCipher &cipher)
        : m_sql(statements)
        , m_cipher(cipher)
    {}

    // Returns the new rating's id; one row per item goes to rating_items.
    qint64 insert(const StoredRating &rating);
    std::optional<StoredRating> find(qint64 id);
    std::optional<StoredRating> findByTicket(qint64 ticketId);
    // Stores what the pad gave: state, level, reasons, comment, times, terminal, signature.
    void recordRating(const StoredRating &rating);
    // Closes every pending rating whose deadline has passed as unrated; returns them.
    QList<StoredRating> expire(qint64 nowMs);
    // A window's pending ratings not yet expired, oldest first.
    QList<StoredRating> pending(int window, qint64 nowMs);
    // The area code of a window ("" if none).
    QString areaOfWindow(int window);

    // The Rating object of PROTOCOL.md §12.6. Without `full`, as a window's subscribers see
    // it: no reasons and no comment.
    static QJsonObject toJson(const StoredRating &rating, const QList<RatingReason> &choices,
                              bool full = true);

private:
    QList<StoredRating> readAll(QSqlQuery &query);

    PreparedStatements &m_sql;
    const PersonalDataCipher &m_cipher;
};

} // namespace halldesk
