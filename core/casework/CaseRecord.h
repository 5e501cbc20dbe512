#pragma once

#include "calendar/ClockPause.h"
#include "casework/Applicant.h"
#include "casework/CaseLifecycle.h"
#include "casework/CaseNumber.h"
#include "casework/IntakeDecision.h"
#include "casework/MaterialCheck.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <optional>

namespace halldesk {

// An item of the catalogue as a case took it: the revision lets the server see that the
// catalogue changed while the case waited offline.
struct CaseItem
{
    QString code;
    int revision = 0;
    QString subItemCode;
    QString name;

    friend bool operator==(const CaseItem &, const CaseItem &) = default;
};

// 补正 stops the clock from `start` to `end`, both included; an open pause has no end yet.
using CasePause = ClockPause;

// Everything a window records about one application, as the counter sends it and the server
// keeps it. Personal data is in clear here: each store encrypts it at rest.
struct CaseRecord
{
    CaseNumber number;
    QString verificationCode;
    int window = 0;
    QString staffNo;
    QString ticketNumber; // the queue ticket the case came from; empty without one
    qint64 receivedAtMs = 0;
    QDate receivedOn; // the hall's local service day

    int catalogueVersion = 0;
    QList<CaseItem> items;
    QString bundleCode;

    Applicant applicant;
    // Item code → form field key → value as normalized by FormFieldValidator.
    QMap<QString, QMap<QString, QString>> form;
    QList<MaterialCheck> materials;

    IntakeDecision decision = IntakeDecision::Accept;
    QString reason; // 不予受理 reason, or a note on the decision
    CaseState state;
    std::optional<QDate> dueDate;
    std::optional<QDate> verificationDue; // 信用承诺
    QList<CasePause> pauses;

    friend bool operator==(const CaseRecord &, const CaseRecord &) = default;
};

} // namespace halldesk
