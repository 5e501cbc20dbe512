#include "speech/PadVoice.h"

#include "logging/HallDeskLogging.h"
#include "pad/PadSession.h"
#include "speech/ChineseVoice.h"

namespace halldesk {

PadVoice::PadVoice(SpeechEngine &engine, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
{
    connect(&m_engine, &SpeechEngine::stateChanged, this, &PadVoice::onEngineState);
    onEngineState(m_engine.state());
}

PadVoice::~PadVoice()
{
    m_engine.disconnect(this);
}

QString PadVoice::text(Prompt prompt)
{
    switch (prompt) {
    case Prompt::Rate:
        return tr("Please rate this service.");
    case Prompt::Reasons:
        return tr("Please choose why you are dissatisfied.");
    case Prompt::Thanks:
        return tr("Thank you for your rating.");
    }
    return {};
}

void PadVoice::follow(const PadSession &session)
{
    connect(&session, &PadSession::ratingRequested, this, [this] { say(Prompt::Rate); });
    connect(&session, &PadSession::stageChanged, this, [this](PadSession::Stage stage) {
        if (stage == PadSession::Stage::Reasons)
            say(Prompt::Reasons);
        else if (stage == PadSession::Stage::Thanks)
            say(Prompt::Thanks);
    });
}

void PadVoice::say(Prompt prompt)
{
    if (!m_enabled || m_silent)
        return;
    if (!m_voiceChosen) { // still starting
        m_waiting = prompt;
        return;
    }
    m_waiting.reset();
    m_engine.say(text(prompt));
}

void PadVoice::setEnabled(bool enabled)
{
    if (m_enabled == enabled)
        return;
    m_enabled = enabled;
    m_waiting.reset();
    if (!enabled && m_engine.state() == SpeechEngine::State::Speaking)
        m_engine.stop();
}

void PadVoice::setRate(double rate)
{
    m_engine.setRate(qBound(-1.0, rate, 1.0));
}

void PadVoice::setVolume(double volume)
{
    m_engine.setVolume(qBound(0.0, volume, 1.0));
}

void PadVoice::onEngineState(SpeechEngine::State state)
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
            setProblem(tr("No Chinese voice is available: the pad's prompts are not spoken."));
            return;
        }
        qCInfo(lcPad) << "Prompting with the voice" << voice->name << voice->locale.name();
        // Rate and volume set before survive a voice change in some engines, not in all.
        const double rate = m_engine.rate();
        const double volume = m_engine.volume();
        m_engine.setVoice(*voice);
        m_engine.setRate(rate);
        m_engine.setVolume(volume);
        m_voiceChosen = true;
    }
    if (m_waiting)
        say(*m_waiting);
}

void PadVoice::setProblem(const QString &message)
{
    if (m_silent)
        return;
    m_silent = true;
    qCWarning(lcPad).noquote() << message;
    emit voiceProblem(message);
}

} // namespace halldesk
