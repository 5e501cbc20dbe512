#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace halldesk {

// The text in a ticket slip's QR code: "HALLDESKT1|<service day>|<number>|<ticket id>". ASCII
// only, tagged and versioned like the notices' codes (NoticeQrPayload), so a counter's scanner
// can call the ticket it is shown, and tell a ticket from a notice.
struct TicketQrPayload
{
    int serviceDay = 0; // yyyymmdd
    QString number;     // "A023": a prefix of letters, then 3 or more digits
    qint64 ticketId = 0;

    bool isValid() const;
    // Empty unless isValid().
    QByteArray build() const;
    // Accepts exactly what build() produces and nothing else.
    static std::optional<TicketQrPayload> parse(const QByteArray &payload);

    friend bool operator==(const TicketQrPayload &, const TicketQrPayload &) = default;
};

} // namespace halldesk
