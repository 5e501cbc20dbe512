#pragma once

#include "supervisor/AlertThresholds.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace halldesk {

// What the administration page shows, as the server answers adminConfig (PROTOCOL.md §5.36):
// the layout, the staff without any secret, the hall's settings and the holiday years the
// server's calendar holds. Read whole after every change, never edited in place.
struct AdminConfig
{
    struct Area
    {
        QString code;
        QString name;
        QString letter;
    };
    struct Queue
    {
        QString code;
        QString name;
        QString area;
        QString prefix;
        int initialServiceSeconds = 300;
    };
    struct ServedQueue
    {
        QString queue;
        double weight = 1.0;
        friend bool operator==(const ServedQueue &, const ServedQueue &) = default;
    };
    struct Window
    {
        int number = 0;
        QString name;
        QString area;
        QList<ServedQueue> queues;
    };
    struct Staff
    {
        QString staffNo;
        QString name;
        QString role; // clerk, supervisor, admin
        bool active = true;
        bool hasPassword = false;
        bool locked = false;
    };
    struct PriorityGroupSetting
    {
        QString group; // elderly, disabled, military, pregnant, serious_illness
        bool enabled = true;
    };
    struct HolidayYearInfo
    {
        int year = 0;
        QString notice;
        int holidays = 0;
    };

    QList<Area> areas;
    QList<Queue> queues;
    QList<Window> windows;
    QList<Staff> staff;
    QList<PriorityGroupSetting> priorityGroups;
    AlertThresholds thresholds;
    QList<HolidayYearInfo> holidayYears;

    static AdminConfig fromJson(const QJsonObject &json);
    // As adminSaveWindow takes them.
    static QJsonArray servedJson(const QList<ServedQueue> &queues);

    const Window *window(int number) const;
    const Staff *staffMember(const QString &staffNo) const;
    const Area *area(const QString &code) const;
};

} // namespace halldesk
