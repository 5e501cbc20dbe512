#include "supervisor/ReportText.h"

#include "clock/HallTime.h"

#include <cmath>

namespace halldesk {

namespace {

const QString none = QStringLiteral("—");

} // namespace

QString ReportText::duration(const QJsonValue &ms)
{
    if (!ms.isDouble())
        return none;
    const qint64 minutes = std::llround(ms.toDouble() / 60000.0);
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString ReportText::serviceTime(const QJsonValue &ms)
{
    if (!ms.isDouble())
        return none;
    const qint64 seconds = std::llround(ms.toDouble() / 1000.0);
    return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString ReportText::clockTime(const QJsonValue &ms)
{
    if (!ms.isDouble())
        return none;
    return HallTime()
        .localTime(QDateTime::fromMSecsSinceEpoch(qint64(ms.toDouble()), Qt::UTC))
        .toString(QStringLiteral("HH:mm"));
}

QString ReportText::rate(const QJsonValue &rate)
{
    if (!rate.isDouble())
        return none;
    return QStringLiteral("%1%").arg(rate.toDouble() * 100.0, 0, 'f', 1);
}

} // namespace halldesk
