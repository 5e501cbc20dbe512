#pragma once

#include "LoadOptions.h"
#include "LoadStatistics.h"
#include "client/HallClient.h"
#include "pki/TerminalRole.h"

#include <QElapsedTimer>
#include <QObject>
#include <QRandomGenerator>
#include <QTimer>
#include <memory>
#include <vector>

namespace halldesk {
class DevelopmentPki;
}

// Drives a hall server like a busy day: kiosks issue tickets to the queues the connected
// windows serve, and each window calls, sometimes recalls, holds, transfers, and finishes.
// Open loop: operations are offered at a fixed rate across all terminals, whatever the
// server's speed. Closed loop: each terminal sends its next request when it has its answer.
// When the target number of calls is reached, issuing stops and the windows serve everyone
// still waiting, so that every issued ticket can be checked for having been called.
class LoadGenerator : public QObject
{
    Q_OBJECT

public:
    LoadGenerator(LoadOptions options, QUrl server, const halldesk::DevelopmentPki &pki,
                  QObject *parent = nullptr);
    ~LoadGenerator() override;

    bool start(QString *error);

signals:
    void finished(const QString &summary, bool ok);

private:
    struct Window
    {
        int number = 0;
        QString staffNo;
        std::unique_ptr<halldesk::HallClient> client;
        QStringList queues;
        QList<double> weights;
        bool busy = false;
        bool signedIn = false;
        qint64 current = 0;
        QString currentQueue;
        QList<qint64> held;
        int recalls = 0;
        bool drained = false;
    };
    struct Kiosk
    {
        std::unique_ptr<halldesk::HallClient> client;
        bool busy = false;
    };

    halldesk::HallClientSettings settingsFor(halldesk::TerminalRole role, int window,
                                             QString *error) const;
    void loadHall();
    void signInWindows();
    void beginLoad();
    void tick();
    bool issueOnce();
    void issueWith(Kiosk &kiosk);
    bool stepWindow(Window &window);
    void windowAnswered(Window &window, const QString &op, const halldesk::ClientReply &reply,
                        qint64 ticketId, qint64 sentNs);
    void reportError(const QString &what, const halldesk::ClientReply &reply);
    void nextInClosedLoop(Window &window, bool empty);
    void kioskLoop(Kiosk &kiosk);
    void checkDone();
    void fail(const QString &why);

    LoadOptions m_options;
    QUrl m_server;
    const halldesk::DevelopmentPki &m_pki;
    QRandomGenerator m_random;
    std::vector<std::unique_ptr<Window>> m_windows;
    std::vector<std::unique_ptr<Kiosk>> m_kiosks;
    QStringList m_allQueues;
    LoadStatistics m_stats;
    QElapsedTimer m_clock;
    QTimer m_ticker;
    QTimer m_watchdog;
    qint64 m_lastProgress = 0;
    qint64 m_lastTickNs = 0;
    double m_budget = 0;
    int m_signedIn = 0;
    int m_errorsReported = 0;
    bool m_draining = false;
    bool m_done = false;
    double m_loadSeconds = 0;
    qint64 m_loadOperations = 0;
};
