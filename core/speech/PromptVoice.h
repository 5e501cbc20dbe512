#pragma once

#include "speech/SpeechEngine.h"

#include <QObject>
#include <QString>
#include <optional>

namespace halldesk {

// Short spoken prompts for citizens at a terminal (the pad, the kiosk), in a Mandarin voice.
// A prompt interrupts the one before it, which the citizen's touch has made stale; one given
// while the engine starts is said once it is ready (only the newest). Without a Chinese voice
// the terminal stays silent: its screen says everything too.
class PromptVoice : public QObject
{
    Q_OBJECT

public:
    // `engine` must outlive the voice.
    explicit PromptVoice(SpeechEngine &engine, QObject *parent = nullptr);
    ~PromptVoice() override;

    void sayText(const QString &text);

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
    std::optional<QString> m_waiting;
};

} // namespace halldesk
