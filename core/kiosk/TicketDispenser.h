#pragma once

#include "kiosk/KioskRequest.h"
#include "kiosk/KioskTicket.h"
#include "notice/TicketSlip.h"

#include <QObject>
#include <QString>

namespace halldesk {

class KioskSession;
class OperationError;
class SlipPrinter;

// Takes a ticket for a citizen and prints its slip: the printer is asked first, so a kiosk
// out of paper issues nothing; the request then goes through the session (once, under its
// key); the slip is printed when the server answers. A ticket whose slip did not come out is
// still the citizen's: it is shown on the screen and kept for a reprint, never issued again.
class TicketDispenser : public QObject
{
    Q_OBJECT

public:
    TicketDispenser(KioskSession &session, SlipPrinter &printer, QString hallName,
                    QObject *parent = nullptr);

    // False, with `why` in the citizen's language and nothing sent, if the printer or the
    // session cannot take it now.
    bool take(const KioskRequest &request, QString *why);
    // Prints the last ticket's slip again (the help desk's reprint); false if there is none or
    // it did not come out.
    bool reprintLast(QString *why);
    KioskTicket lastTicket() const { return m_last; }

    TicketSlip slipFor(const KioskTicket &ticket) const;

signals:
    // The ticket this kiosk was asked for, and whether its slip came out (`printError` says
    // why not).
    void dispensed(const halldesk::KioskTicket &ticket, bool printed, const QString &printError);
    void refused(const halldesk::OperationError &error);
    // A ticket of an earlier run, printed now as a reprint.
    void recovered(const halldesk::KioskTicket &ticket, bool printed);

private:
    bool print(const KioskTicket &ticket, bool reprint, QString *error);

    KioskSession &m_session;
    SlipPrinter &m_printer;
    QString m_hallName;
    KioskTicket m_last;
};

} // namespace halldesk
