#include "protocol/ProtocolRequest.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace halldesk {

namespace {

bool isPrintableToken(const QString &text, int maxLength)
{
    if (text.isEmpty() || text.size() > maxLength)
        return false;
    for (const QChar c : text) {
        const ushort u = c.unicode();
        if (u < 0x21 || u > 0x7e)
            return false;
    }
    return true;
}

ProtocolFault fault(ErrorCode code, QString id, QString detail = {})
{
    return ProtocolFault{std::move(id), OperationError(code, std::move(detail))};
}

} // namespace

bool RequestParser::isValidKey(const QString &key)
{
    if (key.size() < kMinKeyLength || key.size() > kMaxKeyLength)
        return false;
    for (const QChar c : key) {
        const ushort u = c.unicode();
        const bool ok = (u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') ||
                        (u >= 'A' && u <= 'Z') || u == '-' || u == '_' || u == ':' || u == '.';
        if (!ok)
            return false;
    }
    return true;
}

std::variant<ProtocolRequest, ProtocolFault> RequestParser::parse(const QByteArray &frame)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(frame, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return fault(ErrorCode::BadMessage, {});
    const QJsonObject object = document.object();

    // The id first, so every later fault can be matched by the terminal.
    QString id;
    const QJsonValue idValue = object.value(QLatin1String("id"));
    if (idValue.isString() && isPrintableToken(idValue.toString(), kMaxIdLength))
        id = idValue.toString();
    else
        return fault(ErrorCode::BadRequest, {}, QStringLiteral("id"));

    const QJsonValue version = object.value(QLatin1String("v"));
    if (!version.isDouble() || version.toDouble() != double(version.toInt()))
        return fault(ErrorCode::BadRequest, id, QStringLiteral("v"));
    if (version.toInt() != kProtocolVersion)
        return fault(ErrorCode::UnsupportedVersion, id);

    const QJsonValue op = object.value(QLatin1String("op"));
    if (!op.isString() || !isPrintableToken(op.toString(), 40))
        return fault(ErrorCode::BadRequest, id, QStringLiteral("op"));

    ProtocolRequest request;
    request.id = id;
    request.op = op.toString();

    const QJsonValue key = object.value(QLatin1String("key"));
    if (!key.isUndefined() && !key.isNull()) {
        if (!key.isString() || !isValidKey(key.toString()))
            return fault(ErrorCode::BadRequest, id, QStringLiteral("key"));
        request.key = key.toString();
    }
    const QJsonValue args = object.value(QLatin1String("args"));
    if (!args.isUndefined() && !args.isNull()) {
        if (!args.isObject())
            return fault(ErrorCode::BadRequest, id, QStringLiteral("args"));
        request.args = args.toObject();
    }
    return request;
}

} // namespace halldesk
