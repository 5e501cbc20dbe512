#pragma once

#include "speech/SpeechEngine.h"

#include <QStringList>

namespace halldesk::test {

// Mandarin as espeak-ng shows it through speech-dispatcher with Qt 6.4 (locale C), and a
// voice that cannot read Chinese.
inline SpeechVoice espeakMandarin()
{
    return {QStringLiteral("Chinese (Mandarin, latin as Pinyin)"), QLocale::c()};
}
inline SpeechVoice englishVoice()
{
    return {QStringLiteral("English (America)"), QLocale(QLocale::English, QLocale::UnitedStates)};
}

// A SpeechEngine without sound. It records what it is told; the test plays the engine's part
// (it starts, fails, begins and ends speaking) when it chooses, as a real engine does later.
class FakeSpeechEngine final : public SpeechEngine
{
public:
    FakeSpeechEngine() = default;

    State state() const override { return m_state; }
    QString errorString() const override { return m_error; }
    QList<QLocale> availableLocales() const override
    {
        QList<QLocale> locales;
        for (const SpeechVoice &v : m_voices) {
            if (!locales.contains(v.locale))
                locales.append(v.locale);
        }
        return locales;
    }
    QList<SpeechVoice> availableVoices() const override { return m_voices; }
    QLocale locale() const override { return m_locale; }
    void setLocale(const QLocale &locale) override { m_locale = locale; }
    SpeechVoice voice() const override { return m_voice; }
    void setVoice(const SpeechVoice &voice) override
    {
        m_voice = voice;
        m_locale = voice.locale;
    }
    double rate() const override { return m_rate; }
    void setRate(double rate) override { m_rate = rate; }
    double volume() const override { return m_volume; }
    void setVolume(double volume) override { m_volume = volume; }
    void say(const QString &text) override { said.append(text); }
    void stop() override { ++stops; }

    // The engine's side.
    void start(const QList<SpeechVoice> &voices)
    {
        m_voices = voices;
        m_error.clear();
        setState(State::Ready);
    }
    void fail(const QString &error)
    {
        m_error = error;
        setState(State::Failed);
    }
    void beginSpeaking() { setState(State::Speaking); }
    void endSpeaking() { setState(State::Ready); }
    // Speaking failed: the error first, then ready again, as QtSpeechEngine reports it.
    void failSpeaking(const QString &error)
    {
        emit errorOccurred(error);
        setState(State::Ready);
    }

    QStringList said;
    int stops = 0;

private:
    void setState(State state)
    {
        if (m_state == state)
            return;
        m_state = state;
        emit stateChanged(state);
    }

    State m_state = State::Starting;
    QString m_error;
    QList<SpeechVoice> m_voices;
    QLocale m_locale;
    SpeechVoice m_voice;
    double m_rate = 0.0;
    double m_volume = 1.0;
};

} // namespace halldesk::test
