#pragma once

#include "domain/WindowState.h"

#include <QList>
#include <QString>

namespace halldesk {

// 业务区: one letter per area; its queues' ticket numbers start with that letter by default.
struct Area
{
    qint64 id = 0;
    QString code;
    QString name;
    QString letter;
};

// 业务: a line of citizens for one kind of business inside an area.
struct ServiceQueue
{
    qint64 id = 0;
    qint64 areaId = 0;
    QString code;
    QString name;
    // Ticket prefix. Queues sharing a prefix share one number sequence per day, so a number
    // announced in the hall always names exactly one ticket.
    QString prefix;
    int initialServiceSeconds = 300;
};

struct WindowQueue
{
    qint64 queueId = 0;
    QString queueCode;
    double weight = 1.0;
};

struct ServiceWindow
{
    int number = 0;
    qint64 areaId = 0;
    QString name;
    WindowState state = WindowState::SignedOut;
    qint64 staffId = 0;
    QString pauseReason;
    qint64 stateSinceMs = 0;
    QList<WindowQueue> queues;
};

enum class StaffRole
{
    Clerk,
    Supervisor,
    Admin
};

struct StaffMember
{
    qint64 id = 0;
    QString staffNo;
    QString name;
    StaffRole role = StaffRole::Clerk;
    bool active = true;
};

QString toStorageName(StaffRole role);
StaffRole staffRoleFromStorageName(const QString &name);

} // namespace halldesk
