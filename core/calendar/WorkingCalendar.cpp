#include "calendar/WorkingCalendar.h"

#include "calendar/HolidayYearJson.h"
#include "logging/HallDeskLogging.h"

#include <QDir>
#include <QFile>

namespace halldesk {

namespace {

const QString ShippedDirectory = QStringLiteral(":/halldesk/calendar");

} // namespace

WorkingCalendar WorkingCalendar::withShippedYears()
{
    WorkingCalendar calendar;
    const QDir directory(ShippedDirectory);
    for (const QString &fileName :
         directory.entryList({QStringLiteral("cn-*.json")}, QDir::Files)) {
        QFile file(directory.filePath(fileName));
        QString error;
        std::optional<HolidayYear> year;
        if (file.open(QIODevice::ReadOnly))
            year = HolidayYearJson::parse(file.readAll(), QStringView(fileName).mid(3, 4).toInt(),
                                          &error);
        else
            error = file.errorString();
        // The files are compiled in and checked by the tests, so this is a build defect; the
        // hall is better served by the remaining years than by no calendar at all.
        if (!year) {
            qCCritical(lcCase) << "Shipped holiday file" << fileName << "is unusable:" << error;
            Q_ASSERT_X(false, "WorkingCalendar::withShippedYears", qPrintable(error));
            continue;
        }
        calendar.addYear(std::move(*year));
    }
    return calendar;
}

void WorkingCalendar::addYear(HolidayYear year)
{
    const int number = year.year();
    // Replacing a year can move deadlines clerks have already given citizens: leave a trace.
    if (covers(number))
        qCInfo(lcCase) << "Replacing the holiday notice for" << number;
    m_years.insert(number, std::move(year));
}

const HolidayYear *WorkingCalendar::holidayYear(int year) const
{
    const auto it = m_years.constFind(year);
    return it == m_years.constEnd() ? nullptr : &it.value();
}

bool WorkingCalendar::isWorkingDay(QDate day) const
{
    if (!day.isValid())
        return false;
    if (const HolidayYear *own = holidayYear(day.year()); own && own->isDayOff(day))
        return false;
    // A notice may place a make-up day in the last days of the year before or the first
    // days of the year after its own.
    for (int year : {day.year() - 1, day.year(), day.year() + 1}) {
        if (const HolidayYear *notice = holidayYear(year); notice && notice->isMakeUpWorkday(day))
            return true;
    }
    return day.dayOfWeek() < Qt::Saturday;
}

QDate WorkingCalendar::nextWorkingDay(QDate day) const
{
    if (!day.isValid())
        return {};
    do {
        day = day.addDays(1);
    } while (!isWorkingDay(day));
    return day;
}

QDate WorkingCalendar::addWorkingDays(QDate receipt, int days) const
{
    QDate day = receipt;
    for (int i = 0; i < days; ++i)
        day = nextWorkingDay(day);
    return day;
}

int WorkingCalendar::workingDaysBetween(QDate after, QDate upTo) const
{
    if (!after.isValid() || !upTo.isValid())
        return 0;
    int count = 0;
    for (QDate day = after.addDays(1); day <= upTo; day = day.addDays(1)) {
        if (isWorkingDay(day))
            ++count;
    }
    return count;
}

} // namespace halldesk
