#include "speech/CallAnnouncer.h"

#include "logging/HallDeskLogging.h"
#include "speech/ChineseVoice.h"

namespace halldesk {

CallAnnouncer::CallAnnouncer(std::unique_ptr<SpeechEngine> engine, QObject *parent)
    : QObject(parent)
    , m_engine(std::move(engine))
{
    Q_ASSERT(m_engine);
    m_watchdog.setSingleShot(true);
    m_watchdog.setInterval(DefaultAnnouncementTimeout);
    connect(&m_watchdog, &QTimer::timeout, this, &CallAnnouncer::onAnnouncementTimeout);
    connect(m_engine.get(), &SpeechEngine::stateChanged, this, &CallAnnouncer::onEngineState);
    connect(m_engine.get(), &SpeechEngine::errorOccurred, this, &CallAnnouncer::onEngineError);
    m_engine->setRate(m_rate);
    m_engine->setVolume(m_volume);
    // The engine may have started (or failed) already.
    onEngineState(m_engine->state());
    m_constructed = true;
}

CallAnnouncer::~CallAnnouncer()
{
    // The engine goes after this object's body; nothing it says then concerns us.
    m_engine->disconnect(this);
}

void CallAnnouncer::announce(const QString &text)
{
    if (!m_enabled || text.trimmed().isEmpty())
        return;
    if (m_problem == Problem::EngineFailed || m_problem == Problem::NoChineseVoice) {
        qCDebug(lcSpeech) << "A call is not announced: there is no voice";
        return;
    }
    // A recall of a call that still waits would only say the same words twice in a row.
    if (m_pending.contains(text))
        return;
    m_pending.append(text);
    while (m_pending.size() > MaxPending) {
        m_pending.removeFirst();
        qCInfo(lcSpeech) << "Too many calls waiting to be announced: the oldest is dropped";
    }
    speakNext();
    updateStatus();
}

void CallAnnouncer::setEnabled(bool enabled)
{
    if (m_enabled == enabled)
        return;
    m_enabled = enabled;
    if (!enabled) {
        if (m_current)
            m_engine->stop();
        dropAll();
    } else if (m_problem != Problem::None) {
        // The clerk has just asked for voice: say why there will be none.
        emit voiceProblem(m_problemMessage);
    }
    updateStatus();
}

void CallAnnouncer::setRate(double rate)
{
    m_rate = qBound(-1.0, rate, 1.0);
    m_engine->setRate(m_rate);
}

void CallAnnouncer::setVolume(double volume)
{
    m_volume = qBound(0.0, volume, 1.0);
    m_engine->setVolume(m_volume);
}

void CallAnnouncer::setAnnouncementTimeout(std::chrono::milliseconds timeout)
{
    m_watchdog.setInterval(timeout);
}

void CallAnnouncer::onEngineState(SpeechEngine::State state)
{
    switch (state) {
    case SpeechEngine::State::Starting:
        break;
    case SpeechEngine::State::Failed:
        m_voiceChosen = false;
        dropAll();
        setProblem(Problem::EngineFailed,
                   tr("The speech engine could not start: %1").arg(m_engine->errorString()));
        break;
    case SpeechEngine::State::Ready:
        if (!m_voiceChosen)
            chooseVoice();
        if (m_current && m_currentStarted)
            finishCurrent();
        speakNext();
        break;
    case SpeechEngine::State::Speaking:
        if (m_current)
            m_currentStarted = true;
        break;
    }
    updateStatus();
}

void CallAnnouncer::onEngineError(const QString &errorText)
{
    // Start failures arrive as the Failed state; this is about the announcement being said.
    if (!m_current)
        return;
    m_watchdog.stop();
    m_current.reset();
    m_currentStarted = false;
    setProblem(Problem::Output, tr("Speech output failed: %1").arg(errorText));
    updateStatus();
}

void CallAnnouncer::onAnnouncementTimeout()
{
    if (!m_current)
        return;
    qCWarning(lcSpeech) << "An announcement did not finish in time";
    m_engine->stop();
    // Whatever waits would be stale by the time the sound works again.
    dropAll();
    setProblem(Problem::Output, tr("An announcement did not finish: the sound output may not "
                                   "work and calls may not be heard."));
    updateStatus();
}

void CallAnnouncer::chooseVoice()
{
    const std::optional<SpeechVoice> voice = ChineseVoice::pick(m_engine->availableVoices());
    if (!voice) {
        dropAll();
        setProblem(Problem::NoChineseVoice,
                   tr("No Chinese voice is available: calls are not announced aloud."));
        return;
    }
    qCInfo(lcSpeech) << "Announcing with the voice" << voice->name << voice->locale.name();
    m_engine->setVoice(*voice);
    m_engine->setRate(m_rate);
    m_engine->setVolume(m_volume);
    m_voiceChosen = true;
    if (m_problem == Problem::EngineFailed || m_problem == Problem::NoChineseVoice)
        setProblem(Problem::None);
}

void CallAnnouncer::speakNext()
{
    if (!m_enabled || m_current || m_pending.isEmpty() || !m_voiceChosen)
        return;
    const SpeechEngine::State state = m_engine->state();
    if (state == SpeechEngine::State::Starting || state == SpeechEngine::State::Failed)
        return;
    // After speech failed to come out speech-dispatcher may report "speaking" for ever; a new
    // attempt interrupts that and may succeed (the headset is back), so do not wait for it.
    if (state == SpeechEngine::State::Speaking && m_problem != Problem::Output)
        return;
    m_current = m_pending.takeFirst();
    m_currentStarted = false;
    m_engine->say(*m_current);
    m_watchdog.start();
}

void CallAnnouncer::finishCurrent()
{
    m_watchdog.stop();
    m_current.reset();
    m_currentStarted = false;
    if (m_problem == Problem::Output)
        setProblem(Problem::None);
}

void CallAnnouncer::dropAll()
{
    m_watchdog.stop();
    m_current.reset();
    m_currentStarted = false;
    m_pending.clear();
}

void CallAnnouncer::setProblem(Problem problem, const QString &message)
{
    if (problem == m_problem)
        return;
    m_problem = problem;
    m_problemMessage = message;
    if (problem == Problem::None) {
        qCInfo(lcSpeech) << "Calls are announced aloud again";
        return;
    }
    qCWarning(lcSpeech).noquote() << "Calls cannot be announced:" << message;
    if (!m_enabled)
        return;
    if (m_constructed) {
        emit voiceProblem(message);
        return;
    }
    // Found while constructing: tell whoever connects right after.
    QMetaObject::invokeMethod(
        this,
        [this, problem, message] {
            if (m_enabled && m_problem == problem)
                emit voiceProblem(message);
        },
        Qt::QueuedConnection);
}

void CallAnnouncer::updateStatus()
{
    Status status = Status::Ready;
    if (!m_enabled)
        status = Status::Off;
    else if (m_problem != Problem::None)
        status = Status::Unavailable;
    else if (m_engine->state() == SpeechEngine::State::Starting)
        status = Status::Starting;
    else if (m_current)
        status = Status::Speaking;
    if (status == m_status)
        return;
    m_status = status;
    emit statusChanged(status);
}

} // namespace halldesk
