// HallServer: uploads of scanned materials (PROTOCOL.md §11). begin checks the case on the
// writer, the data goes into a sealed partial file on this thread, and finish records the
// checked file on the writer.

#include "casework/CaseNumber.h"
#include "clock/Clock.h"
#include "crypto/PersonalDataCipher.h"
#include "crypto/Sha256Stream.h"
#include "logging/HallDeskLogging.h"
#include "protocol/ArgumentReader.h"
#include "protocol/ProtocolJson.h"
#include "protocol/ProtocolRequest.h"
#include "protocol/UploadFrame.h"
#include "queue/EngineExecutor.h"
#include "server/CaseStore.h"
#include "server/ClientConnection.h"
#include "server/DocumentStore.h"
#include "server/HallServer.h"
#include "server/MaterialUploads.h"
#include "server/ServerMetrics.h"

#include <QDateTime>
#include <QPointer>

namespace halldesk {

namespace {

// The arguments that name one material's scan; nullopt with `error` set if they do not.
std::optional<MaterialUploads::Target> readTarget(ArgumentReader &args, int window,
                                                  OperationError *error)
{
    MaterialUploads::Target target;
    target.caseNumber = args.string("number", 20);
    target.materialCode = args.string("material", 64);
    target.sha256 = args.string("sha256", 64);
    target.bytes = args.integer("bytes", 1, qint64(1) << 30);
    if (!args.ok()) {
        *error = args.error();
        return std::nullopt;
    }
    if (!Sha256Stream::isHex(target.sha256)) {
        *error = OperationError(ErrorCode::BadRequest, QStringLiteral("sha256"));
        return std::nullopt;
    }
    const auto number = CaseNumber::parse(target.caseNumber);
    if (!number) {
        *error = OperationError(ErrorCode::BadRequest, QStringLiteral("number"));
        return std::nullopt;
    }
    // Like submitCase: a counter sends the cases of its own window and no others.
    if (number->window() != window) {
        *error = OperationError(ErrorCode::WrongWindow);
        return std::nullopt;
    }
    return target;
}

// On the writer: the case must have recorded exactly this scan for this material.
Result<bool> checkAgainstCase(WriterContext &context, const MaterialUploads::Target &target,
                              int window)
{
    CaseStore cases(context.statements, context.cipher);
    const auto stored = cases.find(target.caseNumber);
    if (!stored)
        return OperationError(ErrorCode::CaseNotReceived, target.caseNumber);
    if (stored->record.window != window)
        return OperationError(ErrorCode::WrongWindow);
    const MaterialCheck *material = nullptr;
    for (const MaterialCheck &m : stored->record.materials) {
        if (m.code == target.materialCode)
            material = &m;
    }
    if (!material)
        return OperationError(ErrorCode::UploadMismatch, QStringLiteral("material"));
    if (material->scanDigest.isEmpty())
        return OperationError(ErrorCode::UploadMismatch, QStringLiteral("scan"));
    if (material->scanDigest != target.sha256)
        return OperationError(ErrorCode::UploadMismatch, QStringLiteral("sha256"));
    if (material->scanBytes != target.bytes)
        return OperationError(ErrorCode::UploadMismatch, QStringLiteral("bytes"));
    // true: the file is stored already.
    return DocumentStore(context.statements)
        .find(target.caseNumber, target.materialCode, target.sha256)
        .has_value();
}

QJsonObject completeAnswer(const MaterialUploads::Target &target)
{
    return {{QStringLiteral("complete"), true}, {QStringLiteral("offset"), double(target.bytes)}};
}

} // namespace

void HallServer::startUploads()
{
    if (m_settings.documentsDirectory.isEmpty()) {
        qCInfo(lcServer) << "no documents directory: uploads of scans are refused";
        return;
    }
    // The key lives with the writer; the server's own copy of the file key is all it needs.
    const QByteArray key = m_executor.run([](WriterContext &context) {
        return context.cipher.fileKey(QByteArrayLiteral("materials"));
    });
    m_uploads = std::make_unique<MaterialUploads>(m_settings.documentsDirectory, key);
    // A week is long past any counter coming back online to finish its upload. Measured
    // against the files' own times, so the system's clock, not the hall's injectable one.
    constexpr qint64 StalePartialMs = 7ll * 24 * 3600 * 1000;
    if (const int swept =
            m_uploads->sweepPartials(QDateTime::currentMSecsSinceEpoch() - StalePartialMs))
        qCInfo(lcServer) << swept << "abandoned partial upload(s) removed";
    m_uploadThread = std::make_unique<QThread>();
    m_uploadThread->setObjectName(QStringLiteral("uploads"));
    m_uploadContext = std::make_unique<QObject>();
    m_uploadContext->moveToThread(m_uploadThread.get());
    m_uploadThread->start();
}

void HallServer::stopUploads()
{
    if (!m_uploadThread)
        return;
    // The partial files' writers belong to the upload thread: they close there, after every
    // piece queued before them.
    QMetaObject::invokeMethod(
        m_uploadContext.get(), [this] { m_uploads.reset(); }, Qt::BlockingQueuedConnection);
    m_uploadThread->quit();
    m_uploadThread->wait();
    m_uploadContext.reset();
    m_uploadThread.reset();
}

void HallServer::uploadBegin(ClientConnection *connection, const ProtocolRequest &request)
{
    const QString op = request.op;
    const QString id = request.id;
    ArgumentReader args(request.args);
    const int window = connection->identity().window;
    OperationError refusal;
    const auto target = readTarget(args, window, &refusal);
    if (!target || !m_uploads) {
        if (target)
            refusal = OperationError(ErrorCode::ServerBusy, QStringLiteral("uploads"));
        m_metrics.request(op, refusal.code());
        replyError(connection, id, refusal);
        return;
    }
    QPointer<ClientConnection> who(connection);
    const void *owner = connection;
    onWriter(
        [target = *target, window](WriterContext &context) {
            return checkAgainstCase(context, target, window);
        },
        [this, who, owner, id, op, target = *target](Result<bool> checked) {
            if (!checked.ok() || !who) {
                m_metrics.request(op, checked.code());
                if (who)
                    replyError(who, id, checked.error());
                return;
            }
            if (checked.value()) {
                m_metrics.request(op, ErrorCode::None);
                reply(who, id, completeAnswer(target));
                return;
            }
            onUploads(
                [owner, target](MaterialUploads &uploads) { return uploads.begin(owner, target); },
                [this, who, id, op](Result<MaterialUploads::Started> started) {
                    m_metrics.request(op, started.code());
                    if (!who)
                        return;
                    if (!started.ok()) {
                        replyError(who, id, started.error());
                        return;
                    }
                    reply(who, id,
                          {{QStringLiteral("upload"), double(started->upload)},
                           {QStringLiteral("offset"), double(started->offset)},
                           {QStringLiteral("maxFrameBytes"), UploadFrame::MaxDataBytes},
                           {QStringLiteral("windowBytes"), double(m_settings.uploadWindowBytes)}});
                });
        });
}

void HallServer::uploadFinish(ClientConnection *connection, const ProtocolRequest &request)
{
    const QString op = request.op;
    const QString id = request.id;
    ArgumentReader args(request.args);
    const qint64 upload = args.integer("upload", 0, 0xffffffffLL);
    const int window = connection->identity().window;
    OperationError refusal;
    const auto target = readTarget(args, window, &refusal);
    if (!target || !m_uploads) {
        if (target)
            refusal = OperationError(ErrorCode::ServerBusy, QStringLiteral("uploads"));
        m_metrics.request(op, refusal.code());
        replyError(connection, id, refusal);
        return;
    }
    QPointer<ClientConnection> who(connection);
    const void *owner = connection;
    const qint64 nowMs = m_clock.nowMs();
    onUploads(
        [owner, upload, nowMs](MaterialUploads &uploads) {
            return uploads.finish(owner, quint32(upload), nowMs);
        },
        [this, who, id, op, window, target = *target](Result<StoredDocument> finished) {
            if (!finished.ok() && finished.code() != ErrorCode::UnknownUpload) {
                m_metrics.request(op, finished.code());
                if (who)
                    replyError(who, id, finished.error());
                return;
            }
            if (!finished.ok()) {
                answerFromRecord(who, id, op, target, window);
                return;
            }
            if (finished->caseNumber != target.caseNumber ||
                finished->materialCode != target.materialCode ||
                finished->sha256 != target.sha256) {
                removeStoredUpload(finished.value());
                m_metrics.request(op, ErrorCode::BadRequest);
                if (who)
                    replyError(who, id,
                               OperationError(ErrorCode::BadRequest, QStringLiteral("upload")));
                return;
            }
            recordUpload(who, id, op, finished.value());
        });
}

void HallServer::answerFromRecord(QPointer<ClientConnection> who, const QString &id,
                                  const QString &op, const MaterialUploads::Target &target,
                                  int window)
{
    // Finished before (the answer was lost) or by a server since restarted: the record says
    // whether the file is there.
    onWriter([target,
              window](WriterContext &context) { return checkAgainstCase(context, target, window); },
             [this, who, id, op, target](Result<bool> checked) {
                 const OperationError error = !checked.ok() ? checked.error()
                                              : !checked.value()
                                                  ? OperationError(ErrorCode::UnknownUpload)
                                                  : OperationError();
                 m_metrics.request(op, error.code());
                 if (!who)
                     return;
                 if (error.code() == ErrorCode::None)
                     reply(who, id, completeAnswer(target));
                 else
                     replyError(who, id, error);
             });
}

void HallServer::recordUpload(QPointer<ClientConnection> who, const QString &id, const QString &op,
                              const StoredDocument &document)
{
    onWriter(
        [document](WriterContext &context) -> Result<bool> {
            DocumentStore(context.statements).insert(document);
            return true;
        },
        [this, who, id, op, document](Result<bool> stored) {
            m_metrics.request(op, stored.code());
            if (!stored.ok()) {
                // No record, so no file: the next begin starts it again.
                removeStoredUpload(document);
                if (who)
                    replyError(who, id, stored.error());
                return;
            }
            m_metrics.documentStored();
            qCInfo(lcServer).noquote()
                << "stored a scan of" << document.bytes << "bytes for case" << document.caseNumber;
            if (who)
                reply(who, id,
                      {{QStringLiteral("complete"), true},
                       {QStringLiteral("offset"), double(document.bytes)}});
        });
}

void HallServer::removeStoredUpload(const StoredDocument &document)
{
    onUploads(
        [document](MaterialUploads &uploads) {
            uploads.removeStored(document);
            return true;
        },
        [](bool) {});
}

void HallServer::uploadData(ClientConnection *connection, const QByteArray &message)
{
    QPointer<ClientConnection> who(connection);
    auto answer = [who](quint32 upload, const Result<qint64> &result) {
        if (!who)
            return;
        QJsonObject ack{{QStringLiteral("v"), kProtocolVersion},
                        {QStringLiteral("type"), QStringLiteral("uploadAck")},
                        {QStringLiteral("upload"), double(upload)}};
        if (result.ok())
            ack.insert(QStringLiteral("received"), double(result.value()));
        else
            ack.insert(QStringLiteral("error"), ProtocolJson::error(result.error()));
        who->sendFrame(ProtocolJson::encode(ack));
    };
    const auto header = UploadFrame::parse(message);
    if (!header) {
        answer(0, OperationError(ErrorCode::BadMessage));
        return;
    }
    const quint32 upload = header->upload;
    if (!m_uploads) {
        answer(upload, OperationError(ErrorCode::UnknownUpload));
        return;
    }
    const void *owner = connection;
    // The session that began the upload may have ended since.
    const auto &staff = connection->staff();
    if (!staff || staff->expiresAtMs <= m_clock.nowMs()) {
        onUploads(
            [owner](MaterialUploads &uploads) {
                uploads.dropOwner(owner);
                return true;
            },
            [answer, upload](bool) { answer(upload, OperationError(ErrorCode::NotSignedIn)); });
        return;
    }
    m_metrics.uploadReceived(message.size() - UploadFrame::HeaderBytes);
    // The message is shared, not copied: the upload thread reads the data where it arrived.
    onUploads(
        [owner, message](MaterialUploads &uploads) -> Result<qint64> {
            const auto frame = UploadFrame::parse(message);
            return uploads.write(owner, frame->upload, frame->offset, frame->data);
        },
        [answer, upload](Result<qint64> written) { answer(upload, written); });
}

} // namespace halldesk
