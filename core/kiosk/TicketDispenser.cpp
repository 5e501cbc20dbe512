#include "kiosk/TicketDispenser.h"

#include "domain/OperationError.h"
#include "domain/PriorityGroupNames.h"
#include "kiosk/KioskSession.h"
#include "kiosk/SlipPrinter.h"
#include "logging/HallDeskLogging.h"

namespace halldesk {

TicketDispenser::TicketDispenser(KioskSession &session, SlipPrinter &printer, QString hallName,
                                 QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_printer(printer)
    , m_hallName(std::move(hallName))
{
    connect(&m_session, &KioskSession::ticketIssued, this, [this](const KioskTicket &ticket) {
        m_last = ticket;
        QString error;
        const bool printed = print(ticket, false, &error);
        emit dispensed(ticket, printed, error);
    });
    connect(&m_session, &KioskSession::requestFailed, this, &TicketDispenser::refused);
    connect(&m_session, &KioskSession::ticketRecovered, this, [this](const KioskTicket &ticket) {
        m_last = ticket;
        QString error;
        emit recovered(ticket, print(ticket, true, &error));
    });
}

bool TicketDispenser::take(const KioskRequest &request, QString *why)
{
    if (const QString problem = m_printer.problem(); !problem.isEmpty()) {
        if (why)
            *why = problem;
        return false;
    }
    OperationError error;
    if (!m_session.request(request, &error)) {
        if (why)
            *why = error.message();
        return false;
    }
    return true;
}

bool TicketDispenser::reprintLast(QString *why)
{
    if (!m_last.isValid()) {
        if (why)
            *why = tr("No ticket has been issued here yet.");
        return false;
    }
    return print(m_last, true, why);
}

TicketSlip TicketDispenser::slipFor(const KioskTicket &ticket) const
{
    TicketSlip slip;
    slip.hallName = m_hallName;
    slip.number = ticket.number;
    slip.queueName = ticket.queueName.isEmpty() ? ticket.queue : ticket.queueName;
    slip.windows = ticket.windows;
    slip.waitingAhead = ticket.waitingAhead;
    slip.estimatedWaitSeconds = ticket.estimatedWaitSeconds;
    slip.issuedAtMs = ticket.issuedAtMs;
    slip.serviceDay = ticket.serviceDay;
    slip.ticketId = ticket.id;
    slip.priorityName = PriorityGroupNames::displayName(ticket.priority);
    slip.appointmentStartMs = ticket.appointmentStartMs;
    slip.appointmentEndMs = ticket.appointmentEndMs;
    return slip;
}

bool TicketDispenser::print(const KioskTicket &ticket, bool reprint, QString *error)
{
    TicketSlip slip = slipFor(ticket);
    slip.reprint = reprint;
    if (!m_printer.print(slip, error)) {
        qCWarning(lcKiosk).noquote() << "the slip of" << ticket.number << "did not print";
        return false;
    }
    qCInfo(lcKiosk).noquote() << "slip of" << ticket.number << "printed";
    return true;
}

} // namespace halldesk
