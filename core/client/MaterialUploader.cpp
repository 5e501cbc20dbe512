#include "client/MaterialUploader.h"

#include "crypto/SealedFileReader.h"
#include "logging/HallDeskLogging.h"
#include "protocol/ProtocolJson.h"
#include "protocol/UploadFrame.h"

#include <QPointer>

namespace halldesk {

namespace {

// Refusals that will not pass on another try: the server will never take this file.
bool isFinal(const OperationError &error)
{
    switch (error.code()) {
    case ErrorCode::UploadMismatch:
    case ErrorCode::WrongWindow:
    case ErrorCode::Forbidden:
        return true;
    case ErrorCode::BadRequest:
        // "offset" is a lost step between the two sides, which a new begin repairs.
        return error.detail() != QLatin1String("offset");
    default:
        return false;
    }
}

bool needsSession(ErrorCode code)
{
    return code == ErrorCode::NotSignedIn || code == ErrorCode::SessionExpired;
}

} // namespace

MaterialUploader::MaterialUploader(HallClient &client, MaterialUploaderSettings settings,
                                   QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_settings(settings)
    , m_backoff(settings.initialRetry, settings.maxRetry)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] {
        if (m_phase == Phase::Waiting)
            m_phase = Phase::Idle;
        tryStart();
    });
    connect(&m_client, &HallClient::stateChanged, this, &MaterialUploader::onStateChanged);
    connect(&m_client, &HallClient::sessionStarted, this, &MaterialUploader::tryStart);
    connect(&m_client, &HallClient::frameReceived, this, &MaterialUploader::onFrame);
}

MaterialUploader::~MaterialUploader() = default;

void MaterialUploader::enqueue(const MaterialUpload &upload)
{
    m_queue.append(upload);
    tryStart();
}

void MaterialUploader::retryNow()
{
    m_retryTimer.stop();
    if (m_phase == Phase::Waiting)
        m_phase = Phase::Idle;
    tryStart();
}

QJsonObject MaterialUploader::target() const
{
    const MaterialUpload &u = m_queue.constFirst();
    return {{QStringLiteral("number"), u.caseNumber},
            {QStringLiteral("material"), u.materialCode},
            {QStringLiteral("sha256"), u.sha256},
            {QStringLiteral("bytes"), double(u.bytes)}};
}

void MaterialUploader::tryStart()
{
    if (m_phase != Phase::Idle || m_queue.isEmpty() ||
        m_client.state() != HallClient::State::Ready || !m_client.signedInStaff())
        return;
    m_phase = Phase::Beginning;
    const quint64 attempt = ++m_attempt;
    QPointer<MaterialUploader> self(this);
    m_client.request(QStringLiteral("uploadBegin"), target(),
                     [self, attempt](const ClientReply &reply) {
                         if (self && self->m_attempt == attempt)
                             self->onBegin(reply);
                     });
}

void MaterialUploader::onBegin(const ClientReply &reply)
{
    if (!reply.ok) {
        attemptFailed(reply.error);
        return;
    }
    const MaterialUpload &u = m_queue.constFirst();
    const qint64 offset = qint64(reply.result.value(QLatin1String("offset")).toDouble());
    emit attemptStarted(u.caseNumber, u.materialCode, offset);
    if (reply.result.value(QLatin1String("complete")).toBool()) {
        emit progress(u.caseNumber, u.materialCode, u.bytes, u.bytes);
        done();
        return;
    }
    m_reader = std::make_unique<SealedFileReader>(u.fileKey, u.sealedPath);
    if (!m_reader->open(QIODevice::ReadOnly) || m_reader->size() != u.bytes || offset < 0 ||
        offset > u.bytes || !m_reader->seek(offset)) {
        giveUp(tr("The scanned file on this computer cannot be read; scan the material again."));
        return;
    }
    m_upload = quint32(reply.result.value(QLatin1String("upload")).toDouble());
    m_sent = m_acked = offset;
    const qint64 serverWindow = qint64(reply.result.value(QLatin1String("windowBytes")).toDouble());
    const int serverFrame = reply.result.value(QLatin1String("maxFrameBytes")).toInt();
    m_window =
        serverWindow > 0 ? std::min(serverWindow, m_settings.windowBytes) : m_settings.windowBytes;
    m_frameBytes =
        std::min(serverFrame > 0 ? serverFrame : UploadFrame::MaxDataBytes, m_settings.frameBytes);
    m_window = std::max<qint64>(m_window, m_frameBytes);
    m_phase = Phase::Sending;
    emit progress(u.caseNumber, u.materialCode, m_acked, u.bytes);
    if (m_sent == u.bytes)
        finishNow();
    else
        pump();
}

void MaterialUploader::schedulePump()
{
    if (m_pumpScheduled)
        return;
    m_pumpScheduled = true;
    // One frame per turn of the event loop: the GUI stays responsive whatever the file size.
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_pumpScheduled = false;
            pump();
        },
        Qt::QueuedConnection);
}

void MaterialUploader::pump()
{
    if (m_phase != Phase::Sending)
        return;
    const qint64 total = m_queue.constFirst().bytes;
    if (m_sent >= total || m_sent - m_acked + m_frameBytes > m_window)
        return; // the next acknowledgement pumps again
    const qint64 size = std::min<qint64>(m_frameBytes, total - m_sent);
    QByteArray message = UploadFrame::header(m_upload, m_sent);
    message.resize(UploadFrame::HeaderBytes + size);
    if (m_reader->read(message.data() + UploadFrame::HeaderBytes, size) != size) {
        giveUp(tr("The scanned file on this computer cannot be read; scan the material again."));
        return;
    }
    if (!m_client.sendBinary(message)) {
        // The connection went; onStateChanged ends the attempt.
        return;
    }
    m_sent += size;
    m_totalSent += size;
    if (m_sent < total)
        schedulePump();
}

void MaterialUploader::onFrame(const QString &type, const QJsonObject &frame)
{
    if (type != QLatin1String("uploadAck") || m_phase != Phase::Sending ||
        quint32(frame.value(QLatin1String("upload")).toDouble()) != m_upload)
        return;
    const QJsonValue error = frame.value(QLatin1String("error"));
    if (error.isObject()) {
        attemptFailed(ProtocolJson::errorFrom(error.toObject()));
        return;
    }
    const MaterialUpload &u = m_queue.constFirst();
    m_acked = std::max(m_acked, qint64(frame.value(QLatin1String("received")).toDouble()));
    emit progress(u.caseNumber, u.materialCode, m_acked, u.bytes);
    if (m_acked >= u.bytes)
        finishNow();
    else
        pump();
}

void MaterialUploader::finishNow()
{
    m_phase = Phase::Finishing;
    m_reader.reset();
    QJsonObject args = target();
    args.insert(QStringLiteral("upload"), double(m_upload));
    const quint64 attempt = m_attempt;
    QPointer<MaterialUploader> self(this);
    m_client.request(QStringLiteral("uploadFinish"), args,
                     [self, attempt](const ClientReply &reply) {
                         if (self && self->m_attempt == attempt)
                             self->onFinish(reply);
                     });
}

void MaterialUploader::onFinish(const ClientReply &reply)
{
    if (!reply.ok) {
        attemptFailed(reply.error);
        return;
    }
    done();
}

void MaterialUploader::onStateChanged(HallClient::State state)
{
    if (state == HallClient::State::Ready) {
        tryStart();
        return;
    }
    if (m_phase == Phase::Beginning || m_phase == Phase::Sending || m_phase == Phase::Finishing)
        attemptFailed(OperationError(ErrorCode::Offline));
}

void MaterialUploader::closeAttempt()
{
    ++m_attempt;
    m_reader.reset();
    m_upload = 0;
    m_pumpScheduled = false;
}

void MaterialUploader::attemptFailed(const OperationError &error)
{
    closeAttempt();
    const MaterialUpload u = m_queue.constFirst();
    if (isFinal(error)) {
        // The detail of a mismatch names a protocol field, which means nothing to a clerk.
        giveUp(error.code() == ErrorCode::UploadMismatch ? OperationError(error.code()).message()
                                                         : error.message());
        return;
    }
    qCInfo(lcTerminal).noquote() << "upload of a scan for case" << u.caseNumber
                                 << "stopped:" << OperationError::codeName(error.code());
    emit retrying(u.caseNumber, u.materialCode, error.message());
    if (error.code() == ErrorCode::Offline || needsSession(error.code())) {
        // HallClient reconnects with its own backoff; the next Ready or sign-in starts again.
        m_phase = Phase::Idle;
        return;
    }
    m_phase = Phase::Waiting;
    m_retryTimer.start(m_backoff.next());
}

void MaterialUploader::giveUp(const QString &message)
{
    closeAttempt();
    const MaterialUpload u = m_queue.takeFirst();
    qCWarning(lcTerminal).noquote() << "gave up the upload of a scan for case" << u.caseNumber;
    m_phase = Phase::Idle;
    emit failed(u.caseNumber, u.materialCode, message);
    tryStart();
}

void MaterialUploader::done()
{
    closeAttempt();
    const MaterialUpload u = m_queue.takeFirst();
    m_backoff.reset();
    m_phase = Phase::Idle;
    emit uploaded(u.caseNumber, u.materialCode);
    tryStart();
}

} // namespace halldesk
