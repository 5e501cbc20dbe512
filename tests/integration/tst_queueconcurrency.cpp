// 271 windows, each on its own thread with its own database connection, calling next while
// kiosks keep issuing tickets: every ticket must be called exactly once and none lost.
// Runs against SQLite (one file) and PostgreSQL (row locks with SKIP LOCKED).

#include "EngineFixture.h"
#include "TestHall.h"
#include "hall/HallDefinitionLoader.h"

#include <QSet>
#include <QtTest>
#include <atomic>
#include <mutex>
#include <semaphore>
#include <thread>

using namespace halldesk;
using namespace halldesk::test;

class TestQueueConcurrency : public QObject
{
    Q_OBJECT

private slots:
    void everyTicketIsCalledExactlyOnce_data()
    {
        QTest::addColumn<int>("windows");
        QTest::addColumn<int>("issuers");
        QTest::addColumn<int>("tickets");
        QTest::newRow("271 windows, 4 kiosks, 1500 tickets") << 271 << 4 << 1500;
    }

    void everyTicketIsCalledExactlyOnce()
    {
        QFETCH(int, windows);
        QFETCH(int, issuers);
        QFETCH(int, tickets);
        // The demo hall: 271 windows in 10 areas, each window serving two or three of the 30
        // queues, so windows compete for the same lines as they do in the hall.
        const HallDefinition hall = HallDefinitionLoader::demoHall();
        QStringList queueCodes;
        for (const auto &q : hall.queues)
            queueCodes << q.code;
        EngineFixture fixture(hall);
        QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
        auto staffNumber = [](int window) {
            return QStringLiteral("HD%1").arg(window + 11, 4, 10, QLatin1Char('0'));
        };
        for (int w = 1; w <= windows; ++w) {
            const auto staff = fixture.engine().staffByNumber(staffNumber(w));
            QVERIFY(staff);
            QVERIFY(fixture.engine().signIn(staff->id, w).ok());
        }

        std::mutex resultMutex;
        QList<qint64> issued;
        QList<qint64> called;
        QStringList failures;
        std::atomic<int> issuersRunning{issuers};
        std::atomic<int> connectFailures{0};
        // Everyone connects first, then all start together: the load is the calls, not 275
        // simultaneous logins.
        std::atomic<int> connected{0};
        std::atomic<bool> go{false};
        const int threadCount = issuers + windows;
        // Logins are expensive (SCRAM on PostgreSQL); a few at a time keeps 2 cores responsive.
        std::counting_semaphore<16> logins(16);
        auto connectLimited = [&] {
            logins.acquire();
            auto connection = fixture.connect();
            logins.release();
            return connection;
        };
        auto waitForAll = [&] {
            ++connected;
            while (!go.load())
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
        };

        std::vector<std::thread> threads;
        for (int k = 0; k < issuers; ++k) {
            threads.emplace_back([&, k] {
                auto connection = connectLimited();
                waitForAll();
                if (!connection.engine) {
                    ++connectFailures;
                    --issuersRunning;
                    std::lock_guard lock(resultMutex);
                    failures << QStringLiteral("connect: ") + connection.error;
                    return;
                }
                for (int i = k; i < tickets; i += issuers) {
                    IssueRequest request;
                    request.queueCode = queueCodes.at(i % queueCodes.size());
                    if (i % 17 == 0)
                        request.priority = PriorityGroup::Elderly;
                    const auto result = connection.engine->issueTicket(request);
                    std::lock_guard lock(resultMutex);
                    if (result.ok())
                        issued << result->ticket.id;
                    else
                        failures << QStringLiteral("issue: ") + result.error().message();
                }
                --issuersRunning;
            });
        }
        for (int w = 1; w <= windows; ++w) {
            threads.emplace_back([&, w] {
                auto connection = connectLimited();
                waitForAll();
                if (!connection.engine) {
                    ++connectFailures;
                    std::lock_guard lock(resultMutex);
                    failures << QStringLiteral("connect: ") + connection.error;
                    return;
                }
                const auto staff = connection.engine->staffByNumber(staffNumber(w));
                const Actor actor{staff ? staff->id : 0, w};
                for (;;) {
                    const bool issuing = issuersRunning.load() > 0;
                    const auto result = connection.engine->callNext(actor);
                    if (result.ok()) {
                        const auto finished = connection.engine->finish(actor, result->id);
                        std::lock_guard lock(resultMutex);
                        called << result->id;
                        if (!finished.ok())
                            failures << QStringLiteral("finish: ") + finished.error().message();
                        continue;
                    }
                    if (result.code() == ErrorCode::NoTicketWaiting) {
                        // Only stop once no kiosk was issuing when we looked and nothing waits.
                        if (!issuing)
                            return;
                        // An idle window asks again a moment later, as a clerk would.
                        std::this_thread::sleep_for(std::chrono::milliseconds(100));
                        continue;
                    }
                    std::lock_guard lock(resultMutex);
                    failures << QStringLiteral("call: ") + result.error().message();
                    return;
                }
            });
        }
        while (connected.load() < threadCount)
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        go = true;
        for (auto &thread : threads)
            thread.join();

        QVERIFY2(failures.isEmpty(), qPrintable(failures.mid(0, 5).join(QLatin1Char('\n'))));
        QCOMPARE(connectFailures.load(), 0);
        QCOMPARE(issued.size(), tickets);
        const QSet<qint64> issuedSet(issued.begin(), issued.end());
        const QSet<qint64> calledSet(called.begin(), called.end());
        QCOMPARE(calledSet.size(), called.size()); // nobody called twice
        QCOMPARE(calledSet, issuedSet);            // nobody lost
        QCOMPARE(fixture.count(QStringLiteral("tickets"), QStringLiteral("status = 'finished'")),
                 tickets);
        QCOMPARE(fixture.count(QStringLiteral("events"), QStringLiteral("kind = 'call'")), tickets);
        QCOMPARE(fixture.count(QStringLiteral("events"), QStringLiteral("kind = 'finish'")),
                 tickets);
        // Every queue got its share, and each area's letter numbered its tickets 001, 002, ...
        // with no gap and no repeat (numbers are unique per day by the schema).
        for (int q = 1; q <= int(queueCodes.size()); ++q)
            QCOMPARE(
                fixture.count(QStringLiteral("tickets"), QStringLiteral("queue_id = %1").arg(q)),
                tickets / int(queueCodes.size()));
        QCOMPARE(fixture.count(QStringLiteral("ticket_sequences"),
                               QStringLiteral("last_value = %1").arg(tickets / 10)),
                 10);
        QCOMPARE(fixture.count(
                     QStringLiteral("tickets"),
                     QStringLiteral("CAST(substr(number, 2) AS INTEGER) > %1").arg(tickets / 10)),
                 0);
        qInfo("%lld tickets, %d windows, %lld calls: each ticket called once",
              qint64(issued.size()), windows, qint64(called.size()));
    }
};

QTEST_GUILESS_MAIN(TestQueueConcurrency)
#include "tst_queueconcurrency.moc"
