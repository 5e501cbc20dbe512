#pragma once

#include "casework/CaseLifecycle.h"
#include "casework/IntakeDecision.h"
#include "domain/OperationError.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QStringList>
#include <optional>

namespace halldesk {

struct TerminalCase;

// One line of the counter's case lists: the server's case summary (PROTOCOL.md §9.9), or a
// case this terminal took that the server has not stored (yet). Personal data only masked.
struct CaseSummary
{
    enum class Origin
    {
        Server,  // the server's summary, or a kept copy of it
        Pending, // taken here, its submission still in the outbox
        Refused, // taken here and refused by the server: must be taken again
    };

    QString number;
    int window = 0;
    QString staffNo;
    QString ticket;
    QDate receivedOn;
    QStringList itemCodes;
    QStringList itemNames;
    QString applicantName; // masked for a person
    QString applicantId;   // masked for a person
    std::optional<IntakeDecision> decision;
    CaseState state;
    std::optional<QDate> dueDate;
    std::optional<QDate> verificationDue;
    Origin origin = Origin::Server;
    OperationError refusal; // Refused only

    // Nothing when the object lacks a number, a known status or readable dates.
    static std::optional<CaseSummary> fromJson(const QJsonObject &object);
    static CaseSummary fromLocal(const TerminalCase &taken);

    // Open cases still run against their due date.
    bool isOpen() const;
    QString statusText() const;
    QString decisionText() const;
    QString itemsText() const;

    Q_DECLARE_TR_FUNCTIONS(CaseSummary)
};

} // namespace halldesk
