#pragma once

#include <QCoreApplication>
#include <QString>

namespace halldesk {

// The words the hall speaks and shows for a call: "请A023号到15号窗口办理".
class Announcement
{
    Q_DECLARE_TR_FUNCTIONS(Announcement)

public:
    static QString forCall(const QString &ticketNumber, int window);
};

} // namespace halldesk
