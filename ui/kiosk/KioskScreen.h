#pragma once

#include "kiosk/KioskRequest.h"

#include <QJsonObject>
#include <QTimer>
#include <QWidget>

class QStackedWidget;

namespace halldesk {

class Clock;
class KioskEntryPage;
class KioskHelpDeskPage;
class KioskHomePage;
class KioskNoticePage;
class KioskQueuePage;
class KioskSession;
class KioskStatusBar;
class KioskTicket;
class KioskVoice;
class OperationError;
class SlipPrinter;
class TicketDispenser;

// The kiosk's screen: it leads a citizen from the area to the queue (and the optional resident
// ID) to the ticket, or through an appointment's check-in, and lets the help desk authorise a
// priority ticket. An untouched kiosk goes back to its first page by itself, forgetting what
// was typed, so the next citizen never sees the last one's ID number.
class KioskScreen : public QWidget
{
    Q_OBJECT

public:
    static constexpr int IdleMs = 60000;   // back to the first page after this long untouched
    static constexpr int ResultMs = 20000; // the ticket stays on the screen this long

    KioskScreen(KioskSession &session, TicketDispenser &dispenser, SlipPrinter &printer,
                const Clock &clock, const QString &hallName, bool askResidentId,
                QWidget *parent = nullptr);
    ~KioskScreen() override;

    void setVoice(KioskVoice *voice) { m_voice = voice; }
    // How long a page waits untouched, and how long a ticket stays shown (tests shorten them).
    void setTimeouts(int idleMs, int resultMs);
    void goHome();
    // Why no ticket can be taken now (offline, the printer, no hall yet); empty if one can.
    QString problem() const;

    QWidget *currentPage() const;
    KioskHomePage *homePage() const { return m_home; }
    KioskQueuePage *queuePage() const { return m_queues; }
    KioskEntryPage *residentIdPage() const { return m_residentId; }
    KioskEntryPage *checkInPage() const { return m_checkIn; }
    KioskHelpDeskPage *helpDeskPage() const { return m_helpDesk; }
    KioskNoticePage *noticePage() const { return m_notice; }
    KioskStatusBar *statusBar() const { return m_statusBar; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showPage(QWidget *page);
    void refresh();
    void chooseArea(const QString &area);
    void chooseQueue(const QString &queue);
    void take(KioskRequest request);
    void onDispensed(const KioskTicket &ticket, bool printed, const QString &printError);
    void onRefused(const OperationError &error);
    void clearPriority();

    KioskSession &m_session;
    TicketDispenser &m_dispenser;
    SlipPrinter &m_printer;
    const Clock &m_clock;
    bool m_askResidentId;
    KioskVoice *m_voice = nullptr;
    QStackedWidget *m_stack;
    KioskHomePage *m_home;
    KioskQueuePage *m_queues;
    KioskEntryPage *m_residentId;
    KioskEntryPage *m_checkIn;
    KioskHelpDeskPage *m_helpDesk;
    KioskNoticePage *m_notice;
    KioskStatusBar *m_statusBar;
    int m_idleMs = IdleMs;
    int m_resultMs = ResultMs;
    QTimer m_idle;
    QTimer m_tick;
    QString m_queue;    // chosen, waiting for the resident ID
    QString m_priority; // authorised by the help desk for the next ticket
    QJsonObject m_authorisation;
};

} // namespace halldesk
