#pragma once

// A kiosk issuing tickets and a signed-in counter calling them, over raw terminals: for tests
// of what the hall shows and says about calls (the board).

#include "NetworkFixture.h"

#include <QDebug>
#include <QJsonObject>

namespace halldesk::test {

// Issues a ticket of `queue` on the kiosk; its number ("A001"), or "" when refused.
inline QString issueTicket(RawTerminal &kiosk, const QString &queue)
{
    const QJsonObject issued =
        kiosk.change(QStringLiteral("issueTicket"), {{QStringLiteral("queue"), queue}});
    if (!isOk(issued))
        qWarning().noquote() << describe(issued);
    return issued.value(QLatin1String("result"))
        .toObject()
        .value(QLatin1String("ticket"))
        .toObject()
        .value(QLatin1String("number"))
        .toString();
}

// Finishes the ticket `serving` (if any) at the counter, calls the next one and keeps its id
// in `serving` (0 when the call was refused).
inline qint64 finishAndCallNext(RawTerminal &counter, qint64 &serving)
{
    if (serving) {
        const QJsonObject finished =
            counter.change(QStringLiteral("finish"), {{QStringLiteral("ticketId"), serving}});
        if (!isOk(finished))
            qWarning().noquote() << describe(finished);
    }
    const QJsonObject called = counter.change(QStringLiteral("callNext"));
    if (!isOk(called))
        qWarning().noquote() << describe(called);
    serving = called.value(QLatin1String("result"))
                  .toObject()
                  .value(QLatin1String("ticket"))
                  .toObject()
                  .value(QLatin1String("id"))
                  .toInteger();
    return serving;
}

} // namespace halldesk::test
