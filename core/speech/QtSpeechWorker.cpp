#include "speech/QtSpeechWorker.h"

#include "logging/HallDeskLogging.h"

#include <QSet>
#include <QTextToSpeech>

namespace halldesk {

QtSpeechWorker::QtSpeechWorker(const QString &engineName)
    : m_engineName(engineName)
{}

QtSpeechWorker::~QtSpeechWorker() = default;

void QtSpeechWorker::start()
{
    m_tts = m_engineName.isEmpty() ? std::make_unique<QTextToSpeech>()
                                   : std::make_unique<QTextToSpeech>(m_engineName);
    if (m_tts->state() == QTextToSpeech::Error) {
        QString why = m_tts->errorString();
        if (why.isEmpty())
            why = tr("The text-to-speech engine \"%1\" is not available.").arg(m_engineName);
        m_tts.reset();
        emit failed(why);
        return;
    }

    const QList<SpeechVoice> voices = collectVoices();
    // A failed utterance is reported as failed first and the engine as ready after it, so that
    // it is never taken for one that finished.
    connect(m_tts.get(), &QTextToSpeech::errorOccurred, this,
            [this](QTextToSpeech::ErrorReason, const QString &text) {
                emit utteranceFailed(text);
                emit stateChanged(SpeechEngine::State::Ready);
            });
    connect(m_tts.get(), &QTextToSpeech::stateChanged, this, [this](QTextToSpeech::State state) {
        switch (state) {
        case QTextToSpeech::Ready:
            emit stateChanged(SpeechEngine::State::Ready);
            break;
        case QTextToSpeech::Speaking:
        case QTextToSpeech::Paused:
            emit stateChanged(SpeechEngine::State::Speaking);
            break;
        case QTextToSpeech::Error:
            break; // errorOccurred follows
        }
    });
    emit started(m_tts->engine(), m_tts->availableLocales(), voices, m_tts->locale(),
                 currentVoice());
}

QList<SpeechVoice> QtSpeechWorker::collectVoices()
{
    // Qt 6.4 lists only the voices of the current locale, so visit each and come back.
    const QLocale originalLocale = m_tts->locale();
    const QVoice originalVoice = m_tts->voice();
    QList<SpeechVoice> voices;
    QSet<QString> seen; // speech-dispatcher with espeak-ng has over 13000 voices
    const QList<QLocale> locales = m_tts->availableLocales();
    for (const QLocale &locale : locales) {
        if (m_tts->locale() != locale)
            m_tts->setLocale(locale);
        const QList<QVoice> inLocale = m_tts->availableVoices();
        for (const QVoice &voice : inLocale) {
            const QString key = voice.locale().name() + QLatin1Char('/') + voice.name();
            if (!seen.contains(key)) {
                seen.insert(key);
                voices.append(SpeechVoice{voice.name(), voice.locale()});
            }
        }
    }
    if (locales.contains(originalLocale))
        m_tts->setLocale(originalLocale);
    if (!originalVoice.name().isEmpty())
        m_tts->setVoice(originalVoice);
    return voices;
}

SpeechVoice QtSpeechWorker::currentVoice() const
{
    const QVoice voice = m_tts->voice();
    return SpeechVoice{voice.name(), voice.locale()};
}

void QtSpeechWorker::setLocale(const QLocale &locale)
{
    if (!m_tts)
        return;
    // Qt sets its state to Error for a locale the engine lacks; ask only for one it has.
    if (!m_tts->availableLocales().contains(locale)) {
        qCWarning(lcSpeech) << "The speech engine has no locale" << locale.name();
        return;
    }
    m_tts->setLocale(locale);
    emit voiceChanged(m_tts->locale(), currentVoice());
}

void QtSpeechWorker::setVoice(const SpeechVoice &voice)
{
    if (!m_tts)
        return;
    if (m_tts->locale() != voice.locale && m_tts->availableLocales().contains(voice.locale))
        m_tts->setLocale(voice.locale);
    const QList<QVoice> voices = m_tts->availableVoices();
    const auto match = std::find_if(voices.cbegin(), voices.cend(),
                                    [&voice](const QVoice &v) { return v.name() == voice.name; });
    if (match == voices.cend())
        qCWarning(lcSpeech) << "The speech engine has no voice" << voice.name;
    else
        m_tts->setVoice(*match);
    emit voiceChanged(m_tts->locale(), currentVoice());
}

void QtSpeechWorker::setRate(double rate)
{
    if (m_tts)
        m_tts->setRate(rate);
}

void QtSpeechWorker::setVolume(double volume)
{
    if (m_tts)
        m_tts->setVolume(volume);
}

void QtSpeechWorker::say(const QString &text)
{
    if (m_tts)
        m_tts->say(text);
}

void QtSpeechWorker::stop()
{
    if (m_tts)
        m_tts->stop();
}

} // namespace halldesk
