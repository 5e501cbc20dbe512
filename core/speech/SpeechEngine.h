#pragma once

#include "speech/SpeechVoice.h"

#include <QList>
#include <QLocale>
#include <QObject>
#include <QString>

namespace halldesk {

// The edge between the hall and a text-to-speech engine (real audio), so that what is said,
// queued and reported can be tested without a sound card. Calls never block: an engine that
// needs time (or hangs) does its work elsewhere and reports through the signals.
class SpeechEngine : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Starting, // connecting to the engine; calls made now are applied once it is ready
        Ready,
        Speaking,
        Failed, // could not start; errorString() says why
    };
    Q_ENUM(State)

    using QObject::QObject;

    virtual State state() const = 0;
    // Why the engine failed: mostly the engine's own words, which Qt does not translate.
    virtual QString errorString() const = 0;

    // Known once the engine is ready; empty before.
    virtual QList<QLocale> availableLocales() const = 0;
    // Every voice of every locale.
    virtual QList<SpeechVoice> availableVoices() const = 0;
    virtual QLocale locale() const = 0;
    virtual void setLocale(const QLocale &locale) = 0;
    virtual SpeechVoice voice() const = 0;
    virtual void setVoice(const SpeechVoice &voice) = 0;

    // -1 (slow) … 1 (fast), 0 is the engine's normal pace.
    virtual double rate() const = 0;
    virtual void setRate(double rate) = 0;
    // 0 … 1.
    virtual double volume() const = 0;
    virtual void setVolume(double volume) = 0;

    // Interrupts whatever is being said.
    virtual void say(const QString &text) = 0;
    virtual void stop() = 0;

signals:
    void stateChanged(halldesk::SpeechEngine::State state);
    // Startup failed (state() is Failed) or one utterance failed (the engine stays usable).
    void errorOccurred(const QString &errorText);
};

} // namespace halldesk
