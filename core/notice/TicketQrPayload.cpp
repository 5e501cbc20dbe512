#include "notice/TicketQrPayload.h"

#include <QDate>
#include <QList>
#include <QRegularExpression>

namespace halldesk {

namespace {

const QByteArray Tag = QByteArrayLiteral("HALLDESKT1");
constexpr qint64 MaxTicketId = qint64(1) << 50;

bool isValidNumber(const QString &number)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Z]{1,4}[0-9]{3,6}$"));
    return pattern.match(number).hasMatch();
}

bool isValidDay(int day)
{
    return QDate(day / 10000, day / 100 % 100, day % 100).isValid() && day >= 20000101;
}

} // namespace

bool TicketQrPayload::isValid() const
{
    return isValidDay(serviceDay) && isValidNumber(number) && ticketId > 0 &&
           ticketId <= MaxTicketId;
}

QByteArray TicketQrPayload::build() const
{
    if (!isValid())
        return {};
    return Tag + '|' + QByteArray::number(serviceDay) + '|' + number.toLatin1() + '|' +
           QByteArray::number(ticketId);
}

std::optional<TicketQrPayload> TicketQrPayload::parse(const QByteArray &payload)
{
    const QList<QByteArray> parts = payload.split('|');
    if (parts.size() != 4 || parts.at(0) != Tag)
        return std::nullopt;
    bool dayOk = false;
    bool idOk = false;
    TicketQrPayload parsed;
    parsed.serviceDay = parts.at(1).toInt(&dayOk);
    parsed.number = QString::fromLatin1(parts.at(2));
    parsed.ticketId = parts.at(3).toLongLong(&idOk);
    // Numbers only in their canonical spelling: "+12" or "012" would parse but not round-trip.
    if (!dayOk || !idOk || !parsed.isValid() || parsed.build() != payload)
        return std::nullopt;
    return parsed;
}

} // namespace halldesk
