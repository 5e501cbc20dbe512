#pragma once

#include "casework/CaseRecord.h"
#include "catalogue/Catalogue.h"
#include "client/ClientReply.h"
#include "domain/OperationError.h"
#include "terminal/CaseNumberAllocator.h"
#include "terminal/MaterialScanStore.h"
#include "terminal/TerminalCaseStore.h"

#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QObject>
#include <optional>

namespace halldesk {

class CatalogueCache;
class HallClient;
class SqliteOutbox;
class TerminalStore;
class WorkingCalendar;

// The counter's intake (受理) in one place: numbers, the local check, the case kept with its
// submission, and the server's verdict. Everything works with the server unreachable: a case
// is checked against the cached catalogue and waits in the outbox, and its verdict arrives
// whenever the outbox gets through, possibly after a restart. A refusal is kept and reported
// (caseRefused), never resolved silently: the clerk must take the application again.
// The store must be open; `outbox` must be the one `client` was made with.
class CaseDesk : public QObject
{
    Q_OBJECT

public:
    CaseDesk(TerminalStore &store, SqliteOutbox &outbox, HallClient &client,
             CatalogueCache &catalogue, const WorkingCalendar &calendar, int window,
             QObject *parent = nullptr);

    const Catalogue &catalogue() const;
    TerminalCaseStore &cases() { return m_cases; }
    // The scanned materials of this counter's cases, and of the intake in progress.
    MaterialScanStore &scans() { return m_scans; }
    // A null number if the store could not record it.
    CaseNumber nextCaseNumber(QDate serviceDay);

    // Completes `record` (IntakeCheck) and keeps it with its submitCase in one transaction.
    // The error of the check, or StorageFailure if the store refused it (nothing was kept);
    // nothing when the case is on its way.
    // `scanDraft`: the draft id the intake kept its scans under (MaterialScanStore); they
    // become the case's before it is kept.
    std::optional<OperationError> submit(CaseRecord &record, const QString &scanDraft = {});
    // The clerk gave up an intake: the materials scanned for it (under its draft id or its
    // case number) are removed.
    void abandonIntake(const QString &scanOwner);
    // A step of a case (PROTOCOL.md §5.26) through the outbox; false if it could not be stored.
    bool act(const CaseNumber &number, const QString &action, QJsonObject args = {});
    // Asks the server for this window's cases of the day; updates the kept summaries and the
    // case numbering (lastSequence). Answers with listsRefreshed or refreshFailed.
    void refreshLists(QDate serviceDay);
    // What this counter handled for one queue ticket on `serviceDay`: {"items": [codes],
    // "cases": [numbers]} of its cases not refused, for the rating the pad asks for.
    QJsonObject handledFor(const QString &ticketNumber, QDate serviceDay) const;

signals:
    void caseSent(const QString &number);
    void caseRefused(const QString &number, const halldesk::OperationError &error);
    void caseUpdated(const QString &number);
    void actionRefused(const QString &number, const halldesk::OperationError &error);
    void listsRefreshed(const QJsonArray &cases);
    void refreshFailed(const halldesk::OperationError &error);

private:
    void onAnswered(const QString &key, const ClientReply &reply);

    SqliteOutbox &m_outbox;
    HallClient &m_client;
    CatalogueCache &m_catalogue;
    const WorkingCalendar &m_calendar;
    int m_window;
    TerminalCaseStore m_cases;
    MaterialScanStore m_scans;
    CaseNumberAllocator m_numbers;
    QHash<QString, QString> m_actions; // caseAction key → case number, for this run
};

} // namespace halldesk
