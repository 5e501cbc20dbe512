#pragma once

#include "speech/SpeechEngine.h"

#include <QTimer>
#include <chrono>
#include <memory>

class QThread;

namespace halldesk {

class QtSpeechWorker;

// Speech through Qt TextToSpeech (on Debian the "speechd" plug-in: speech-dispatcher, which
// speaks with espeak-ng). The QTextToSpeech lives on a thread of its own (QtSpeechWorker),
// because creating it takes seconds with speech-dispatcher and blocks for ever when the
// daemon is stuck, as it is after an utterance was sent to a machine without a sound card.
// An engine that has not answered within the start timeout is reported Failed; if it answers
// later after all, it becomes Ready then.
class QtSpeechEngine final : public SpeechEngine
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds DefaultStartTimeout{30000};
    // How long the destructor waits for the engine's thread before leaving it behind.
    static constexpr std::chrono::milliseconds ShutdownWait{2000};

    // engineName: a Qt TextToSpeech plug-in ("speechd", "flite"); empty for Qt's default.
    explicit QtSpeechEngine(const QString &engineName = {},
                            std::chrono::milliseconds startTimeout = DefaultStartTimeout,
                            QObject *parent = nullptr);
    ~QtSpeechEngine() override;

    // The plug-ins installed, without starting any.
    static QStringList availableEngines();
    // Threads of engines that were destroyed while their engine did not answer and that have
    // not ended yet (they end, and are freed, when the engine returns).
    static int strandedThreads();

    // The plug-in asked for; once started, the one Qt chose.
    QString engineName() const { return m_engineName; }

    State state() const override { return m_state; }
    QString errorString() const override { return m_error; }
    QList<QLocale> availableLocales() const override { return m_locales; }
    QList<SpeechVoice> availableVoices() const override { return m_voices; }
    QLocale locale() const override { return m_locale; }
    void setLocale(const QLocale &locale) override;
    SpeechVoice voice() const override { return m_voice; }
    void setVoice(const SpeechVoice &voice) override;
    double rate() const override { return m_rate; }
    void setRate(double rate) override;
    double volume() const override { return m_volume; }
    void setVolume(double volume) override;
    void say(const QString &text) override;
    void stop() override;

private:
    void onStarted(const QString &engineName, const QList<QLocale> &locales,
                   const QList<SpeechVoice> &voices, const QLocale &locale,
                   const SpeechVoice &voice);
    void onFailed(const QString &errorText);
    void onStartTimeout();
    void setState(State state);
    template <typename Call> void post(Call call);

    QString m_engineName;
    State m_state = State::Starting;
    QString m_error;
    QList<QLocale> m_locales;
    QList<SpeechVoice> m_voices;
    QLocale m_locale;
    SpeechVoice m_voice;
    double m_rate = 0.0;
    double m_volume = 1.0;
    QTimer m_startTimer;
    std::unique_ptr<QThread> m_thread;
    QtSpeechWorker *m_worker = nullptr; // lives on m_thread, deleted when it ends
};

} // namespace halldesk
