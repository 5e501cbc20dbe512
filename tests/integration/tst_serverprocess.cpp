// The real halldesk-server program, started as an operator would: its exit codes, what it leaves
// on disk, and that it never harms a database it refuses (newer schema, damaged file).

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#ifndef HALLDESK_SERVER_PATH
#error "HALLDESK_SERVER_PATH must name the halldesk-server executable"
#endif

namespace {

// Long enough for a --check run that installs the demo hall under sanitizers.
constexpr int RunTimeoutMs = 60000;

struct RunResult
{
    bool finished = false;
    QProcess::ExitStatus exitStatus = QProcess::CrashExit;
    int exitCode = -1;
    QString out;
    QString err;
};

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QByteArray sha256(const QString &path)
{
    return QCryptographicHash::hash(fileBytes(path), QCryptographicHash::Sha256).toHex();
}

mode_t modeOf(const QString &path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return 0;
    return st.st_mode & 07777;
}

// Runs one statement (or a query whose first column of the first row is returned) on an SQLite
// file through a connection that is gone again when this returns, so the server never shares
// the file with a connection of the test.
QVariant sqlite(const QString &path, const QString &sql, bool readOnly, QString *error)
{
    static int counter = 0;
    const QString name = QStringLiteral("tst_serverprocess-%1").arg(++counter);
    QVariant result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (readOnly)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            *error = db.lastError().text();
        } else {
            QSqlQuery query(db);
            if (!query.exec(sql))
                *error = query.lastError().text();
            else if (query.next())
                result = query.value(0);
            else
                result = true;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

int countRows(const QString &path, const QString &table)
{
    QString error;
    const QVariant value =
        sqlite(path, QStringLiteral("SELECT count(*) FROM ") + table, true, &error);
    if (!error.isEmpty()) {
        qWarning() << "counting" << table << "failed:" << error;
        return -1;
    }
    return value.toInt();
}

// A server or kiosk with no locale configured; the server then speaks the hall's language.
const QString DefaultLocale = QStringLiteral("C.UTF-8");
// Qt takes the language from the environment, so this works without the glibc locale installed.
const QString EnglishLocale = QStringLiteral("en_US.UTF-8");

// The user-facing messages the server logged as critical in its own category, one per line.
QString criticalServerMessages(const QString &err)
{
    const QString marker = QStringLiteral(" critical halldesk.server: ");
    QStringList messages;
    for (const QString &line : err.split(QLatin1Char('\n'))) {
        const qsizetype at = line.indexOf(marker);
        if (at >= 0)
            messages << line.mid(at + marker.size());
    }
    return messages.join(QLatin1Char('\n'));
}

} // namespace

class TestServerProcess : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void helpListsOptions();
    void checkCreatesDatabaseAndKey();
    void noHallOnEmptyDatabase_data();
    void noHallOnEmptyDatabase();
    void newerSchemaIsRefusedUntouched_data();
    void newerSchemaIsRefusedUntouched();
    void invalidDatabaseAddress_data();
    void invalidDatabaseAddress();
    void cleanShutdownOnSignal_data();
    void cleanShutdownOnSignal();
    void signalRightAfterRunningMessage_data();
    void signalRightAfterRunningMessage();
    void corruptDatabaseIsMovedAside_data();
    void corruptDatabaseIsMovedAside();
    void demoHasTodaysAppointmentsAndHelpDesk();
    void importAppointments_data();
    void importAppointments();
    void setStaffPinAndCard_data();
    void setStaffPinAndCard();
    void rankingSettingsAreChecked_data();
    void rankingSettingsAreChecked();

private:
    QString dbPath() const { return m_dir->filePath(QStringLiteral("hall.db")); }
    QString dbArg() const { return QStringLiteral("sqlite:") + dbPath(); }
    QProcessEnvironment environment() const;
    void prepare(QProcess &process) const;
    // Every run gets free ports and its own development certificates, so runs in parallel
    // never collide and nothing is written outside the temporary folder.
    QStringList withNetwork(QStringList arguments) const;
    RunResult run(const QStringList &arguments, int timeoutMs = RunTimeoutMs,
                  const QByteArray &input = {}) const;
    // The demo hall in a database of this test's folder, as --demo --check leaves it.
    void installDemoHall();
    static QString describe(const RunResult &result);
    enum class SignalTiming
    {
        AfterRunningSeen,
        AsSoonAsRunningSeen
    };
    // Starts the server on the demo hall, sends the signal once it reports that it is running
    // and returns what went wrong with the stop, or an empty string for a clean stop.
    QString startAndStop(int signalNumber, SignalTiming timing);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_locale;
};

void TestServerProcess::init()
{
    m_locale = DefaultLocale;
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestServerProcess::cleanup()
{
    m_dir.reset();
}

QProcessEnvironment TestServerProcess::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Whatever the server would write by default must land in the temporary folder, never in
    // the real home of whoever runs the tests.
    env.insert(QStringLiteral("HOME"), m_dir->path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("xdg-data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("xdg-config")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), m_dir->filePath(QStringLiteral("xdg-cache")));
    // The language of the user-facing messages follows the locale; the log lines matched
    // everywhere ("running", "stopped") are not translated.
    env.insert(QStringLiteral("LANG"), m_locale);
    env.insert(QStringLiteral("LC_ALL"), m_locale);
    env.remove(QStringLiteral("LANGUAGE"));
    // The log lines are matched as the server formats them, at the server's own levels.
    env.remove(QStringLiteral("QT_LOGGING_RULES"));
    env.remove(QStringLiteral("QT_MESSAGE_PATTERN"));
    return env;
}

void TestServerProcess::prepare(QProcess &process) const
{
    process.setProgram(QStringLiteral(HALLDESK_SERVER_PATH));
    process.setProcessEnvironment(environment());
    process.setWorkingDirectory(m_dir->path());
}

QStringList TestServerProcess::withNetwork(QStringList arguments) const
{
    if (!arguments.contains(QLatin1String("--help")))
        arguments << QStringLiteral("--port") << QStringLiteral("0")
                  << QStringLiteral("--metrics-port") << QStringLiteral("0")
                  << QStringLiteral("--pki-dir")
                  << m_dir->filePath(QStringLiteral("pki"))
                  // Start-up is what these tests time; a full-strength demo password hash
                  // costs a good part of a second of CPU on a busy machine.
                  << QStringLiteral("--password-iterations") << QStringLiteral("1000");
    return arguments;
}

RunResult TestServerProcess::run(const QStringList &arguments, int timeoutMs,
                                 const QByteArray &input) const
{
    QProcess process;
    prepare(process);
    process.setArguments(withNetwork(arguments));
    process.start();
    RunResult result;
    if (!process.waitForStarted(10000))
        return result;
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    result.finished = process.waitForFinished(timeoutMs);
    if (!result.finished) {
        // A server that should have refused to start is still running: stop it so the
        // failure is reported instead of hanging the suite.
        process.kill();
        process.waitForFinished(5000);
    }
    result.exitStatus = process.exitStatus();
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QString TestServerProcess::describe(const RunResult &result)
{
    return QStringLiteral("finished=%1 status=%2 code=%3\n--- stdout:\n%4\n--- stderr:\n%5")
        .arg(result.finished ? QLatin1String("yes") : QLatin1String("no"))
        .arg(result.exitStatus == QProcess::NormalExit ? QLatin1String("normal")
                                                       : QLatin1String("crash"))
        .arg(result.exitCode)
        .arg(result.out, result.err);
}

void TestServerProcess::helpListsOptions()
{
    const RunResult result = run({QStringLiteral("--help")});
    QVERIFY2(result.finished, qPrintable(describe(result)));
    QCOMPARE(result.exitStatus, QProcess::NormalExit);
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(QLatin1String("--database")), qPrintable(describe(result)));
    QVERIFY2(result.out.contains(QLatin1String("--demo")), qPrintable(describe(result)));
    QVERIFY2(result.out.contains(QLatin1String("--check")), qPrintable(describe(result)));
    // --help writes nothing anywhere.
    QVERIFY(!QFileInfo::exists(dbPath()));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("xdg-data"))));
}

void TestServerProcess::checkCreatesDatabaseAndKey()
{
    const QStringList arguments{QStringLiteral("--database"), dbArg(), QStringLiteral("--demo"),
                                QStringLiteral("--check")};
    const QString keyPath = dbPath() + QStringLiteral(".key");

    const RunResult first = run(arguments);
    QVERIFY2(first.finished, qPrintable(describe(first)));
    QCOMPARE(first.exitStatus, QProcess::NormalExit);
    QVERIFY2(first.exitCode == 0, qPrintable(describe(first)));
    QVERIFY2(first.err.contains(QLatin1String("installed hall")), qPrintable(describe(first)));
    QVERIFY(QFileInfo(dbPath()).isFile());
    QVERIFY(QFileInfo(keyPath).isFile());
    QCOMPARE(QFileInfo(keyPath).size(), qint64(64));
    QCOMPARE(modeOf(keyPath), mode_t(0600));
    const QByteArray key = fileBytes(keyPath);
    QCOMPARE(key.size(), 64);
    // --check alone never runs the hall, so it must not claim to.
    QVERIFY2(!first.err.contains(QLatin1String("running")), qPrintable(describe(first)));

    QCOMPARE(countRows(dbPath(), QStringLiteral("windows")), 271);
    QCOMPARE(countRows(dbPath(), QStringLiteral("areas")), 10);
    QCOMPARE(countRows(dbPath(), QStringLiteral("staff")), 500);

    const RunResult second = run(arguments);
    QVERIFY2(second.finished, qPrintable(describe(second)));
    QCOMPARE(second.exitStatus, QProcess::NormalExit);
    QVERIFY2(second.exitCode == 0, qPrintable(describe(second)));
    QVERIFY2(!second.err.contains(QLatin1String("installed hall")), qPrintable(describe(second)));
    QCOMPARE(countRows(dbPath(), QStringLiteral("windows")), 271);
    QCOMPARE(countRows(dbPath(), QStringLiteral("areas")), 10);
    QCOMPARE(countRows(dbPath(), QStringLiteral("staff")), 500);
    // The key that encrypts the stored personal data is read again, never replaced.
    QCOMPARE(fileBytes(keyPath), key);
    QCOMPARE(modeOf(keyPath), mode_t(0600));
}

// Rows for a refusal that must happen with and without --check, in the hall's language and in
// English. With no locale set the server speaks the hall's language, so only what any
// translation keeps (option names, numbers) is checked; an English locale also gets
// `englishWord` checked.
static void addRefusalRows(const QString &englishWord)
{
    QTest::addColumn<bool>("checkOnly");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("english");
    QTest::newRow("--check, hall language") << true << DefaultLocale << QString();
    QTest::newRow("serving, hall language") << false << DefaultLocale << QString();
    QTest::newRow("--check, English") << true << EnglishLocale << englishWord;
    QTest::newRow("serving, English") << false << EnglishLocale << englishWord;
}

void TestServerProcess::noHallOnEmptyDatabase_data()
{
    addRefusalRows(QStringLiteral("no hall"));
}

void TestServerProcess::noHallOnEmptyDatabase()
{
    QFETCH(bool, checkOnly);
    QFETCH(QString, locale);
    QFETCH(QString, english);
    m_locale = locale;
    QStringList arguments{QStringLiteral("--database"), dbArg()};
    if (checkOnly)
        arguments << QStringLiteral("--check");

    const RunResult result = run(arguments, 30000);
    QVERIFY2(result.finished, qPrintable(describe(result)));
    QCOMPARE(result.exitStatus, QProcess::NormalExit);
    QVERIFY2(result.exitCode == 1, qPrintable(describe(result)));
    const QString message = criticalServerMessages(result.err);
    QVERIFY2(message.contains(QLatin1String("--hall")), qPrintable(describe(result)));
    QVERIFY2(message.contains(QLatin1String("--demo")), qPrintable(describe(result)));
    if (!english.isEmpty())
        QVERIFY2(message.contains(english), qPrintable(describe(result)));
    QCOMPARE(countRows(dbPath(), QStringLiteral("windows")), 0);
}

void TestServerProcess::newerSchemaIsRefusedUntouched_data()
{
    addRefusalRows(QStringLiteral("newer"));
}

void TestServerProcess::newerSchemaIsRefusedUntouched()
{
    QFETCH(bool, checkOnly);
    QFETCH(QString, locale);
    QFETCH(QString, english);
    m_locale = locale;
    const RunResult setup = run({QStringLiteral("--database"), dbArg(), QStringLiteral("--demo"),
                                 QStringLiteral("--check")});
    QVERIFY2(setup.finished && setup.exitCode == 0, qPrintable(describe(setup)));

    QString error;
    sqlite(dbPath(),
           QStringLiteral("INSERT INTO schema_migrations (version, applied_at_ms) VALUES (999, 0)"),
           false, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!QFileInfo::exists(dbPath() + QStringLiteral("-wal")));
    const QByteArray before = sha256(dbPath());
    QVERIFY(!before.isEmpty());

    QStringList arguments{QStringLiteral("--database"), dbArg(), QStringLiteral("--demo")};
    if (checkOnly)
        arguments << QStringLiteral("--check");
    const RunResult result = run(arguments, 30000);
    QVERIFY2(result.finished, qPrintable(describe(result)));
    QCOMPARE(result.exitStatus, QProcess::NormalExit);
    QVERIFY2(result.exitCode == 1, qPrintable(describe(result)));
    // The operator is told which version wrote the database (not only the storage log line).
    const QString message = criticalServerMessages(result.err);
    QVERIFY2(message.contains(QLatin1String("999")), qPrintable(describe(result)));
    if (!english.isEmpty())
        QVERIFY2(message.contains(english), qPrintable(describe(result)));

    QVERIFY(QFileInfo::exists(dbPath()));
    QCOMPARE(sha256(dbPath()), before);
    // Nothing was moved aside: a newer database is not a damaged one.
    QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("hall.db.corrupt-*")}, QDir::Files),
             QStringList());
}

void TestServerProcess::invalidDatabaseAddress_data()
{
    QTest::addColumn<QString>("address");
    QTest::newRow("mysql") << QStringLiteral("mysql://x");
    QTest::newRow("sqlite without path") << QStringLiteral("sqlite:");
    QTest::newRow("postgresql without database")
        << QStringLiteral("postgresql://halldesk:TopSecret42@db.invalid:5432/");
}

void TestServerProcess::invalidDatabaseAddress()
{
    QFETCH(QString, address);
    const RunResult result =
        run({QStringLiteral("--database"), address, QStringLiteral("--demo")}, 30000);
    QVERIFY2(result.finished, qPrintable(describe(result)));
    QCOMPARE(result.exitStatus, QProcess::NormalExit);
    QVERIFY2(result.exitCode == 1, qPrintable(describe(result)));
    QVERIFY2(!result.err.trimmed().isEmpty(), qPrintable(describe(result)));
    // The refusal is logged, the password in it is not.
    QVERIFY2(!result.err.contains(QLatin1String("TopSecret42")), qPrintable(describe(result)));
    // An address that cannot be used is refused before anything is written, key included.
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList());
}

void TestServerProcess::cleanShutdownOnSignal_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::newRow("SIGTERM") << int(SIGTERM);
    QTest::newRow("SIGINT") << int(SIGINT);
}

void TestServerProcess::cleanShutdownOnSignal()
{
    QFETCH(int, signalNumber);
    const QString failure = startAndStop(signalNumber, SignalTiming::AfterRunningSeen);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    // A clean stop checkpoints the write-ahead log into the database file and removes it.
    QVERIFY(!QFileInfo::exists(dbPath() + QStringLiteral("-wal")));
    QCOMPARE(countRows(dbPath(), QStringLiteral("windows")), 271);
}

void TestServerProcess::signalRightAfterRunningMessage_data()
{
    cleanShutdownOnSignal_data();
}

// The server announces "running; stop with Ctrl+C or SIGTERM", so a supervisor (systemd, a
// script) may send SIGTERM the moment it reads that line. The stop must be as clean then as a
// second later. Several attempts, because the signal and the server's start race.
void TestServerProcess::signalRightAfterRunningMessage()
{
    QFETCH(int, signalNumber);
    for (int attempt = 1; attempt <= 10; ++attempt) {
        const QString failure = startAndStop(signalNumber, SignalTiming::AsSoonAsRunningSeen);
        QVERIFY2(failure.isEmpty(),
                 qPrintable(QStringLiteral("attempt %1: %2").arg(attempt).arg(failure)));
    }
}

QString TestServerProcess::startAndStop(int signalNumber, SignalTiming timing)
{
    // The server's stderr goes into a pipe of our own, read in a tight loop: QProcess would only
    // see the line at the next turn of the event loop, later than a supervisor that blocks on the
    // pipe, and so would hide a window in which the server cannot yet be stopped cleanly.
    int fds[2] = {-1, -1};
    if (::pipe2(fds, O_CLOEXEC) != 0)
        return QStringLiteral("pipe2: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
    const int readEnd = fds[0];
    const int writeEnd = fds[1];
    auto closeReadEnd = qScopeGuard([readEnd] { ::close(readEnd); });

    QProcess process;
    prepare(process);
    process.setArguments(
        withNetwork({QStringLiteral("--database"), dbArg(), QStringLiteral("--demo")}));
    // Runs in the child after QProcess set up its channels, so this stderr wins; dup2 also
    // clears close-on-exec on the copy.
    process.setChildProcessModifier([writeEnd] { ::dup2(writeEnd, STDERR_FILENO); });
    process.start();
    ::close(writeEnd);
    if (!process.waitForStarted(10000))
        return process.errorString();

    QByteArray err;
    // Reads what is there within timeoutMs; false at end of file (the server has exited).
    auto readSome = [&](int timeoutMs) {
        pollfd pfd{readEnd, POLLIN, 0};
        if (::poll(&pfd, 1, timeoutMs) <= 0)
            return true;
        char buffer[4096];
        const ssize_t n = ::read(readEnd, buffer, sizeof buffer);
        if (n <= 0)
            return false;
        err.append(buffer, qsizetype(n));
        return true;
    };
    auto killServer = [&] {
        process.kill();
        process.waitForFinished(5000);
    };

    // Generous: with the PostgreSQL concurrency test beside it on two cores, loading the demo
    // hall and catalogue has taken over 20 s. The test is about the stop, not the start's speed.
    QDeadlineTimer startDeadline(90000);
    bool open = true;
    while (open && !err.contains("running") && !startDeadline.hasExpired())
        open = readSome(100);
    if (!err.contains("running")) {
        killServer();
        return QStringLiteral("the server did not report that it is running:\n") +
               QString::fromUtf8(err);
    }
    // A pause lets this case check the shutdown itself; signalRightAfterRunningMessage checks
    // the moment of the announcement.
    if (timing == SignalTiming::AfterRunningSeen)
        QTest::qWait(200);
    // processId() is 0 once the child is gone, and kill(0, ...) would signal this test.
    const qint64 pid = process.processId();
    if (pid <= 0 || ::kill(pid_t(pid), signalNumber) != 0)
        return QStringLiteral("the server is gone before the signal:\n") + QString::fromUtf8(err);

    const bool finished = process.waitForFinished(10000);
    if (!finished) {
        killServer();
        while (readSome(0) && err.size() < 1024 * 1024) {
        }
        return QStringLiteral("still running 10 s after the signal:\n") + QString::fromUtf8(err);
    }
    QDeadlineTimer drainDeadline(5000);
    while (readSome(100) && !drainDeadline.hasExpired()) {
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        return QStringLiteral("did not exit normally with code 0 (%1, code %2):\n")
                   .arg(process.exitStatus() == QProcess::NormalExit
                            ? QLatin1String("normal exit")
                            : QLatin1String("killed by the signal"))
                   .arg(process.exitCode()) +
               QString::fromUtf8(err);
    }
    if (!err.contains("received, shutting down") || !err.contains("stopped"))
        return QStringLiteral("no orderly shutdown in the log:\n") + QString::fromUtf8(err);
    return {};
}

void TestServerProcess::corruptDatabaseIsMovedAside_data()
{
    QTest::addColumn<QString>("damage");
    // Not a database at all: SQLite refuses the very first read.
    QTest::newRow("random bytes") << QStringLiteral("random");
    // A real hall database with everything after its first page overwritten: the header still
    // reads, the schema does not.
    QTest::newRow("damaged schema") << QStringLiteral("schema");
    // Only the last page overwritten: every query the server makes on open still works, only
    // the integrity check can tell.
    QTest::newRow("damaged last page") << QStringLiteral("last page");
}

void TestServerProcess::corruptDatabaseIsMovedAside()
{
    QFETCH(QString, damage);
    QByteArray bytes;
    if (damage == QLatin1String("random")) {
        bytes.resize(64 * 1024);
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(bytes.data()),
                                              bytes.size() / int(sizeof(quint32)));
    } else {
        const RunResult setup = run({QStringLiteral("--database"), dbArg(),
                                     QStringLiteral("--demo"), QStringLiteral("--check")});
        QVERIFY2(setup.finished && setup.exitCode == 0, qPrintable(describe(setup)));
        bytes = fileBytes(dbPath());
        QVERIFY(bytes.size() > 8 * 4096);
        constexpr qsizetype PageSize = 4096;
        QCOMPARE(bytes.size() % PageSize, qsizetype(0));
        const qsizetype from =
            damage == QLatin1String("schema") ? PageSize : bytes.size() - PageSize;
        // A fixed seed, so the same pages are damaged in the same way on every run.
        QRandomGenerator generator(20260314);
        for (qsizetype i = from; i < bytes.size(); ++i)
            bytes[i] = char(generator.generate() & 0xff);
    }
    {
        QFile file(dbPath());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(file.write(bytes), qint64(bytes.size()));
    }
    const QByteArray hash = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();

    const RunResult result =
        run({QStringLiteral("--database"), dbArg(), QStringLiteral("--demo")}, 30000);
    QVERIFY2(result.finished, qPrintable(describe(result)));
    QCOMPARE(result.exitStatus, QProcess::NormalExit);
    QVERIFY2(result.exitCode == 1, qPrintable(describe(result)));

    QVERIFY2(!QFileInfo::exists(dbPath()), qPrintable(describe(result)));
    const QStringList movedAside =
        QDir(m_dir->path())
            .entryList({QStringLiteral("hall.db.corrupt-*")}, QDir::Files, QDir::Name);
    QStringList mainFiles;
    for (const QString &name : movedAside) {
        if (!name.endsWith(QLatin1String("-wal")) && !name.endsWith(QLatin1String("-shm")))
            mainFiles << name;
    }
    QVERIFY2(mainFiles.size() == 1, qPrintable(movedAside.join(QLatin1Char(' '))));
    const QString aside = m_dir->filePath(mainFiles.constFirst());
    QCOMPARE(sha256(aside), hash);
    QVERIFY2(result.err.contains(mainFiles.constFirst()), qPrintable(describe(result)));
}

void TestServerProcess::installDemoHall()
{
    const RunResult demo = run({QStringLiteral("--database"), dbArg(), QStringLiteral("--demo"),
                                QStringLiteral("--check")});
    QVERIFY2(demo.finished && demo.exitCode == 0, qPrintable(describe(demo)));
}

void TestServerProcess::demoHasTodaysAppointmentsAndHelpDesk()
{
    installDemoHall();
    // Every 30 minutes round the clock in three queues, today (the hall's day).
    const QDate today = QDateTime::currentDateTime()
                            .toTimeZone(QTimeZone(QByteArrayLiteral("Asia/Shanghai")))
                            .date();
    QString error;
    const QString code =
        QStringLiteral("A") + today.toString(QStringLiteral("MMdd")) + QStringLiteral("0930");
    QCOMPARE(countRows(dbPath(), QStringLiteral("appointments")), 3 * 48);
    const QVariant queue = sqlite(
        dbPath(), QStringLiteral("SELECT queue FROM appointments WHERE code = '%1'").arg(code),
        true, &error);
    // A day's appointments are made when the demo server starts on that day; one starting
    // just across midnight in the hall may have made the other day's.
    if (queue.typeId() == QMetaType::Bool)
        QSKIP("the hall's day changed while the test ran");
    QCOMPARE(queue.toString(), QStringLiteral("A-CIT"));
    QCOMPARE(countRows(dbPath(), QStringLiteral("staff WHERE pin_hash = '' OR card_hash = ''")), 0);
    // Cards only as keyed hashes (64 hex digits), one per staff member.
    QCOMPARE(countRows(dbPath(), QStringLiteral("staff WHERE length(card_hash) <> 64")), 0);
    QCOMPARE(countRows(dbPath(), QStringLiteral("(SELECT DISTINCT card_hash FROM staff)")), 500);
    // Starting again adds nothing.
    installDemoHall();
    QCOMPARE(countRows(dbPath(), QStringLiteral("appointments")), 3 * 48);
}

void TestServerProcess::importAppointments_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("line"); // named in the error
    QTest::addColumn<int>("stored");   // besides the demo's own
    QTest::newRow("good") << QByteArray("code,queue,date,start,end,residentId\n"
                                        "WEB0001,A-CIT,2026-12-08,09:00,09:30,\n"
                                        "WEB0002,B-ID,2026-12-08,09:30,10:00,11010519491231002X\n")
                          << 0 << QString() << 2;
    QTest::newRow("unknown queue on line 3")
        << QByteArray("code,queue,date,start,end\nWEB0001,A-CIT,2026-12-08,09:00,09:30\n"
                      "WEB0002,Z-NONE,2026-12-08,09:30,10:00\n")
        << 1 << QStringLiteral("3") << 0;
    QTest::newRow("end before start on line 2")
        << QByteArray("code,queue,date,start,end\nWEB0001,A-CIT,2026-12-08,09:30,09:00\n") << 1
        << QStringLiteral("2") << 0;
}

void TestServerProcess::importAppointments()
{
    QFETCH(QByteArray, csv);
    QFETCH(int, exitCode);
    QFETCH(QString, line);
    QFETCH(int, stored);
    m_locale = EnglishLocale;
    installDemoHall();
    const int demo = countRows(dbPath(), QStringLiteral("appointments"));
    const QString file = m_dir->filePath(QStringLiteral("appointments.csv"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(csv);
    out.close();
    const RunResult result =
        run({QStringLiteral("--database"), dbArg(), QStringLiteral("--import-appointments"), file});
    QVERIFY2(result.finished, qPrintable(describe(result)));
    QVERIFY2(result.exitCode == exitCode, qPrintable(describe(result)));
    QCOMPARE(countRows(dbPath(), QStringLiteral("appointments")), demo + stored);
    if (!line.isEmpty())
        QVERIFY2(result.err.contains(QStringLiteral("Line ") + line + QLatin1Char(':')),
                 qPrintable(describe(result)));
    // The resident ID is stored encrypted and said nowhere.
    QVERIFY(!result.out.contains(QLatin1String("11010519491231002X")));
    QVERIFY(!result.err.contains(QLatin1String("11010519491231002X")));
    QCOMPARE(
        countRows(dbPath(), QStringLiteral("appointments WHERE resident_id_enc LIKE '%110105%'")),
        0);
    // The same file again: nothing new, and fine.
    if (exitCode == 0) {
        const RunResult again = run(
            {QStringLiteral("--database"), dbArg(), QStringLiteral("--import-appointments"), file});
        QVERIFY2(again.exitCode == 0, qPrintable(describe(again)));
        QCOMPARE(countRows(dbPath(), QStringLiteral("appointments")), demo + stored);
    }
}

void TestServerProcess::setStaffPinAndCard_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("column");
    QTest::newRow("pin") << "--set-staff-pin" << QByteArray("13579\n") << 0 << "pin_hash";
    QTest::newRow("pin too short") << "--set-staff-pin" << QByteArray("123\n") << 1 << "pin_hash";
    QTest::newRow("pin with a letter")
        << "--set-staff-pin" << QByteArray("12a4\n") << 1 << "pin_hash";
    QTest::newRow("card") << "--set-staff-card" << QByteArray("77001234\n") << 0 << "card_hash";
    QTest::newRow("card taken by HD0011")
        << "--set-staff-card" << QByteArray("88000011\n") << 1 << "card_hash";
    QTest::newRow("card too short") << "--set-staff-card" << QByteArray("77\n") << 1 << "card_hash";
}

void TestServerProcess::setStaffPinAndCard()
{
    QFETCH(QString, option);
    QFETCH(QByteArray, input);
    QFETCH(int, exitCode);
    QFETCH(QString, column);
    installDemoHall();
    QString error;
    const QString query =
        QStringLiteral("SELECT %1 FROM staff WHERE staff_no = 'HD0012'").arg(column);
    const QString before = sqlite(dbPath(), query, true, &error).toString();
    QVERIFY(!before.isEmpty());
    const RunResult result =
        run({QStringLiteral("--database"), dbArg(), option, QStringLiteral("HD0012")}, RunTimeoutMs,
            input);
    QVERIFY2(result.finished, qPrintable(describe(result)));
    QVERIFY2(result.exitCode == exitCode, qPrintable(describe(result)));
    const QString after = sqlite(dbPath(), query, true, &error).toString();
    QCOMPARE(after != before, exitCode == 0);
    // What was typed is nowhere in clear (a very short input may occur in a hash by chance).
    if (input.trimmed().size() >= 5)
        QVERIFY(!after.contains(QString::fromLatin1(input.trimmed())));
    // Nor in what the program said; its log lines start with a time stamp, in which two
    // digits such as "77" may stand by chance (11:07:01.177), so that is left out.
    static const QRegularExpression stamp(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}\\.\\d{3} "),
        QRegularExpression::MultilineOption);
    const QString typed = QString::fromLatin1(input.trimmed());
    QVERIFY(!QString(result.out).remove(stamp).contains(typed));
    QVERIFY(!QString(result.err).remove(stamp).contains(typed));
}

void TestServerProcess::rankingSettingsAreChecked_data()
{
    QTest::addColumn<QString>("settings");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("named");
    QTest::newRow("valid") << "ranking_weight_attendance = 0\nranking_min_ratings = 10\n"
                           << 0 << QString();
    QTest::newRow("all weights 0")
        << "ranking_weight_satisfaction = 0\nranking_weight_served = 0\n"
           "ranking_weight_service_time = 0\nranking_weight_attendance = 0\n"
        << 2 << "ranking_weight_*";
    QTest::newRow("weight over 100") << "ranking_weight_served = 101\n"
                                     << 2 << "ranking_weight_served";
    QTest::newRow("minimum not a number") << "ranking_min_served = many\n"
                                          << 2 << "ranking_min_served";
}

// The quarterly ranking's criteria (core/server/RANKING.md) come from the configuration file,
// and one the ranking cannot use stops the server before anything is written.
void TestServerProcess::rankingSettingsAreChecked()
{
    QFETCH(QString, settings);
    QFETCH(int, exitCode);
    QFETCH(QString, named);
    const QString config = m_dir->filePath(QStringLiteral("halldesk-server.conf"));
    QFile file(config);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(settings.toUtf8());
    file.close();
    const RunResult result = run({QStringLiteral("--config"), config, QStringLiteral("--database"),
                                  dbArg(), QStringLiteral("--demo"), QStringLiteral("--check")});
    QVERIFY2(result.finished, qPrintable(describe(result)));
    QVERIFY2(result.exitCode == exitCode, qPrintable(describe(result)));
    if (!named.isEmpty()) {
        QVERIFY2(result.err.contains(named), qPrintable(describe(result)));
        QVERIFY(!QFileInfo::exists(dbPath()));
    }
}

QTEST_GUILESS_MAIN(TestServerProcess)
#include "tst_serverprocess.moc"
