#pragma once

#include "counter/HallLayout.h"
#include "domain/Ticket.h"
#include "domain/WindowState.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSet>
#include <optional>

namespace halldesk {

class Clock;

struct CounterWindow
{
    int number = 0;
    QString name;
    WindowState state = WindowState::SignedOut;
    QString staffNo;
    QString staffName;
    QString pauseReason;
    qint64 stateSinceMs = 0;
};

struct CounterQueue
{
    QString code;
    int waiting = 0;
    qint64 longestWaitMs = 0;
    int estimatedWaitSeconds = 0;
    int openWindows = 0;
    // Waiting tickets in the queue's call order (window weights aside).
    QList<Ticket> tickets;
};

struct CounterFigures
{
    QString staffNo;
    int served = 0;
    qint64 averageServiceMs = 0;
};

// What one counter knows about its window, built from the server's snapshot and kept current by
// its events (PROTOCOL.md §6), never by polling. The counter's own changes can be applied ahead
// of the server's answer (applyLocal*), so a clerk working offline sees what they did; the
// server's events overwrite these guesses as they arrive. Times are the server's: the model
// keeps the offset between the server's clock and this machine's.
class CounterModel : public QObject
{
    Q_OBJECT

public:
    CounterModel(int window, const Clock &clock, QObject *parent = nullptr);

    int windowNumber() const { return m_window.number; }
    void setLayout(const HallLayout &layout);
    const HallLayout &layout() const { return m_layout; }

    // Replaces everything. `stale` marks a state read back from the terminal store after a
    // restart rather than received from the server.
    void applySnapshot(const QJsonObject &snapshot, bool stale = false);
    void applyEvent(const QString &kind, const QJsonObject &data);
    // The same state in snapshot form, for the terminal store.
    QJsonObject toSnapshot() const;

    bool hasState() const { return m_hasState; }
    bool isStale() const { return m_stale; }
    int serviceDay() const { return m_serviceDay; }
    const CounterWindow &window() const { return m_window; }
    const std::optional<Ticket> &current() const { return m_current; }
    const QList<Ticket> &held() const { return m_held; }
    const QList<Ticket> &noShows() const { return m_noShows; }
    // Waiting tickets reserved for this window by a transfer.
    const QList<Ticket> &transferredIn() const { return m_transferredIn; }
    const QList<CounterQueue> &queues() const { return m_queues; }
    // Everything waiting that this window may call: transfers to it first, then the queues'
    // tickets by priority group, owed turns and arrival.
    QList<Ticket> waitingList() const;
    int waitingCount() const;
    const CounterFigures &figures() const { return m_figures; }
    // A no-show may still come back (PROTOCOL.md §5.19).
    bool canReturn(const Ticket &noShow) const;
    std::optional<Ticket> ticket(qint64 id) const;

    // Now on the server's clock.
    qint64 serverNowMs() const;

    // The counter's own changes before the server has confirmed them.
    void applyLocalTicketChange(const QString &action, qint64 ticketId);
    void applyLocalWindowState(WindowState state, const QString &pauseReason = {});

    static constexpr qint64 NoShowReturnMs = 30 * 60 * 1000;

signals:
    void windowChanged();
    void currentChanged();
    void listsChanged(); // held, no-shows, transfers in, waiting tickets
    void queuesChanged();
    void figuresChanged();
    // A call of a ticket at this window (a call or recall), with the hall's announcement text.
    void called(const halldesk::Ticket &ticket, const QString &announcement, int recall);
    void reset();

private:
    void applyTicketEvent(const QString &action, const QJsonObject &data);
    void applyWindow(const QJsonObject &window);
    void applyQueueStatus(const QJsonObject &status);
    bool removeTicket(qint64 id);
    void placeWaiting(const Ticket &ticket, const QString &action);
    void countFinished(const Ticket &ticket);
    CounterQueue *queue(const QString &code);

    const Clock &m_clock;
    HallLayout m_layout;
    CounterWindow m_window;
    std::optional<Ticket> m_current;
    QList<Ticket> m_held;
    QList<Ticket> m_noShows;
    QList<Ticket> m_transferredIn;
    QList<CounterQueue> m_queues;
    CounterFigures m_figures;
    // Finished here before the server said so: its finish event must not count them again.
    QSet<qint64> m_finishedLocally;
    qint64 m_serverOffsetMs = 0;
    int m_serviceDay = 0;
    bool m_hasState = false;
    bool m_stale = false;
};

} // namespace halldesk
