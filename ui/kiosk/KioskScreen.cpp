#include "kiosk/KioskScreen.h"

#include "clock/Clock.h"
#include "clock/HallTime.h"
#include "domain/OperationError.h"
#include "domain/PriorityGroupNames.h"
#include "kiosk/KioskEntryPage.h"
#include "kiosk/KioskHelpDeskPage.h"
#include "kiosk/KioskHomePage.h"
#include "kiosk/KioskKeypad.h"
#include "kiosk/KioskLook.h"
#include "kiosk/KioskNoticePage.h"
#include "kiosk/KioskQueuePage.h"
#include "kiosk/KioskSession.h"
#include "kiosk/KioskStatusBar.h"
#include "kiosk/SlipPrinter.h"
#include "kiosk/TicketDispenser.h"
#include "speech/KioskVoice.h"
#include "validation/ResidentId.h"

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace halldesk {

KioskScreen::KioskScreen(KioskSession &session, TicketDispenser &dispenser, SlipPrinter &printer,
                         const Clock &clock, const QString &hallName, bool askResidentId,
                         QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_dispenser(dispenser)
    , m_printer(printer)
    , m_clock(clock)
    , m_askResidentId(askResidentId)
{
    setObjectName(QStringLiteral("kioskScreen"));
    setWindowTitle(tr("HallDesk ticket kiosk"));
    KioskLook::applyTo(*this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack, 1);

    m_statusBar = new KioskStatusBar(this);
    layout->addWidget(m_statusBar);

    m_home = new KioskHomePage(hallName, m_stack);
    m_queues = new KioskQueuePage(m_stack);
    m_residentId = new KioskEntryPage(
        {tr("Resident ID number (optional)"),
         tr("Entering your ID number lets the clerk find your earlier applications. You may "
            "skip it."),
         KioskKeypad::residentIdKeys(), 3, 18, tr("Take ticket"), tr("Skip")},
        m_stack);
    m_checkIn = new KioskEntryPage({tr("Appointment check-in"),
                                    tr("Enter the appointment code from your booking message."),
                                    KioskKeypad::alphanumericKeys(),
                                    6,
                                    32,
                                    tr("Check in"),
                                    {}},
                                   m_stack);
    m_helpDesk = new KioskHelpDeskPage(m_stack);
    m_notice = new KioskNoticePage(m_stack);
    for (QWidget *page : {static_cast<QWidget *>(m_home), static_cast<QWidget *>(m_queues),
                          static_cast<QWidget *>(m_residentId), static_cast<QWidget *>(m_checkIn),
                          static_cast<QWidget *>(m_helpDesk), static_cast<QWidget *>(m_notice)})
        m_stack->addWidget(page);

    connect(m_home, &KioskHomePage::areaChosen, this, &KioskScreen::chooseArea);
    connect(m_home, &KioskHomePage::checkInChosen, this, [this] {
        m_checkIn->clear();
        showPage(m_checkIn);
    });
    connect(m_home, &KioskHomePage::helpDeskChosen, this, [this] {
        m_helpDesk->clear();
        showPage(m_helpDesk);
        m_helpDesk->cardInput()->setFocus();
    });
    connect(m_home, &KioskHomePage::priorityCancelled, this, [this] {
        clearPriority();
        refresh();
    });
    connect(m_queues, &KioskQueuePage::queueChosen, this, &KioskScreen::chooseQueue);
    connect(m_queues, &KioskQueuePage::back, this, &KioskScreen::goHome);
    connect(m_residentId, &KioskEntryPage::back, this, [this] { showPage(m_queues); });
    connect(m_residentId, &KioskEntryPage::skipped, this, [this] {
        KioskRequest request;
        request.queue = m_queue;
        take(request);
    });
    connect(m_residentId, &KioskEntryPage::confirmed, this, [this](const QString &id) {
        const ResidentId::Check check =
            ResidentId::validate(id, HallTime().serviceDay(m_clock.nowUtc()));
        if (!check.ok()) {
            m_residentId->setError(ResidentId::errorMessage(check.error));
            return;
        }
        KioskRequest request;
        request.queue = m_queue;
        request.residentId = check.normalized;
        take(request);
    });
    connect(m_checkIn, &KioskEntryPage::back, this, &KioskScreen::goHome);
    connect(m_checkIn, &KioskEntryPage::confirmed, this, [this](const QString &code) {
        KioskRequest request;
        request.appointmentCode = code;
        take(request);
    });
    connect(m_helpDesk, &KioskHelpDeskPage::back, this, &KioskScreen::goHome);
    connect(m_helpDesk, &KioskHelpDeskPage::authorised, this,
            [this](const QString &group, const QJsonObject &helpDesk) {
                m_priority = group;
                m_authorisation = helpDesk;
                goHome();
            });
    connect(m_notice, &KioskNoticePage::done, this, &KioskScreen::goHome);

    connect(&m_session, &KioskSession::onlineChanged, this, &KioskScreen::refresh);
    connect(&m_session, &KioskSession::hallChanged, this, &KioskScreen::refresh);
    // A group the hall no longer offers (PROTOCOL.md §5.42) is not offered here either.
    connect(&m_session, &KioskSession::priorityGroupsChanged, this,
            [this] { m_helpDesk->setOfferedGroups(m_session.offeredPriorityGroups()); });
    connect(&m_dispenser, &TicketDispenser::dispensed, this, &KioskScreen::onDispensed);
    connect(&m_dispenser, &TicketDispenser::refused, this, &KioskScreen::onRefused);
    connect(&m_dispenser, &TicketDispenser::recovered, this,
            [this](const KioskTicket &ticket, bool printed) {
                // Shown only to a kiosk nobody is using: it belongs to whoever waited for it.
                if (currentPage() == m_home)
                    onDispensed(ticket, printed, tr("Please ask at the help desk."));
            });

    m_idle.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, [this] {
        if (!m_session.isBusy())
            goHome();
    });
    // The paper and the clock are looked at every few seconds.
    m_tick.setInterval(2000);
    connect(&m_tick, &QTimer::timeout, this, &KioskScreen::refresh);
    m_tick.start();
    qApp->installEventFilter(this);
    goHome();
}

KioskScreen::~KioskScreen()
{
    qApp->removeEventFilter(this);
}

bool KioskScreen::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
    case QEvent::KeyPress:
        if (currentPage() != m_home)
            m_idle.start(currentPage() == m_notice ? m_resultMs : m_idleMs);
        break;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

void KioskScreen::setTimeouts(int idleMs, int resultMs)
{
    m_idleMs = idleMs;
    m_resultMs = resultMs;
}

QWidget *KioskScreen::currentPage() const
{
    return m_stack->currentWidget();
}

void KioskScreen::showPage(QWidget *page)
{
    m_stack->setCurrentWidget(page);
    if (page == m_home)
        m_idle.stop();
    else
        m_idle.start(page == m_notice ? m_resultMs : m_idleMs);
}

void KioskScreen::goHome()
{
    // Nothing typed survives for the next citizen.
    m_residentId->clear();
    m_checkIn->clear();
    m_helpDesk->clear();
    m_queue.clear();
    refresh();
    showPage(m_home);
}

QString KioskScreen::problem() const
{
    if (!m_session.isOnline())
        return tr("The kiosk has lost its connection to the hall server. Tickets cannot be "
                  "taken now; please ask at the help desk.");
    if (m_session.hall().isEmpty())
        return tr("The kiosk is starting, please wait…");
    if (const QString printer = m_printer.problem(); !printer.isEmpty())
        return tr("%1 Tickets cannot be taken here now; please ask at the help desk.").arg(printer);
    return {};
}

void KioskScreen::refresh()
{
    m_statusBar->show(HallTime().localTime(m_clock.nowUtc()), m_session.isOnline());
    m_home->setProblem(problem());
    m_home->setPriority(PriorityGroupNames::displayName(m_priority));
    if (currentPage() == m_home || !currentPage())
        m_home->setAreas(m_session.hall().areas());
}

void KioskScreen::chooseArea(const QString &area)
{
    QString name;
    for (const KioskArea &known : m_session.hall().areas()) {
        if (known.code == area)
            name = known.name;
    }
    m_queues->setArea(name, m_session.hall().queuesOf(area));
    showPage(m_queues);
}

void KioskScreen::chooseQueue(const QString &queue)
{
    m_queue = queue;
    if (!m_askResidentId) {
        KioskRequest request;
        request.queue = queue;
        take(request);
        return;
    }
    m_residentId->clear();
    showPage(m_residentId);
}

void KioskScreen::take(KioskRequest request)
{
    if (!request.isCheckIn() && !m_priority.isEmpty()) {
        request.priority = m_priority;
        request.helpDesk = m_authorisation;
    }
    QString why;
    if (!m_dispenser.take(request, &why)) {
        m_notice->showMessage(tr("No ticket was issued"), why);
        showPage(m_notice);
        if (m_voice)
            m_voice->sayRefusal(why);
        return;
    }
    m_notice->showWaiting();
    showPage(m_notice);
}

void KioskScreen::onDispensed(const KioskTicket &ticket, bool printed, const QString &printError)
{
    clearPriority();
    m_notice->showTicket(ticket, printed, printError);
    showPage(m_notice);
    if (m_voice)
        m_voice->sayTicket(ticket, printed);
}

void KioskScreen::onRefused(const OperationError &error)
{
    // A refused help-desk authorisation is forgotten: the staff member tries again.
    const bool helpDesk = error.code() == ErrorCode::BadHelpDeskCredentials ||
                          error.code() == ErrorCode::AccountLocked;
    if (helpDesk)
        clearPriority();
    const QString message = error.message();
    m_notice->showMessage(tr("No ticket was issued"), message);
    showPage(m_notice);
    if (m_voice)
        m_voice->sayRefusal(message);
}

void KioskScreen::clearPriority()
{
    m_priority.clear();
    m_authorisation = {};
    m_home->setPriority({});
}

} // namespace halldesk
