// The queue engine against a real database: SQLite by default, PostgreSQL when CTest sets
// HALLDESK_TEST_BACKEND=postgres. Every operation, every refusal, and the call order.

#include "EngineFixture.h"
#include "TestHall.h"
#include "validation/ResidentId.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QtTest>

using namespace halldesk;
using namespace halldesk::test;

class TestQueueEngine : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<EngineFixture> f;
    QueueEngine &engine() { return f->engine(); }

    Actor signIn(int window, int staff)
    {
        const auto member = engine().staffByNumber(QStringLiteral("S%1").arg(staff));
        if (!member)
            qFatal("no staff S%d", staff);
        const auto result = engine().signIn(member->id, window);
        if (!result.ok())
            qFatal("sign-in failed: %s", qPrintable(result.error().message()));
        return Actor{member->id, window};
    }
    Ticket issue(const QString &queue, PriorityGroup priority = PriorityGroup::None)
    {
        IssueRequest request;
        request.queueCode = queue;
        request.priority = priority;
        const auto result = engine().issueTicket(request);
        if (!result.ok())
            qFatal("issue failed: %s", qPrintable(result.error().message()));
        return result->ticket;
    }
    // A stable picture of everything an operation could change, to prove a refusal changed nothing.
    QString snapshot()
    {
        QStringList rows;
        QSqlQuery q(f->database().connection());
        q.exec(
            QStringLiteral("SELECT id, status, window_number, recall_count, queue_id, sort_at_ms, "
                           "target_window, hold_until_ms FROM tickets ORDER BY id"));
        while (q.next()) {
            QStringList cols;
            for (int i = 0; i < 8; ++i)
                cols << q.value(i).toString();
            rows << cols.join(QLatin1Char(','));
        }
        q.exec(QStringLiteral("SELECT number, state, COALESCE(staff_id, 0), pause_reason FROM "
                              "windows ORDER BY number"));
        while (q.next())
            rows << QStringLiteral("w%1:%2:%3:%4")
                        .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                             q.value(3).toString());
        rows << QStringLiteral("events=%1").arg(f->count(QStringLiteral("events")));
        rows << QStringLiteral("seq=%1").arg(f->count(QStringLiteral("ticket_sequences")));
        return rows.join(QLatin1Char('\n'));
    }

private slots:
    void init()
    {
        f = std::make_unique<EngineFixture>(smallHall());
        QVERIFY2(f->isValid(), qPrintable(f->error()));
    }
    void cleanup() { f.reset(); }

    void ticketNumbersFollowPrefixSequencePerDay()
    {
        QCOMPARE(issue(QStringLiteral("QA1")).number, QStringLiteral("A001"));
        QCOMPARE(issue(QStringLiteral("QA2")).number,
                 QStringLiteral("A002")); // same letter, same line of numbers
        QCOMPARE(issue(QStringLiteral("QB")).number, QStringLiteral("B001"));
        QCOMPARE(issue(QStringLiteral("QA1")).number, QStringLiteral("A003"));
    }

    void dayRollsOverAtLocalMidnightNotUtc()
    {
        QCOMPARE(issue(QStringLiteral("QA1")).number, QStringLiteral("A001"));
        // 23:59:59 in the hall is 15:59:59 UTC: still Monday.
        f->clock().set(QDateTime(QDate(2026, 11, 30), QTime(15, 59, 59), Qt::UTC));
        const Ticket late = issue(QStringLiteral("QA1"));
        QCOMPARE(late.number, QStringLiteral("A002"));
        QCOMPARE(late.serviceDay, 20261130);
        // One second later it is Tuesday in the hall, and numbering starts again.
        f->clock().advanceSecs(1);
        const Ticket tuesday = issue(QStringLiteral("QA1"));
        QCOMPARE(tuesday.number, QStringLiteral("A001"));
        QCOMPARE(tuesday.serviceDay, 20261201);
        // UTC midnight (08:00 in the hall) changes nothing.
        f->clock().set(QDateTime(QDate(2026, 12, 1), QTime(0, 0, 1), Qt::UTC));
        const Ticket tuesday2 = issue(QStringLiteral("QA1"));
        QCOMPARE(tuesday2.number, QStringLiteral("A002"));
        // Yesterday's tickets can no longer be called, and housekeeping closes them.
        const Actor w2 = signIn(2, 2);
        for (qint64 expected : {tuesday.id, tuesday2.id}) {
            const auto called = engine().callNext(w2);
            QCOMPARE(called->id, expected);
            QVERIFY(engine().finish(w2, expected).ok());
        }
        QCOMPARE(engine().callNext(w2).code(), ErrorCode::NoTicketWaiting);
        const auto closed = engine().closePastDays();
        QVERIFY(closed.ok());
        QCOMPARE(closed.value(), 2);
        QCOMPARE(engine().ticket(late.id)->status, TicketStatus::Cancelled);
    }

    void numbersComeFromTheSequenceNotACount()
    {
        const Actor w2 = signIn(2, 2);
        issue(QStringLiteral("QA1"));
        issue(QStringLiteral("QA1"));
        const auto called = engine().callNext(w2);
        QVERIFY(called.ok());
        QVERIFY(engine().finish(w2, called->id).ok());
        // One ticket is finished, one waits: a count of open tickets would hand out A002 again.
        QCOMPARE(issue(QStringLiteral("QA1")).number, QStringLiteral("A003"));
        // A refused issue takes no number.
        IssueRequest bad;
        bad.queueCode = QStringLiteral("QA1");
        bad.residentId = QStringLiteral("11010519491231002X");
        QVERIFY(engine().issueTicket(bad).ok());
        QCOMPARE(engine().issueTicket(bad).code(), ErrorCode::DuplicateResidentTicket);
        QCOMPARE(issue(QStringLiteral("QA1")).number, QStringLiteral("A005"));
    }

    void issueValidatesInput_data()
    {
        QTest::addColumn<QString>("queue");
        QTest::addColumn<QString>("residentId");
        QTest::addColumn<QString>("phone");
        QTest::addColumn<qint64>("apptStart");
        QTest::addColumn<int>("expected");
        QTest::newRow("unknown queue") << "NOPE"
                                       << ""
                                       << "" << qint64(0) << int(ErrorCode::UnknownQueue);
        QTest::newRow("bad check digit") << "QA1"
                                         << "110105194912310021"
                                         << "" << qint64(0) << int(ErrorCode::InvalidResidentId);
        QTest::newRow("impossible birth date")
            << "QA1"
            << "110105194902300014"
            << "" << qint64(0) << int(ErrorCode::InvalidResidentId);
        QTest::newRow("bad phone") << "QA1"
                                   << ""
                                   << "12345678901" << qint64(0) << int(ErrorCode::InvalidPhone);
        QTest::newRow("appointment without slot")
            << "QA1"
            << ""
            << "" << qint64(-1) << int(ErrorCode::InvalidAppointment);
    }
    void issueValidatesInput()
    {
        QFETCH(QString, queue);
        QFETCH(QString, residentId);
        QFETCH(QString, phone);
        QFETCH(qint64, apptStart);
        QFETCH(int, expected);
        const QString before = snapshot();
        IssueRequest request;
        request.queueCode = queue;
        request.residentId = residentId;
        request.phone = phone;
        if (apptStart != 0)
            request.appointmentId = QStringLiteral("APPT-1");
        const auto result = engine().issueTicket(request);
        QCOMPARE(int(result.code()), expected);
        QVERIFY(!result.error().message().isEmpty());
        QCOMPARE(snapshot(), before);
    }

    void personalDataIsStoredEncrypted()
    {
        IssueRequest request;
        request.queueCode = QStringLiteral("QA1");
        request.residentId = QStringLiteral("11010519491231002x");
        request.phone = QStringLiteral("+86 138-0013-8000");
        const auto issued = engine().issueTicket(request);
        QVERIFY(issued.ok());
        QSqlQuery q(f->database().connection());
        QVERIFY(q.exec(
            QStringLiteral("SELECT resident_id_enc, phone_enc, resident_hash FROM tickets")));
        QVERIFY(q.next());
        const QString allColumns =
            q.value(0).toString() + q.value(1).toString() + q.value(2).toString();
        QVERIFY(!allColumns.contains(QLatin1String("110105")));
        QVERIFY(!allColumns.contains(QLatin1String("13800138000")));
        QCOMPARE(f->cipher().decryptText(q.value(0).toString()).value_or(QString()),
                 QStringLiteral("11010519491231002X"));
        QCOMPARE(f->cipher().decryptText(q.value(1).toString()).value_or(QString()),
                 QStringLiteral("13800138000"));
    }

    void oneWaitingTicketPerResidentPerQueue()
    {
        IssueRequest request;
        request.queueCode = QStringLiteral("QB");
        request.residentId = QStringLiteral("11010519491231002X");
        const auto first = engine().issueTicket(request);
        QVERIFY(first.ok());
        // The same person, typed differently, is still the same person.
        request.residentId = QStringLiteral(" 11010519491231002x ");
        QCOMPARE(engine().issueTicket(request).code(), ErrorCode::DuplicateResidentTicket);
        // Another queue is fine.
        request.queueCode = QStringLiteral("QA1");
        QVERIFY(engine().issueTicket(request).ok());
        // Once served, the person may queue again.
        const Actor w3 = signIn(3, 3);
        QVERIFY(engine().callNext(w3).ok());
        QVERIFY(engine().finish(w3, first->ticket.id).ok());
        request.queueCode = QStringLiteral("QB");
        QVERIFY(engine().issueTicket(request).ok());
        // And the rule can be switched off.
        QueuePolicy relaxed;
        relaxed.onePerResidentPerQueue = false;
        engine().setPolicy(relaxed);
        QVERIFY(engine().issueTicket(request).ok());
    }

    void issueReportsPeopleAheadAndEstimate()
    {
        signIn(2, 2);
        issue(QStringLiteral("QA1"));
        issue(QStringLiteral("QA1"));
        IssueRequest request;
        request.queueCode = QStringLiteral("QA1");
        const auto third = engine().issueTicket(request);
        QVERIFY(third.ok());
        QCOMPARE(third->waitingAhead, 2);
        // QA1 starts from 600 s per citizen; windows 1, 2 and 4 serve it, one of them is open.
        QCOMPARE(third->estimatedWaitSeconds, 1200);
        request.priority = PriorityGroup::Elderly;
        const auto elderly = engine().issueTicket(request);
        QCOMPARE(elderly->waitingAhead, 0);
    }

    void callOrderPriorityThenAppointmentThenBoostedThenWeightedWait()
    {
        const Actor w1 = signIn(1, 1);
        const qint64 now = f->clock().nowMs();
        const Ticket plain = issue(QStringLiteral("QA1"));
        f->clock().advanceSecs(10);
        IssueRequest early;
        early.queueCode = QStringLiteral("QA2");
        early.appointmentId = QStringLiteral("EARLY");
        early.appointmentStartMs = now + 3600'000; // slot starts in an hour: waits as ordinary
        early.appointmentEndMs = now + 5400'000;
        const auto earlyTicket = engine().issueTicket(early);
        QVERIFY(earlyTicket.ok());
        IssueRequest inSlot = early;
        inSlot.appointmentId = QStringLiteral("NOW");
        inSlot.appointmentStartMs = now - 60'000;
        inSlot.appointmentEndMs = now + 1800'000;
        const auto slotTicket = engine().issueTicket(inSlot);
        QVERIFY(slotTicket.ok());
        f->clock().advanceSecs(10);
        const Ticket pregnant = issue(QStringLiteral("QA2"), PriorityGroup::Pregnant);
        const Ticket veteran = issue(QStringLiteral("QA1"), PriorityGroup::MilitaryVeteran);

        QList<qint64> order;
        for (int i = 0; i < 5; ++i) {
            const auto called = engine().callNext(w1);
            QVERIFY2(called.ok(), qPrintable(called.error().message()));
            order << called->id;
            QVERIFY(engine().finish(w1, called->id).ok());
        }
        // Priority groups in arrival order, then the appointment in its slot, then by wait
        // (the early appointment is an ordinary ticket that arrived after `plain`).
        const QList<qint64> expected{pregnant.id, veteran.id, slotTicket->ticket.id, plain.id,
                                     earlyTicket->ticket.id};
        QCOMPARE(order, expected);
        QCOMPARE(engine().callNext(w1).code(), ErrorCode::NoTicketWaiting);
    }

    void weightsScaleWaitingTimeAcrossQueues_data()
    {
        QTest::addColumn<int>("qa1WaitedMin");
        QTest::addColumn<int>("qa2WaitedMin");
        QTest::addColumn<QString>("expectedQueue");
        // Window 1 weighs QA1 twice as much as QA2.
        QTest::newRow("QA1 5 min (x2=10) beats QA2 9 min") << 5 << 9 << "QA1";
        QTest::newRow("QA2 11 min beats QA1 5 min (x2=10)") << 5 << 11 << "QA2";
        QTest::newRow("QA1 older wins outright") << 9 << 3 << "QA1";
    }
    void weightsScaleWaitingTimeAcrossQueues()
    {
        QFETCH(int, qa1WaitedMin);
        QFETCH(int, qa2WaitedMin);
        QFETCH(QString, expectedQueue);
        const Actor w1 = signIn(1, 1);
        const int first = std::max(qa1WaitedMin, qa2WaitedMin);
        const QString firstQueue =
            qa1WaitedMin > qa2WaitedMin ? QStringLiteral("QA1") : QStringLiteral("QA2");
        const QString secondQueue =
            firstQueue == QLatin1String("QA1") ? QStringLiteral("QA2") : QStringLiteral("QA1");
        issue(firstQueue);
        f->clock().advanceSecs(qint64(first - std::min(qa1WaitedMin, qa2WaitedMin)) * 60);
        issue(secondQueue);
        f->clock().advanceSecs(qint64(std::min(qa1WaitedMin, qa2WaitedMin)) * 60);
        const auto called = engine().callNext(w1);
        QVERIFY(called.ok());
        QCOMPARE(called->queueCode, expectedQueue);
    }

    // The fast call-next path (line heads from an index) against the reference: ordering every
    // candidate in SQL. A random day of issuing, calling, transferring and holding.
    void fastCallOrderMatchesTheFullOrdering()
    {
        QRandomGenerator random(20261130);
        QList<Actor> actors;
        for (int w = 1; w <= 4; ++w)
            actors << signIn(w, w);
        const QStringList queues{QStringLiteral("QA1"), QStringLiteral("QA2"),
                                 QStringLiteral("QB")};
        auto issueRandom = [&] {
            IssueRequest request;
            request.queueCode = queues.at(int(random.bounded(3)));
            const int kind = int(random.bounded(10));
            if (kind == 0)
                request.priority = PriorityGroup::Elderly;
            if (kind == 1 || kind == 2) {
                request.appointmentId = QStringLiteral("AP%1").arg(random.bounded(100000));
                request.appointmentStartMs =
                    f->clock().nowMs() + qint64(random.bounded(1200)) * 1000 - 600'000;
                request.appointmentEndMs = request.appointmentStartMs + 900'000;
            }
            QVERIFY(engine().issueTicket(request).ok());
        };
        for (int i = 0; i < 60; ++i) {
            issueRandom();
            f->clock().advanceMs(qint64(random.bounded(20000)));
        }
        int compared = 0;
        for (int step = 0; step < 250; ++step) {
            const Actor actor = actors.at(int(random.bounded(4)));
            const auto reference = f->repository().candidateByFullOrder(
                actor.window, engine().today(), f->clock().nowMs(), false);
            const auto called = engine().callNext(actor);
            if (!reference) {
                QCOMPARE(called.code(), ErrorCode::NoTicketWaiting);
            } else {
                QVERIFY2(called.ok(), qPrintable(called.error().message()));
                QCOMPARE(called->id, *reference);
                ++compared;
                const int next = int(random.bounded(10));
                if (next == 0) {
                    const int to = int(random.bounded(4)) + 1;
                    TransferTarget target;
                    if (to == actor.window)
                        target.queueCode = queues.at(int(random.bounded(3)));
                    else
                        target.window = to;
                    QVERIFY(engine().transfer(actor, called->id, target).ok() ||
                            target.queueCode == called->queueCode);
                    if (engine().currentTicket(actor.window))
                        QVERIFY(engine().finish(actor, called->id).ok());
                } else if (next == 1) {
                    QVERIFY(engine().hold(actor, called->id).ok());
                } else {
                    QVERIFY(engine().finish(actor, called->id).ok());
                }
            }
            f->clock().advanceMs(qint64(random.bounded(90'000)));
            QVERIFY(engine().expireHolds().ok());
            if (random.bounded(3) == 0)
                issueRandom();
        }
        QVERIFY(compared > 100);
    }

    void windowOnlyTakesItsQueues()
    {
        const Actor w3 = signIn(3, 3);
        issue(QStringLiteral("QA1"));
        QCOMPARE(engine().callNext(w3).code(), ErrorCode::NoTicketWaiting);
        QCOMPARE(engine().callTicket(w3, QStringLiteral("A001")).code(),
                 ErrorCode::QueueNotServedByWindow);
    }

    void callSpecificTicket()
    {
        const Actor w2 = signIn(2, 2);
        issue(QStringLiteral("QA1"));
        const Ticket second = issue(QStringLiteral("QA1"));
        const auto called = engine().callTicket(w2, QStringLiteral("a002"));
        QVERIFY(called.ok());
        QCOMPARE(called->id, second.id);
        QCOMPARE(called->status, TicketStatus::Called);
        QCOMPARE(called->windowNumber, 2);
        QVERIFY(engine().finish(w2, second.id).ok());
        QCOMPARE(engine().callTicket(w2, QStringLiteral("A002")).code(),
                 ErrorCode::TicketNotWaiting);
        QCOMPARE(engine().callTicket(w2, QStringLiteral("A099")).code(), ErrorCode::UnknownTicket);
    }

    void recallCountsThenBecomesNoShow()
    {
        QueuePolicy policy;
        policy.recallLimit = 2;
        engine().setPolicy(policy);
        const Actor w2 = signIn(2, 2);
        const Ticket t = issue(QStringLiteral("QA1"));
        QVERIFY(engine().callNext(w2).ok());
        QSignalSpy never(this, &QObject::destroyed); // nothing here emits; proves spies are wired
        auto r1 = engine().recall(w2, t.id);
        QVERIFY(r1.ok());
        QCOMPARE(r1->recallCount, 1);
        QCOMPARE(r1->status, TicketStatus::Called);
        auto r2 = engine().recall(w2, t.id);
        QCOMPARE(r2->recallCount, 2);
        auto r3 = engine().recall(w2, t.id);
        QVERIFY(r3.ok());
        QCOMPARE(r3->status, TicketStatus::NoShow);
        QVERIFY(!engine().currentTicket(2));
        const auto events = engine().eventsForTicket(t.id);
        QStringList kinds;
        for (const auto &e : events)
            kinds << e.kind;
        QCOMPARE(kinds, (QStringList{QStringLiteral("issue"), QStringLiteral("call"),
                                     QStringLiteral("recall"), QStringLiteral("recall"),
                                     QStringLiteral("no_show")}));
        QCOMPARE(events.last().fromState, QStringLiteral("called"));
        QCOMPARE(events.last().toState, QStringLiteral("no_show"));
        QCOMPARE(events.last().windowNumber, 2);
        QCOMPARE(events.last().staffId, w2.staffId);
        QCOMPARE(events.last().atMs, f->clock().nowMs());
        QCOMPARE(never.count(), 0);
    }

    void invalidOperationsChangeNothing_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<int>("expected");
        QTest::newRow("finish a ticket another window serves")
            << "finish-other" << int(ErrorCode::TicketAtOtherWindow);
        QTest::newRow("call on a paused window") << "call-paused" << int(ErrorCode::WindowPaused);
        QTest::newRow("recall a finished ticket")
            << "recall-finished" << int(ErrorCode::TicketAlreadyClosed);
        QTest::newRow("issue in an unknown queue")
            << "unknown-queue" << int(ErrorCode::UnknownQueue);
        QTest::newRow("call while serving") << "call-busy" << int(ErrorCode::WindowBusy);
        QTest::newRow("call at a signed-out window")
            << "call-signed-out" << int(ErrorCode::WindowSignedOut);
        QTest::newRow("call at an unknown window")
            << "call-unknown-window" << int(ErrorCode::UnknownWindow);
        QTest::newRow("act at someone else's window")
            << "impostor" << int(ErrorCode::WindowSignedInByOther);
        QTest::newRow("resume a ticket that is not held")
            << "resume-not-held" << int(ErrorCode::TicketNotHeld);
        QTest::newRow("return a ticket that was not a no-show")
            << "return-not-noshow" << int(ErrorCode::TicketNotNoShow);
        QTest::newRow("transfer nowhere") << "transfer-nowhere" << int(ErrorCode::InvalidTransfer);
        QTest::newRow("transfer to unknown queue")
            << "transfer-unknown" << int(ErrorCode::UnknownQueue);
        QTest::newRow("sign out while serving") << "signout-busy" << int(ErrorCode::WindowBusy);
        QTest::newRow("sign in at an occupied window")
            << "signin-occupied" << int(ErrorCode::WindowSignedInByOther);
        QTest::newRow("sign in at two windows")
            << "signin-twice" << int(ErrorCode::StaffSignedInElsewhere);
        QTest::newRow("resume a window that is not paused")
            << "resume-window" << int(ErrorCode::WindowNotPaused);
        QTest::newRow("finish an unknown ticket")
            << "finish-unknown" << int(ErrorCode::UnknownTicket);
        QTest::newRow("pause while serving") << "pause-busy" << int(ErrorCode::WindowBusy);
    }
    void invalidOperationsChangeNothing()
    {
        QFETCH(QString, scenario);
        QFETCH(int, expected);
        const Actor w1 = signIn(1, 1);
        const Actor w2 = signIn(2, 2);
        const Actor w5 = signIn(5, 5);
        QVERIFY(engine().pauseWindow(w5, QStringLiteral("lunch")).ok());
        const Ticket served = issue(QStringLiteral("QA1"));
        const Ticket done = issue(QStringLiteral("QA1"));
        issue(QStringLiteral("QA2"));
        QVERIFY(engine().callTicket(w2, done.number).ok());
        QVERIFY(engine().finish(w2, done.id).ok());
        QVERIFY(engine().callTicket(w1, served.number).ok());

        const QString before = snapshot();
        ErrorCode code = ErrorCode::None;
        if (scenario == QLatin1String("finish-other"))
            code = engine().finish(w2, served.id).code();
        else if (scenario == QLatin1String("call-paused"))
            code = engine().callNext(w5).code();
        else if (scenario == QLatin1String("recall-finished"))
            code = engine().recall(w2, done.id).code();
        else if (scenario == QLatin1String("unknown-queue")) {
            IssueRequest unknown;
            unknown.queueCode = QStringLiteral("ZZ");
            code = engine().issueTicket(unknown).code();
        } else if (scenario == QLatin1String("call-busy"))
            code = engine().callNext(w1).code();
        else if (scenario == QLatin1String("call-signed-out"))
            code = engine().callNext(Actor{0, 3}).code();
        else if (scenario == QLatin1String("call-unknown-window"))
            code = engine().callNext(Actor{w1.staffId, 999}).code();
        else if (scenario == QLatin1String("impostor"))
            code = engine().callNext(Actor{w1.staffId, 2}).code();
        else if (scenario == QLatin1String("resume-not-held"))
            code = engine().resumeHeld(w2, served.id).code();
        else if (scenario == QLatin1String("return-not-noshow"))
            code = engine().returnNoShow(Actor{}, served.id).code();
        else if (scenario == QLatin1String("transfer-nowhere"))
            code = engine().transfer(w1, served.id, TransferTarget{}).code();
        else if (scenario == QLatin1String("transfer-unknown"))
            code = engine()
                       .transfer(w1, served.id, TransferTarget{QStringLiteral("ZZ"), 0, {}})
                       .code();
        else if (scenario == QLatin1String("signout-busy"))
            code = engine().signOut(w1).code();
        else if (scenario == QLatin1String("signin-occupied"))
            code = engine().signIn(engine().staffByNumber(QStringLiteral("S6"))->id, 1).code();
        else if (scenario == QLatin1String("signin-twice"))
            code = engine().signIn(w1.staffId, 3).code();
        else if (scenario == QLatin1String("resume-window"))
            code = engine().resumeWindow(w2).code();
        else if (scenario == QLatin1String("finish-unknown"))
            code = engine().finish(w1, 987654).code();
        else if (scenario == QLatin1String("pause-busy"))
            code = engine().pauseWindow(w1, QStringLiteral("tea")).code();
        QCOMPARE(int(code), expected);
        QCOMPARE(snapshot(), before);
    }

    void noShowMayReturnInTimeBehindOthers()
    {
        QueuePolicy policy;
        policy.noShowReturnBehind = 2;
        policy.noShowReturnMinutes = 30;
        engine().setPolicy(policy);
        const Actor w2 = signIn(2, 2);
        const Ticket missed = issue(QStringLiteral("QA1"));
        QVERIFY(engine().callNext(w2).ok());
        QCOMPARE(engine().markNoShow(w2, missed.id)->status, TicketStatus::NoShow);
        f->clock().advanceSecs(60);
        const Ticket a = issue(QStringLiteral("QA1"));
        f->clock().advanceSecs(1);
        const Ticket b = issue(QStringLiteral("QA1"));
        f->clock().advanceSecs(1);
        const Ticket c = issue(QStringLiteral("QA1"));
        f->clock().advanceSecs(20 * 60);
        const auto back = engine().returnNoShow(Actor{}, missed.id);
        QVERIFY2(back.ok(), qPrintable(back.error().message()));
        QCOMPARE(back->status, TicketStatus::Waiting);
        const auto line = engine().waitingTickets(QStringLiteral("QA1"));
        QVERIFY(line.ok());
        QList<qint64> ids;
        for (const Ticket &t : line.value())
            ids << t.id;
        QCOMPARE(ids, (QList<qint64>{a.id, b.id, missed.id, c.id}));
        // Called in that order too.
        for (qint64 expected : ids) {
            const auto called = engine().callNext(w2);
            QCOMPARE(called->id, expected);
            QVERIFY(engine().finish(w2, expected).ok());
        }
    }

    void noShowReturnWindowExpires()
    {
        const Actor w2 = signIn(2, 2);
        const Ticket missed = issue(QStringLiteral("QA1"));
        QVERIFY(engine().callNext(w2).ok());
        QVERIFY(engine().markNoShow(w2, missed.id).ok());
        f->clock().advanceSecs(31 * 60);
        const QString before = snapshot();
        QCOMPARE(engine().returnNoShow(Actor{}, missed.id).code(), ErrorCode::NoShowReturnExpired);
        QCOMPARE(snapshot(), before);
    }

    // A clerk takes a returning citizen back only from the window they are signed in at.
    void noShowReturnNeedsTheClerksOwnWindow()
    {
        const Actor w2 = signIn(2, 2);
        const Ticket missed = issue(QStringLiteral("QA1"));
        QVERIFY(engine().callNext(w2).ok());
        QVERIFY(engine().markNoShow(w2, missed.id).ok());
        const QString before = snapshot();
        // S3 is signed in nowhere but claims window 2; S2 claims window 3, where nobody is.
        const qint64 s3 = engine().staffByNumber(QStringLiteral("S3"))->id;
        QCOMPARE(engine().returnNoShow(Actor{s3, 2}, missed.id).code(),
                 ErrorCode::WindowSignedInByOther);
        QCOMPARE(engine().returnNoShow(Actor{w2.staffId, 3}, missed.id).code(),
                 ErrorCode::WindowSignedOut);
        QCOMPARE(snapshot(), before);
        QCOMPARE(engine().returnNoShow(w2, missed.id)->status, TicketStatus::Waiting);
    }

    void holdAndResume()
    {
        const Actor w2 = signIn(2, 2);
        const Ticket t = issue(QStringLiteral("QA1"));
        const Ticket other = issue(QStringLiteral("QA1"));
        QVERIFY(engine().callNext(w2).ok());
        const auto held = engine().hold(w2, t.id);
        QVERIFY(held.ok());
        QCOMPARE(held->status, TicketStatus::Held);
        QCOMPARE(held->holdUntilMs, f->clock().nowMs() + 15 * 60'000);
        // The window is free for the next citizen meanwhile.
        QCOMPARE(engine().callNext(w2)->id, other.id);
        QCOMPARE(engine().resumeHeld(w2, t.id).code(), ErrorCode::WindowBusy);
        QVERIFY(engine().finish(w2, other.id).ok());
        QCOMPARE(engine().heldTickets(2).size(), 1);
        const auto resumed = engine().resumeHeld(w2, t.id);
        QVERIFY(resumed.ok());
        QCOMPARE(resumed->status, TicketStatus::Called);
        QCOMPARE(engine().currentTicket(2)->id, t.id);
        QVERIFY(engine().finish(w2, t.id).ok());
    }

    void expiredHoldReturnsAheadOfOrdinaryTickets()
    {
        const Actor w2 = signIn(2, 2);
        const Ticket t = issue(QStringLiteral("QA1"));
        QVERIFY(engine().callNext(w2).ok());
        QVERIFY(engine().hold(w2, t.id).ok());
        f->clock().advanceSecs(14 * 60);
        QCOMPARE(engine().expireHolds().value(), 0);
        const Ticket newcomer = issue(QStringLiteral("QA1"));
        f->clock().advanceSecs(60);
        QCOMPARE(engine().expireHolds().value(), 1);
        const auto back = engine().ticket(t.id);
        QCOMPARE(back->status, TicketStatus::Waiting);
        QVERIFY(back->boosted);
        QCOMPARE(engine().eventsForTicket(t.id).last().kind, QStringLiteral("hold_expired"));
        // Another window of the same queue gets it before the newcomer.
        const Actor w4 = signIn(4, 4);
        QCOMPARE(engine().callNext(w4)->id, t.id);
        QCOMPARE(engine().callNext(w2)->id, newcomer.id);
    }

    void transferToQueueKeepsPlaceAhead()
    {
        const Actor w1 = signIn(1, 1);
        const Actor w3 = signIn(3, 3);
        const Ticket b1 = issue(QStringLiteral("QB"));
        const Ticket t = issue(QStringLiteral("QA1"));
        QVERIFY(engine().callTicket(w1, t.number).ok());
        f->clock().advanceSecs(120);
        const auto moved = engine().transfer(
            w1, t.id, TransferTarget{QStringLiteral("QB"), 0, QStringLiteral("户籍问题")});
        QVERIFY2(moved.ok(), qPrintable(moved.error().message()));
        QCOMPARE(moved->queueCode, QStringLiteral("QB"));
        QCOMPARE(moved->status, TicketStatus::Waiting);
        QCOMPARE(moved->number, t.number);
        const auto events = engine().eventsForTicket(t.id);
        QCOMPARE(events.last().kind, QStringLiteral("transfer"));
        QVERIFY(events.last().detail.contains(QStringLiteral("户籍问题")));
        QCOMPARE(engine().callNext(w3)->id, t.id);
        QVERIFY(engine().finish(w3, t.id).ok());
        QCOMPARE(engine().callNext(w3)->id, b1.id);
    }

    void transferToWindowReservesTicket()
    {
        const Actor w1 = signIn(1, 1);
        const Actor w2 = signIn(2, 2);
        const Actor w3 = signIn(3, 3);
        const Ticket t = issue(QStringLiteral("QA1"));
        QVERIFY(engine().callNext(w1).ok());
        QVERIFY(engine().transfer(w1, t.id, TransferTarget{{}, 3, QStringLiteral("复核")}).ok());
        // Window 2 serves QA1 but the ticket is reserved for window 3, which does not.
        QCOMPARE(engine().callNext(w2).code(), ErrorCode::NoTicketWaiting);
        QCOMPARE(engine().callTicket(w2, t.number).code(), ErrorCode::TicketAtOtherWindow);
        const auto called = engine().callNext(w3);
        QVERIFY(called.ok());
        QCOMPARE(called->id, t.id);
        QCOMPARE(called->targetWindow, 0);
    }

    void finishFeedsTheServiceTimeEstimate()
    {
        const Actor w2 = signIn(2, 2);
        const Ticket t = issue(QStringLiteral("QA1"));
        QVERIFY(engine().callNext(w2).ok());
        f->clock().advanceSecs(100);
        const auto done = engine().finish(w2, t.id);
        QCOMPARE(done->status, TicketStatus::Finished);
        QCOMPARE(done->finishedAtMs - done->calledAtMs, 100'000);
        issue(QStringLiteral("QA1"));
        issue(QStringLiteral("QA1"));
        const auto snap = engine().queueSnapshot(QStringLiteral("QA1"));
        QVERIFY(snap.ok());
        QCOMPARE(snap->waiting, 2);
        QCOMPARE(snap->openWindows, 1);
        // Moving average: 600 s + 0.2 * (100 s - 600 s) = 500 s per citizen, two waiting.
        QCOMPARE(snap->estimatedWaitSeconds, 1000);
        QCOMPARE(engine().finish(w2, t.id).code(), ErrorCode::TicketAlreadyClosed);
    }

    void pauseResumeAndAttendanceAreRecorded()
    {
        const Actor w2 = signIn(2, 2);
        QCOMPARE(engine().signIn(w2.staffId, 2).code(), ErrorCode::None); // retried sign-in: no-op
        const auto paused = engine().pauseWindow(w2, QStringLiteral("午休"));
        QVERIFY(paused.ok());
        QCOMPARE(paused->state, WindowState::Paused);
        QCOMPARE(engine().window(2)->pauseReason, QStringLiteral("午休"));
        f->clock().advanceSecs(1800);
        QCOMPARE(engine().resumeWindow(w2)->state, WindowState::Open);
        QCOMPARE(engine().signOut(w2)->state, WindowState::SignedOut);
        QStringList kinds;
        for (const auto &e : engine().eventsForWindow(2))
            kinds << e.kind + QLatin1Char(':') + e.fromState + QLatin1String("->") + e.toState;
        QCOMPARE(kinds, (QStringList{QStringLiteral("sign_in:signed_out->open"),
                                     QStringLiteral("pause:open->paused"),
                                     QStringLiteral("resume_window:paused->open"),
                                     QStringLiteral("sign_out:open->signed_out")}));
        // The staff member may now sign in elsewhere.
        QVERIFY(engine().signIn(w2.staffId, 4).ok());
    }

    void signOutReturnsHeldTicketsToTheirQueue()
    {
        const Actor w2 = signIn(2, 2);
        const Ticket t = issue(QStringLiteral("QA1"));
        QVERIFY(engine().callNext(w2).ok());
        QVERIFY(engine().hold(w2, t.id).ok());
        QVERIFY(engine().signOut(w2).ok());
        const auto back = engine().ticket(t.id);
        QCOMPARE(back->status, TicketStatus::Waiting);
        QVERIFY(back->boosted);
    }

    void eventLogIsAppendOnly()
    {
        issue(QStringLiteral("QA1"));
        QSqlQuery q(f->database().connection());
        QVERIFY(!q.exec(QStringLiteral("UPDATE events SET kind = 'forged'")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM events")));
        QCOMPARE(f->count(QStringLiteral("events"), QStringLiteral("kind = 'issue'")), 1);
    }

    void aWindowServesOneTicketAtATimeEvenAgainstTheEngine()
    {
        const Actor w2 = signIn(2, 2);
        issue(QStringLiteral("QA1"));
        const Ticket second = issue(QStringLiteral("QA1"));
        QVERIFY(engine().callNext(w2).ok());
        // The database itself refuses a second called ticket at one window.
        QSqlQuery q(f->database().connection());
        q.prepare(
            QStringLiteral("UPDATE tickets SET status = 'called', window_number = 2 WHERE id = ?"));
        q.addBindValue(second.id);
        QVERIFY(!q.exec());
    }
};

QTEST_GUILESS_MAIN(TestQueueEngine)
#include "tst_queueengine.moc"
