#include "terminal/CaseQueries.h"

#include "client/HallClient.h"
#include "logging/HallDeskLogging.h"
#include "terminal/TerminalCaseStore.h"

#include <QJsonArray>
#include <QPointer>

namespace halldesk {

namespace {

// The server's default for dueSoon (PROTOCOL.md §5.27), used for the offline list too.
constexpr int DueSoonDays = 3;

} // namespace

QString CaseList::viewKey(CaseListView view)
{
    switch (view) {
    case CaseListView::Today:
        return QStringLiteral("today");
    case CaseListView::Mine:
        return QStringLiteral("mine");
    case CaseListView::DueSoon:
        return QStringLiteral("dueSoon");
    case CaseListView::Overdue:
        return QStringLiteral("overdue");
    }
    return {};
}

CaseQueries::CaseQueries(HallClient &client, TerminalCaseStore &cases, WorkingCalendar calendar,
                         QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_cases(cases)
    , m_calendar(std::move(calendar))
{}

void CaseQueries::list(CaseListView view, QDate serviceDay)
{
    // The answer may come after this object is gone (the counter closing).
    QPointer<CaseQueries> self(this);
    m_client.request(
        QStringLiteral("cases"), {{QStringLiteral("view"), CaseList::viewKey(view)}},
        [self, view, serviceDay](const ClientReply &reply) {
            if (!self)
                return;
            CaseList list;
            list.view = view;
            list.serviceDay = serviceDay;
            if (!reply.ok) {
                qCInfo(lcCase) << "case list" << CaseList::viewKey(view)
                               << "not read:" << OperationError::codeName(reply.error.code());
                list.error = reply.error;
                list.local = self->localCases(view, serviceDay, true);
                emit self->listed(list);
                return;
            }
            for (const QJsonValue &value : reply.result.value(QLatin1String("cases")).toArray()) {
                const QJsonObject object = value.toObject();
                if (const auto summary = CaseSummary::fromJson(object)) {
                    list.server << *summary;
                    self->m_cases.updateSummary(object);
                }
            }
            list.local = self->localCases(view, serviceDay, false);
            emit self->listed(list);
        });
}

void CaseQueries::fetch(const QString &number)
{
    QPointer<CaseQueries> self(this);
    m_client.request(QStringLiteral("case"), {{QStringLiteral("number"), number}},
                     [self, number](const ClientReply &reply) {
                         if (!self)
                             return;
                         if (!reply.ok) {
                             emit self->fetchFailed(number, reply.error);
                             return;
                         }
                         auto detail = CaseDetail::fromJson(reply.result);
                         if (const auto *field = std::get_if<QString>(&detail)) {
                             qCWarning(lcCase) << "case" << number << "unreadable:" << *field;
                             emit self->fetchFailed(number,
                                                    OperationError(ErrorCode::BadMessage, *field));
                             return;
                         }
                         emit self->fetched(std::get<CaseDetail>(detail));
                     });
}

QList<CaseSummary> CaseQueries::localCases(CaseListView view, QDate serviceDay, bool withSent) const
{
    QList<TerminalCase> taken = m_cases.pending() + m_cases.refused();
    if (withSent) {
        for (const TerminalCase &c : m_cases.today(serviceDay)) {
            if (c.state == TerminalCase::State::Sent)
                taken << c;
        }
    }
    QList<CaseSummary> out;
    for (const TerminalCase &c : taken) {
        const CaseSummary summary = CaseSummary::fromLocal(c);
        if (matches(view, summary, serviceDay))
            out << summary;
    }
    return out;
}

bool CaseQueries::matches(CaseListView view, const CaseSummary &s, QDate serviceDay) const
{
    switch (view) {
    case CaseListView::Today:
        // A case still waiting to be sent is shown whatever its day: it needs attention.
        return s.origin == CaseSummary::Origin::Pending || s.receivedOn == serviceDay;
    case CaseListView::Mine:
        return true; // everything this terminal took; the note says so
    case CaseListView::DueSoon:
        return s.isOpen() && s.dueDate && *s.dueDate >= serviceDay &&
               *s.dueDate <= m_calendar.addWorkingDays(serviceDay, DueSoonDays);
    case CaseListView::Overdue:
        return s.isOpen() && s.dueDate && *s.dueDate < serviceDay;
    }
    return false;
}

} // namespace halldesk
