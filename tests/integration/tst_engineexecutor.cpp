// The server's single writer: many threads through one EngineExecutor, group commit, and what
// happens when a batch cannot be committed.

#include "EngineFixture.h"
#include "TestHall.h"
#include "queue/EngineExecutor.h"

#include <QSet>
#include <QtTest>
#include <atomic>
#include <future>
#include <thread>

using namespace halldesk;
using namespace halldesk::test;

class TestEngineExecutor : public QObject
{
    Q_OBJECT

private:
    static Actor signIn(QueueEngine &engine, int window, const QString &staffNo)
    {
        const auto staff = engine.staffByNumber(staffNo);
        if (!staff || !engine.signIn(staff->id, window).ok())
            qFatal("sign-in failed");
        return Actor{staff->id, window};
    }

private slots:
    void manyWindowsThroughOneWriterCallEachTicketOnce()
    {
        EngineFixture fixture(uniformHall(271, 10));
        QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
        std::vector<Actor> actors;
        for (int w = 1; w <= 271; ++w)
            actors.push_back(signIn(fixture.engine(), w, QStringLiteral("L%1").arg(w)));
        EngineExecutor executor(fixture.url(), fixture.clock(), fixture.cipher());
        const auto error = executor.start();
        QVERIFY2(!error, qPrintable(error.value_or(QString())));

        const int tickets = 2000;
        std::mutex mutex;
        QList<qint64> issued, called;
        QStringList failures;
        std::atomic<bool> issuing{true};
        std::vector<std::thread> threads;
        threads.emplace_back([&] {
            // Kiosks keep several requests in flight, as the server will.
            for (int chunk = 0; chunk < tickets; chunk += 50) {
                std::vector<std::future<Result<IssuedTicket>>> pending;
                for (int i = chunk; i < std::min(tickets, chunk + 50); ++i) {
                    pending.push_back(executor.submit([i](QueueEngine &e) {
                        IssueRequest request;
                        request.queueCode = QStringLiteral("Q%1").arg(i % 10);
                        return e.issueTicket(request);
                    }));
                }
                for (auto &f : pending) {
                    const auto r = f.get();
                    std::lock_guard lock(mutex);
                    if (r.ok())
                        issued << r->ticket.id;
                    else
                        failures << r.error().message();
                }
            }
            issuing = false;
        });
        for (const Actor &actor : actors) {
            threads.emplace_back([&, actor] {
                for (;;) {
                    const bool stillIssuing = issuing.load();
                    const auto r =
                        executor.run([actor](QueueEngine &e) { return e.callNext(actor); });
                    if (r.ok()) {
                        const auto f = executor.run(
                            [actor, id = r->id](QueueEngine &e) { return e.finish(actor, id); });
                        std::lock_guard lock(mutex);
                        called << r->id;
                        if (!f.ok())
                            failures << f.error().message();
                    } else if (r.code() == ErrorCode::NoTicketWaiting) {
                        if (!stillIssuing)
                            return;
                        std::this_thread::sleep_for(std::chrono::milliseconds(20));
                    } else {
                        std::lock_guard lock(mutex);
                        failures << r.error().message();
                        return;
                    }
                }
            });
        }
        for (auto &t : threads)
            t.join();
        QVERIFY2(failures.isEmpty(), qPrintable(failures.mid(0, 3).join(QLatin1Char('\n'))));
        QCOMPARE(issued.size(), tickets);
        const QSet<qint64> calledSet(called.begin(), called.end());
        QCOMPARE(calledSet.size(), called.size());
        QCOMPARE(calledSet, QSet<qint64>(issued.begin(), issued.end()));
        QCOMPARE(fixture.count(QStringLiteral("tickets"), QStringLiteral("status = 'finished'")),
                 tickets);
        // Group commit happened: fewer commits than operations.
        QVERIFY2(executor.batches() < executor.operations(),
                 qPrintable(QStringLiteral("%1 batches for %2 operations")
                                .arg(executor.batches())
                                .arg(executor.operations())));
    }

    void aFailedCommitReportsFailureAndKeepsNothing()
    {
        EngineFixture fixture(smallHall());
        QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
        EngineExecutor executor(fixture.url(), fixture.clock(), fixture.cipher());
        QVERIFY(!executor.start());
        auto issue = [](QueueEngine &e) {
            IssueRequest request;
            request.queueCode = QStringLiteral("QA1");
            return e.issueTicket(request);
        };
        QCOMPARE(executor.run(issue)->ticket.number, QStringLiteral("A001"));
        executor.failNextCommitForTesting();
        const auto lost = executor.run(issue);
        QCOMPARE(lost.code(), ErrorCode::StorageFailure);
        QVERIFY(!lost.error().message().isEmpty());
        // Nothing of the failed operation remains: not the ticket, not its event, not its number.
        QCOMPARE(fixture.count(QStringLiteral("tickets")), 1);
        QCOMPARE(fixture.count(QStringLiteral("events")), 1);
        QCOMPARE(executor.run(issue)->ticket.number, QStringLiteral("A002"));
    }

    void typedErrorsInABatchDoNotSpoilTheOthers()
    {
        EngineFixture fixture(smallHall());
        QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
        EngineExecutor executor(fixture.url(), fixture.clock(), fixture.cipher());
        QVERIFY(!executor.start());
        std::vector<std::future<Result<IssuedTicket>>> futures;
        for (int i = 0; i < 40; ++i) {
            futures.push_back(executor.submit([i](QueueEngine &e) {
                IssueRequest request;
                request.queueCode = i % 4 == 0 ? QStringLiteral("NOPE") : QStringLiteral("QB");
                return e.issueTicket(request);
            }));
        }
        int ok = 0, refused = 0;
        for (auto &f : futures) {
            const auto r = f.get();
            if (r.ok())
                ++ok;
            else if (r.code() == ErrorCode::UnknownQueue)
                ++refused;
        }
        QCOMPARE(ok, 30);
        QCOMPARE(refused, 10);
        QCOMPARE(fixture.count(QStringLiteral("tickets")), 30);
    }

    void stopDrainsAcceptedOperations()
    {
        EngineFixture fixture(smallHall());
        QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
        auto executor =
            std::make_unique<EngineExecutor>(fixture.url(), fixture.clock(), fixture.cipher());
        QVERIFY(!executor->start());
        std::vector<std::future<Result<IssuedTicket>>> futures;
        for (int i = 0; i < 200; ++i) {
            futures.push_back(executor->submit([](QueueEngine &e) {
                IssueRequest request;
                request.queueCode = QStringLiteral("QB");
                return e.issueTicket(request);
            }));
        }
        executor.reset(); // stop while work is queued
        for (auto &f : futures)
            QVERIFY(f.get().ok());
        QCOMPARE(fixture.count(QStringLiteral("tickets")), 200);
    }

    // What the hall server relies on before it goes: no `done` of an operation posted earlier is
    // still running on the writer thread when finishPosted() returns.
    void finishPostedWaitsForTheCallbacksOfPostedOperations()
    {
        EngineFixture fixture(smallHall());
        QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
        EngineExecutor executor(fixture.url(), fixture.clock(), fixture.cipher());
        QVERIFY(!executor.start());
        std::promise<void> release;
        std::shared_future<void> released = release.get_future().share();
        std::atomic<int> finished{0};
        const int posted = 20;
        for (int i = 0; i < posted; ++i) {
            executor.post(
                [](QueueEngine &e) {
                    IssueRequest request;
                    request.queueCode = QStringLiteral("QB");
                    return e.issueTicket(request);
                },
                [&finished, released, i](Result<IssuedTicket> result) {
                    // The first callback holds the writer until the test lets it go, so the
                    // others are still queued when finishPosted() is called.
                    if (i == 0)
                        released.wait();
                    if (result.ok())
                        ++finished;
                });
        }
        std::thread releaser([&release] {
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
            release.set_value();
        });
        executor.finishPosted();
        QCOMPARE(finished.load(), posted);
        releaser.join();
        QCOMPARE(fixture.count(QStringLiteral("tickets")), posted);
    }
};

QTEST_GUILESS_MAIN(TestEngineExecutor)
#include "tst_engineexecutor.moc"
