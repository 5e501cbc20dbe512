#pragma once

#include <QCoreApplication>
#include <QString>
#include <sane/sane.h>

namespace halldesk {

// What the clerk is told when a scanner fails: the cause in plain words and what to do.
class SaneStatusMessage
{
    Q_DECLARE_TR_FUNCTIONS(SaneStatusMessage)

public:
    static QString forOpen(SANE_Status status, const QString &device);
    static QString forScan(SANE_Status status, int pagesDelivered);
    static QString noFeeder();
    static QString feederEmpty();
    static QString notAvailable();
};

} // namespace halldesk
