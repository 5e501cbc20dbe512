#pragma once

#include "client/HallClient.h"
#include "counter/CounterAction.h"
#include "counter/CounterModel.h"

#include <QObject>
#include <QTimer>
#include <functional>
#include <memory>

namespace halldesk {

class Clock;
class TerminalStore;

// The counter's behaviour without its widgets: it signs the clerk in, keeps the window's model
// current from the server, turns the clerk's actions into protocol changes and decides what can
// be done now. Changes go through the client's outbox (kept in the terminal store), so what a
// clerk does while the server is unreachable is sent later, once and in order; the model shows
// it at once. The window's last state, the hall layout and the session survive a restart.
class CounterController : public QObject
{
    Q_OBJECT

public:
    enum class NoticeLevel
    {
        Info,
        Warning,
        Error,
    };
    Q_ENUM(NoticeLevel)

    CounterController(int window, HallClient &client, TerminalStore &store, const Clock &clock,
                      QObject *parent = nullptr);
    ~CounterController() override;

    // Reads back what the store kept and starts the connection; false with a reason if the
    // client cannot start (unusable certificate files).
    bool start(QString *error = nullptr);

    CounterModel &model() { return m_model; }
    const CounterModel &model() const { return m_model; }
    HallClient &client() { return m_client; }
    const HallClient &client() const { return m_client; }
    int windowNumber() const { return m_model.windowNumber(); }

    bool isOnline() const;
    // A staff session exists (possibly not yet resumed after a restart).
    bool hasSession() const { return !m_staffNo.isEmpty(); }
    QString staffNo() const { return m_staffNo; }
    QString staffName() const { return m_staffName; }
    int pendingChanges() const { return m_client.pendingChanges(); }

    ActionAvailability availability(CounterAction action) const;

    // What was handled for a ticket: {"items": [codes], "cases": [numbers]}, sent with finish
    // and requestRating so the pad shows the citizen what they are rating. Set by whoever
    // knows the cases (the workstation); without it the pad lists no items.
    using ServiceSummary = std::function<QJsonObject(const QString &ticketNumber)>;
    void setServiceSummary(ServiceSummary summary) { m_serviceSummary = std::move(summary); }

    void login(const QString &staffNo, const QString &password);
    // Signs out of the window, then ends the session.
    void signOutAndLogout();

    void callNext();
    void callTicket(const QString &number);
    void recall();
    void noShow();
    void hold();
    void resumeHeld(qint64 ticketId);
    void transfer(const QString &queue, int window, const QString &comment);
    void finish();
    // Asks the pad facing the citizen for the rating of this service now; finish() asks for it
    // too when nobody did (PROTOCOL.md §12.2).
    void requestRating();
    void pause(const QString &reason);
    void resumeWindow();
    void returnNoShow(qint64 ticketId);

signals:
    void availabilityChanged();
    void connectionStateChanged(halldesk::HallClient::State state);
    void loginFinished(bool ok, const QString &message);
    // Nobody is signed in (any more): the sign-in dialog should show, with this reason.
    void sessionNeeded(const QString &reason);
    void sessionChanged();
    void notice(const QString &message, halldesk::CounterController::NoticeLevel level);
    void pendingChanged(int pending);

private:
    void submit(const QString &op, const QJsonObject &args, const QString &what);
    QJsonObject serviceArgs() const;
    void onStateChanged(HallClient::State state);
    void onSessionLost(const OperationError &error);
    void onReady();
    void loadHall();
    void subscribe();
    void saveSession();
    void reapplyPending();
    void scheduleSave();
    void saveState();
    ActionAvailability needsCurrentTicket(bool online) const;

    HallClient &m_client;
    TerminalStore &m_store;
    CounterModel m_model;
    QTimer m_saveTimer;
    QString m_staffNo;
    QString m_staffName;
    bool m_loggingIn = false;
    bool m_signInPending = false;
    ServiceSummary m_serviceSummary;
};

} // namespace halldesk
