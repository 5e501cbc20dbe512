#pragma once

#include <QLocale>
#include <QMetaType>
#include <QString>

namespace halldesk {

// A voice as an engine names it. Engines file voices under the locale they understand: the
// speechd plugin of Qt 6.4 files espeak-ng's Mandarin ("cmn") under the C locale, because
// QLocale does not know that code, so the name matters as much as the locale.
struct SpeechVoice
{
    QString name;
    QLocale locale;

    bool isNull() const { return name.isEmpty(); }
    friend bool operator==(const SpeechVoice &, const SpeechVoice &) = default;
};

} // namespace halldesk

Q_DECLARE_METATYPE(halldesk::SpeechVoice)
