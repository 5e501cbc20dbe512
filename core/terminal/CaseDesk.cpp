#include "terminal/CaseDesk.h"

#include "casework/CaseJson.h"
#include "casework/IntakeCheck.h"
#include "client/HallClient.h"
#include "logging/HallDeskLogging.h"
#include "terminal/CatalogueCache.h"
#include "terminal/SqliteOutbox.h"

#include <QJsonArray>

namespace halldesk {

namespace {

const QString kSubmitCase = QStringLiteral("submitCase");
const QString kCaseAction = QStringLiteral("caseAction");
const QString kCase = QStringLiteral("case");

} // namespace

CaseDesk::CaseDesk(TerminalStore &store, SqliteOutbox &outbox, HallClient &client,
                   CatalogueCache &catalogue, const WorkingCalendar &calendar, int window,
                   QObject *parent)
    : QObject(parent)
    , m_outbox(outbox)
    , m_client(client)
    , m_catalogue(catalogue)
    , m_calendar(calendar)
    , m_window(window)
    , m_cases(store)
    , m_scans(store)
    , m_numbers(store)
{
    connect(&m_client, &HallClient::outboxAnswered, this, &CaseDesk::onAnswered);
}

const Catalogue &CaseDesk::catalogue() const
{
    return m_catalogue.catalogue();
}

CaseNumber CaseDesk::nextCaseNumber(QDate serviceDay)
{
    return m_numbers.next(m_window, serviceDay);
}

std::optional<OperationError> CaseDesk::submit(CaseRecord &record, const QString &scanDraft)
{
    if (auto refused = IntakeCheck::complete(record, m_catalogue.catalogue(), m_calendar))
        return refused;
    if (!scanDraft.isEmpty() && !m_scans.adopt(scanDraft, record.number.toString())) {
        qCWarning(lcCase) << "case" << record.number.toString() << "not kept; scans not adopted";
        return OperationError(ErrorCode::StorageFailure);
    }
    const CaseRecord checked = record;
    m_outbox.appendThrough(
        [this, checked](const OutboxEntry &entry) { return m_cases.saveAndQueue(checked, entry); });
    const QString key = m_client.submit(kSubmitCase, {{kCase, CaseJson::toJson(checked)}});
    // Consumed by the append; cleared in case the client never asked.
    m_outbox.appendThrough({});
    if (key.isEmpty()) {
        qCWarning(lcCase) << "case" << checked.number.toString() << "not kept; intake refused";
        return OperationError(ErrorCode::StorageFailure);
    }
    qCInfo(lcCase) << "case" << checked.number.toString() << "kept and queued";
    // Scans the case does not record (taken again, or of a material marked missing after) go
    // now; if that fails they stay, and the server refuses them when they are offered.
    if (!m_scans.settle(checked))
        qCWarning(lcCase) << "case" << checked.number.toString() << "kept stale scans";
    return std::nullopt;
}

void CaseDesk::abandonIntake(const QString &scanOwner)
{
    if (!m_scans.discardDraft(scanOwner))
        qCWarning(lcCase) << "the scans of an abandoned intake could not be removed yet";
}

bool CaseDesk::act(const CaseNumber &number, const QString &action, QJsonObject args)
{
    args.insert(QStringLiteral("number"), number.toString());
    args.insert(QStringLiteral("action"), action);
    const QString key = m_client.submit(kCaseAction, args);
    if (key.isEmpty())
        return false;
    m_actions.insert(key, number.toString());
    return true;
}

void CaseDesk::onAnswered(const QString &key, const ClientReply &reply)
{
    const QJsonObject summary = reply.result.value(kCase).toObject();
    if (const QString number = m_actions.take(key); !number.isEmpty()) {
        if (!reply.ok)
            emit actionRefused(number, reply.error);
        else if (m_cases.updateSummary(summary))
            emit caseUpdated(number);
        return;
    }
    // A case's submission, possibly from before a restart: its key is in the case's row.
    const auto taken = m_cases.findByRequestKey(key);
    if (!taken) {
        // A caseAction sent before a restart: its answer still brings the case's new summary.
        if (reply.ok && m_cases.updateSummary(summary))
            emit caseUpdated(summary.value(QLatin1String("number")).toString());
        return;
    }
    const QString number = taken->record.number.toString();
    if (reply.ok) {
        if (m_cases.markSent(key, summary))
            emit caseSent(number);
        return;
    }
    qCWarning(lcCase) << "case" << number
                      << "refused by the server:" << OperationError::codeName(reply.error.code());
    if (m_cases.markRefused(key, reply.error))
        emit caseRefused(number, reply.error);
}

void CaseDesk::refreshLists(QDate serviceDay)
{
    m_client.request(
        QStringLiteral("cases"), {{QStringLiteral("view"), QStringLiteral("today")}},
        [this, serviceDay](const ClientReply &reply) {
            if (!reply.ok) {
                emit refreshFailed(reply.error);
                return;
            }
            const QJsonArray list = reply.result.value(QLatin1String("cases")).toArray();
            for (const QJsonValue &summary : list)
                m_cases.updateSummary(summary.toObject());
            m_numbers.raiseTo(m_window, serviceDay,
                              reply.result.value(QLatin1String("lastSequence")).toInt());
            emit listsRefreshed(list);
        });
}

QJsonObject CaseDesk::handledFor(const QString &ticketNumber, QDate serviceDay) const
{
    QJsonArray items;
    QJsonArray numbers;
    if (ticketNumber.isEmpty())
        return {};
    for (const TerminalCase &kept : m_cases.today(serviceDay)) {
        if (kept.record.ticketNumber != ticketNumber || kept.state == TerminalCase::State::Refused)
            continue;
        numbers.append(kept.record.number.toString());
        for (const CaseItem &item : kept.record.items) {
            if (!items.contains(item.code) && items.size() < 20)
                items.append(item.code);
        }
    }
    return {{QStringLiteral("items"), items}, {QStringLiteral("cases"), numbers}};
}

} // namespace halldesk
