#include "notice/NoticeFormat.h"

namespace halldesk {

QString NoticeFormat::date(QDate date)
{
    //: QDate::toString() format of dates on printed notices
    return date.toString(tr("yyyy-MM-dd"));
}

QString NoticeFormat::dateTime(const QDateTime &dateTime)
{
    //: QDateTime::toString() format of times on printed notices
    return dateTime.toString(tr("yyyy-MM-dd HH:mm"));
}

QString NoticeFormat::timeLimit(int workingDays)
{
    if (workingDays <= 0)
        return tr("Immediate");
    return QString::number(workingDays);
}

} // namespace halldesk
