#include "speech/PromptVoice.h"

#include "logging/HallDeskLogging.h"
#include "speech/ChineseVoice.h"

#include <utility>

namespace halldesk {

PromptVoice::PromptVoice(SpeechEngine &engine, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
{
    connect(&m_engine, &SpeechEngine::stateChanged, this, &PromptVoice::onEngineState);
    onEngineState(m_engine.state());
}

PromptVoice::~PromptVoice()
{
    m_engine.disconnect(this);
}

void PromptVoice::sayText(const QString &text)
{
    if (!m_enabled || m_silent || text.isEmpty())
        return;
    if (!m_voiceChosen) { // still starting
        m_waiting = text;
        return;
    }
    m_waiting.reset();
    m_engine.say(text);
}

void PromptVoice::setEnabled(bool enabled)
{
    if (m_enabled == enabled)
        return;
    m_enabled = enabled;
    m_waiting.reset();
    if (!enabled && m_engine.state() == SpeechEngine::State::Speaking)
        m_engine.stop();
}

void PromptVoice::setRate(double rate)
{
    m_engine.setRate(qBound(-1.0, rate, 1.0));
}

void PromptVoice::setVolume(double volume)
{
    m_engine.setVolume(qBound(0.0, volume, 1.0));
}

void PromptVoice::onEngineState(SpeechEngine::State state)
{
    switch (state) {
    case SpeechEngine::State::Starting:
    case SpeechEngine::State::Speaking:
        return;
    case SpeechEngine::State::Failed:
        m_voiceChosen = false;
        m_waiting.reset();
        setProblem(tr("The speech engine could not start: %1").arg(m_engine.errorString()));
        return;
    case SpeechEngine::State::Ready:
        break;
    }
    if (!m_voiceChosen && !m_silent) {
        const std::optional<SpeechVoice> voice = ChineseVoice::pick(m_engine.availableVoices());
        if (!voice) {
            m_waiting.reset();
            setProblem(tr("No Chinese voice is available: the spoken prompts are off."));
            return;
        }
        qCInfo(lcSpeech) << "Prompting with the voice" << voice->name << voice->locale.name();
        // Rate and volume set before survive a voice change in some engines, not in all.
        const double rate = m_engine.rate();
        const double volume = m_engine.volume();
        m_engine.setVoice(*voice);
        m_engine.setRate(rate);
        m_engine.setVolume(volume);
        m_voiceChosen = true;
    }
    if (m_waiting) {
        // A copy: sayText() clears m_waiting, which a reference into it would not survive.
        const QString waiting = *std::exchange(m_waiting, std::nullopt);
        sayText(waiting);
    }
}

void PromptVoice::setProblem(const QString &message)
{
    if (m_silent)
        return;
    m_silent = true;
    qCWarning(lcSpeech).noquote() << message;
    emit voiceProblem(message);
}

} // namespace halldesk
