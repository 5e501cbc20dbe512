// Case numbers from the terminal store: one after the other per window and day, never one
// twice (across a restart, after a failed write), and on after the server's lastSequence.

#include "terminal/CaseNumberAllocator.h"
#include "terminal/TerminalStore.h"
#include "terminal/WriteFaultInjector.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace halldesk;

namespace {

const QDate kMonday(2026, 11, 30);

} // namespace

class TestCaseNumberAllocator : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_next = 0;
    QString freshPath() { return m_dir.filePath(QStringLiteral("n%1/terminal.db").arg(++m_next)); }

private slots:
    void numbersFollowPerWindowAndDay();
    void survivesARestart();
    void failedWriteGivesNoNumber();
    void raisedToTheServersLastSequence_data();
    void raisedToTheServersLastSequence();
    void runsOutAtTheLastSequence();
};

void TestCaseNumberAllocator::numbersFollowPerWindowAndDay()
{
    TerminalStore store(freshPath());
    QVERIFY(!store.open());
    CaseNumberAllocator numbers(store);
    QCOMPARE(numbers.next(15, kMonday).toString(), QStringLiteral("20261130-0015-0001"));
    QCOMPARE(numbers.next(15, kMonday).toString(), QStringLiteral("20261130-0015-0002"));
    QCOMPARE(numbers.next(16, kMonday).toString(), QStringLiteral("20261130-0016-0001"));
    QCOMPARE(numbers.next(15, kMonday.addDays(1)).toString(), QStringLiteral("20261201-0015-0001"));
    QCOMPARE(numbers.lastSequence(15, kMonday), 2);
}

void TestCaseNumberAllocator::survivesARestart()
{
    const QString path = freshPath();
    {
        TerminalStore store(path);
        QVERIFY(!store.open());
        CaseNumberAllocator numbers(store);
        QCOMPARE(numbers.next(3, kMonday).sequence(), 1);
        QCOMPARE(numbers.next(3, kMonday).sequence(), 2);
    }
    TerminalStore store(path);
    QVERIFY(!store.open());
    CaseNumberAllocator numbers(store);
    QCOMPARE(numbers.next(3, kMonday).sequence(), 3);
}

void TestCaseNumberAllocator::failedWriteGivesNoNumber()
{
    TerminalStore store(freshPath());
    QVERIFY(!store.open());
    CaseNumberAllocator numbers(store);
    QCOMPARE(numbers.next(3, kMonday).sequence(), 1);
    WriteFaultInjector faults;
    store.setFaultInjector(&faults);
    faults.failWrite();
    QVERIFY(numbers.next(3, kMonday).isNull());
    QCOMPARE(numbers.lastSequence(3, kMonday), 1);
    // Never handed out, so it is the next one.
    QCOMPARE(numbers.next(3, kMonday).sequence(), 2);
}

void TestCaseNumberAllocator::raisedToTheServersLastSequence_data()
{
    QTest::addColumn<int>("given"); // numbers this store gave out before
    QTest::addColumn<int>("server");
    QTest::addColumn<int>("expected");
    QTest::newRow("store lost: the server knows more") << 0 << 7 << 8;
    QTest::newRow("the store is ahead (cases still in the outbox)") << 5 << 3 << 6;
    QTest::newRow("both agree") << 4 << 4 << 5;
}

void TestCaseNumberAllocator::raisedToTheServersLastSequence()
{
    QFETCH(int, given);
    QFETCH(int, server);
    QFETCH(int, expected);
    const QString path = freshPath();
    {
        TerminalStore store(path);
        QVERIFY(!store.open());
        CaseNumberAllocator numbers(store);
        for (int i = 0; i < given; ++i)
            QVERIFY(!numbers.next(9, kMonday).isNull());
        QVERIFY(numbers.raiseTo(9, kMonday, server));
    }
    TerminalStore store(path);
    QVERIFY(!store.open());
    CaseNumberAllocator numbers(store);
    QCOMPARE(numbers.next(9, kMonday).sequence(), expected);
    // Another window's numbering is its own.
    QCOMPARE(numbers.next(10, kMonday).sequence(), 1);
}

void TestCaseNumberAllocator::runsOutAtTheLastSequence()
{
    TerminalStore store(freshPath());
    QVERIFY(!store.open());
    CaseNumberAllocator numbers(store);
    QVERIFY(numbers.raiseTo(2, kMonday, CaseNumber::MaxSequence - 1));
    QCOMPARE(numbers.next(2, kMonday).sequence(), CaseNumber::MaxSequence);
    QVERIFY(numbers.next(2, kMonday).isNull());
    QCOMPARE(numbers.lastSequence(2, kMonday), CaseNumber::MaxSequence);
}

QTEST_GUILESS_MAIN(TestCaseNumberAllocator)
#include "tst_casenumberallocator.moc"
