#pragma once

#include "casework/CaseRecord.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
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

// A case summary (PROTOCOL.md §9.9) of an accepted T0002 case at window 15, as the server's
// CaseStore::summary writes it; dates are ISO text, empty for none.
inline QJsonObject caseSummaryJson(const QString &number, const QString &status,
                                   const QString &dueDate, const QString &outcome = {})
{
    return QJsonObject{
        {QStringLiteral("number"), number},
        {QStringLiteral("window"), 15},
        {QStringLiteral("staffNo"), QStringLiteral("S042")},
        {QStringLiteral("ticket"), QStringLiteral("A023")},
        {QStringLiteral("receivedOn"), QStringLiteral("2026-11-30")},
        {QStringLiteral("items"),
         QJsonArray{QJsonObject{{QStringLiteral("code"), QStringLiteral("T0002")},
                                {QStringLiteral("name"), QStringLiteral("户外广告设置许可")}}}},
        {QStringLiteral("applicantName"), QStringLiteral("张**")},
        {QStringLiteral("applicantId"), QStringLiteral("4202**********1231")},
        {QStringLiteral("decision"), QStringLiteral("accept")},
        {QStringLiteral("status"), status},
        {QStringLiteral("outcome"), outcome},
        {QStringLiteral("dueDate"), dueDate},
        {QStringLiteral("verificationDue"), QString()}};
}

// One step of a case's history (PROTOCOL.md §5.28 `events`), as CaseStore::events writes it.
inline QJsonObject caseEventJson(qint64 atMs, const QString &kind, const QString &staffNo,
                                 int window, const QString &from, const QString &to,
                                 const QString &detail = {})
{
    return QJsonObject{{QStringLiteral("atMs"), double(atMs)}, {QStringLiteral("kind"), kind},
                       {QStringLiteral("staffNo"), staffNo},   {QStringLiteral("window"), window},
                       {QStringLiteral("from"), from},         {QStringLiteral("to"), to},
                       {QStringLiteral("detail"), detail}};
}

} // namespace halldesk::test
