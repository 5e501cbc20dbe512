#include "speech/ChineseVoice.h"

namespace halldesk {

namespace {

// A voice the engine does not tag with a language, named as Mandarin: espeak-ng's
// "Chinese (Mandarin, latin as Pinyin)", or codes such as "cmn", "zh", "zh-CN".
bool namedMandarin(const QString &baseName)
{
    const QString name = baseName.toLower();
    if (name.contains(QLatin1String("mandarin")) || name.startsWith(QLatin1String("cmn")))
        return true;
    return name == QLatin1String("zh") || name.startsWith(QLatin1String("zh-cn")) ||
           name.startsWith(QLatin1String("zh_cn")) || name.startsWith(QLatin1String("zh-cmn")) ||
           name.startsWith(QLatin1String("zh-hans"));
}

} // namespace

int ChineseVoice::score(const SpeechVoice &voice)
{
    // espeak-ng names its variants "Voice+Variant" (+Adam, +Annie, ...): the plain voice is
    // the one its authors tuned.
    const qsizetype plus = voice.name.indexOf(QLatin1Char('+'));
    const QString base = plus < 0 ? voice.name : voice.name.left(plus);
    int score = 0;
    if (voice.locale.language() == QLocale::Chinese) {
        score = voice.locale.territory() == QLocale::China ? 300 : 200;
    } else if (voice.locale.language() == QLocale::C && namedMandarin(base)) {
        score = 100;
        // espeak-ng 1.51's "latin as English" Mandarin voice spells the pinyin of most
        // characters as English ("请", qing3, comes out as "king three"); the Pinyin one does not.
        if (base.contains(QLatin1String("pinyin"), Qt::CaseInsensitive))
            score += 20;
    } else {
        return 0;
    }
    if (plus < 0)
        score += 10;
    return score;
}

std::optional<SpeechVoice> ChineseVoice::pick(const QList<SpeechVoice> &voices)
{
    std::optional<SpeechVoice> best;
    int bestScore = 0;
    for (const SpeechVoice &voice : voices) {
        const int s = score(voice);
        if (s > bestScore) { // the first of equals wins: engines list their defaults first
            best = voice;
            bestScore = s;
        }
    }
    return best;
}

} // namespace halldesk
