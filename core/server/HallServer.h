#pragma once

#include "domain/OperationError.h"
#include "protocol/OperationTable.h"
#include "protocol/ProtocolRequest.h"
#include "queue/EngineExecutor.h"
#include "server/AppointmentOperations.h"
#include "server/CaseworkData.h"
#include "server/EventHub.h"
#include "server/MaterialUploads.h"
#include "server/RatingOperations.h"
#include "server/ServedToday.h"
#include "server/ServerSettings.h"
#include "server/WindowPresence.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QThread>
#include <QTimer>
#include <functional>
#include <memory>

class QWebSocket;
class QWebSocketServer;

namespace halldesk {

class ClientConnection;
class Clock;
class EngineExecutor;
class PreparedStatements;
class ReportReader;
class ServerMetrics;
class StaffAuthenticator;
struct OperationOutcome;

// The hall server's network side: WebSocket over mutual TLS, one ClientConnection per
// terminal, requests checked (shape, rate, role, session, window) and run through the single
// writer, answers only after their batch is durable, and events pushed to subscribers in
// commit order. PROTOCOL.md describes what goes over the wire.
class HallServer : public QObject
{
    Q_OBJECT

public:
    HallServer(EngineExecutor &executor, const Clock &clock, ServerSettings settings,
               ServerMetrics &metrics, QObject *parent = nullptr);
    ~HallServer() override;

    // Loads the window list, then listens. Returns false with a message in the user's
    // language.
    bool listen(QString *error);
    quint16 port() const;
    void close();

    int connectionCount() const { return m_hub.connectionCount(); }
    // Runs housekeeping now (tests); it also runs on a timer.
    void sweepNow();
    // The catalogue and calendar that cases are checked against; replaced whole.
    void setCasework(CaseworkData data);
    const CaseworkData &casework() const { return m_casework; }

signals:
    void terminalConnected(const QString &name);
    void terminalDisconnected(const QString &name);

private:
    void acceptConnections();
    void refuse(QWebSocket *socket, const QString &why);
    void handleFrame(ClientConnection *connection, const QByteArray &frame);
    std::optional<OperationError> checkAccess(ClientConnection *connection,
                                              const OperationSpec &spec);
    void dispatch(ClientConnection *connection, const ProtocolRequest &request,
                  const OperationSpec &spec);
    void runMutating(ClientConnection *connection, const ProtocolRequest &request);
    // The second half of runMutating, once a help-desk credential (if any) has been checked.
    void runPrepared(ClientConnection *connection, const ProtocolRequest &request,
                     const ActingTerminal &who, const QString &passwordHash = {});
    void login(ClientConnection *connection, const ProtocolRequest &request);
    void resume(ClientConnection *connection, const ProtocolRequest &request);
    void logout(ClientConnection *connection, const ProtocolRequest &request);
    void subscribe(ClientConnection *connection, const ProtocolRequest &request);
    void sendSnapshot(ClientConnection *connection, const QString &requestId,
                      const class Subscription &subscription);
    void readQuery(ClientConnection *connection, const ProtocolRequest &request);
    // Runs a read on the writer and answers it.
    void answerRead(ClientConnection *connection, const QString &id, const QString &op,
                    std::function<Result<QJsonObject>(WriterContext &)> query);
    // Counts the read's answer and sends it, unless the connection has gone (null).
    void answerWith(ClientConnection *connection, const QString &id, const QString &op,
                    const Result<QJsonObject> &result);
    // The case reads (catalogue, cases, case); false if `op` is none of them.
    bool readCaseQuery(ClientConnection *connection, const ProtocolRequest &request);
    // The rating reads (followUps, ratingStats; HallServerRatings.cpp); false if `op` is
    // neither.
    bool readRatingQuery(ClientConnection *connection, const ProtocolRequest &request);
    // adminConfig and hallSettings (HallServerAdmin.cpp); false for any other `op`.
    bool readAdmin(ClientConnection *connection, const ProtocolRequest &request);
    // adminResetPassword: the new password checked and hashed off the writer, then run.
    void resetPassword(ClientConnection *connection, const ProtocolRequest &request,
                       const ActingTerminal &who);
    // What an administrative change means beyond its events: the windows the server knows,
    // the staff sessions it ended, the holiday years of the calendar.
    void applyAdminChange(const QString &op, const OperationOutcome &outcome);
    // The windows and the queues each serves, from the `hall` overview.
    void learnWindows(const QJsonObject &hall);
    // hallReport, hallCharts, staffAttendance and serviceRanking, on the report reader
    // (HallServerReports.cpp); false for any other `op`.
    bool readReport(ClientConnection *connection, const ProtocolRequest &request);
    // Runs a long read on the report reader, off the writer, and answers it.
    void answerFromReportReader(ClientConnection *connection, const QString &id, const QString &op,
                                std::function<QJsonObject(PreparedStatements &)> read);
    // Uploads of scanned materials (HallServerUploads.cpp).
    void uploadBegin(ClientConnection *connection, const ProtocolRequest &request);
    void uploadFinish(ClientConnection *connection, const ProtocolRequest &request);
    void uploadData(ClientConnection *connection, const QByteArray &message);
    void startUploads();
    void stopUploads();
    void answerFromRecord(QPointer<ClientConnection> who, const QString &id, const QString &op,
                          const MaterialUploads::Target &target, int window);
    void recordUpload(QPointer<ClientConnection> who, const QString &id, const QString &op,
                      const StoredDocument &document);
    void removeStoredUpload(const StoredDocument &document);
    // Runs `work` on the upload thread with the uploads, and `done` with its result back on
    // this thread. One thread, first come first served: the pieces of an upload stay in order.
    template <typename F, typename Done> void onUploads(F &&work, Done &&done)
    {
        MaterialUploads *uploads = m_uploads.get();
        QMetaObject::invokeMethod(
            m_uploadContext.get(),
            [this, uploads, work = std::forward<F>(work),
             done = std::forward<Done>(done)]() mutable {
                auto result = work(*uploads);
                // stopUploads() waits for this thread before the server goes, and an event
                // queued for an object that is then destroyed is dropped with it.
                QMetaObject::invokeMethod(
                    this,
                    [done = std::move(done), result = std::move(result)]() mutable {
                        done(std::move(result));
                    },
                    Qt::QueuedConnection);
            },
            Qt::QueuedConnection);
    }

    void reply(ClientConnection *connection, const QString &id, const QJsonObject &result,
               bool replayed = false);
    void replyError(ClientConnection *connection, const QString &id, const OperationError &error,
                    bool replayed = false);
    void completed(const QString &op, OperationOutcome outcome);
    void publishQueueStatuses();
    // Window presence and served-today figures (HallServerPresence.cpp).
    void counterArrived(int window);
    void counterLeft(int window);
    void publishPresence(int window);
    // What only this thread knows: `online` in window events, `servedToday` in queue events.
    void decorate(QList<ServerEvent> &events) const;
    void decorateSnapshot(QJsonObject &snapshot) const;

    // Runs `operation` on the writer and `done` with its result back on this thread.
    template <typename F, typename Done> void onWriter(F &&operation, Done &&done)
    {
        QPointer<HallServer> self(this);
        m_executor.post(std::forward<F>(operation),
                        [self, done = std::forward<Done>(done)](auto result) mutable {
                            if (!self)
                                return;
                            // Completions are queued in commit order, so events leave in
                            // that order too.
                            QMetaObject::invokeMethod(
                                self.data(),
                                [done = std::move(done), result = std::move(result)]() mutable {
                                    done(std::move(result));
                                },
                                Qt::QueuedConnection);
                        });
    }

    EngineExecutor &m_executor;
    const Clock &m_clock;
    ServerSettings m_settings;
    ServerMetrics &m_metrics;
    std::unique_ptr<QWebSocketServer> m_server;
    std::unique_ptr<StaffAuthenticator> m_auth;
    EventHub m_hub;
    QSet<int> m_windows;
    QHash<int, QStringList> m_windowQueues; // window number → the queues it serves
    WindowPresence m_presence;
    ServedToday m_servedToday;
    CaseworkData m_casework;
    RatingPolicy m_ratingPolicy;
    AppointmentPolicy m_appointmentPolicy;
    // Upload files are encrypted, written, synced and read back on their own thread, so that
    // a large scan never holds up the answers to the other terminals.
    std::unique_ptr<QThread> m_uploadThread;
    std::unique_ptr<QObject> m_uploadContext; // lives in m_uploadThread
    std::unique_ptr<MaterialUploads> m_uploads;
    // Made at the first report asked for.
    std::unique_ptr<ReportReader> m_reports;
    int m_serviceDay = 0; // as of the last housekeeping run
    QTimer m_queueStatusTimer;
    QTimer m_sweepTimer;
};

} // namespace halldesk
