// CallAnnouncer over a SpeechEngine double: what is said, when, in which voice and at what
// pace, what waits and what is dropped, and how a hall without a voice is told so (once).

#include "FakeSpeechEngine.h"
#include "speech/CallAnnouncer.h"

#include <QSignalSpy>
#include <QtTest>

using namespace halldesk;
using namespace halldesk::test;
using std::chrono::milliseconds;
using Status = CallAnnouncer::Status;

namespace {

QString call(int n)
{
    return QStringLiteral("请A%1号到15号窗口办理").arg(n, 3, 10, QLatin1Char('0'));
}

// An announcer whose engine has started with a Mandarin voice.
struct Hall
{
    explicit Hall(const QList<SpeechVoice> &voices = {espeakMandarin()}, bool start = true)
    {
        auto fake = std::make_unique<FakeSpeechEngine>();
        engine = fake.get();
        announcer = std::make_unique<CallAnnouncer>(std::move(fake));
        if (start)
            engine->start(voices);
    }
    // The engine says the current announcement to its end.
    void speakToTheEnd()
    {
        engine->beginSpeaking();
        engine->endSpeaking();
    }

    FakeSpeechEngine *engine = nullptr;
    std::unique_ptr<CallAnnouncer> announcer;
};

} // namespace

class TestCallAnnouncer : public QObject
{
    Q_OBJECT

private slots:
    void idleCallIsSaidAtOnce();
    void callWhileSpeakingWaitsItsTurn();
    void recallRepeats();
    void onlyTheNewestCallsWait_data();
    void onlyTheNewestCallsWait();
    void callsWaitForTheEngineToStart();
    void disabledSaysNothing();
    void disablingStopsAndForgets();
    void rateAndVolumeReachTheEngine_data();
    void rateAndVolumeReachTheEngine();
    void picksAMandarinVoice_data();
    void picksAMandarinVoice();
    void noChineseVoiceIsReportedOnce();
    void engineFailureIsReportedOnce();
    void problemAtConstructionReachesLateListeners();
    void recoveryAndFailingAgainReportsAgain();
    void speechThatNeverEndsIsGivenUp();
    void speechErrorsAreReportedOnceUntilSpeechWorks();
    void reEnablingRepeatsTheProblem();
};

void TestCallAnnouncer::idleCallIsSaidAtOnce()
{
    Hall hall;
    QCOMPARE(hall.announcer->status(), Status::Ready);
    QSignalSpy statuses(hall.announcer.get(), &CallAnnouncer::statusChanged);
    hall.announcer->announce(call(23));
    QCOMPARE(hall.engine->said, QStringList{call(23)});
    QCOMPARE(hall.announcer->status(), Status::Speaking);
    hall.speakToTheEnd();
    QCOMPARE(hall.announcer->status(), Status::Ready);
    QVERIFY(!hall.announcer->current());
    QCOMPARE(statuses.size(), 2);
    QCOMPARE(statuses.at(0).at(0).value<Status>(), Status::Speaking);
    QCOMPARE(statuses.at(1).at(0).value<Status>(), Status::Ready);
}

void TestCallAnnouncer::callWhileSpeakingWaitsItsTurn()
{
    Hall hall;
    hall.announcer->announce(call(1));
    hall.engine->beginSpeaking();
    hall.announcer->announce(call(2));
    QCOMPARE(hall.engine->said, QStringList{call(1)});
    QCOMPARE(hall.announcer->pending(), QStringList{call(2)});
    hall.engine->endSpeaking();
    QCOMPARE(hall.engine->said, (QStringList{call(1), call(2)}));
    QCOMPARE(hall.announcer->status(), Status::Speaking);
    QCOMPARE(hall.announcer->current().value_or(QString()), call(2));
    hall.speakToTheEnd();
    QCOMPARE(hall.announcer->status(), Status::Ready);
    QVERIFY(hall.announcer->pending().isEmpty());
    QCOMPARE(hall.engine->stops, 0);
}

void TestCallAnnouncer::recallRepeats()
{
    Hall hall;
    hall.announcer->announce(call(7));
    hall.engine->beginSpeaking();
    hall.announcer->announce(call(7)); // the clerk recalls while the call is being said
    hall.announcer->announce(call(8));
    hall.announcer->announce(call(8)); // a recall of a call still waiting is not doubled
    QCOMPARE(hall.announcer->pending(), (QStringList{call(7), call(8)}));
    hall.engine->endSpeaking();
    hall.speakToTheEnd();
    hall.speakToTheEnd();
    QCOMPARE(hall.engine->said, (QStringList{call(7), call(7), call(8)}));
    QCOMPARE(hall.announcer->status(), Status::Ready);
}

void TestCallAnnouncer::onlyTheNewestCallsWait_data()
{
    QTest::addColumn<int>("waiting");
    QTest::newRow("fewer than the cap") << 3;
    QTest::newRow("the cap") << int(CallAnnouncer::MaxPending);
    QTest::newRow("one more") << int(CallAnnouncer::MaxPending) + 1;
    QTest::newRow("many more") << 40;
}

void TestCallAnnouncer::onlyTheNewestCallsWait()
{
    QFETCH(int, waiting);
    Hall hall;
    hall.announcer->announce(call(0));
    hall.engine->beginSpeaking();
    QStringList expected;
    for (int n = 1; n <= waiting; ++n) {
        hall.announcer->announce(call(n));
        expected.append(call(n));
    }
    while (expected.size() > CallAnnouncer::MaxPending)
        expected.removeFirst();
    QCOMPARE(hall.announcer->pending(), expected);
    for (qsizetype i = 0; i < expected.size() + 1; ++i)
        hall.speakToTheEnd();
    QCOMPARE(hall.engine->said, QStringList{call(0)} + expected);
    QCOMPARE(hall.announcer->status(), Status::Ready);
}

void TestCallAnnouncer::callsWaitForTheEngineToStart()
{
    Hall hall({}, false);
    QCOMPARE(hall.announcer->status(), Status::Starting);
    hall.announcer->announce(call(1));
    QVERIFY(hall.engine->said.isEmpty());
    QCOMPARE(hall.announcer->pending(), QStringList{call(1)});
    hall.engine->start({englishVoice(), espeakMandarin()});
    // The Mandarin voice is set before anything is said.
    QCOMPARE(hall.engine->voice().name, espeakMandarin().name);
    QCOMPARE(hall.engine->said, QStringList{call(1)});
    QCOMPARE(hall.announcer->status(), Status::Speaking);
}

void TestCallAnnouncer::disabledSaysNothing()
{
    Hall hall;
    QSignalSpy problems(hall.announcer.get(), &CallAnnouncer::voiceProblem);
    hall.announcer->setEnabled(false);
    QCOMPARE(hall.announcer->status(), Status::Off);
    for (int n = 0; n < 3; ++n)
        hall.announcer->announce(call(n));
    QVERIFY(hall.engine->said.isEmpty());
    QVERIFY(hall.announcer->pending().isEmpty());
    hall.announcer->setEnabled(true);
    QCOMPARE(hall.announcer->status(), Status::Ready);
    QVERIFY(hall.engine->said.isEmpty()); // nothing was saved up
    hall.announcer->announce(call(9));
    QCOMPARE(hall.engine->said, QStringList{call(9)});
    QCOMPARE(problems.size(), 0);
}

void TestCallAnnouncer::disablingStopsAndForgets()
{
    Hall hall;
    hall.announcer->announce(call(1));
    hall.engine->beginSpeaking();
    hall.announcer->announce(call(2));
    hall.announcer->setEnabled(false);
    QCOMPARE(hall.engine->stops, 1);
    QVERIFY(hall.announcer->pending().isEmpty());
    QVERIFY(!hall.announcer->current());
    hall.engine->endSpeaking();
    QCOMPARE(hall.engine->said, QStringList{call(1)});
    QCOMPARE(hall.announcer->status(), Status::Off);
}

void TestCallAnnouncer::rateAndVolumeReachTheEngine_data()
{
    QTest::addColumn<double>("rate");
    QTest::addColumn<double>("expectedRate");
    QTest::addColumn<double>("volume");
    QTest::addColumn<double>("expectedVolume");
    QTest::newRow("slower, quieter") << -0.4 << -0.4 << 0.6 << 0.6;
    QTest::newRow("faster, full") << 0.5 << 0.5 << 1.0 << 1.0;
    QTest::newRow("out of range") << 3.0 << 1.0 << -2.0 << 0.0;
    QTest::newRow("out of range below") << -7.0 << -1.0 << 9.0 << 1.0;
}

void TestCallAnnouncer::rateAndVolumeReachTheEngine()
{
    QFETCH(double, rate);
    QFETCH(double, expectedRate);
    QFETCH(double, volume);
    QFETCH(double, expectedVolume);
    {
        Hall hall;
        hall.announcer->setRate(rate);
        hall.announcer->setVolume(volume);
        QCOMPARE(hall.announcer->rate(), expectedRate);
        QCOMPARE(hall.engine->rate(), expectedRate);
        QCOMPARE(hall.announcer->volume(), expectedVolume);
        QCOMPARE(hall.engine->volume(), expectedVolume);
    }
    {
        // Set before the engine has started, and kept once it has.
        Hall hall({}, false);
        hall.announcer->setRate(rate);
        hall.announcer->setVolume(volume);
        hall.engine->setRate(0.0);
        hall.engine->setVolume(1.0);
        hall.engine->start({espeakMandarin()});
        QCOMPARE(hall.engine->rate(), expectedRate);
        QCOMPARE(hall.engine->volume(), expectedVolume);
    }
}

void TestCallAnnouncer::picksAMandarinVoice_data()
{
    QTest::addColumn<QList<SpeechVoice>>("voices");
    QTest::addColumn<QString>("expected"); // empty: none

    const QLocale c = QLocale::c();
    const SpeechVoice english = englishVoice();
    const SpeechVoice cantonese{QStringLiteral("Chinese (Cantonese)"),
                                QLocale(QLocale::Cantonese, QLocale::HongKong)};
    const SpeechVoice hakka{QStringLiteral("Hakka Chinese"), c};
    const SpeechVoice latinAsEnglish{QStringLiteral("Chinese (Mandarin, latin as English)"), c};
    const SpeechVoice pinyin = espeakMandarin();
    const SpeechVoice pinyinAdam{pinyin.name + QStringLiteral("+Adam"), c};
    const SpeechVoice china{QStringLiteral("Xiaoxiao"), QLocale(QLocale::Chinese, QLocale::China)};
    const SpeechVoice taiwan{QStringLiteral("Meijia"), QLocale(QLocale::Chinese, QLocale::Taiwan)};
    const SpeechVoice uyghur{QStringLiteral("Uyghur"), QLocale(QLocale::Uyghur, QLocale::China)};
    const SpeechVoice bareCode{QStringLiteral("zh"), c};

    QTest::newRow("none at all") << QList<SpeechVoice>{} << QString();
    QTest::newRow("only other languages")
        << QList<SpeechVoice>{english, cantonese, hakka, uyghur} << QString();
    QTest::newRow("espeak-ng through speech-dispatcher")
        << QList<SpeechVoice>{english, latinAsEnglish, pinyinAdam, pinyin, hakka, cantonese}
        << pinyin.name;
    QTest::newRow("only a variant") << QList<SpeechVoice>{english, pinyinAdam} << pinyinAdam.name;
    QTest::newRow("latin as English when alone")
        << QList<SpeechVoice>{latinAsEnglish} << latinAsEnglish.name;
    QTest::newRow("a code for a name") << QList<SpeechVoice>{english, bareCode} << bareCode.name;
    QTest::newRow("a real Chinese locale first")
        << QList<SpeechVoice>{pinyin, taiwan, china} << china.name;
    QTest::newRow("Taiwan before an untagged voice")
        << QList<SpeechVoice>{pinyin, taiwan} << taiwan.name;
}

void TestCallAnnouncer::picksAMandarinVoice()
{
    QFETCH(QList<SpeechVoice>, voices);
    QFETCH(QString, expected);
    Hall hall(voices);
    hall.announcer->announce(call(5));
    if (expected.isEmpty()) {
        QCOMPARE(hall.announcer->status(), Status::Unavailable);
        QVERIFY(hall.engine->said.isEmpty());
        QVERIFY(hall.engine->voice().isNull());
    } else {
        QCOMPARE(hall.engine->voice().name, expected);
        QCOMPARE(hall.engine->said, QStringList{call(5)});
    }
}

void TestCallAnnouncer::noChineseVoiceIsReportedOnce()
{
    Hall hall({}, false);
    QSignalSpy problems(hall.announcer.get(), &CallAnnouncer::voiceProblem);
    hall.engine->start({englishVoice()});
    QCOMPARE(hall.announcer->status(), Status::Unavailable);
    for (int n = 0; n < 20; ++n)
        hall.announcer->announce(call(n));
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.at(0).at(0).toString(), hall.announcer->problem());
    QVERIFY(hall.announcer->problem().contains(QLatin1String("Chinese")));
    // Silent rather than reading Chinese with an English voice.
    QVERIFY(hall.engine->said.isEmpty());
    QVERIFY(hall.announcer->pending().isEmpty());
}

void TestCallAnnouncer::engineFailureIsReportedOnce()
{
    Hall hall({}, false);
    QSignalSpy problems(hall.announcer.get(), &CallAnnouncer::voiceProblem);
    hall.announcer->announce(call(1)); // waits for the start
    hall.engine->fail(QStringLiteral("Connection to speech-dispatcher failed"));
    QCOMPARE(hall.announcer->status(), Status::Unavailable);
    for (int n = 0; n < 20; ++n)
        hall.announcer->announce(call(n));
    QCOMPARE(problems.size(), 1);
    QVERIFY(problems.at(0).at(0).toString().contains(
        QLatin1String("Connection to speech-dispatcher failed")));
    QVERIFY(hall.engine->said.isEmpty());
    QVERIFY(hall.announcer->pending().isEmpty());
}

void TestCallAnnouncer::problemAtConstructionReachesLateListeners()
{
    auto fake = std::make_unique<FakeSpeechEngine>();
    fake->fail(QStringLiteral("no engine"));
    CallAnnouncer announcer(std::move(fake));
    QCOMPARE(announcer.status(), Status::Unavailable);
    QSignalSpy problems(&announcer, &CallAnnouncer::voiceProblem);
    QVERIFY(problems.wait());
    QCOMPARE(problems.size(), 1);
    QCoreApplication::processEvents();
    QCOMPARE(problems.size(), 1);
}

void TestCallAnnouncer::recoveryAndFailingAgainReportsAgain()
{
    Hall hall({}, false);
    QSignalSpy problems(hall.announcer.get(), &CallAnnouncer::voiceProblem);
    hall.engine->fail(QStringLiteral("first"));
    hall.engine->fail(QStringLiteral("still"));
    QCOMPARE(problems.size(), 1);
    // The engine answers after all.
    hall.engine->start({espeakMandarin()});
    QCOMPARE(hall.announcer->status(), Status::Ready);
    QVERIFY(hall.announcer->problem().isEmpty());
    hall.announcer->announce(call(1));
    hall.speakToTheEnd();
    QCOMPARE(hall.engine->said, QStringList{call(1)});
    hall.engine->fail(QStringLiteral("again"));
    QCOMPARE(problems.size(), 2);
    QVERIFY(problems.at(1).at(0).toString().contains(QLatin1String("again")));
    // Back with a voice that cannot speak Chinese: a different problem, reported.
    hall.engine->start({englishVoice()});
    QCOMPARE(problems.size(), 3);
    QCOMPARE(hall.announcer->status(), Status::Unavailable);
}

void TestCallAnnouncer::speechThatNeverEndsIsGivenUp()
{
    // speech-dispatcher without a sound card: "speaking" begins and never ends.
    Hall hall;
    hall.announcer->setAnnouncementTimeout(milliseconds(20));
    QSignalSpy problems(hall.announcer.get(), &CallAnnouncer::voiceProblem);
    hall.announcer->announce(call(1));
    hall.engine->beginSpeaking();
    hall.announcer->announce(call(2));
    QTRY_COMPARE(hall.announcer->status(), Status::Unavailable);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(hall.engine->stops, 1);
    QVERIFY(hall.announcer->pending().isEmpty()); // stale by now

    // The engine still says it is speaking; each new call tries again, without a new report.
    for (int n = 3; n <= 5; ++n) {
        hall.announcer->announce(call(n));
        QCOMPARE(hall.engine->said.last(), call(n));
        QTRY_COMPARE(hall.engine->stops, n - 1);
    }
    QCOMPARE(problems.size(), 1);
    QCOMPARE(hall.announcer->status(), Status::Unavailable);

    // The sound is back: the next call is cancelled-begun-ended like any other.
    hall.announcer->setAnnouncementTimeout(CallAnnouncer::DefaultAnnouncementTimeout);
    hall.announcer->announce(call(6));
    hall.engine->endSpeaking(); // the interrupted one
    hall.speakToTheEnd();
    QCOMPARE(hall.announcer->status(), Status::Ready);
    QVERIFY(hall.announcer->problem().isEmpty());
    QCOMPARE(problems.size(), 1);
}

void TestCallAnnouncer::speechErrorsAreReportedOnceUntilSpeechWorks()
{
    Hall hall;
    QSignalSpy problems(hall.announcer.get(), &CallAnnouncer::voiceProblem);
    hall.announcer->announce(call(1));
    hall.engine->beginSpeaking();
    hall.announcer->announce(call(2));
    hall.engine->failSpeaking(QStringLiteral("audio device busy"));
    QCOMPARE(problems.size(), 1);
    QVERIFY(problems.at(0).at(0).toString().contains(QLatin1String("audio device busy")));
    // The next call is still tried.
    QCOMPARE(hall.engine->said, (QStringList{call(1), call(2)}));
    QCOMPARE(hall.announcer->status(), Status::Unavailable);
    hall.engine->failSpeaking(QStringLiteral("audio device busy"));
    hall.announcer->announce(call(3));
    hall.engine->beginSpeaking();
    hall.engine->failSpeaking(QStringLiteral("audio device busy"));
    QCOMPARE(problems.size(), 1);
    // One that works clears the problem; the next failure is news again.
    hall.announcer->announce(call(4));
    hall.speakToTheEnd();
    QCOMPARE(hall.announcer->status(), Status::Ready);
    hall.announcer->announce(call(5));
    hall.engine->failSpeaking(QStringLiteral("audio device gone"));
    QCOMPARE(problems.size(), 2);
    QCOMPARE(hall.engine->said.size(), 5);
}

void TestCallAnnouncer::reEnablingRepeatsTheProblem()
{
    Hall hall({}, false);
    QSignalSpy problems(hall.announcer.get(), &CallAnnouncer::voiceProblem);
    hall.engine->start({englishVoice()});
    QCOMPARE(hall.announcer->status(), Status::Unavailable);
    QCOMPARE(problems.size(), 1);
    hall.announcer->setEnabled(false);
    QCOMPARE(hall.announcer->status(), Status::Off);
    hall.announcer->setEnabled(true);
    QCOMPARE(problems.size(), 2);
    QCOMPARE(hall.announcer->status(), Status::Unavailable);
}

QTEST_GUILESS_MAIN(TestCallAnnouncer)
#include "tst_callannouncer.moc"
