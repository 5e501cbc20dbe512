#pragma once

#include "speech/SpeechEngine.h"

#include <QObject>
#include <optional>

namespace halldesk {

class PadSession;

// The evaluator pad's spoken prompts, in a Mandarin voice: 请您对本次服务作出评价 when a rating
// is asked for, 请选择不满意的原因 on the reasons of a 差评, 感谢您的评价 after it was given. A
// prompt interrupts the one before it, which the citizen's touch has made stale; one given
// while the engine starts is said once it is ready (only the newest). Without a Chinese voice
// the pad stays silent: the screen says everything too.
class PadVoice : public QObject
{
    Q_OBJECT

public:
    enum class Prompt
    {
        Rate,
        Reasons,
        Thanks,
    };
    Q_ENUM(Prompt)

    // `engine` must outlive the voice.
    explicit PadVoice(SpeechEngine &engine, QObject *parent = nullptr);
    ~PadVoice() override;

    static QString text(Prompt prompt);

    // Speaks the prompts of `session`'s stages (it must outlive the voice).
    void follow(const PadSession &session);
    void say(Prompt prompt);

    bool isEnabled() const { return m_enabled; }
    void setEnabled(bool enabled);
    // -1 (slow) … 1 (fast); elderly citizens: at or below 0.
    void setRate(double rate);
    // 0 … 1.
    void setVolume(double volume);
    // A Mandarin voice was found and the prompts can be heard.
    bool canSpeak() const { return m_voiceChosen; }

signals:
    // The prompts cannot be heard (no engine, no Chinese voice): for the log, said once.
    void voiceProblem(const QString &message);

private:
    void onEngineState(SpeechEngine::State state);
    void setProblem(const QString &message);

    SpeechEngine &m_engine;
    bool m_enabled = true;
    bool m_voiceChosen = false;
    bool m_silent = false; // no voice: prompts are dropped
    std::optional<Prompt> m_waiting;
};

} // namespace halldesk
