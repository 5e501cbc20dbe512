#include "terminal/CaseSummary.h"

#include "casework/PersonalDataMask.h"
#include "terminal/TerminalCase.h"

#include <QJsonArray>

namespace halldesk {

namespace {

// An empty text is "no date"; anything else must be an ISO date.
bool readDate(const QJsonObject &o, QLatin1String key, std::optional<QDate> &out)
{
    const QString text = o.value(key).toString();
    if (text.isEmpty())
        return true;
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        return false;
    out = date;
    return true;
}

} // namespace

std::optional<CaseSummary> CaseSummary::fromJson(const QJsonObject &o)
{
    CaseSummary s;
    s.number = o.value(QLatin1String("number")).toString();
    const auto status = CaseStatusNames::fromKey(o.value(QLatin1String("status")).toString());
    const auto outcome =
        CaseStatusNames::outcomeFromKey(o.value(QLatin1String("outcome")).toString());
    s.receivedOn = QDate::fromString(o.value(QLatin1String("receivedOn")).toString(), Qt::ISODate);
    if (s.number.isEmpty() || !status || !outcome || !s.receivedOn.isValid() ||
        !readDate(o, QLatin1String("dueDate"), s.dueDate) ||
        !readDate(o, QLatin1String("verificationDue"), s.verificationDue))
        return std::nullopt;
    s.state.status = *status;
    s.state.outcome = *outcome;
    s.window = o.value(QLatin1String("window")).toInt();
    s.staffNo = o.value(QLatin1String("staffNo")).toString();
    s.ticket = o.value(QLatin1String("ticket")).toString();
    for (const QJsonValue &item : o.value(QLatin1String("items")).toArray()) {
        s.itemCodes << item.toObject().value(QLatin1String("code")).toString();
        s.itemNames << item.toObject().value(QLatin1String("name")).toString();
    }
    s.applicantName = o.value(QLatin1String("applicantName")).toString();
    s.applicantId = o.value(QLatin1String("applicantId")).toString();
    s.decision = IntakeDecisionNames::fromKey(o.value(QLatin1String("decision")).toString());
    return s;
}

CaseSummary CaseSummary::fromLocal(const TerminalCase &taken)
{
    const CaseRecord &r = taken.record;
    CaseSummary s;
    s.number = r.number.toString();
    s.window = r.window;
    s.staffNo = r.staffNo;
    s.ticket = r.ticketNumber;
    s.receivedOn = r.receivedOn;
    for (const CaseItem &item : r.items) {
        s.itemCodes << item.code;
        s.itemNames << item.name;
    }
    // Masked as the server masks its summaries (CaseStore::summary), so both lists look alike.
    const bool person = r.applicant.kind == Applicant::Kind::Person;
    s.applicantName = person ? PersonalDataMask::name(r.applicant.name) : r.applicant.name;
    s.applicantId =
        person ? PersonalDataMask::residentId(r.applicant.residentId) : r.applicant.creditCode;
    s.decision = r.decision;
    s.state = r.state;
    s.dueDate = r.dueDate;
    s.verificationDue = r.verificationDue;
    switch (taken.state) {
    case TerminalCase::State::Pending:
        s.origin = Origin::Pending;
        break;
    case TerminalCase::State::Refused:
        s.origin = Origin::Refused;
        s.refusal = taken.refusal;
        break;
    case TerminalCase::State::Sent:
        // The kept copy of the server's summary decides status and dates.
        if (const auto status = CaseStatusNames::fromKey(taken.status))
            s.state.status = *status;
        s.dueDate = taken.dueDate;
        s.verificationDue = taken.verificationDue;
        break;
    }
    return s;
}

bool CaseSummary::isOpen() const
{
    return origin != Origin::Refused &&
           (state.status == CaseStatus::Received || state.status == CaseStatus::Accepted ||
            state.status == CaseStatus::Correction);
}

QString CaseSummary::statusText() const
{
    switch (origin) {
    case Origin::Pending:
        return tr("Not yet sent");
    case Origin::Refused:
        return tr("Refused by the server");
    case Origin::Server:
        break;
    }
    return CaseStatusNames::displayName(state.status, state.outcome);
}

QString CaseSummary::decisionText() const
{
    return decision ? IntakeDecisionNames::displayName(*decision) : QString();
}

QString CaseSummary::itemsText() const
{
    QStringList names;
    for (qsizetype i = 0; i < itemNames.size(); ++i)
        names << (itemNames.at(i).isEmpty() ? itemCodes.value(i) : itemNames.at(i));
    //: Separator between service item names in a list cell
    return names.join(tr("; "));
}

} // namespace halldesk
