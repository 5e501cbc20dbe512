#pragma once

#include "pki/TlsSettings.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace halldesk {

// What one ticket kiosk needs to know, from an INI file laid out as the board's:
//   [server]   url=wss://hall:7443
//   [tls]      ca=…  certificate=…  key=…   (the kiosk's certificate, OU kiosk)
//   [kiosk]    hall=黄石市政务服务中心   askResidentId=true
//   [printer]  name=                        (a CUPS printer; empty: the default one)
//              pdfDirectory=                (PDF files here instead of a printer)
//   [voice]    enabled=true  rate=-0.2  volume=1  engine=
// A kiosk has no set-up dialog: a technician writes the file.
struct KioskSettings
{
    Q_DECLARE_TR_FUNCTIONS(KioskSettings)

public:
    QUrl serverUrl;
    TlsFiles tls;
    QString hallName;
    bool askResidentId = true;
    QString printerName;
    QString pdfDirectory;
    bool voiceEnabled = true;
    double voiceRate = -0.2;
    double voiceVolume = 1.0;
    QString speechEngine;
    QString path;

    static QString defaultPath();
    static QString defaultHallName();
    static KioskSettings load(const QString &path);
    // Empty when the kiosk can connect with these settings; otherwise why not.
    QString problem() const;
};

} // namespace halldesk
