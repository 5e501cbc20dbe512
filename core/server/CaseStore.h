#pragma once

#include "casework/CaseRecord.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <optional>

namespace halldesk {

class PersonalDataCipher;
class PreparedStatements;

struct StoredCase
{
    qint64 id = 0;
    qint64 staffId = 0;
    CaseRecord record;
};

// Who a case list is for: the counter's views of its window.
struct CaseListFilter
{
    enum class View
    {
        Today,   // received at this window today
        Mine,    // received by this clerk, any day, newest first
        DueSoon, // open, due within the next few working days
        Overdue  // open, due date passed
    };
    View view = View::Today;
    int window = 0;
    qint64 staffId = 0;
    QDate today;
    QDate dueBy; // DueSoon: last due date included
    int limit = 200;
};

// The server's case tables (schema step 4), used on the writer thread inside its transaction.
// Personal data is encrypted here and nowhere else on the server: the applicant and the form
// values go in as AES-256-GCM ciphertext, the applicant's ID number or credit code as a keyed
// hash for lookups. Throws StorageError like every repository.
class CaseStore
{
public:
    CaseStore(PreparedStatements &statements, const PersonalDataCipher &cipher)
        : m_sql(statements)
        , m_cipher(cipher)
    {}

    // Returns the new case's id.
    qint64 insert(const CaseRecord &record, qint64 staffId, qint64 atMs);
    void update(const StoredCase &stored, qint64 atMs);
    std::optional<StoredCase> find(const QString &caseNumber);
    void appendEvent(qint64 caseId, qint64 atMs, const QString &kind, qint64 staffId,
                     const QString &staffNo, int window, const QString &fromStatus,
                     const QString &toStatus, const QString &detail);
    QJsonArray events(qint64 caseId);
    // One line per case with the applicant masked: what lists show.
    QJsonArray list(const CaseListFilter &filter);
    // The highest sequence this window has used on `day` (0 if none): a counter whose store
    // was lost starts numbering after it.
    int lastSequence(int window, QDate day);
    // The cases of one applicant (ID number or credit code, normalized), newest first, so
    // the window can reuse materials given before.
    QJsonArray casesOfApplicant(const QString &normalizedId, int limit);

    static QJsonObject summary(const CaseRecord &record);

private:
    PreparedStatements &m_sql;
    const PersonalDataCipher &m_cipher;
};

} // namespace halldesk
