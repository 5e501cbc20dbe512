#include "LoadGenerator.h"

#include "pki/DevelopmentPki.h"

#include <QJsonArray>
#include <cstdio>

using namespace halldesk;

namespace {

qint64 ticketIdOf(const ClientReply &reply)
{
    return qint64(reply.result.value(QLatin1String("ticket"))
                      .toObject()
                      .value(QLatin1String("id"))
                      .toDouble());
}

} // namespace

LoadGenerator::LoadGenerator(LoadOptions options, QUrl server, const DevelopmentPki &pki,
                             QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_server(std::move(server))
    , m_pki(pki)
    , m_random(m_options.seed)
{
    m_ticker.setTimerType(Qt::PreciseTimer);
    connect(&m_ticker, &QTimer::timeout, this, &LoadGenerator::tick);
    connect(&m_watchdog, &QTimer::timeout, this, [this] {
        if (m_stats.operations() == m_lastProgress && m_signedIn == int(m_windows.size()))
            fail(tr("No progress for 60 s."));
        m_lastProgress = m_stats.operations();
    });
}

LoadGenerator::~LoadGenerator() = default;

HallClientSettings LoadGenerator::settingsFor(TerminalRole role, int window, QString *error) const
{
    HallClientSettings settings;
    settings.url = m_server;
    settings.initialBackoff = std::chrono::milliseconds(100);
    settings.maxBackoff = std::chrono::milliseconds(2000);
    settings.requestTimeout = std::chrono::milliseconds(60000);
    if (const auto files = m_pki.terminalFiles(role, window, error))
        settings.tls = *files;
    return settings;
}

bool LoadGenerator::start(QString *error)
{
    for (int i = 1; i <= m_options.kiosks; ++i) {
        auto kiosk = std::make_unique<Kiosk>();
        const auto settings = settingsFor(TerminalRole::Kiosk, i, error);
        if (settings.tls.certificateFile.isEmpty())
            return false;
        kiosk->client = std::make_unique<HallClient>(settings);
        if (!kiosk->client->start(error))
            return false;
        m_kiosks.push_back(std::move(kiosk));
    }
    HallClient *first = m_kiosks.front()->client.get();
    connect(first, &HallClient::stateChanged, this, [this](HallClient::State state) {
        if (state == HallClient::State::Ready && m_windows.empty())
            loadHall();
    });
    m_watchdog.start(60000);
    return true;
}

void LoadGenerator::loadHall()
{
    m_kiosks.front()->client->request(QStringLiteral("hall"), {}, [this](const ClientReply &reply) {
        if (!reply.ok) {
            fail(reply.error.message());
            return;
        }
        for (const QJsonValue &queue : reply.result.value(QLatin1String("queues")).toArray())
            m_allQueues << queue.toObject().value(QLatin1String("code")).toString();
        for (const QJsonValue &value : reply.result.value(QLatin1String("windows")).toArray()) {
            const QJsonObject w = value.toObject();
            const int number = w.value(QLatin1String("number")).toInt();
            if (number < 1 || number > m_options.windows)
                continue;
            auto window = std::make_unique<Window>();
            window->number = number;
            window->staffNo = QStringLiteral("HD%1").arg(number + 11, 4, 10, QLatin1Char('0'));
            for (const QJsonValue &served : w.value(QLatin1String("queues")).toArray()) {
                window->queues << served.toObject().value(QLatin1String("queue")).toString();
                window->weights << served.toObject().value(QLatin1String("weight")).toDouble();
            }
            m_windows.push_back(std::move(window));
        }
        signInWindows();
    });
}

void LoadGenerator::signInWindows()
{
    for (auto &w : m_windows) {
        Window *window = w.get();
        QString error;
        const auto settings = settingsFor(TerminalRole::Counter, window->number, &error);
        if (settings.tls.certificateFile.isEmpty()) {
            fail(error);
            return;
        }
        window->client = std::make_unique<HallClient>(settings);
        connect(window->client.get(), &HallClient::stateChanged, this,
                [this, window](HallClient::State state) {
                    if (state != HallClient::State::Ready || window->signedIn ||
                        window->client->signedInStaff())
                        return;
                    window->client->login(
                        window->staffNo, m_options.password, [this, window](const ClientReply &r) {
                            if (!r.ok) {
                                fail(window->staffNo + QStringLiteral(": ") + r.error.message());
                                return;
                            }
                            window->client->submit(QStringLiteral("signIn"), {},
                                                   [this, window](const ClientReply &s) {
                                                       if (!s.ok) {
                                                           fail(QStringLiteral("window %1: %2")
                                                                    .arg(window->number)
                                                                    .arg(s.error.message()));
                                                           return;
                                                       }
                                                       window->signedIn = true;
                                                       if (++m_signedIn == int(m_windows.size()))
                                                           beginLoad();
                                                   });
                        });
                });
        if (!window->client->start(&error)) {
            fail(error);
            return;
        }
    }
}

void LoadGenerator::beginLoad()
{
    std::fprintf(stderr, "%d windows and %d kiosks connected; load starts (%s)\n",
                 int(m_windows.size()), int(m_kiosks.size()),
                 m_options.closedLoop
                     ? "closed loop"
                     : qPrintable(QStringLiteral("open loop at %1 ops/s").arg(m_options.rate)));
    m_clock.start();
    m_lastTickNs = 0;
    if (m_options.closedLoop) {
        for (auto &window : m_windows)
            stepWindow(*window);
        for (auto &kiosk : m_kiosks)
            kioskLoop(*kiosk);
    } else {
        m_ticker.start(1);
    }
}

void LoadGenerator::tick()
{
    const qint64 now = m_clock.nsecsElapsed();
    m_budget += m_options.rate * double(now - m_lastTickNs) / 1e9;
    m_lastTickNs = now;
    // A stall is not made up for with a burst: open loop offers the rate, not a backlog.
    m_budget = std::min(m_budget, std::max(5.0, m_options.rate * 0.05));
    const int target = std::max(20, 2 * int(m_windows.size()));
    while (m_budget >= 1.0 && !m_draining) {
        bool sent = false;
        if (m_stats.waitingEstimate() < target)
            sent = issueOnce();
        for (int attempt = 0; !sent && attempt < 16; ++attempt)
            sent = stepWindow(*m_windows[m_random.bounded(int(m_windows.size()))]);
        if (!sent)
            break;
        m_budget -= 1.0;
    }
}

bool LoadGenerator::issueOnce()
{
    Kiosk *kiosk = nullptr;
    for (int attempt = 0; attempt < 4 && !kiosk; ++attempt) {
        Kiosk *candidate = m_kiosks[m_random.bounded(int(m_kiosks.size()))].get();
        if (!candidate->busy)
            kiosk = candidate;
    }
    if (!kiosk)
        return false;
    issueWith(*kiosk);
    return true;
}

void LoadGenerator::issueWith(Kiosk &kiosk)
{
    // Citizens come for what the open windows serve, in proportion to their weights.
    const Window &window = *m_windows[m_random.bounded(int(m_windows.size()))];
    double total = 0;
    for (double weight : window.weights)
        total += weight;
    double pick = m_random.generateDouble() * total;
    QString queue = window.queues.value(0);
    for (int i = 0; i < window.queues.size(); ++i) {
        pick -= window.weights[i];
        if (pick <= 0) {
            queue = window.queues[i];
            break;
        }
    }
    kiosk.busy = true;
    kiosk.client->submit(QStringLiteral("issueTicket"), {{QStringLiteral("queue"), queue}},
                         [this, &kiosk](const ClientReply &reply) {
                             kiosk.busy = false;
                             m_stats.operationDone(reply.ok);
                             if (!reply.ok)
                                 reportError(QStringLiteral("kiosk issueTicket"), reply);
                             if (reply.ok)
                                 m_stats.issued(ticketIdOf(reply));
                             if (m_options.closedLoop)
                                 kioskLoop(kiosk);
                         });
}

void LoadGenerator::kioskLoop(Kiosk &kiosk)
{
    if (m_draining || m_done || kiosk.busy)
        return;
    const int target = std::max(20, 3 * int(m_windows.size()));
    if (m_stats.waitingEstimate() >= target) {
        QTimer::singleShot(2, this, [this, &kiosk] { kioskLoop(kiosk); });
        return;
    }
    issueWith(kiosk);
}

bool LoadGenerator::stepWindow(Window &window)
{
    if (window.busy || !window.signedIn || m_done)
        return false;
    QString op;
    QJsonObject args;
    qint64 ticketId = window.current;
    if (window.current == 0) {
        if (!window.held.isEmpty() && (m_draining || m_random.generateDouble() < 0.5)) {
            ticketId = window.held.takeFirst();
            op = QStringLiteral("resumeHeld");
        } else if (m_draining && window.drained) {
            return false;
        } else {
            op = QStringLiteral("callNext");
        }
    } else {
        const double r = m_draining ? 1.0 : m_random.generateDouble();
        if (r < 0.08 && window.recalls == 0) {
            op = QStringLiteral("recall");
            ++window.recalls;
        } else if (r < 0.11 && window.held.size() < 2) {
            op = QStringLiteral("hold");
            window.held << window.current;
            window.current = 0;
        } else if (r < 0.16 && m_allQueues.size() > 1) {
            op = QStringLiteral("transfer");
            QString target = window.currentQueue;
            while (target == window.currentQueue)
                target = m_allQueues[m_random.bounded(int(m_allQueues.size()))];
            args.insert(QStringLiteral("queue"), target);
            args.insert(QStringLiteral("comment"), QStringLiteral("load test"));
            m_stats.released(window.current);
            window.current = 0;
        } else {
            op = QStringLiteral("finish");
            m_stats.released(window.current);
            window.current = 0;
        }
    }
    if (ticketId != 0 && op != QLatin1String("callNext"))
        args.insert(QStringLiteral("ticketId"), double(ticketId));
    window.busy = true;
    const qint64 sentNs = m_clock.nsecsElapsed();
    window.client->submit(op, args,
                          [this, &window, op, ticketId, sentNs](const ClientReply &reply) {
                              windowAnswered(window, op, reply, ticketId, sentNs);
                          });
    return true;
}

void LoadGenerator::windowAnswered(Window &window, const QString &op, const ClientReply &reply,
                                   qint64 ticketId, qint64 sentNs)
{
    window.busy = false;
    // "Nobody waiting" is an answer, not a failure.
    m_stats.operationDone(reply.ok || reply.error.code() == ErrorCode::NoTicketWaiting);
    bool empty = false;
    if (op == QLatin1String("callNext")) {
        if (reply.ok) {
            // Measured at the offered load only: the final drain serves everyone at once.
            if (!m_draining)
                m_stats.callLatency(double(m_clock.nsecsElapsed() - sentNs) / 1e6);
            const qint64 id = ticketIdOf(reply);
            if (!m_stats.called(id, window.number))
                std::fprintf(stderr, "duplicate: ticket %lld called at window %d\n",
                             static_cast<long long>(id), window.number);
            window.current = id;
            window.currentQueue = reply.result.value(QLatin1String("ticket"))
                                      .toObject()
                                      .value(QLatin1String("queue"))
                                      .toString();
            window.recalls = 0;
            window.drained = false;
        } else if (reply.error.code() == ErrorCode::NoTicketWaiting) {
            empty = true;
            m_stats.emptyCall();
            if (m_draining)
                window.drained = true;
        }
    } else if (op == QLatin1String("resumeHeld")) {
        if (reply.ok) {
            window.current = ticketId;
            window.currentQueue = reply.result.value(QLatin1String("ticket"))
                                      .toObject()
                                      .value(QLatin1String("queue"))
                                      .toString();
        }
    } else if (op == QLatin1String("hold") && !reply.ok) {
        window.held.removeAll(ticketId);
        window.current = ticketId;
    } else if (op == QLatin1String("transfer") && reply.ok && m_draining) {
        // The ticket waits again somewhere: windows that found their queues empty look again.
        for (auto &other : m_windows)
            other->drained = false;
    }
    if (!reply.ok && !empty)
        reportError(QStringLiteral("window %1 %2").arg(window.number).arg(op), reply);
    if (!m_draining && m_stats.calls() >= m_options.calls) {
        m_draining = true;
        m_loadSeconds = double(m_clock.nsecsElapsed()) / 1e9;
        m_loadOperations = m_stats.operations();
        m_ticker.stop();
        for (auto &other : m_windows)
            stepWindow(*other);
    }
    if (m_draining) {
        if (m_draining && op == QLatin1String("transfer")) {
            for (auto &other : m_windows)
                stepWindow(*other);
        }
        stepWindow(window);
        checkDone();
        return;
    }
    if (m_options.closedLoop)
        nextInClosedLoop(window, empty);
}

void LoadGenerator::reportError(const QString &what, const ClientReply &reply)
{
    // The first few, so a broken run says why without flooding the terminal.
    if (++m_errorsReported <= 10)
        std::fprintf(stderr, "%s: %s\n", qPrintable(what),
                     qPrintable(OperationError::codeName(reply.error.code())));
}

void LoadGenerator::nextInClosedLoop(Window &window, bool empty)
{
    if (!empty) {
        stepWindow(window);
        return;
    }
    // Nobody waiting for this window: look again a moment later, as a clerk would, rather
    // than spin.
    QTimer::singleShot(20, this, [this, &window] {
        if (!m_draining)
            stepWindow(window);
    });
}

void LoadGenerator::checkDone()
{
    if (m_done)
        return;
    for (const auto &window : m_windows) {
        if (window->busy || window->current != 0 || !window->held.isEmpty() || !window->drained)
            return;
    }
    for (const auto &kiosk : m_kiosks) {
        if (kiosk->busy)
            return;
    }
    m_done = true;
    m_watchdog.stop();
    emit finished(m_stats.summary(m_loadSeconds, m_loadOperations), true);
}

void LoadGenerator::fail(const QString &why)
{
    if (m_done)
        return;
    m_done = true;
    m_ticker.stop();
    m_watchdog.stop();
    std::fprintf(stderr, "%s\n", qPrintable(why));
    emit finished(m_stats.summary(double(m_clock.nsecsElapsed()) / 1e9, m_stats.operations()),
                  false);
}
