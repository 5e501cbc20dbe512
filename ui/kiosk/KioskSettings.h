#pragma once

#include "counter/TerminalSettings.h"

#include <QCoreApplication>
#include <QString>

namespace halldesk {

// What one ticket kiosk needs to know: a terminal's settings (the kiosk's certificate, OU
// kiosk) and
//   [kiosk]    hall=黄石市政务服务中心   askResidentId=true
//   [printer]  name=                        (a CUPS printer; empty: the default one)
//              pdfDirectory=                (PDF files here instead of a printer)
struct KioskSettings : TerminalSettings
{
    Q_DECLARE_TR_FUNCTIONS(KioskSettings)

public:
    QString hallName;
    bool askResidentId = true;
    QString printerName;
    QString pdfDirectory;

    static QString defaultPath();
    static QString defaultHallName();
    static KioskSettings load(const QString &path);
};

} // namespace halldesk
