#pragma once

#include "casework/CaseRecord.h"

#include <QDateTime>
#include <QTimeZone>

namespace halldesk::test {

inline const QString DraftResidentId = QStringLiteral("420202199001011231");
inline const QString DraftName = QStringLiteral("张三丰");
inline const QString DraftMobile = QStringLiteral("13800138000");

// A person's application for `item` of testCatalogueJson() at `window` on the manual clock's
// Monday 2026-11-30, complete enough for IntakeCheck: T0001 immediate, T0002 accepted.
inline CaseRecord caseDraft(int window, int sequence, const QString &item = QStringLiteral("T0002"))
{
    CaseRecord r;
    r.number = CaseNumber(QDate(2026, 11, 30), window, sequence);
    r.verificationCode = QStringLiteral("7KQ2MZ9H");
    r.window = window;
    r.staffNo = QStringLiteral("S1");
    r.receivedAtMs =
        QDateTime(QDate(2026, 11, 30), QTime(1, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    r.receivedOn = QDate(2026, 11, 30);
    r.catalogueVersion = 7;
    r.items = {{item, 1, QString(), QString()}};
    r.applicant.kind = Applicant::Kind::Person;
    r.applicant.name = DraftName;
    r.applicant.residentId = DraftResidentId;
    r.applicant.mobile = DraftMobile;
    MaterialCheck id;
    id.code = QStringLiteral("M-IDCARD");
    id.state = MaterialCheck::State::Received;
    id.pages = 1;
    r.materials = {id};
    if (item == QLatin1String("T0001")) {
        r.decision = IntakeDecision::Immediate;
        r.form[item][QStringLiteral("purpose")] = QStringLiteral("自用");
    } else {
        r.decision = IntakeDecision::Accept;
        r.form[item][QStringLiteral("address")] = QStringLiteral("黄石港区某路1号");
        MaterialCheck plan;
        plan.code = QStringLiteral("M-PLAN");
        plan.state = MaterialCheck::State::Received;
        plan.pages = 2;
        r.materials << plan;
    }
    return r;
}

} // namespace halldesk::test
