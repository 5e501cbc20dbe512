// The outbox on a real terminal store: oldest first, whole entries, kept across a clean close
// and across a program killed mid-run, and a failed write that leaves the outbox as it was
// (an append is refused, a remove keeps its entry to be sent again).

#include "terminal/SqliteOutbox.h"
#include "terminal/TerminalStore.h"
#include "terminal/WriteFaultInjector.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace halldesk;

namespace {

OutboxEntry entry(const QString &key, const QString &op, const QJsonObject &args = {},
                  qint64 createdAtMs = 1795827600000)
{
    return OutboxEntry{key, op, args, createdAtMs};
}

QStringList keysOf(const QList<OutboxEntry> &entries)
{
    QStringList keys;
    for (const OutboxEntry &e : entries)
        keys << e.key;
    return keys;
}

// Everything the log handler saw while installed.
QStringList g_log;
void recordMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_log << message;
}

} // namespace

class TestSqliteOutbox : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_next = 0;
    QString freshPath() { return m_dir.filePath(QStringLiteral("o%1/terminal.db").arg(++m_next)); }

private slots:
    void oldestFirstWithWholeEntries();
    void survivesReopening_data();
    void survivesReopening();
    void failedAppendLeavesNothing();
    void failedRemoveKeepsTheEntry();
    void sizeIsCachedAndReadAtConstruction();
    void failuresLogNoPersonalData();
};

void TestSqliteOutbox::oldestFirstWithWholeEntries()
{
    TerminalStore store(freshPath());
    QVERIFY(!store.open());
    SqliteOutbox outbox(store);
    QCOMPARE(outbox.size(), 0);
    QVERIFY(outbox.entries().isEmpty());

    // Neither the keys nor the times are in the order the changes were made.
    const QJsonObject transfer{{QStringLiteral("ticketId"), 48213},
                               {QStringLiteral("queue"), QStringLiteral("QB")},
                               {QStringLiteral("comment"), QStringLiteral("材料已初审")}};
    QVERIFY(outbox.append(entry(QStringLiteral("k-zz"), QStringLiteral("signIn"), {}, 300)));
    QVERIFY(
        outbox.append(entry(QStringLiteral("k-aa"), QStringLiteral("transfer"), transfer, 100)));
    QVERIFY(outbox.append(entry(QStringLiteral("k-mm"), QStringLiteral("pause"),
                                {{QStringLiteral("reason"), QStringLiteral("午休")}}, 200)));
    QCOMPARE(outbox.size(), 3);
    const QList<OutboxEntry> entries = outbox.entries();
    QCOMPARE(keysOf(entries), QStringList({"k-zz", "k-aa", "k-mm"}));
    QCOMPARE(entries.at(1).op, QStringLiteral("transfer"));
    QCOMPARE(entries.at(1).args, transfer);
    QCOMPARE(entries.at(1).createdAtMs, qint64(100));
    QCOMPARE(entries.at(0).args, QJsonObject());

    // Removing the newest and the oldest: the rest keep their order, new ones go last.
    outbox.remove(QStringLiteral("k-mm"));
    QVERIFY(outbox.append(entry(QStringLiteral("k-bb"), QStringLiteral("resumeWindow"))));
    outbox.remove(QStringLiteral("k-zz"));
    QCOMPARE(keysOf(outbox.entries()), QStringList({"k-aa", "k-bb"}));
    QCOMPARE(outbox.size(), 2);
    outbox.remove(QStringLiteral("k-aa"));
    outbox.remove(QStringLiteral("k-bb"));
    QCOMPARE(outbox.size(), 0);
    QVERIFY(outbox.append(entry(QStringLiteral("k-cc"), QStringLiteral("callNext"))));
    QCOMPARE(keysOf(outbox.entries()), QStringList({"k-cc"}));
}

void TestSqliteOutbox::survivesReopening_data()
{
    QTest::addColumn<bool>("killed"); // the files as a killed program leaves them, log and all
    QTest::newRow("closed cleanly") << false;
    QTest::newRow("program killed") << true;
}

void TestSqliteOutbox::survivesReopening()
{
    QFETCH(bool, killed);
    const QString path = freshPath();
    QString reopenPath = path;
    QList<OutboxEntry> expected;
    {
        TerminalStore store(path);
        QVERIFY(!store.open());
        SqliteOutbox outbox(store);
        QVERIFY(outbox.append(entry(QStringLiteral("k-1"), QStringLiteral("signIn"))));
        QVERIFY(outbox.append(entry(QStringLiteral("k-2"), QStringLiteral("callNext"))));
        QVERIFY(outbox.append(entry(QStringLiteral("k-3"), QStringLiteral("finish"),
                                    {{QStringLiteral("ticketId"), 12}}, 1795827601234)));
        outbox.remove(QStringLiteral("k-2"));
        expected = outbox.entries();
        QCOMPARE(expected.size(), 2);
        if (killed) {
            // Copied while the store is open: no checkpoint, no clean close. What the outbox
            // confirmed is in the log, and the log is enough.
            QVERIFY(QFile::exists(path + QStringLiteral("-wal")));
            reopenPath = m_dir.filePath(QStringLiteral("killed-%1/terminal.db").arg(m_next));
            QVERIFY(QDir().mkpath(QFileInfo(reopenPath).absolutePath()));
            QVERIFY(QFile::copy(path, reopenPath));
            QVERIFY(
                QFile::copy(path + QStringLiteral("-wal"), reopenPath + QStringLiteral("-wal")));
            // The terminal key goes with it: the entries' arguments are encrypted with it.
            QVERIFY(
                QFile::copy(path + QStringLiteral(".key"), reopenPath + QStringLiteral(".key")));
        }
    }
    TerminalStore store(reopenPath);
    const auto error = store.open();
    QVERIFY2(!error, error ? qPrintable(error->message()) : "");
    SqliteOutbox outbox(store);
    QCOMPARE(outbox.size(), 2);
    const QList<OutboxEntry> entries = outbox.entries();
    QCOMPARE(keysOf(entries), keysOf(expected));
    for (int i = 0; i < entries.size(); ++i) {
        QCOMPARE(entries.at(i).op, expected.at(i).op);
        QCOMPARE(entries.at(i).args, expected.at(i).args);
        QCOMPARE(entries.at(i).createdAtMs, expected.at(i).createdAtMs);
    }
    // Still in order with what comes next.
    QVERIFY(outbox.append(entry(QStringLiteral("k-4"), QStringLiteral("signOut"))));
    QCOMPARE(keysOf(outbox.entries()), QStringList({"k-1", "k-3", "k-4"}));
}

void TestSqliteOutbox::failedAppendLeavesNothing()
{
    const QString path = freshPath();
    WriteFaultInjector faults;
    {
        TerminalStore store(path);
        QVERIFY(!store.open());
        store.setFaultInjector(&faults);
        SqliteOutbox outbox(store);
        QVERIFY(outbox.append(entry(QStringLiteral("k-1"), QStringLiteral("signIn"))));

        faults.failWrite();
        QVERIFY(!outbox.append(entry(QStringLiteral("k-2"), QStringLiteral("callNext"))));
        QCOMPARE(outbox.size(), 1);
        QCOMPARE(keysOf(outbox.entries()), QStringList({"k-1"}));
        QCOMPARE(SqliteOutbox(store).size(), 1);
    }
    TerminalStore store(path);
    QVERIFY(!store.open());
    SqliteOutbox outbox(store);
    QCOMPARE(keysOf(outbox.entries()), QStringList({"k-1"}));
    // The same change can be made again once the disk takes it.
    QVERIFY(outbox.append(entry(QStringLiteral("k-2"), QStringLiteral("callNext"))));
    QCOMPARE(keysOf(outbox.entries()), QStringList({"k-1", "k-2"}));
}

void TestSqliteOutbox::failedRemoveKeepsTheEntry()
{
    const QString path = freshPath();
    WriteFaultInjector faults;
    {
        TerminalStore store(path);
        QVERIFY(!store.open());
        store.setFaultInjector(&faults);
        SqliteOutbox outbox(store);
        QVERIFY(outbox.append(entry(QStringLiteral("k-1"), QStringLiteral("signIn"))));
        QVERIFY(outbox.append(entry(QStringLiteral("k-2"), QStringLiteral("callNext"))));

        faults.failWrite();
        outbox.remove(QStringLiteral("k-1"));
        // Kept, with its key: sent again, the server answers it from its log.
        QCOMPARE(outbox.size(), 2);
        QCOMPARE(keysOf(outbox.entries()), QStringList({"k-1", "k-2"}));
    }
    TerminalStore store(path);
    QVERIFY(!store.open());
    SqliteOutbox outbox(store);
    QCOMPARE(outbox.size(), 2);
    QCOMPARE(keysOf(outbox.entries()), QStringList({"k-1", "k-2"}));
    outbox.remove(QStringLiteral("k-1"));
    QCOMPARE(keysOf(outbox.entries()), QStringList({"k-2"}));
    QCOMPARE(outbox.size(), 1);
}

void TestSqliteOutbox::sizeIsCachedAndReadAtConstruction()
{
    TerminalStore store(freshPath());
    QVERIFY(!store.open());
    SqliteOutbox first(store);
    for (const char *key : {"k-1", "k-2", "k-3"})
        QVERIFY(first.append(entry(QLatin1String(key), QStringLiteral("pause"))));
    QCOMPARE(first.size(), 3);
    QCOMPARE(SqliteOutbox(store).size(), 3);

    // A row written past the outbox: size() does not read the file, a new outbox does.
    QVERIFY(store.write(QStringLiteral("behind its back"), [](QSqlQuery &query) {
        return query.exec(QStringLiteral("INSERT INTO outbox (request_key, op, args, "
                                         "created_at_ms) VALUES ('k-x', 'pause', '{}', 0)"));
    }));
    QCOMPARE(first.size(), 3);
    SqliteOutbox second(store);
    QCOMPARE(second.size(), 4);

    // What changes nothing leaves the count alone.
    second.remove(QStringLiteral("no-such-key"));
    QCOMPARE(second.size(), 4);
    QVERIFY(!second.append(entry(QStringLiteral("k-1"), QStringLiteral("pause")))); // same key
    QCOMPARE(second.size(), 4);
    second.remove(QStringLiteral("k-2"));
    QCOMPARE(second.size(), 3);
    QCOMPARE(second.size(), int(second.entries().size()));

    // No store, no outbox.
    TerminalStore closed(freshPath());
    SqliteOutbox none(closed);
    QCOMPARE(none.size(), 0);
    QVERIFY(!none.append(entry(QStringLiteral("k-1"), QStringLiteral("pause"))));
    QCOMPARE(none.size(), 0);
    QVERIFY(none.entries().isEmpty());
}

void TestSqliteOutbox::failuresLogNoPersonalData()
{
    const QString residentId = QStringLiteral("42020219850312341X");
    const QString phone = QStringLiteral("13800138000");
    TerminalStore store(freshPath());
    QVERIFY(!store.open());
    WriteFaultInjector faults;
    store.setFaultInjector(&faults);
    SqliteOutbox outbox(store);
    const QJsonObject args{{QStringLiteral("queue"), QStringLiteral("QA1")},
                           {QStringLiteral("residentId"), residentId},
                           {QStringLiteral("phone"), phone}};

    g_log.clear();
    const QtMessageHandler previous = qInstallMessageHandler(recordMessage);
    faults.failWrite();
    const bool appended =
        outbox.append(entry(QStringLiteral("k-1"), QStringLiteral("issueTicket"), args));
    const bool second =
        outbox.append(entry(QStringLiteral("k-1"), QStringLiteral("issueTicket"), args));
    const bool duplicate =
        outbox.append(entry(QStringLiteral("k-1"), QStringLiteral("issueTicket"), args));
    faults.failWrite();
    outbox.remove(QStringLiteral("k-1"));
    qInstallMessageHandler(previous);

    QVERIFY(!appended);
    QVERIFY(second);
    QVERIFY(!duplicate);
    QCOMPARE(outbox.size(), 1);
    QVERIFY(g_log.size() >= 3); // the failures were reported
    for (const QString &message : std::as_const(g_log)) {
        QVERIFY2(!message.contains(residentId) && !message.contains(phone), qPrintable(message));
        QVERIFY2(!message.contains(QLatin1String("13800")), qPrintable(message));
    }
}

QTEST_GUILESS_MAIN(TestSqliteOutbox)
#include "tst_sqliteoutbox.moc"
