#pragma once

#include "calendar/HolidayYear.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace halldesk {

// Reads and writes a year's holiday file (format in CALENDAR.md). A file that breaks a rule is
// refused whole, with a message naming the holiday and date, because a wrong day off silently
// moves every deadline that crosses it.
class HolidayYearJson
{
    Q_DECLARE_TR_FUNCTIONS(HolidayYearJson)

public:
    // The State Council has published a notice every year since 2000; the upper bound catches
    // typos such as 20266.
    static constexpr int FirstYear = 2000;
    static constexpr int LastYear = 2099;

    static std::optional<HolidayYear> parse(const QByteArray &json, QString *error);
    // Also requires the file to be for expectedYear, e.g. the one named cn-2026.json.
    static std::optional<HolidayYear> parse(const QByteArray &json, int expectedYear,
                                            QString *error);

    static QJsonObject toJsonObject(const HolidayYear &year);
    // Indented, as the shipped files are written, so a stored copy reads like them.
    static QByteArray toJson(const HolidayYear &year);
};

} // namespace halldesk
