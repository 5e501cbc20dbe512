#include "server/HelpDeskCredential.h"

namespace halldesk {

std::variant<std::optional<HelpDeskCredential>, OperationError>
HelpDeskCredential::fromRequest(TerminalRole role, const QString &op, const QJsonObject &args)
{
    // Counters and consoles act with their session's staff member: nothing more to confirm.
    if (role != TerminalRole::Kiosk || op != QLatin1String("issueTicket") ||
        args.value(QLatin1String("priority")).toString().isEmpty())
        return std::optional<HelpDeskCredential>();
    const QJsonValue value = args.value(QLatin1String("helpDesk"));
    if (value.isUndefined() || value.isNull())
        return std::optional<HelpDeskCredential>();
    const OperationError malformed(ErrorCode::BadRequest, QStringLiteral("helpDesk"));
    if (!value.isObject())
        return malformed;
    const QJsonObject object = value.toObject();
    auto text = [&object](const char *name) -> std::optional<QString> {
        const QJsonValue field = object.value(QLatin1String(name));
        if (field.isUndefined())
            return QString();
        if (!field.isString() || field.toString().size() > 64)
            return std::nullopt;
        return field.toString();
    };
    const auto staffNo = text("staffNo");
    const auto pin = text("pin");
    const auto card = text("card");
    if (!staffNo || !pin || !card)
        return malformed;
    HelpDeskCredential credential;
    credential.card = card->trimmed();
    credential.staffNo = staffNo->trimmed();
    credential.pin = *pin;
    const bool byPin = !credential.staffNo.isEmpty() && !credential.pin.isEmpty();
    const bool byCard = !credential.card.isEmpty();
    // One way or the other, never both: which staff member authorised must be unambiguous.
    if (byPin == byCard || (byCard && (!credential.staffNo.isEmpty() || !credential.pin.isEmpty())))
        return malformed;
    return std::optional<HelpDeskCredential>(credential);
}

} // namespace halldesk
