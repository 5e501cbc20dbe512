#include "speech/QtSpeechEngine.h"

#include "logging/HallDeskLogging.h"
#include "speech/QtSpeechWorker.h"

#include <QTextToSpeech>
#include <QThread>
#include <atomic>

namespace halldesk {

namespace {

std::atomic<int> stranded{0};

} // namespace

// Every call reaches the worker queued, on its thread, in the order made.
template <typename Call> void QtSpeechEngine::post(Call call)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, call] { call(worker); }, Qt::QueuedConnection);
}

QtSpeechEngine::QtSpeechEngine(const QString &engineName, std::chrono::milliseconds startTimeout,
                               QObject *parent)
    : SpeechEngine(parent)
    , m_engineName(engineName)
    , m_thread(std::make_unique<QThread>())
    , m_worker(new QtSpeechWorker(engineName))
{
    m_thread->setObjectName(QStringLiteral("halldesk-speech"));
    m_worker->moveToThread(m_thread.get());
    connect(m_thread.get(), &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &QtSpeechWorker::started, this, &QtSpeechEngine::onStarted);
    connect(m_worker, &QtSpeechWorker::failed, this, &QtSpeechEngine::onFailed);
    connect(m_worker, &QtSpeechWorker::voiceChanged, this,
            [this](const QLocale &locale, const SpeechVoice &voice) {
                m_locale = locale;
                m_voice = voice;
            });
    connect(m_worker, &QtSpeechWorker::stateChanged, this, [this](State state) {
        if (m_state != State::Starting)
            setState(state);
    });
    connect(m_worker, &QtSpeechWorker::utteranceFailed, this, [this](const QString &text) {
        qCWarning(lcSpeech) << "The speech engine failed to speak:" << text;
        emit errorOccurred(text);
    });

    m_startTimer.setSingleShot(true);
    m_startTimer.setInterval(startTimeout);
    connect(&m_startTimer, &QTimer::timeout, this, &QtSpeechEngine::onStartTimeout);
    m_startTimer.start();
    m_thread->start();
    post([](QtSpeechWorker *worker) { worker->start(); });
}

QtSpeechEngine::~QtSpeechEngine()
{
    m_startTimer.stop();
    disconnect(m_worker, nullptr, this, nullptr);
    // The worker and its QTextToSpeech go with the thread's end (destroying the QTextToSpeech
    // cancels what it is saying).
    m_thread->quit();
    if (m_thread->wait(QDeadlineTimer(ShutdownWait)))
        return;
    // Still inside the engine (a speech-dispatcher that does not answer). Waiting would hang
    // the program and deleting a running thread aborts it, so the thread is left to end by
    // itself and then freed.
    qCWarning(lcSpeech) << "The speech engine does not answer; its thread is left behind";
    QThread *thread = m_thread.release();
    ++stranded;
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(thread, &QObject::destroyed, [] { --stranded; });
    if (thread->isFinished()) // ended before the connection was made; a second call is harmless
        thread->deleteLater();
}

QStringList QtSpeechEngine::availableEngines()
{
    return QTextToSpeech::availableEngines();
}

int QtSpeechEngine::strandedThreads()
{
    return stranded.load();
}

void QtSpeechEngine::setLocale(const QLocale &locale)
{
    m_locale = locale;
    post([locale](QtSpeechWorker *worker) { worker->setLocale(locale); });
}

void QtSpeechEngine::setVoice(const SpeechVoice &voice)
{
    m_voice = voice;
    m_locale = voice.locale;
    post([voice](QtSpeechWorker *worker) { worker->setVoice(voice); });
}

void QtSpeechEngine::setRate(double rate)
{
    m_rate = qBound(-1.0, rate, 1.0);
    post([rate = m_rate](QtSpeechWorker *worker) { worker->setRate(rate); });
}

void QtSpeechEngine::setVolume(double volume)
{
    m_volume = qBound(0.0, volume, 1.0);
    post([volume = m_volume](QtSpeechWorker *worker) { worker->setVolume(volume); });
}

void QtSpeechEngine::say(const QString &text)
{
    post([text](QtSpeechWorker *worker) { worker->say(text); });
}

void QtSpeechEngine::stop()
{
    post([](QtSpeechWorker *worker) { worker->stop(); });
}

void QtSpeechEngine::onStarted(const QString &engineName, const QList<QLocale> &locales,
                               const QList<SpeechVoice> &voices, const QLocale &locale,
                               const SpeechVoice &voice)
{
    m_startTimer.stop();
    m_engineName = engineName;
    m_locales = locales;
    m_voices = voices;
    // Calls made while starting are applied after the start: they win over the defaults.
    if (m_voice.isNull()) {
        m_locale = locale;
        m_voice = voice;
    }
    m_error.clear();
    qCInfo(lcSpeech) << "Speech engine" << engineName << "ready with" << voices.size()
                     << "voices in" << locales.size() << "locales";
    setState(State::Ready);
}

void QtSpeechEngine::onFailed(const QString &errorText)
{
    m_startTimer.stop();
    qCWarning(lcSpeech) << "The speech engine" << m_engineName << "could not start:" << errorText;
    m_error = errorText;
    emit errorOccurred(errorText);
    setState(State::Failed);
}

void QtSpeechEngine::onStartTimeout()
{
    if (m_state != State::Starting)
        return;
    onFailed(tr("The speech engine did not answer in time."));
}

void QtSpeechEngine::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

} // namespace halldesk
