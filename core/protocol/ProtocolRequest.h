#pragma once

#include "domain/OperationError.h"

#include <QJsonObject>
#include <QString>
#include <variant>

namespace halldesk {

inline constexpr int kProtocolVersion = 1;

// One request from a terminal, checked for shape (PROTOCOL.md, "Requests") but not yet for
// meaning: the dispatcher knows which operations exist and who may call them.
struct ProtocolRequest
{
    QString id;  // the terminal's, echoed in the response
    QString op;  // operation name
    QString key; // idempotency key; empty for reads
    QJsonObject args;
};

// A request that could not be read. `id` is filled when the frame had a readable one, so the
// terminal can match the error to what it sent.
struct ProtocolFault
{
    QString id;
    OperationError error;
};

class RequestParser
{
public:
    static constexpr int kMaxIdLength = 64;
    static constexpr int kMinKeyLength = 8;
    static constexpr int kMaxKeyLength = 80;

    // Never throws and never trusts the input: any byte string gives a request or a fault.
    static std::variant<ProtocolRequest, ProtocolFault> parse(const QByteArray &frame);
    static bool isValidKey(const QString &key);
};

} // namespace halldesk
