// QtSpeechEngine over the real Qt TextToSpeech "speechd" plug-in (speech-dispatcher with
// espeak-ng). A CI machine has no sound card and speech-dispatcher may or may not start there,
// so what is checked is what must hold either way: the engine reports its voices or a reason
// it failed, within its own time limit, without blocking the caller, and an announcement over
// it ends (said, or given up) instead of hanging. The tests talk to a speech-dispatcher of
// their own (XDG_RUNTIME_DIR in a temporary folder), so a daemon stuck in the user's session
// cannot decide the outcome.

#include "speech/CallAnnouncer.h"
#include "speech/ChineseVoice.h"
#include "speech/QtSpeechEngine.h"

#include <QFile>
#include <QLocalServer>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include <csignal>
#include <sys/types.h>

#if defined(__SANITIZE_ADDRESS__)
// libspeechd (not instrumented) splits speech-dispatcher's list of 13000 voices with strstr over
// the rest of the reply, again and again; AddressSanitizer's checked strstr turns those
// milliseconds into minutes. The options in ASAN_OPTIONS still apply on top of this.
extern "C" const char *__asan_default_options()
{
    return "intercept_strstr=0";
}
// One list of output modules that Qt 6.4's speechd plug-in gets from libspeechd is never freed
// (408 bytes, once per engine); neither is ours to fix.
extern "C" const char *__lsan_default_suppressions()
{
    return "leak:libspeechd.so\n";
}
#endif

using namespace halldesk;
using std::chrono::milliseconds;
using std::chrono::seconds;
using State = SpeechEngine::State;
using Status = CallAnnouncer::Status;

namespace {

// Sets an environment variable for as long as it lives.
class ScopedEnv
{
public:
    ScopedEnv(const char *name, const QByteArray &value)
        : m_name(name)
        , m_old(qgetenv(name))
    {
        qputenv(name, value);
    }
    ~ScopedEnv()
    {
        if (m_old.isNull())
            qunsetenv(m_name);
        else
            qputenv(m_name, m_old);
    }
    ScopedEnv(const ScopedEnv &) = delete;
    ScopedEnv &operator=(const ScopedEnv &) = delete;

private:
    const char *m_name;
    QByteArray m_old;
};

// Where libspeechd looks for, and autospawns, speech-dispatcher. It reads XDG_RUNTIME_DIR once
// per process (GLib keeps it), so there is one for the whole test program.
class PrivateRuntimeDir
{
public:
    PrivateRuntimeDir()
        : m_runtimeDir("XDG_RUNTIME_DIR", QFile::encodeName(m_dir.path()))
    {
        qunsetenv("SPEECHD_ADDRESS");
    }
    ~PrivateRuntimeDir() { killSpawnedDaemon(); }
    PrivateRuntimeDir(const PrivateRuntimeDir &) = delete;
    PrivateRuntimeDir &operator=(const PrivateRuntimeDir &) = delete;

    bool isValid() const { return m_dir.isValid(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

private:
    // The daemon spawned for this folder would outlive the test, and after speaking without a
    // sound card it never exits (it waits for its espeak-ng module at shutdown). It is ours:
    // its pid file is in our folder and its command line names it.
    void killSpawnedDaemon()
    {
        QFile pidFile(filePath(QStringLiteral("speech-dispatcher/pid/speech-dispatcher.pid")));
        if (!pidFile.open(QIODevice::ReadOnly))
            return;
        bool ok = false;
        const pid_t pid = static_cast<pid_t>(pidFile.readAll().trimmed().toLongLong(&ok));
        if (!ok || pid <= 1)
            return;
        const QString proc = QStringLiteral("/proc/%1/cmdline").arg(pid);
        QFile cmdline(proc);
        if (!cmdline.open(QIODevice::ReadOnly) ||
            !cmdline.readAll().contains(QFile::encodeName(m_dir.path())))
            return;
        ::kill(pid, SIGKILL);
        // Gone, or a zombie (empty command line) until init reaps it.
        QTRY_VERIFY(!QFile::exists(proc) || QFile(proc).size() == 0);
    }

    QTemporaryDir m_dir;
    ScopedEnv m_runtimeDir;
};

} // namespace

class TestQtSpeechEngine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void speechdPlugInIsInstalled();
    void unknownEngineFailsWithAReason();
    void speechdStartsOrFailsCleanly();
    void silentDaemonFailsInTimeAndDoesNotHoldUpShutdown();

private:
    std::unique_ptr<PrivateRuntimeDir> m_runtime;
};

void TestQtSpeechEngine::initTestCase()
{
    m_runtime = std::make_unique<PrivateRuntimeDir>();
    QVERIFY(m_runtime->isValid());
}

void TestQtSpeechEngine::cleanupTestCase()
{
    // An engine thread left waiting for a stuck daemon ends once the daemon is gone.
    m_runtime.reset();
    QTRY_COMPARE_WITH_TIMEOUT(QtSpeechEngine::strandedThreads(), 0, 30000);
}

void TestQtSpeechEngine::speechdPlugInIsInstalled()
{
    const QStringList engines = QtSpeechEngine::availableEngines();
    QVERIFY2(engines.contains(QStringLiteral("speechd")),
             qPrintable(engines.join(QLatin1Char(' '))));
}

void TestQtSpeechEngine::unknownEngineFailsWithAReason()
{
    auto engine = std::make_unique<QtSpeechEngine>(QStringLiteral("no-such-engine"));
    QtSpeechEngine *qt = engine.get();
    CallAnnouncer announcer(std::move(engine));
    QSignalSpy problems(&announcer, &CallAnnouncer::voiceProblem);
    QTRY_COMPARE(qt->state(), State::Failed);
    QVERIFY(!qt->errorString().isEmpty());
    QVERIFY(qt->availableVoices().isEmpty());
    QCOMPARE(announcer.status(), Status::Unavailable);
    QCOMPARE(problems.size(), 1);
    QVERIFY(problems.at(0).at(0).toString().contains(qt->errorString()));
    announcer.announce(QStringLiteral("请A001号到1号窗口办理"));
    QCOMPARE(problems.size(), 1);
}

void TestQtSpeechEngine::speechdStartsOrFailsCleanly()
{
    auto engine = std::make_unique<QtSpeechEngine>(QStringLiteral("speechd"));
    QtSpeechEngine *qt = engine.get();
    CallAnnouncer announcer(std::move(engine));
    announcer.setAnnouncementTimeout(seconds(10));
    QSignalSpy problems(&announcer, &CallAnnouncer::voiceProblem);
    // Creating the engine did not wait for speech-dispatcher.
    QCOMPARE(qt->state(), State::Starting);
    QCOMPARE(announcer.status(), Status::Starting);

    // The engine gives up by itself (DefaultStartTimeout); the margin is against a hang.
    static_assert(QtSpeechEngine::DefaultStartTimeout <= seconds(60));
    QTRY_VERIFY_WITH_TIMEOUT(announcer.status() != Status::Starting, 90000);
    if (qt->state() == State::Failed) {
        qInfo("speech-dispatcher did not start: %s", qPrintable(qt->errorString()));
        QVERIFY(!qt->errorString().isEmpty());
        QCOMPARE(announcer.status(), Status::Unavailable);
        QCOMPARE(problems.size(), 1);
        return;
    }

    QCOMPARE(qt->state(), State::Ready);
    QCOMPARE(qt->engineName(), QStringLiteral("speechd"));
    const QList<QLocale> locales = qt->availableLocales();
    const QList<SpeechVoice> voices = qt->availableVoices();
    QVERIFY(!locales.isEmpty());
    QVERIFY(!voices.isEmpty());
    for (const SpeechVoice &voice : voices) {
        QVERIFY(!voice.name.isEmpty());
        QVERIFY2(locales.contains(voice.locale), qPrintable(voice.name));
    }
    const std::optional<SpeechVoice> mandarin = ChineseVoice::pick(voices);
    qInfo("speech-dispatcher: %d voices in %d locales; Mandarin: %s", int(voices.size()),
          int(locales.size()), mandarin ? qPrintable(mandarin->name) : "none");
    if (!mandarin) {
        QCOMPARE(announcer.status(), Status::Unavailable);
        QCOMPARE(problems.size(), 1);
        return;
    }
    QCOMPARE(announcer.status(), Status::Ready);
    QCOMPARE(problems.size(), 0);

    announcer.announce(QStringLiteral("请A023号到15号窗口办理"));
    QCOMPARE(announcer.status(), Status::Speaking);
    // Said (a sound card) or given up after the announcer's 10 s (none): not stuck.
    QTRY_VERIFY_WITH_TIMEOUT(announcer.status() != Status::Speaking, 60000);
    qInfo("The announcement ended %s",
          announcer.status() == Status::Ready ? "spoken" : qPrintable(announcer.problem()));
    if (announcer.status() == Status::Ready) {
        QCOMPARE(problems.size(), 0);
    } else {
        QCOMPARE(announcer.status(), Status::Unavailable);
        QCOMPARE(problems.size(), 1);
    }
    // The engine found the voice by its name (it reports what QTextToSpeech then uses).
    QCOMPARE(qt->voice().name, mandarin->name);
}

void TestQtSpeechEngine::silentDaemonFailsInTimeAndDoesNotHoldUpShutdown()
{
    // A speech-dispatcher that takes the connection and never answers, as one does when it is
    // stuck: QTextToSpeech's constructor waits for it as long as the connection stays open.
    const QString socketPath = m_runtime->filePath(QStringLiteral("silent.sock"));
    const ScopedEnv address("SPEECHD_ADDRESS", "unix_socket:" + QFile::encodeName(socketPath));
    QLocalServer daemon;
    QVERIFY2(daemon.listen(socketPath), qPrintable(daemon.errorString()));
    QList<QLocalSocket *> clients;
    connect(&daemon, &QLocalServer::newConnection, &daemon, [&] {
        while (QLocalSocket *client = daemon.nextPendingConnection())
            clients.append(client);
    });

    const int strandedBefore = QtSpeechEngine::strandedThreads();
    auto engine = std::make_unique<QtSpeechEngine>(QStringLiteral("speechd"), milliseconds(300));
    QSignalSpy errors(engine.get(), &SpeechEngine::errorOccurred);
    QCOMPARE(engine->state(), State::Starting);
    QTRY_VERIFY(!clients.isEmpty()); // the plug-in is waiting for our silent daemon
    QTRY_COMPARE(engine->state(), State::Failed);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(engine->errorString(), errors.at(0).at(0).toString());
    QVERIFY(!engine->errorString().isEmpty());
    engine->say(QStringLiteral("请A023号到15号窗口办理")); // queued behind the start: harmless

    // Destroying it does not wait for the engine for ever: its thread is left to end alone.
    engine.reset();
    QCOMPARE(QtSpeechEngine::strandedThreads(), strandedBefore + 1);
    // The daemon goes away; the plug-in gives up, and the thread ends and is freed.
    qDeleteAll(clients);
    clients.clear();
    daemon.close();
    QTRY_COMPARE(QtSpeechEngine::strandedThreads(), strandedBefore);
}

QTEST_GUILESS_MAIN(TestQtSpeechEngine)
#include "tst_qtspeechengine.moc"
