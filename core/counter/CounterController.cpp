#include "counter/CounterController.h"

#include "clock/Clock.h"
#include "logging/HallDeskLogging.h"
#include "terminal/TerminalStore.h"

#include <QJsonArray>
#include <memory>

namespace halldesk {

namespace {

const QString SessionState = QStringLiteral("counter.session");
const QString WindowState_ = QStringLiteral("counter.window");
const QString HallState = QStringLiteral("counter.hall");

ActionAvailability yes()
{
    return {true, {}};
}

ActionAvailability no(const QString &reason)
{
    return {false, reason};
}

} // namespace

CounterController::CounterController(int window, HallClient &client, TerminalStore &store,
                                     const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_model(window, clock)
{
    // The window's state is written a moment after it changes, not at every event of a burst.
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(300);
    connect(&m_saveTimer, &QTimer::timeout, this, &CounterController::saveState);

    connect(&m_client, &HallClient::stateChanged, this, &CounterController::onStateChanged);
    connect(&m_client, &HallClient::sessionLost, this, &CounterController::onSessionLost);
    connect(&m_client, &HallClient::snapshotReceived, this, [this](const QJsonObject &snapshot) {
        m_model.applySnapshot(snapshot);
        reapplyPending();
    });
    connect(&m_client, &HallClient::eventReceived, this,
            [this](const QString &kind, const QJsonObject &data, qint64) {
                // An administrator changed the hall (PROTOCOL.md §6.3.6): this window may
                // serve other queues now.
                if (kind == QLatin1String("layout"))
                    loadHall();
                else
                    m_model.applyEvent(kind, data);
            });
    connect(&m_client, &HallClient::outboxChanged, this, [this](int pending) {
        emit pendingChanged(pending);
        emit availabilityChanged();
    });
    for (auto signal : {&CounterModel::windowChanged, &CounterModel::currentChanged,
                        &CounterModel::listsChanged, &CounterModel::reset}) {
        connect(&m_model, signal, this, &CounterController::availabilityChanged);
        connect(&m_model, signal, this, &CounterController::scheduleSave);
    }
    connect(&m_model, &CounterModel::figuresChanged, this, &CounterController::scheduleSave);
}

CounterController::~CounterController()
{
    if (m_saveTimer.isActive())
        saveState();
}

bool CounterController::start(QString *error)
{
    if (const auto hall = m_store.stateObject(HallState))
        m_model.setLayout(HallLayout::fromJson(*hall));
    if (const auto saved = m_store.stateObject(WindowState_)) {
        m_model.applySnapshot(*saved, true);
        reapplyPending();
    }
    if (const auto session = m_store.stateObject(SessionState)) {
        m_staffNo = session->value(QLatin1String("staffNo")).toString();
        m_staffName = session->value(QLatin1String("staffName")).toString();
        m_client.setSessionToken(session->value(QLatin1String("token")).toString());
    }
    subscribe();
    if (!m_client.start(error))
        return false;
    if (!hasSession())
        emit sessionNeeded({});
    emit sessionChanged();
    emit availabilityChanged();
    return true;
}

bool CounterController::isOnline() const
{
    return m_client.state() == HallClient::State::Ready;
}

void CounterController::onStateChanged(HallClient::State state)
{
    if (state == HallClient::State::Ready)
        onReady();
    emit connectionStateChanged(state);
    emit availabilityChanged();
}

void CounterController::onReady()
{
    if (const auto staff = m_client.signedInStaff()) {
        m_staffNo = staff->value(QLatin1String("staffNo")).toString();
        m_staffName = staff->value(QLatin1String("name")).toString();
        emit sessionChanged();
    }
    loadHall();
}

void CounterController::loadHall()
{
    m_client.request(QStringLiteral("hall"), {}, [this](const ClientReply &reply) {
        if (!reply.ok) {
            qCWarning(lcCounter) << "hall layout not loaded:"
                                 << OperationError::codeName(reply.error.code());
            return;
        }
        const bool firstTime = m_model.layout().isEmpty();
        const QStringList served = m_model.layout().queuesOfWindow(windowNumber());
        m_model.setLayout(HallLayout::fromJson(reply.result));
        m_store.putStateObject(HallState, reply.result);
        if (firstTime || m_model.layout().queuesOfWindow(windowNumber()) != served)
            subscribe();
    });
}

void CounterController::subscribe()
{
    QJsonArray queues;
    for (const QString &code : m_model.layout().queuesOfWindow(windowNumber()))
        queues.append(code);
    QJsonObject subscription{{QStringLiteral("windows"), QJsonArray{windowNumber()}}};
    if (!queues.isEmpty())
        subscription.insert(QStringLiteral("queues"), queues);
    m_client.setSubscription(subscription);
}

void CounterController::onSessionLost(const OperationError &error)
{
    m_staffNo.clear();
    m_staffName.clear();
    m_store.removeState(SessionState);
    emit sessionChanged();
    emit availabilityChanged();
    emit sessionNeeded(error.message());
}

void CounterController::login(const QString &staffNo, const QString &password)
{
    if (m_loggingIn)
        return;
    m_loggingIn = true;
    m_client.login(staffNo, password, [this](const ClientReply &reply) {
        m_loggingIn = false;
        if (!reply.ok) {
            emit loginFinished(false, reply.error.message());
            return;
        }
        const QJsonObject staff = reply.result.value(QLatin1String("staff")).toObject();
        m_staffNo = staff.value(QLatin1String("staffNo")).toString();
        m_staffName = staff.value(QLatin1String("name")).toString();
        saveSession();
        emit sessionChanged();
        emit loginFinished(true, {});
        // Signing in at the counter is signing in at the window: attendance starts now.
        if (m_model.window().state == WindowState::SignedOut ||
            m_model.window().staffNo != m_staffNo)
            submit(QStringLiteral("signIn"), {}, tr("sign in at the window"));
        emit availabilityChanged();
    });
}

void CounterController::saveSession()
{
    const QJsonObject session{{QStringLiteral("token"), m_client.sessionToken()},
                              {QStringLiteral("staffNo"), m_staffNo},
                              {QStringLiteral("staffName"), m_staffName}};
    if (!m_store.putStateObject(SessionState, session))
        emit notice(tr("The session could not be saved on this computer; after a restart you "
                       "will have to sign in again."),
                    NoticeLevel::Warning);
}

void CounterController::signOutAndLogout()
{
    if (!availability(CounterAction::SignOut).enabled)
        return;
    m_model.applyLocalWindowState(WindowState::SignedOut);
    submit(QStringLiteral("signOut"), {}, tr("sign out"));
    // The session ends once the sign-out has reached the server: until then the outbox needs it.
    // Changes made before the sign-out drain first, each one reported, so the connection waits
    // for the empty outbox rather than for the next report.
    auto waiting = std::make_shared<QMetaObject::Connection>();
    *waiting = connect(&m_client, &HallClient::outboxChanged, this, [this, waiting](int pending) {
        if (pending != 0)
            return;
        disconnect(*waiting);
        m_client.logout();
        m_store.removeState(SessionState);
        m_staffNo.clear();
        m_staffName.clear();
        emit sessionChanged();
        emit availabilityChanged();
        emit sessionNeeded({});
    });
}

void CounterController::submit(const QString &op, const QJsonObject &args, const QString &what)
{
    const QString key = m_client.submit(op, args, [this, what](const ClientReply &reply) {
        if (reply.ok)
            return;
        // The local guess was wrong: show why and take the server's state again.
        const bool nobody = reply.error.code() == ErrorCode::NoTicketWaiting;
        emit notice(nobody ? reply.error.message()
                           : tr("Could not %1: %2").arg(what, reply.error.message()),
                    nobody ? NoticeLevel::Info : NoticeLevel::Error);
        m_client.requestSnapshot();
    });
    if (key.isEmpty()) {
        emit notice(tr("Could not %1: this computer could not store the change (is the disk "
                       "full?). Nothing was done.")
                        .arg(what),
                    NoticeLevel::Error);
        m_client.requestSnapshot();
    }
}

void CounterController::callNext()
{
    if (availability(CounterAction::CallNext).enabled)
        submit(QStringLiteral("callNext"), {}, tr("call the next ticket"));
}

void CounterController::callTicket(const QString &number)
{
    if (availability(CounterAction::CallTicket).enabled && !number.trimmed().isEmpty())
        submit(QStringLiteral("callTicket"), {{QStringLiteral("number"), number.trimmed()}},
               tr("call ticket %1").arg(number.trimmed()));
}

void CounterController::recall()
{
    if (!availability(CounterAction::Recall).enabled)
        return;
    submit(QStringLiteral("recall"), {{QStringLiteral("ticketId"), double(m_model.current()->id)}},
           tr("recall"));
}

void CounterController::noShow()
{
    if (!availability(CounterAction::NoShow).enabled)
        return;
    const qint64 id = m_model.current()->id;
    submit(QStringLiteral("noShow"), {{QStringLiteral("ticketId"), double(id)}},
           tr("mark the no-show"));
    m_model.applyLocalTicketChange(QStringLiteral("noShow"), id);
}

void CounterController::hold()
{
    if (!availability(CounterAction::Hold).enabled)
        return;
    const qint64 id = m_model.current()->id;
    submit(QStringLiteral("hold"), {{QStringLiteral("ticketId"), double(id)}}, tr("hold"));
    m_model.applyLocalTicketChange(QStringLiteral("hold"), id);
}

void CounterController::resumeHeld(qint64 ticketId)
{
    if (availability(CounterAction::ResumeHeld).enabled)
        submit(QStringLiteral("resumeHeld"), {{QStringLiteral("ticketId"), double(ticketId)}},
               tr("resume the held ticket"));
}

void CounterController::transfer(const QString &queue, int window, const QString &comment)
{
    if (!availability(CounterAction::Transfer).enabled || (queue.isEmpty() && window <= 0))
        return;
    const qint64 id = m_model.current()->id;
    QJsonObject args{{QStringLiteral("ticketId"), double(id)}};
    if (!queue.isEmpty())
        args.insert(QStringLiteral("queue"), queue);
    if (window > 0)
        args.insert(QStringLiteral("window"), window);
    if (!comment.trimmed().isEmpty())
        args.insert(QStringLiteral("comment"), comment.trimmed());
    submit(QStringLiteral("transfer"), args, tr("transfer"));
    m_model.applyLocalTicketChange(QStringLiteral("transfer"), id);
}

void CounterController::finish()
{
    if (!availability(CounterAction::Finish).enabled)
        return;
    const qint64 id = m_model.current()->id;
    submit(QStringLiteral("finish"), serviceArgs(), tr("finish"));
    m_model.applyLocalTicketChange(QStringLiteral("finish"), id);
}

void CounterController::requestRating()
{
    if (!availability(CounterAction::RequestRating).enabled)
        return;
    submit(QStringLiteral("requestRating"), serviceArgs(), tr("ask for the rating"));
}

QJsonObject CounterController::serviceArgs() const
{
    const Ticket &ticket = *m_model.current();
    QJsonObject args{{QStringLiteral("ticketId"), double(ticket.id)}};
    if (m_serviceSummary) {
        const QJsonObject handled = m_serviceSummary(ticket.number);
        for (const char *field : {"items", "cases"}) {
            const QJsonArray list = handled.value(QLatin1String(field)).toArray();
            if (!list.isEmpty())
                args.insert(QLatin1String(field), list);
        }
    }
    return args;
}

void CounterController::pause(const QString &reason)
{
    if (!availability(CounterAction::Pause).enabled || m_model.window().state != WindowState::Open)
        return;
    QJsonObject args;
    if (!reason.trimmed().isEmpty())
        args.insert(QStringLiteral("reason"), reason.trimmed().left(100));
    submit(QStringLiteral("pause"), args, tr("pause"));
    m_model.applyLocalWindowState(WindowState::Paused, reason.trimmed());
}

void CounterController::resumeWindow()
{
    if (!availability(CounterAction::Pause).enabled ||
        m_model.window().state != WindowState::Paused)
        return;
    submit(QStringLiteral("resumeWindow"), {}, tr("resume service"));
    m_model.applyLocalWindowState(WindowState::Open);
}

void CounterController::returnNoShow(qint64 ticketId)
{
    if (availability(CounterAction::ReturnNoShow).enabled)
        submit(QStringLiteral("returnNoShow"), {{QStringLiteral("ticketId"), double(ticketId)}},
               tr("put the returning citizen back in line"));
}

ActionAvailability CounterController::needsCurrentTicket(bool online) const
{
    if (!online && !isOnline())
        return no(tr("Offline: this needs the hall server."));
    if (!m_model.current())
        return no(tr("No ticket is being served."));
    return yes();
}

ActionAvailability CounterController::availability(CounterAction action) const
{
    if (!hasSession())
        return no(tr("Sign in first."));
    const CounterWindow &w = m_model.window();
    const bool online = isOnline();
    const auto offline = [] {
        return no(tr("Offline: this needs the hall server."));
    };
    if (w.state == WindowState::SignedOut || w.staffNo != m_staffNo) {
        if (action == CounterAction::SignOut)
            return online ? yes() : offline();
        return no(tr("You are not signed in at this window."));
    }
    const bool paused = w.state == WindowState::Paused;
    const bool serving = m_model.current().has_value();
    switch (action) {
    case CounterAction::CallNext:
    case CounterAction::CallTicket:
        if (!online)
            return offline();
        if (paused)
            return no(tr("The window is paused."));
        if (serving)
            return no(tr("Finish, hold or transfer the current ticket first."));
        return yes();
    case CounterAction::Recall:
        return needsCurrentTicket(false);
    case CounterAction::NoShow:
    case CounterAction::Hold:
    case CounterAction::Transfer:
    case CounterAction::Finish:
        // Kept in the outbox when offline: the ticket is known, the server only confirms.
        return needsCurrentTicket(true);
    case CounterAction::ResumeHeld:
        if (!online)
            return offline();
        if (m_model.held().isEmpty())
            return no(tr("No ticket is on hold."));
        if (paused)
            return no(tr("The window is paused."));
        if (serving)
            return no(tr("Finish, hold or transfer the current ticket first."));
        return yes();
    case CounterAction::Pause:
        if (serving)
            return no(tr("Finish, hold or transfer the current ticket first."));
        return yes();
    case CounterAction::ReturnNoShow:
        if (!online)
            return offline();
        for (const Ticket &t : m_model.noShows())
            if (m_model.canReturn(t))
                return yes();
        return no(tr("No missed ticket can come back now."));
    case CounterAction::RequestRating:
        // Only while the citizen is still at the window: asked later, the server refuses it.
        return needsCurrentTicket(false);
    case CounterAction::SignOut:
        if (!online)
            return offline();
        if (serving)
            return no(tr("Finish, hold or transfer the current ticket first."));
        return yes();
    }
    return no({});
}

void CounterController::reapplyPending()
{
    // A snapshot taken before the server received the clerk's unsent changes shows the state
    // before them; the clerk must go on seeing what they did until the server confirms it.
    for (const OutboxEntry &entry : m_client.pendingEntries()) {
        const qint64 ticketId = qint64(entry.args.value(QLatin1String("ticketId")).toDouble());
        if (entry.op == QLatin1String("pause"))
            m_model.applyLocalWindowState(WindowState::Paused,
                                          entry.args.value(QLatin1String("reason")).toString());
        else if (entry.op == QLatin1String("resumeWindow"))
            m_model.applyLocalWindowState(WindowState::Open);
        else if (entry.op == QLatin1String("signOut"))
            m_model.applyLocalWindowState(WindowState::SignedOut);
        else if (ticketId > 0 && QStringList{QStringLiteral("finish"), QStringLiteral("noShow"),
                                             QStringLiteral("hold"), QStringLiteral("transfer")}
                                     .contains(entry.op))
            m_model.applyLocalTicketChange(entry.op, ticketId);
    }
}

void CounterController::scheduleSave()
{
    if (!m_saveTimer.isActive())
        m_saveTimer.start();
}

void CounterController::saveState()
{
    m_saveTimer.stop();
    if (m_model.hasState() && !m_store.putStateObject(WindowState_, m_model.toSnapshot()))
        qCWarning(lcCounter) << "the window state could not be saved";
}

} // namespace halldesk
