#pragma once

#include "speech/SpeechVoice.h"

#include <QList>
#include <optional>

namespace halldesk {

// Which voice can read a Mandarin call aloud. Other voices read Chinese characters as noise or
// skip them, so without one the hall stays silent rather than speak wrongly.
class ChineseVoice
{
public:
    // The best Mandarin voice, or nothing. In order: a voice of a Chinese locale in China, of
    // any other Chinese locale, then a voice filed under no known language (QLocale::C) whose
    // name says Mandarin, as espeak-ng's "cmn" voices appear through speech-dispatcher.
    static std::optional<SpeechVoice> pick(const QList<SpeechVoice> &voices);
    // How well a voice fits, 0 when it cannot read Mandarin; higher is better.
    static int score(const SpeechVoice &voice);
};

} // namespace halldesk
