#include "calendar/HolidayYearJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace halldesk {

namespace {

const QLatin1String YearKey("year");
const QLatin1String NoticeKey("notice");
const QLatin1String DocumentKey("document");
const QLatin1String HolidaysKey("holidays");
const QLatin1String NameKey("name");
const QLatin1String OffKey("off");
const QLatin1String WorkdaysKey("workdays");

QString isoDate(QDate day)
{
    return day.toString(Qt::ISODate);
}

// Only the exact yyyy-MM-dd form: "2026-1-4" or a time of day would hint at a hand-edited file
// that deserves a second look.
std::optional<QDate> dateFrom(const QJsonValue &value)
{
    const QString text = value.toString();
    const QDate day = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
    if (text.size() != 10 || !day.isValid())
        return std::nullopt;
    return day;
}

// The offending value as it appears in the file, for the error message.
QString shown(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

QString notADate(const QString &holiday, const QJsonValue &value)
{
    return HolidayYearJson::tr("%1: \"%2\" is not a date written as 2026-01-01.")
        .arg(holiday, shown(value));
}

// An entry of "off": one date, or a [first, last] pair.
std::optional<DayRange> readDaysOff(const QJsonValue &value, const QString &holiday, int year,
                                    QString *error)
{
    DayRange range;
    if (value.isString()) {
        const auto day = dateFrom(value);
        if (!day) {
            *error = notADate(holiday, value);
            return std::nullopt;
        }
        range = {*day, *day};
    } else {
        const QJsonArray pair = value.toArray();
        if (pair.size() != 2) {
            *error =
                HolidayYearJson::tr("%1: days off are written as one date or as a pair of dates, "
                                    "the first and the last day.")
                    .arg(holiday);
            return std::nullopt;
        }
        for (const QJsonValue &end : pair) {
            if (!dateFrom(end)) {
                *error = notADate(holiday, end);
                return std::nullopt;
            }
        }
        range = {*dateFrom(pair.at(0)), *dateFrom(pair.at(1))};
        if (range.last < range.first) {
            *error = HolidayYearJson::tr("%1: the days off from %2 to %3 end before they begin.")
                         .arg(holiday, isoDate(range.first), isoDate(range.last));
            return std::nullopt;
        }
    }
    for (QDate end : {range.first, range.last}) {
        if (end.year() != year) {
            *error = HolidayYearJson::tr("%1: the day off %2 is not in %3.")
                         .arg(holiday, isoDate(end))
                         .arg(year);
            return std::nullopt;
        }
    }
    return range;
}

std::optional<QDate> readMakeUpWorkday(const QJsonValue &value, const QString &holiday, int year,
                                       QString *error)
{
    const auto day = dateFrom(value);
    if (!day) {
        *error = notADate(holiday, value);
        return std::nullopt;
    }
    // Some notices move a working day into the weekend just before New Year's Day or just
    // after the year ends, never further.
    if (*day < QDate(year - 1, 12, 1) || *day > QDate(year + 1, 1, 31)) {
        *error = HolidayYearJson::tr("%1: the make-up working day %2 is neither in %3 nor in "
                                     "the December before or the January after it.")
                     .arg(holiday, isoDate(*day))
                     .arg(year);
        return std::nullopt;
    }
    if (day->dayOfWeek() != Qt::Saturday && day->dayOfWeek() != Qt::Sunday) {
        *error = HolidayYearJson::tr("%1: the make-up working day %2 is not a Saturday or Sunday.")
                     .arg(holiday, isoDate(*day));
        return std::nullopt;
    }
    return day;
}

std::optional<Holiday> readHoliday(const QJsonValue &value, int year, QString *error)
{
    const QJsonObject object = value.toObject();
    Holiday holiday;
    holiday.name = object.value(NameKey).toString().trimmed();
    if (holiday.name.isEmpty()) {
        *error = HolidayYearJson::tr("A holiday has no name.");
        return std::nullopt;
    }
    const QJsonArray off = object.value(OffKey).toArray();
    if (off.isEmpty()) {
        *error = HolidayYearJson::tr("%1 lists no days off.").arg(holiday.name);
        return std::nullopt;
    }
    for (const QJsonValue &entry : off) {
        const auto range = readDaysOff(entry, holiday.name, year, error);
        if (!range)
            return std::nullopt;
        holiday.daysOff << *range;
    }
    const QJsonValue workdays = object.value(WorkdaysKey);
    if (!workdays.isUndefined() && !workdays.isArray()) {
        *error = HolidayYearJson::tr("%1: the make-up working days are not a list of dates.")
                     .arg(holiday.name);
        return std::nullopt;
    }
    for (const QJsonValue &entry : workdays.toArray()) {
        const auto day = readMakeUpWorkday(entry, holiday.name, year, error);
        if (!day)
            return std::nullopt;
        holiday.makeUpWorkdays << *day;
    }
    return holiday;
}

// Across all holidays of the year, as each holiday was checked on its own.
bool checkNoDayTwice(const QList<Holiday> &holidays, QString *error)
{
    QSet<QDate> off;
    for (const Holiday &holiday : holidays) {
        for (const DayRange &range : holiday.daysOff) {
            for (QDate day = range.first; day <= range.last; day = day.addDays(1)) {
                if (off.contains(day)) {
                    *error = HolidayYearJson::tr("%1 is listed twice.").arg(isoDate(day));
                    return false;
                }
                off.insert(day);
            }
        }
    }
    QSet<QDate> working;
    for (const Holiday &holiday : holidays) {
        for (QDate day : holiday.makeUpWorkdays) {
            if (off.contains(day)) {
                *error = HolidayYearJson::tr("%1 is listed both as a day off and as a working day.")
                             .arg(isoDate(day));
                return false;
            }
            if (working.contains(day)) {
                *error = HolidayYearJson::tr("%1 is listed twice.").arg(isoDate(day));
                return false;
            }
            working.insert(day);
        }
    }
    return true;
}

} // namespace

std::optional<HolidayYear> HolidayYearJson::parse(const QByteArray &json, QString *error)
{
    QString message;
    auto fail = [&]() -> std::optional<HolidayYear> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        message = tr("The holiday file is not valid JSON: %1").arg(parseError.errorString());
        return fail();
    }
    if (!document.isObject()) {
        message = tr("The holiday file is not a JSON object.");
        return fail();
    }
    const QJsonObject root = document.object();

    const int year = root.value(YearKey).toInt(0);
    if (year < FirstYear || year > LastYear) {
        message = tr("The holiday file gives no year from %1 to %2.").arg(FirstYear).arg(LastYear);
        return fail();
    }
    const QString notice = root.value(NoticeKey).toString().trimmed();
    if (notice.isEmpty()) {
        message = tr("The holiday file does not name the State Council notice it follows.");
        return fail();
    }
    const QJsonArray holidayValues = root.value(HolidaysKey).toArray();
    if (holidayValues.isEmpty()) {
        message = tr("The holiday file lists no holidays.");
        return fail();
    }
    QList<Holiday> holidays;
    for (const QJsonValue &value : holidayValues) {
        const auto holiday = readHoliday(value, year, &message);
        if (!holiday)
            return fail();
        holidays << *holiday;
    }
    if (!checkNoDayTwice(holidays, &message))
        return fail();
    return HolidayYear(year, notice, root.value(DocumentKey).toString().trimmed(),
                       std::move(holidays));
}

std::optional<HolidayYear> HolidayYearJson::parse(const QByteArray &json, int expectedYear,
                                                  QString *error)
{
    auto year = parse(json, error);
    if (year && year->year() != expectedYear) {
        if (error)
            *error =
                tr("The holiday file is for %1, not for %2.").arg(year->year()).arg(expectedYear);
        return std::nullopt;
    }
    return year;
}

QJsonObject HolidayYearJson::toJsonObject(const HolidayYear &year)
{
    QJsonArray holidays;
    for (const Holiday &holiday : year.holidays()) {
        QJsonArray off;
        for (const DayRange &range : holiday.daysOff) {
            if (range.first == range.last)
                off.append(isoDate(range.first));
            else
                off.append(QJsonArray{isoDate(range.first), isoDate(range.last)});
        }
        QJsonObject object{{NameKey, holiday.name}, {OffKey, off}};
        if (!holiday.makeUpWorkdays.isEmpty()) {
            QJsonArray workdays;
            for (QDate day : holiday.makeUpWorkdays)
                workdays.append(isoDate(day));
            object.insert(WorkdaysKey, workdays);
        }
        holidays.append(object);
    }
    QJsonObject root{{YearKey, year.year()}, {NoticeKey, year.notice()}};
    if (!year.document().isEmpty())
        root.insert(DocumentKey, year.document());
    root.insert(HolidaysKey, holidays);
    return root;
}

QByteArray HolidayYearJson::toJson(const HolidayYear &year)
{
    return QJsonDocument(toJsonObject(year)).toJson(QJsonDocument::Indented);
}

} // namespace halldesk
