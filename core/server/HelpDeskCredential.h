#pragma once

#include "domain/OperationError.h"
#include "pki/TerminalRole.h"

#include <QJsonObject>
#include <QString>
#include <optional>
#include <variant>

namespace halldesk {

// How a clerk at the help desk confirms a priority ticket at a kiosk (PROTOCOL.md §5.10): the
// `helpDesk` argument, either a staff number with its PIN or a staff card. Kept in memory only
// for the request; never logged.
struct HelpDeskCredential
{
    QString staffNo;
    QString pin;
    QString card; // as typed or read; normalized when checked

    bool usesCard() const { return !card.isEmpty(); }

    // The credential a request carries, when one is needed: a kiosk's issueTicket with a
    // priority group. nullopt when none is needed or none was given (the operation then says
    // priority_needs_staff); bad_request (detail `helpDesk`) when it is malformed.
    static std::variant<std::optional<HelpDeskCredential>, OperationError>
    fromRequest(TerminalRole role, const QString &op, const QJsonObject &args);
};

// A credential once its secret has been checked (slowly, off the writer): whether the PIN
// matched. A card needs no slow check; the writer looks its keyed hash up.
struct HelpDeskCheck
{
    HelpDeskCredential credential;
    bool secretOk = false;
    // The lock-out rules in force (ServerSettings): wrong PINs count like wrong passwords.
    int maxFailures = 5;
    qint64 lockMs = 15 * 60 * 1000;
};

} // namespace halldesk
