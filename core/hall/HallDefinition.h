#pragma once

#include "domain/HallModel.h"

#include <QList>
#include <QString>

namespace halldesk {

// A hall as an administrator describes it (resources/demo/hall.json is one): areas with their
// letters, queues, windows with the queues they serve and their weights, and staff.
struct AreaDefinition
{
    QString code;
    QString name;
    QString letter;
};

struct QueueDefinition
{
    QString code;
    QString areaCode;
    QString name;
    QString prefix;
    int initialServiceSeconds = 300;
};

struct WindowDefinition
{
    int number = 0;
    QString areaCode;
    QString name;
    QList<QPair<QString, double>> queues; // queue code, weight
};

struct StaffDefinition
{
    QString staffNo;
    QString name;
    StaffRole role = StaffRole::Clerk;
};

struct HallDefinition
{
    QString name;
    // A demo hall's shared password for every staff member, so the demo can be tried at once.
    // Real halls leave it empty and set each password with halldesk-server --set-password.
    QString demoPassword;
    // Likewise for the kiosk's help desk: one PIN for all, and staff cards numbered this prefix
    // and the last four digits of the staff number (HD0011: 88000011).
    QString demoPin;
    QString demoCardPrefix;
    QList<AreaDefinition> areas;
    QList<QueueDefinition> queues;
    QList<WindowDefinition> windows;
    QList<StaffDefinition> staff;
};

} // namespace halldesk
