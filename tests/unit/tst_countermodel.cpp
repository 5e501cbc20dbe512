// The counter's model of its window: built from a snapshot, kept current by events, and
// showing the clerk's own changes before the server confirms them.

#include "clock/ManualClock.h"
#include "counter/CounterModel.h"
#include "counter/WaitingTicketsModel.h"
#include "protocol/ProtocolJson.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace halldesk;

namespace {

constexpr int Window = 15;
const qint64 T0 = 1795827600000; // 2026-11-30 09:00 in the hall, on the server's clock

Ticket ticket(qint64 id, const QString &number, const QString &queue, TicketStatus status,
              qint64 issuedAtMs, int window = 0)
{
    Ticket t;
    t.id = id;
    t.number = number;
    t.queueCode = queue;
    t.status = status;
    t.issuedAtMs = issuedAtMs;
    t.windowNumber = window;
    t.serviceDay = 20261130;
    if (status == TicketStatus::Called)
        t.calledAtMs = issuedAtMs + 60000;
    return t;
}

QJsonObject snapshot()
{
    QJsonArray waitingCit{
        ProtocolJson::ticket(ticket(1, "A001", "A-CIT", TicketStatus::Waiting, T0)),
        ProtocolJson::ticket(ticket(3, "A003", "A-CIT", TicketStatus::Waiting, T0 + 2000))};
    Ticket served = ticket(2, "A002", "A-ENT", TicketStatus::Called, T0 + 1000, Window);
    Ticket held = ticket(4, "A004", "A-ENT", TicketStatus::Held, T0 + 1500, Window);
    held.holdUntilMs = T0 + 900000;
    Ticket missed = ticket(5, "A005", "A-CIT", TicketStatus::NoShow, T0 + 1600, Window);
    missed.noShowAtMs = T0 + 100000;
    return {
        {"serverTimeMs", double(T0 + 300000)},
        {"serviceDay", 20261130},
        {"seq", 7},
        {"queues", QJsonArray{QJsonObject{{"queue", "A-CIT"},
                                          {"waiting", 2},
                                          {"longestWaitMs", 300000},
                                          {"estimatedWaitSeconds", 420},
                                          {"openWindows", 3},
                                          {"tickets", waitingCit}},
                              QJsonObject{{"queue", "A-ENT"},
                                          {"waiting", 0},
                                          {"longestWaitMs", 0},
                                          {"estimatedWaitSeconds", 0},
                                          {"openWindows", 3},
                                          {"tickets", QJsonArray{}}}}},
        {"windows", QJsonArray{QJsonObject{{"number", Window},
                                           {"name", "15号窗口"},
                                           {"state", "open"},
                                           {"staffNo", "HD0023"},
                                           {"staffName", "徐杰"},
                                           {"stateSinceMs", double(T0)}}}},
        {"tickets", QJsonArray{ProtocolJson::ticket(served), ProtocolJson::ticket(held)}},
        {"noShows", QJsonArray{ProtocolJson::ticket(missed)}},
        {"figures", QJsonArray{QJsonObject{{"window", Window},
                                           {"staffNo", "HD0023"},
                                           {"served", 4},
                                           {"averageServiceMs", 200000}}}},
    };
}

QJsonObject ticketEvent(const QString &action, const Ticket &t)
{
    return {{"action", action}, {"ticket", ProtocolJson::ticket(t)}};
}

QStringList numbers(const QList<Ticket> &tickets)
{
    QStringList out;
    for (const Ticket &t : tickets)
        out << t.number;
    return out;
}

} // namespace

class TestCounterModel : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        // The terminal's own clock runs 5 minutes behind the server's.
        m_clock = std::make_unique<ManualClock>(QDateTime::fromMSecsSinceEpoch(T0, Qt::UTC));
        m_model = std::make_unique<CounterModel>(Window, *m_clock);
        m_model->applySnapshot(snapshot());
    }

    void snapshotFillsEverything()
    {
        const CounterModel &m = *m_model;
        QVERIFY(m.hasState());
        QVERIFY(!m.isStale());
        QCOMPARE(m.window().state, WindowState::Open);
        QCOMPARE(m.window().staffName, QStringLiteral("徐杰"));
        QVERIFY(m.current());
        QCOMPARE(m.current()->number, QStringLiteral("A002"));
        QCOMPARE(numbers(m.held()), QStringList{"A004"});
        QCOMPARE(numbers(m.noShows()), QStringList{"A005"});
        QCOMPARE(numbers(m.waitingList()), (QStringList{"A001", "A003"}));
        QCOMPARE(m.figures().served, 4);
        QCOMPARE(m.figures().averageServiceMs, 200000);
        // Times are the server's: the snapshot said 09:05 while this machine said 09:00.
        QCOMPARE(m.serverNowMs(), T0 + 300000);
    }

    void ticketEventsMoveTickets_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<qint64>("id");
        QTest::addColumn<QString>("status");
        QTest::addColumn<int>("window");
        QTest::addColumn<int>("targetWindow");
        QTest::addColumn<QString>("current");
        QTest::addColumn<QStringList>("held");
        QTest::addColumn<QStringList>("waiting");

        QTest::newRow("finish") << "finish" << qint64(2) << "finished" << Window << 0 << ""
                                << QStringList{"A004"} << QStringList{"A001", "A003"};
        QTest::newRow("hold") << "hold" << qint64(2) << "held" << Window << 0 << ""
                              << QStringList{"A004", "A002"} << QStringList{"A001", "A003"};
        QTest::newRow("call from the queue")
            << "call" << qint64(1) << "called" << Window << 0 << "A001" << QStringList{"A004"}
            << QStringList{"A003"};
        QTest::newRow("called elsewhere leaves the list")
            << "call" << qint64(3) << "called" << 21 << 0 << "A002" << QStringList{"A004"}
            << QStringList{"A001"};
        QTest::newRow("transfer to this window")
            << "transfer" << qint64(2) << "waiting" << 0 << Window << "" << QStringList{"A004"}
            << QStringList{"A002", "A001", "A003"};
        QTest::newRow("transfer to another window")
            << "transfer" << qint64(2) << "waiting" << 0 << 21 << "" << QStringList{"A004"}
            << QStringList{"A001", "A003"};
        QTest::newRow("hold expired goes back ahead")
            << "hold_expired" << qint64(4) << "waiting" << 0 << 0 << "A002" << QStringList{}
            << QStringList{"A004", "A001", "A003"};
    }

    void ticketEventsMoveTickets()
    {
        QFETCH(QString, action);
        QFETCH(qint64, id);
        QFETCH(QString, status);
        QFETCH(int, window);
        QFETCH(int, targetWindow);
        QFETCH(QString, current);
        QFETCH(QStringList, held);
        QFETCH(QStringList, waiting);

        Ticket t = *m_model->ticket(id);
        t.status = *ticketStatusFromStorageName(status);
        t.windowNumber = window;
        t.targetWindow = targetWindow;
        if (t.status == TicketStatus::Waiting && action != QLatin1String("call"))
            t.boosted = true;
        if (t.status == TicketStatus::Called && t.calledAtMs == 0)
            t.calledAtMs = T0 + 200000;
        if (t.status == TicketStatus::Finished)
            t.finishedAtMs = t.calledAtMs + 100000;
        QSignalSpy lists(m_model.get(), &CounterModel::listsChanged);
        m_model->applyEvent(QStringLiteral("ticket"), ticketEvent(action, t));
        QCOMPARE(lists.size(), 1);
        QCOMPARE(m_model->current() ? m_model->current()->number : QString(), current);
        QCOMPARE(numbers(m_model->held()), held);
        QCOMPARE(numbers(m_model->waitingList()), waiting);
    }

    void finishCountsIntoTheFigures()
    {
        Ticket t = *m_model->current();
        t.status = TicketStatus::Finished;
        t.finishedAtMs = t.calledAtMs + 400000;
        QSignalSpy figures(m_model.get(), &CounterModel::figuresChanged);
        m_model->applyEvent(QStringLiteral("ticket"), ticketEvent(QStringLiteral("finish"), t));
        QCOMPARE(figures.size(), 1);
        QCOMPARE(m_model->figures().served, 5);
        QCOMPARE(m_model->figures().averageServiceMs, (4 * 200000 + 400000) / 5);
    }

    void localFinishCountsOnce()
    {
        const Ticket served = *m_model->current();
        m_model->applyLocalTicketChange(QStringLiteral("finish"), served.id);
        QVERIFY(!m_model->current());
        QCOMPARE(m_model->figures().served, 5);
        // The server's own finish event later confirms it: still five.
        Ticket confirmed = served;
        confirmed.status = TicketStatus::Finished;
        confirmed.finishedAtMs = served.calledAtMs + 300000;
        m_model->applyEvent(QStringLiteral("ticket"),
                            ticketEvent(QStringLiteral("finish"), confirmed));
        QCOMPARE(m_model->figures().served, 5);
        // A later finish of another ticket counts.
        Ticket next = ticket(30, "A030", "A-CIT", TicketStatus::Finished, T0, Window);
        next.calledAtMs = T0 + 10000;
        next.finishedAtMs = T0 + 20000;
        m_model->applyEvent(QStringLiteral("ticket"), ticketEvent(QStringLiteral("finish"), next));
        QCOMPARE(m_model->figures().served, 6);
    }

    void issueGoesBehindEqualsAndPriorityAhead()
    {
        Ticket late = ticket(10, "A010", "A-CIT", TicketStatus::Waiting, T0 + 5000);
        m_model->applyEvent(QStringLiteral("ticket"), ticketEvent(QStringLiteral("issue"), late));
        Ticket elderly = ticket(11, "A011", "A-CIT", TicketStatus::Waiting, T0 + 6000);
        elderly.priority = PriorityGroup::Elderly;
        m_model->applyEvent(QStringLiteral("ticket"),
                            ticketEvent(QStringLiteral("issue"), elderly));
        QCOMPARE(numbers(m_model->waitingList()), (QStringList{"A011", "A001", "A003", "A010"}));
        // A queue this window does not serve is not listed.
        Ticket other = ticket(12, "B001", "B-ID", TicketStatus::Waiting, T0 + 7000);
        m_model->applyEvent(QStringLiteral("ticket"), ticketEvent(QStringLiteral("issue"), other));
        QCOMPARE(m_model->waitingCount(), 4);
    }

    void returningNoShowGoesBehindThree()
    {
        for (int i = 0; i < 4; ++i)
            m_model->applyEvent(QStringLiteral("ticket"),
                                ticketEvent(QStringLiteral("issue"),
                                            ticket(20 + i, QStringLiteral("A02%1").arg(i), "A-CIT",
                                                   TicketStatus::Waiting, T0 + 10000 + i)));
        Ticket back = *m_model->ticket(5);
        back.status = TicketStatus::Waiting;
        back.windowNumber = 0;
        m_model->applyEvent(QStringLiteral("ticket"),
                            ticketEvent(QStringLiteral("returnNoShow"), back));
        QVERIFY(m_model->noShows().isEmpty());
        QCOMPARE(numbers(m_model->waitingList()).mid(0, 4),
                 (QStringList{"A001", "A003", "A020", "A005"}));
    }

    void callEventAnnouncesOnlyThisWindow()
    {
        QSignalSpy called(m_model.get(), &CounterModel::called);
        m_model->applyEvent(QStringLiteral("call"), {{"number", "A009"},
                                                     {"ticketId", 9},
                                                     {"queue", "A-CIT"},
                                                     {"window", 21},
                                                     {"recall", 0},
                                                     {"announcement", "请A009号到21号窗口办理"}});
        QCOMPARE(called.size(), 0);
        m_model->applyEvent(QStringLiteral("call"), {{"number", "A002"},
                                                     {"ticketId", 2},
                                                     {"queue", "A-ENT"},
                                                     {"window", Window},
                                                     {"recall", 1},
                                                     {"announcement", "请A002号到15号窗口办理"}});
        QCOMPARE(called.size(), 1);
        QCOMPARE(called.at(0).at(1).toString(), QStringLiteral("请A002号到15号窗口办理"));
        QCOMPARE(called.at(0).at(2).toInt(), 1);
        // The recall that made A005 a no-show is not announced at this window.
        m_model->applyEvent(QStringLiteral("call"), {{"number", "A005"},
                                                     {"ticketId", 5},
                                                     {"queue", "A-CIT"},
                                                     {"window", Window},
                                                     {"recall", 4},
                                                     {"announcement", "请A005号到15号窗口办理"}});
        QCOMPARE(called.size(), 1);
    }

    void windowAndQueueEvents()
    {
        QSignalSpy window(m_model.get(), &CounterModel::windowChanged);
        m_model->applyEvent(QStringLiteral("window"), {{"number", Window},
                                                       {"state", "paused"},
                                                       {"staffNo", "HD0023"},
                                                       {"staffName", "徐杰"},
                                                       {"pauseReason", "午休"},
                                                       {"stateSinceMs", double(T0 + 400000)}});
        m_model->applyEvent(QStringLiteral("window"), {{"number", 16}, {"state", "signed_out"}});
        QCOMPARE(window.size(), 1);
        QCOMPARE(m_model->window().state, WindowState::Paused);
        QCOMPARE(m_model->window().pauseReason, QStringLiteral("午休"));
        m_model->applyEvent(QStringLiteral("queue"),
                            {{"queue", "A-CIT"}, {"waiting", 9}, {"openWindows", 4}});
        QCOMPARE(m_model->queues().at(0).waiting, 9);
        QCOMPARE(m_model->queues().at(0).openWindows, 4);
    }

    void localChangesShowAtOnce()
    {
        m_model->applyLocalTicketChange(QStringLiteral("noShow"), 2);
        QVERIFY(!m_model->current());
        QCOMPARE(numbers(m_model->noShows()), (QStringList{"A002", "A005"}));
        QVERIFY(m_model->canReturn(m_model->noShows().first()));
        m_model->applyLocalWindowState(WindowState::Paused, QStringLiteral("会议"));
        QCOMPARE(m_model->window().state, WindowState::Paused);
        QCOMPARE(m_model->window().pauseReason, QStringLiteral("会议"));
    }

    void noShowMayComeBackForThirtyMinutes()
    {
        const Ticket missed = m_model->noShows().first(); // missed at T0 + 100 s
        QVERIFY(m_model->canReturn(missed));
        m_clock->advanceMs(CounterModel::NoShowReturnMs - 300000 + 100000);
        QVERIFY(m_model->canReturn(missed));
        m_clock->advanceMs(1);
        QVERIFY(!m_model->canReturn(missed));
    }

    void savedStateComesBackStale()
    {
        const QJsonObject saved = m_model->toSnapshot();
        CounterModel restored(Window, *m_clock);
        restored.applySnapshot(saved, true);
        QVERIFY(restored.isStale());
        QCOMPARE(restored.current()->number, QStringLiteral("A002"));
        QCOMPARE(numbers(restored.held()), QStringList{"A004"});
        QCOMPARE(numbers(restored.noShows()), QStringList{"A005"});
        QCOMPARE(numbers(restored.waitingList()), (QStringList{"A001", "A003"}));
        QCOMPARE(restored.figures().served, 4);
        QCOMPARE(restored.window().staffNo, QStringLiteral("HD0023"));
    }

    void waitingTableShowsWaitedTime()
    {
        WaitingTicketsModel table(*m_model);
        QCOMPARE(table.rowCount(), 2);
        // A001 was issued at 09:00; the server's clock says 09:05.
        QCOMPARE(table.index(0, WaitingTicketsModel::WaitedColumn).data().toString(),
                 QStringLiteral("5:00"));
        QSignalSpy changed(&table, &QAbstractItemModel::dataChanged);
        m_clock->advanceSecs(65);
        table.tick();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(table.index(0, WaitingTicketsModel::WaitedColumn).data().toString(),
                 QStringLiteral("6:05"));
        QCOMPARE(table.index(1, WaitingTicketsModel::NumberColumn).data().toString(),
                 QStringLiteral("A003"));
    }

private:
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<CounterModel> m_model;
};

QTEST_GUILESS_MAIN(TestCounterModel)
#include "tst_countermodel.moc"
