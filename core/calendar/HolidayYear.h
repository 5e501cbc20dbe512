#pragma once

#include "calendar/Holiday.h"

#include <QDate>
#include <QList>
#include <QString>

namespace halldesk {

// The State Council's holiday arrangement for one year (国务院办公厅关于某年部分节假日安排的通知).
// HolidayYearJson checks a year before it reaches anything that counts deadlines.
class HolidayYear
{
public:
    HolidayYear() = default;
    HolidayYear(int year, QString notice, QString document, QList<Holiday> holidays);

    int year() const { return m_year; }
    // The notice's title, and its document number (文号) when known; a clerk quotes them when
    // a citizen asks why a deadline moved.
    const QString &notice() const { return m_notice; }
    const QString &document() const { return m_document; }
    const QList<Holiday> &holidays() const { return m_holidays; }

    bool isDayOff(QDate day) const;
    bool isMakeUpWorkday(QDate day) const;

    friend bool operator==(const HolidayYear &, const HolidayYear &) = default;

private:
    int m_year = 0;
    QString m_notice;
    QString m_document;
    QList<Holiday> m_holidays;
};

} // namespace halldesk
