#pragma once

#include "client/ClientOutbox.h"
#include "terminal/TerminalCase.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QVariant>
#include <optional>

class QSqlQuery;

namespace halldesk {

class TerminalStore;

// The cases taken at this counter, in its terminal store: the applicant, the form and the
// printed notices encrypted with the terminal key, everything else plain so that lists need no
// decryption of what they do not show. A case and its submission are written together
// (saveAndQueue), so neither exists without the other. The store must be open and outlive this.
class TerminalCaseStore
{
public:
    explicit TerminalCaseStore(TerminalStore &store);

    // The case as pending and `entry` (its submitCase) in the outbox, in one transaction;
    // false, with neither stored, if any part failed (a full disk, a number already taken).
    bool saveAndQueue(const CaseRecord &record, const OutboxEntry &entry);
    // The server's answer to the submission with this key: its case summary (§9.9), or why it
    // refused. False if no case has that key or the write failed.
    bool markSent(const QString &requestKey, const QJsonObject &summary);
    bool markRefused(const QString &requestKey, const OperationError &error);
    // A later summary of a case already sent (a caseAction's answer, the `cases` lists).
    bool updateSummary(const QJsonObject &summary);

    std::optional<TerminalCase> find(const CaseNumber &number) const;
    std::optional<TerminalCase> findByRequestKey(const QString &requestKey) const;
    // Received on `day`, by number.
    QList<TerminalCase> today(QDate day) const;
    QList<TerminalCase> pending() const;
    QList<TerminalCase> refused() const;

    // A printed notice (kind: e.g. "receipt", "correction"), kept to print again offline.
    bool saveNotice(const CaseNumber &number, const QString &kind, const QByteArray &pdf);
    std::optional<QByteArray> notice(const CaseNumber &number, const QString &kind) const;

private:
    QList<TerminalCase> select(const QString &where, const QVariant &value) const;
    bool setState(const QString &what, const QString &requestKey, TerminalCase::State state,
                  const QJsonObject &summary, const OperationError &error);
    bool insertCase(QSqlQuery &query, const CaseRecord &record, const QString &requestKey);

    TerminalStore &m_store;
};

} // namespace halldesk
