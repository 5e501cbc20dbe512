#pragma once

#include "rating/RatingLevel.h"
#include "rating/RatingRequest.h"
#include "rating/RatingSigner.h"

#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <optional>

namespace halldesk {

class Clock;
class HallClient;
struct ClientReply;

// Who the citizen faces: what the pad's idle screen shows.
struct PadWindowInfo
{
    int number = 0;
    QString name;          // "15号窗口"
    QString state;         // signed_out, open, paused
    QString staffNo;       // "" when signed out
    QString staffName;     // "" when signed out
    QString currentTicket; // the ticket being served, "" if none
    // The clerk's photo as the server keeps it (JPEG or PNG bytes); empty when it has none.
    QByteArray staffPhoto;
};

// The evaluator pad (评价器) without its widgets: it watches its own window on the hall server,
// shows a rating when the server asks for one, and turns the citizen's choice into a signed
// record (RatingRecord, signed with the pad's own key) that goes through the client's outbox,
// so a rating given while the server is unreachable is delivered later, exactly once. The
// clerk has no part in it: nothing here can be driven from the counter.
//
// Stages: Idle → Rating (five levels) → Reasons (only for 不满意 / 非常不满意) → Thanks → Idle.
// A rating nobody answers before its deadline goes back to Idle: the server records 未评价.
class PadSession : public QObject
{
    Q_OBJECT

public:
    enum class Stage
    {
        Idle,
        Rating,
        Reasons,
        Thanks,
    };
    Q_ENUM(Stage)

    // How long the thanks stay before the pad is idle again.
    static constexpr qint64 ThanksMs = 5000;

    // `client` must be a pad's (certificate pad-<window>) and outlive the session.
    PadSession(int window, HallClient &client, RatingSigner signer, const Clock &clock,
               QObject *parent = nullptr);
    ~PadSession() override;

    // Subscribes to the window and starts the connection; false with a reason if the client
    // cannot start.
    bool start(QString *error = nullptr);

    int windowNumber() const { return m_window; }
    Stage stage() const { return m_stage; }
    PadWindowInfo windowInfo() const { return m_info; }
    bool isOnline() const;
    // The rating being shown (Rating, Reasons, Thanks).
    std::optional<RatingRequest> currentRequest() const { return m_request; }
    // The level chosen (Reasons, Thanks).
    std::optional<RatingLevel> chosenLevel() const { return m_level; }
    // Whole seconds until the shown rating closes; 0 when none is shown.
    int secondsLeft() const;
    // Ratings given and not yet confirmed by the server.
    int pendingDeliveries() const;

    // Rating: a satisfied level is delivered at once (→ Thanks); a 差评 asks for reasons.
    void choose(RatingLevel level);
    // Reasons: at least one reason code from the request's checklist; comment ≤ 200 characters.
    // False (nothing changes) otherwise.
    bool submitReasons(const QStringList &reasonCodes, const QString &comment);
    // Reasons → Rating, to pick another level.
    void back();
    // Checks the deadlines now (also done on a timer): for tests with a manual clock.
    void checkDeadlines();

signals:
    void stageChanged(halldesk::PadSession::Stage stage);
    void windowInfoChanged();
    void secondsLeftChanged(int seconds);
    void onlineChanged(bool online);
    // A rating was asked for and is now shown (voice prompt: please rate).
    void ratingRequested();
    // Nobody rated in time: the pad went back to Idle.
    void ratingTimedOut();
    // The record could not be kept for delivery (a full disk): shown to the citizen as a
    // problem, with the stage unchanged so they can try again.
    void problem(const QString &message);
    // The server refused a delivered rating (logged; nothing the citizen can do).
    void deliveryRefused(const QString &message);
    void pendingDeliveriesChanged(int pending);

private:
    void onSnapshot(const QJsonObject &snapshot);
    void onEvent(const QString &kind, const QJsonObject &data);
    void onOutboxAnswered(const QString &key, const ClientReply &reply);
    void applyWindow(const QJsonObject &window);
    void fetchPhoto();
    void offer(const RatingRequest &request, qint64 localDeadlineMs);
    bool alreadyGiven(qint64 ratingId) const;
    bool deliver(const QStringList &reasons, const QString &comment);
    void refreshPending();
    void setStage(Stage stage);
    qint64 serverNowMs() const;

    int m_window;
    HallClient &m_client;
    RatingSigner m_signer;
    const Clock &m_clock;
    QTimer m_tick;
    Stage m_stage = Stage::Idle;
    PadWindowInfo m_info;
    std::optional<RatingRequest> m_request;
    std::optional<RatingLevel> m_level;
    qint64 m_deadlineMs = 0; // local clock: when the shown rating closes
    qint64 m_thanksUntilMs = 0;
    qint64 m_serverOffsetMs = 0; // server time − local time, from the last snapshot
    int m_lastSecondsLeft = -1;
    qint64 m_currentTicketId = 0;
    bool m_haveServerTime = false;
    // Ratings this pad has given (delivered or waiting in the outbox): never offered again.
    QSet<qint64> m_given;
    QString m_photoOf; // the staff number whose photo was asked for
    int m_lastPending = -1;
};

} // namespace halldesk
