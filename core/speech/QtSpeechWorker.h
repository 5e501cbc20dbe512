#pragma once

#include "speech/SpeechEngine.h"
#include "speech/SpeechVoice.h"

#include <QList>
#include <QLocale>
#include <QObject>
#include <QString>
#include <memory>

class QTextToSpeech;

namespace halldesk {

// The QTextToSpeech of a QtSpeechEngine, on a thread of its own: creating one may block for
// seconds (speech-dispatcher lists every voice) or for ever (a speech-dispatcher that accepts
// the connection and never answers), and no clerk should wait for that. Only QtSpeechEngine
// uses it; every call arrives queued, in order, so calls made before start() has finished
// are applied after it.
class QtSpeechWorker : public QObject
{
    Q_OBJECT

public:
    explicit QtSpeechWorker(const QString &engineName);
    ~QtSpeechWorker() override;

    void start();
    void setLocale(const QLocale &locale);
    void setVoice(const SpeechVoice &voice);
    void setRate(double rate);
    void setVolume(double volume);
    void say(const QString &text);
    void stop();

signals:
    void started(const QString &engineName, const QList<QLocale> &locales,
                 const QList<halldesk::SpeechVoice> &voices, const QLocale &locale,
                 const halldesk::SpeechVoice &voice);
    void failed(const QString &errorText);
    void voiceChanged(const QLocale &locale, const halldesk::SpeechVoice &voice);
    void stateChanged(halldesk::SpeechEngine::State state);
    void utteranceFailed(const QString &errorText);

private:
    QList<SpeechVoice> collectVoices();
    SpeechVoice currentVoice() const;

    QString m_engineName;
    std::unique_ptr<QTextToSpeech> m_tts;
};

} // namespace halldesk
