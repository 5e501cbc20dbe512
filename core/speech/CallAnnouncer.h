#pragma once

#include "speech/SpeechEngine.h"

#include <QObject>
#include <QString>
#include <QTimer>
#include <chrono>
#include <memory>
#include <optional>

namespace halldesk {

// Says each call at the counter aloud ("请A023号到15号窗口办理") in a Mandarin voice.
// A call that comes while another is spoken waits its turn; at most MaxPending wait, the
// oldest going first when more come, because a stale call only confuses the hall. When the
// calls cannot be heard, voiceProblem() says why once, and again only after speech worked in
// between: with no voice at all (the engine failed, or it has no Mandarin voice) calls are
// dropped, not saved up; when speech did not come out, each new call tries again.
class CallAnnouncer : public QObject
{
    Q_OBJECT
    Q_PROPERTY(Status status READ status NOTIFY statusChanged)

public:
    enum class Status
    {
        Off,         // the clerk turned announcements off
        Starting,    // the engine is still starting; calls wait for it
        Ready,       // idle
        Speaking,    // an announcement is being said
        Unavailable, // see problem()
    };
    Q_ENUM(Status)

    static constexpr qsizetype MaxPending = 5;
    static constexpr std::chrono::milliseconds DefaultAnnouncementTimeout{30000};

    explicit CallAnnouncer(std::unique_ptr<SpeechEngine> engine, QObject *parent = nullptr);
    ~CallAnnouncer() override;

    SpeechEngine *engine() const { return m_engine.get(); }

    void announce(const QString &text);

    bool isEnabled() const { return m_enabled; }
    // Off stops what is being said and forgets what waits.
    void setEnabled(bool enabled);
    // -1 (slow) … 1 (fast).
    double rate() const { return m_rate; }
    void setRate(double rate);
    // 0 … 1.
    double volume() const { return m_volume; }
    void setVolume(double volume);
    // An announcement not finished after this long is taken as lost: with no working sound
    // output speech-dispatcher starts speaking and never finishes.
    void setAnnouncementTimeout(std::chrono::milliseconds timeout);

    Status status() const { return m_status; }
    // Why the status is Unavailable, in the user's language; empty otherwise.
    QString problem() const { return m_problemMessage; }
    // The announcement being said, if any, and those waiting, oldest first.
    std::optional<QString> current() const { return m_current; }
    QStringList pending() const { return m_pending; }

signals:
    void statusChanged(halldesk::CallAnnouncer::Status status);
    // The announcements cannot be heard; for a message to the clerk.
    void voiceProblem(const QString &message);

private:
    enum class Problem
    {
        None,
        EngineFailed,
        NoChineseVoice,
        Output, // speech failed or did not finish
    };

    void onEngineState(SpeechEngine::State state);
    void onEngineError(const QString &errorText);
    void onAnnouncementTimeout();
    void chooseVoice();
    void speakNext();
    void finishCurrent();
    void dropAll();
    void setProblem(Problem problem, const QString &message = {});
    void updateStatus();

    std::unique_ptr<SpeechEngine> m_engine;
    bool m_enabled = true;
    double m_rate = 0.0;
    double m_volume = 1.0;
    bool m_voiceChosen = false;
    Problem m_problem = Problem::None;
    QString m_problemMessage;
    std::optional<QString> m_current;
    bool m_currentStarted = false; // the engine has reported Speaking since m_current was said
    QStringList m_pending;
    QTimer m_watchdog;
    Status m_status = Status::Starting;
    bool m_constructed = false;
};

} // namespace halldesk
