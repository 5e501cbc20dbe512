#include "pad/PadSession.h"

#include "client/HallClient.h"
#include "clock/Clock.h"
#include "logging/HallDeskLogging.h"
#include "rating/RatingRecord.h"

#include <QJsonArray>
#include <QPointer>

namespace halldesk {

namespace {

const QString RateOp = QStringLiteral("rate");

qint64 ratingIdOf(const OutboxEntry &entry)
{
    return entry.args.value(QLatin1String("record"))
        .toObject()
        .value(QLatin1String("ratingId"))
        .toInteger();
}

} // namespace

PadSession::PadSession(int window, HallClient &client, RatingSigner signer, const Clock &clock,
                       QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_client(client)
    , m_signer(std::move(signer))
    , m_clock(clock)
{
    m_info.number = window;
    m_tick.setInterval(250);
    connect(&m_tick, &QTimer::timeout, this, &PadSession::checkDeadlines);
    connect(&m_client, &HallClient::snapshotReceived, this, &PadSession::onSnapshot);
    connect(&m_client, &HallClient::eventReceived, this,
            [this](const QString &kind, const QJsonObject &data, qint64) { onEvent(kind, data); });
    connect(&m_client, &HallClient::outboxAnswered, this, &PadSession::onOutboxAnswered);
    connect(&m_client, &HallClient::outboxChanged, this, [this](int) { refreshPending(); });
    connect(&m_client, &HallClient::stateChanged, this, [this](HallClient::State state) {
        const bool ready = state == HallClient::State::Ready;
        // The snapshot arrives before the client is ready for requests: the photo is asked
        // for once it is.
        if (ready && m_info.staffPhoto.isEmpty() && !m_info.staffNo.isEmpty())
            fetchPhoto();
        emit onlineChanged(ready);
    });
}

PadSession::~PadSession() = default;

bool PadSession::start(QString *error)
{
    // What was given before a restart and is still waiting is not offered again.
    for (const OutboxEntry &entry : m_client.pendingEntries()) {
        if (entry.op == RateOp)
            m_given.insert(ratingIdOf(entry));
    }
    m_client.setSubscription({{QStringLiteral("windows"), QJsonArray{m_window}}});
    if (!m_client.start(error))
        return false;
    refreshPending();
    return true;
}

bool PadSession::isOnline() const
{
    return m_client.state() == HallClient::State::Ready;
}

int PadSession::secondsLeft() const
{
    if (m_stage != Stage::Rating && m_stage != Stage::Reasons)
        return 0;
    const qint64 left = m_deadlineMs - m_clock.nowMs();
    return left <= 0 ? 0 : int((left + 999) / 1000);
}

int PadSession::pendingDeliveries() const
{
    int pending = 0;
    for (const OutboxEntry &entry : m_client.pendingEntries())
        pending += entry.op == RateOp ? 1 : 0;
    return pending;
}

void PadSession::refreshPending()
{
    const int pending = pendingDeliveries();
    if (pending != m_lastPending) {
        m_lastPending = pending;
        emit pendingDeliveriesChanged(pending);
    }
}

qint64 PadSession::serverNowMs() const
{
    return m_clock.nowMs() + m_serverOffsetMs;
}

void PadSession::onSnapshot(const QJsonObject &snapshot)
{
    const QJsonValue serverTime = snapshot.value(QLatin1String("serverTimeMs"));
    if (serverTime.isDouble()) {
        m_serverOffsetMs = serverTime.toInteger() - m_clock.nowMs();
        m_haveServerTime = true;
    }
    for (const QJsonValue &value : snapshot.value(QLatin1String("windows")).toArray()) {
        const QJsonObject window = value.toObject();
        if (window.value(QLatin1String("number")).toInt() != m_window)
            continue;
        m_info.currentTicket = window.value(QLatin1String("currentTicket")).toString();
        m_currentTicketId = window.value(QLatin1String("currentTicketId")).toInteger();
        applyWindow(window);
    }
    // The newest rating still open that this pad has not answered: after a reconnect or a
    // restart the citizen still sees what they were asked.
    std::optional<RatingRequest> open;
    bool shownStillOpen = false;
    for (const QJsonValue &value : snapshot.value(QLatin1String("ratings")).toArray()) {
        const auto request = RatingRequest::fromJson(value.toObject());
        if (!request || request->window != m_window || alreadyGiven(request->id))
            continue;
        if (m_request && request->id == m_request->id)
            shownStillOpen = true;
        if (!open || request->requestedAtMs >= open->requestedAtMs)
            open = request;
    }
    if (m_stage == Stage::Thanks)
        return;
    if (m_request && shownStillOpen)
        return;
    if (open) {
        offer(*open, m_clock.nowMs() + (open->expiresAtMs - serverNowMs()));
    } else if (m_stage != Stage::Idle) {
        // Closed while this pad was away: answered, or 未评价 by now.
        setStage(Stage::Idle);
    }
}

void PadSession::applyWindow(const QJsonObject &window)
{
    m_info.number = m_window;
    m_info.name = window.value(QLatin1String("name")).toString(m_info.name);
    m_info.state = window.value(QLatin1String("state")).toString();
    m_info.staffNo = window.value(QLatin1String("staffNo")).toString();
    m_info.staffName = window.value(QLatin1String("staffName")).toString();
    if (m_info.state == QLatin1String("signed_out")) {
        m_info.currentTicket.clear();
        m_currentTicketId = 0;
    }
    if (m_info.staffNo != m_photoOf) {
        m_info.staffPhoto.clear();
        m_photoOf.clear();
        if (isOnline())
            fetchPhoto();
    }
    emit windowInfoChanged();
}

void PadSession::fetchPhoto()
{
    m_photoOf = m_info.staffNo;
    if (m_photoOf.isEmpty())
        return;
    const QString staffNo = m_photoOf;
    m_client.request(QStringLiteral("staffPhoto"), {{QStringLiteral("staffNo"), staffNo}},
                     [self = QPointer<PadSession>(this), staffNo](const ClientReply &reply) {
                         if (!self || staffNo != self->m_info.staffNo)
                             return;
                         if (!reply.ok) {
                             // Asked again with the next snapshot (after a reconnect).
                             self->m_photoOf.clear();
                             return;
                         }
                         self->m_info.staffPhoto = QByteArray::fromBase64(
                             reply.result.value(QLatin1String("photo")).toString().toLatin1());
                         emit self->windowInfoChanged();
                     });
}

void PadSession::onEvent(const QString &kind, const QJsonObject &data)
{
    if (kind == QLatin1String("window")) {
        if (data.value(QLatin1String("number")).toInt() == m_window)
            applyWindow(data);
    } else if (kind == QLatin1String("ticket")) {
        const QJsonObject ticket = data.value(QLatin1String("ticket")).toObject();
        const qint64 id = ticket.value(QLatin1String("id")).toInteger();
        const bool servedHere =
            ticket.value(QLatin1String("window")).toInt() == m_window &&
            ticket.value(QLatin1String("status")).toString() == QLatin1String("called");
        if (servedHere) {
            m_currentTicketId = id;
            m_info.currentTicket = ticket.value(QLatin1String("number")).toString();
            emit windowInfoChanged();
        } else if (id == m_currentTicketId) {
            m_currentTicketId = 0;
            m_info.currentTicket.clear();
            emit windowInfoChanged();
        }
    } else if (kind == QLatin1String("rating")) {
        const QString action = data.value(QLatin1String("action")).toString();
        const auto request =
            RatingRequest::fromJson(data.value(QLatin1String("rating")).toObject());
        if (!request || request->window != m_window)
            return;
        if (action == QLatin1String("request")) {
            if (alreadyGiven(request->id) || m_stage == Stage::Thanks)
                return;
            qint64 left = request->expiresAtMs - serverNowMs();
            if (!m_haveServerTime || (request->timeoutMs > 0 && left > request->timeoutMs))
                left = request->timeoutMs;
            offer(*request, m_clock.nowMs() + left);
        } else if (m_request && m_request->id == request->id &&
                   (m_stage == Stage::Rating || m_stage == Stage::Reasons)) {
            // Closed by the server (未评价 after its deadline): nothing is left to answer.
            setStage(Stage::Idle);
        }
    }
}

void PadSession::offer(const RatingRequest &request, qint64 localDeadlineMs)
{
    if (localDeadlineMs <= m_clock.nowMs())
        return;
    m_request = request;
    m_level.reset();
    m_deadlineMs = localDeadlineMs;
    m_lastSecondsLeft = -1;
    qCInfo(lcPad) << "rating" << request.id << "asked for at window" << m_window;
    setStage(Stage::Rating);
    emit ratingRequested();
    checkDeadlines();
}

bool PadSession::alreadyGiven(qint64 ratingId) const
{
    return m_given.contains(ratingId);
}

void PadSession::choose(RatingLevel level)
{
    if (m_stage != Stage::Rating || !m_request)
        return;
    m_level = level;
    if (RatingLevels::isBad(level)) {
        setStage(Stage::Reasons);
        return;
    }
    if (deliver({}, {}))
        setStage(Stage::Thanks);
}

bool PadSession::submitReasons(const QStringList &reasonCodes, const QString &comment)
{
    if (m_stage != Stage::Reasons || !m_request || !m_level)
        return false;
    const QString text = comment.trimmed();
    if (reasonCodes.isEmpty() || reasonCodes.size() > RatingRecord::MaxReasons ||
        text.size() > RatingRecord::MaxComment)
        return false;
    QStringList offered;
    for (const RatingReason &reason : m_request->reasonChoices)
        offered << reason.code;
    for (const QString &code : reasonCodes) {
        if (!offered.contains(code) || reasonCodes.count(code) > 1)
            return false;
    }
    if (!deliver(reasonCodes, text))
        return false;
    setStage(Stage::Thanks);
    return true;
}

void PadSession::back()
{
    if (m_stage == Stage::Reasons)
        setStage(Stage::Rating);
}

bool PadSession::deliver(const QStringList &reasons, const QString &comment)
{
    RatingRecord record;
    record.ratingId = m_request->id;
    record.window = m_window;
    record.ticketId = m_request->ticketId;
    record.staffNo = m_request->staffNo;
    record.level = *m_level;
    record.reasons = reasons;
    record.comment = comment;
    record.ratedAtMs = serverNowMs();
    record.terminal = m_client.terminal().value(QLatin1String("name")).toString();
    if (record.terminal.isEmpty())
        record.terminal = QStringLiteral("pad-%1").arg(m_window);
    const QByteArray signature = m_signer.sign(record.signedBytes());
    const QString key =
        signature.isEmpty()
            ? QString()
            : m_client.submit(RateOp, {{QStringLiteral("record"), record.toJson()},
                                       {QStringLiteral("signature"),
                                        QString::fromLatin1(signature.toBase64())}});
    if (key.isEmpty()) {
        emit problem(tr("Your rating could not be saved. Please try again or tell the staff."));
        return false;
    }
    m_given.insert(record.ratingId);
    qCInfo(lcPad) << "rating" << record.ratingId
                  << "given:" << RatingLevels::storageName(record.level);
    refreshPending();
    return true;
}

void PadSession::onOutboxAnswered(const QString &key, const ClientReply &reply)
{
    Q_UNUSED(key)
    refreshPending();
    if (reply.ok)
        return;
    // Only the code: the record may hold the citizen's comment.
    qCWarning(lcPad) << "the server refused a rating:"
                     << OperationError::codeName(reply.error.code());
    emit deliveryRefused(reply.error.message());
}

void PadSession::checkDeadlines()
{
    const qint64 now = m_clock.nowMs();
    if ((m_stage == Stage::Rating || m_stage == Stage::Reasons) && now >= m_deadlineMs) {
        qCInfo(lcPad) << "rating" << (m_request ? m_request->id : 0) << "not given in time";
        setStage(Stage::Idle);
        emit ratingTimedOut();
        return;
    }
    if (m_stage == Stage::Thanks && now >= m_thanksUntilMs) {
        setStage(Stage::Idle);
        return;
    }
    const int left = secondsLeft();
    if (left != m_lastSecondsLeft) {
        m_lastSecondsLeft = left;
        emit secondsLeftChanged(left);
    }
}

void PadSession::setStage(Stage stage)
{
    if (stage == Stage::Thanks)
        m_thanksUntilMs = m_clock.nowMs() + ThanksMs;
    if (stage == Stage::Idle) {
        m_request.reset();
        m_level.reset();
        m_deadlineMs = 0;
    }
    if (stage == Stage::Idle)
        m_tick.stop();
    else if (!m_tick.isActive())
        m_tick.start();
    if (stage == m_stage)
        return;
    m_stage = stage;
    emit stageChanged(stage);
}

} // namespace halldesk
