#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <optional>

namespace halldesk {

// The binary WebSocket message that carries a piece of an upload (PROTOCOL.md §11.2):
//   "HDU1" | upload id (u32, big-endian) | offset (u64, big-endian) | data
// Binary rather than JSON with base64: a scan is megabytes, and base64 plus a JSON parse of
// every byte cost more than the TLS around it.
struct UploadFrame
{
    static constexpr int HeaderBytes = 16;
    // The most data one frame carries; the server takes messages of this size plus the header
    // while text messages keep their own limit.
    static constexpr int MaxDataBytes = 1 << 20;

    quint32 upload = 0;
    qint64 offset = 0;
    QByteArrayView data; // a view into the message it was parsed from

    static QByteArray header(quint32 upload, qint64 offset);
    static bool isUploadFrame(QByteArrayView message);
    // nullopt unless the message starts with a well-formed header.
    static std::optional<UploadFrame> parse(QByteArrayView message);
};

} // namespace halldesk
