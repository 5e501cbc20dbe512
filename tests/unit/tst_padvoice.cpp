// PadVoice over a SpeechEngine double: each prompt said in a Mandarin voice, the newest
// interrupting, waiting for the engine to start, and silence (said once) without a voice.

#include "FakeSpeechEngine.h"
#include "speech/PadVoice.h"

#include <QSignalSpy>
#include <QtTest>

using namespace halldesk;
using namespace halldesk::test;
using Prompt = PadVoice::Prompt;

class TestPadVoice : public QObject
{
    Q_OBJECT

private slots:
    void promptsAreSaid();
    void theNewestPromptInterrupts();
    void promptsWaitForTheEngine();
    void disabledSaysNothing();
    void rateAndVolumeReachTheEngine();
    void noChineseVoiceIsSilent();
    void engineFailureIsSilent();
};

void TestPadVoice::promptsAreSaid()
{
    FakeSpeechEngine engine;
    engine.start({englishVoice(), espeakMandarin()});
    PadVoice voice(engine);
    QVERIFY(voice.canSpeak());
    QCOMPARE(engine.voice().name, espeakMandarin().name);
    for (const Prompt p : {Prompt::Rate, Prompt::Reasons, Prompt::Thanks})
        voice.say(p);
    QCOMPARE(engine.said, (QStringList{QStringLiteral("Please rate this service."),
                                       QStringLiteral("Please choose why you are dissatisfied."),
                                       QStringLiteral("Thank you for your rating.")}));
}

void TestPadVoice::theNewestPromptInterrupts()
{
    FakeSpeechEngine engine;
    engine.start({espeakMandarin()});
    PadVoice voice(engine);
    voice.say(Prompt::Rate);
    engine.beginSpeaking();
    // The citizen touched a level at once: the thanks are said now, not after the question.
    voice.say(Prompt::Thanks);
    QCOMPARE(engine.said,
             (QStringList{PadVoice::text(Prompt::Rate), PadVoice::text(Prompt::Thanks)}));
}

void TestPadVoice::promptsWaitForTheEngine()
{
    FakeSpeechEngine engine; // starting
    PadVoice voice(engine);
    voice.say(Prompt::Rate);
    voice.say(Prompt::Reasons);
    QVERIFY(engine.said.isEmpty());
    engine.start({espeakMandarin()});
    QCOMPARE(engine.said, QStringList{PadVoice::text(Prompt::Reasons)});
    engine.beginSpeaking();
    engine.endSpeaking(); // ready again: nothing is repeated
    QCOMPARE(engine.said.size(), 1);
}

void TestPadVoice::disabledSaysNothing()
{
    FakeSpeechEngine engine;
    engine.start({espeakMandarin()});
    PadVoice voice(engine);
    voice.say(Prompt::Rate);
    engine.beginSpeaking();
    voice.setEnabled(false);
    QCOMPARE(engine.stops, 1);
    voice.say(Prompt::Thanks);
    QCOMPARE(engine.said.size(), 1);
    voice.setEnabled(true);
    voice.say(Prompt::Thanks);
    QCOMPARE(engine.said.size(), 2);
}

void TestPadVoice::rateAndVolumeReachTheEngine()
{
    FakeSpeechEngine engine;
    PadVoice voice(engine);
    voice.setRate(-0.3);
    voice.setVolume(2.0);
    engine.start({espeakMandarin()}); // choosing the voice keeps them
    QCOMPARE(engine.rate(), -0.3);
    QCOMPARE(engine.volume(), 1.0);
    voice.setRate(-5);
    QCOMPARE(engine.rate(), -1.0);
}

void TestPadVoice::noChineseVoiceIsSilent()
{
    FakeSpeechEngine engine;
    PadVoice voice(engine);
    QSignalSpy problems(&voice, &PadVoice::voiceProblem);
    voice.say(Prompt::Rate);
    engine.start({englishVoice()});
    QVERIFY(!voice.canSpeak());
    voice.say(Prompt::Thanks);
    engine.beginSpeaking();
    engine.endSpeaking();
    QVERIFY(engine.said.isEmpty()); // never Chinese read by an English voice
    QCOMPARE(problems.size(), 1);
}

void TestPadVoice::engineFailureIsSilent()
{
    FakeSpeechEngine engine;
    PadVoice voice(engine);
    QSignalSpy problems(&voice, &PadVoice::voiceProblem);
    voice.say(Prompt::Rate);
    engine.fail(QStringLiteral("speech-dispatcher is not running"));
    voice.say(Prompt::Thanks);
    QVERIFY(engine.said.isEmpty());
    QCOMPARE(problems.size(), 1);
    QVERIFY(problems.at(0).at(0).toString().contains(QStringLiteral("speech-dispatcher")));
}

QTEST_GUILESS_MAIN(TestPadVoice)
#include "tst_padvoice.moc"
