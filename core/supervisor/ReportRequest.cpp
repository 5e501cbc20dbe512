#include "supervisor/ReportRequest.h"

namespace halldesk {

QString ReportRequest::problem() const
{
    if (!from.isValid() || !to.isValid())
        return tr("Choose the first and the last day of the report.");
    if (to < from)
        return tr("The last day of the report is before its first day.");
    if (from.daysTo(to) + 1 > MaxDays)
        return tr("A report covers at most %n days; choose a shorter range.", nullptr, MaxDays);
    return {};
}

QJsonObject ReportRequest::args() const
{
    return {{QStringLiteral("from"), from.toString(Qt::ISODate)},
            {QStringLiteral("to"), to.toString(Qt::ISODate)},
            {QStringLiteral("groupBy"), storageName(groupBy)}};
}

QString ReportRequest::storageName(Grouping grouping)
{
    switch (grouping) {
    case Grouping::Day:
        return QStringLiteral("day");
    case Grouping::Area:
        return QStringLiteral("area");
    case Grouping::Queue:
        return QStringLiteral("queue");
    case Grouping::Window:
        return QStringLiteral("window");
    case Grouping::Staff:
        return QStringLiteral("staff");
    }
    return {};
}

QString ReportRequest::groupingName(Grouping grouping)
{
    switch (grouping) {
    case Grouping::Day:
        return tr("By day");
    case Grouping::Area:
        return tr("By area");
    case Grouping::Queue:
        return tr("By queue");
    case Grouping::Window:
        return tr("By window");
    case Grouping::Staff:
        return tr("By staff member");
    }
    return {};
}

QString ReportRequest::keyHeading(Grouping grouping)
{
    switch (grouping) {
    case Grouping::Day:
        return tr("Day");
    case Grouping::Area:
        return tr("Area");
    case Grouping::Queue:
        return tr("Queue");
    case Grouping::Window:
        return tr("Window");
    case Grouping::Staff:
        return tr("Staff member");
    }
    return {};
}

namespace {

QDate quarterStart(QDate day)
{
    return QDate(day.year(), (day.month() - 1) / 3 * 3 + 1, 1);
}

} // namespace

ReportRequest ReportRequest::quarterOf(QDate day, Grouping grouping)
{
    const QDate first = quarterStart(day);
    return {first, first.addMonths(3).addDays(-1), grouping};
}

ReportRequest ReportRequest::previousQuarter(QDate day, Grouping grouping)
{
    return quarterOf(quarterStart(day).addDays(-1), grouping);
}

ReportRequest ReportRequest::monthOf(QDate day, Grouping grouping)
{
    const QDate first(day.year(), day.month(), 1);
    return {first, first.addMonths(1).addDays(-1), grouping};
}

} // namespace halldesk
