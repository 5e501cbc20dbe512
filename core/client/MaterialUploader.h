#pragma once

#include "client/ClientReply.h"
#include "client/HallClient.h"
#include "client/MaterialUpload.h"
#include "client/ReconnectBackoff.h"

#include <QList>
#include <QObject>
#include <QTimer>
#include <chrono>
#include <memory>

namespace halldesk {

class SealedFileReader;

struct MaterialUploaderSettings
{
    // After a failed attempt (the case not on the server yet, a server error): capped
    // exponential backoff with jitter, like HallClient's reconnects.
    std::chrono::milliseconds initialRetry{2000};
    std::chrono::milliseconds maxRetry{5 * 60 * 1000};
    // Data sent ahead of the server's acknowledgements; the server may ask for less.
    qint64 windowBytes = 8 * 1024 * 1024;
    // Data per binary message; the server may ask for less.
    int frameBytes = 1 << 20;
};

// Sends the scans of cases to the hall server (PROTOCOL.md §11), one upload at a time from a
// queue, over the terminal's HallClient. The file is read through SealedFileReader one frame
// at a time from the event loop, so neither the whole file nor a long stretch of the GUI
// thread is ever taken. After a dropped connection or a server restart an upload continues
// from what the server holds; a refusal that may pass later (the case still in the outbox, a
// server error) is tried again after a backoff; one that will not (another digest, another
// window) is reported and dropped.
class MaterialUploader : public QObject
{
    Q_OBJECT

public:
    explicit MaterialUploader(HallClient &client, MaterialUploaderSettings settings = {},
                              QObject *parent = nullptr);
    ~MaterialUploader() override;

    void enqueue(const MaterialUpload &upload);
    // Uploads not finished yet, the current one first.
    QList<MaterialUpload> queued() const { return m_queue; }
    // Ends a backoff wait now (a clerk's "retry", or a case just confirmed by the server).
    void retryNow();
    // Data bytes handed to the connection since construction, every attempt counted.
    qint64 dataBytesSent() const { return m_totalSent; }

signals:
    // `sentBytes`: what the server has acknowledged.
    void progress(const QString &caseNumber, const QString &materialCode, qint64 sentBytes,
                  qint64 totalBytes);
    // An attempt begins at `offset`, what the server already held (0 for a new upload).
    void attemptStarted(const QString &caseNumber, const QString &materialCode, qint64 offset);
    void uploaded(const QString &caseNumber, const QString &materialCode);
    // This attempt failed; the upload is tried again later. The message is for people.
    void retrying(const QString &caseNumber, const QString &materialCode, const QString &message);
    // Given up: the server will never take this file. The message is for people.
    void failed(const QString &caseNumber, const QString &materialCode, const QString &message);

private:
    enum class Phase
    {
        Idle,      // nothing in flight; starts when the connection and the session allow
        Beginning, // uploadBegin sent
        Sending,   // data going out, acknowledgements coming back
        Finishing, // uploadFinish sent
        Waiting,   // backoff before the next attempt
    };

    void tryStart();
    void onBegin(const ClientReply &reply);
    void pump();
    void schedulePump();
    void onFrame(const QString &type, const QJsonObject &frame);
    void finishNow();
    void onFinish(const ClientReply &reply);
    void onStateChanged(HallClient::State state);
    // Ends the current attempt: tried again later, or given up for good.
    void attemptFailed(const OperationError &error);
    void giveUp(const QString &message);
    void done();
    void closeAttempt();
    QJsonObject target() const;

    HallClient &m_client;
    MaterialUploaderSettings m_settings;
    QList<MaterialUpload> m_queue;
    Phase m_phase = Phase::Idle;
    quint64 m_attempt = 0; // answers to an earlier attempt are ignored
    std::unique_ptr<SealedFileReader> m_reader;
    quint32 m_upload = 0;
    qint64 m_sent = 0;  // offset of the next data to send
    qint64 m_acked = 0; // what the server has received
    qint64 m_window = 0;
    int m_frameBytes = 0;
    bool m_pumpScheduled = false;
    qint64 m_totalSent = 0;
    ReconnectBackoff m_backoff;
    QTimer m_retryTimer;
};

} // namespace halldesk
