#pragma once

#include <QList>
#include <QString>

namespace halldesk {

// A scanner as SANE lists it.
struct ScannerDevice
{
    QString name; // what ScanRequest::device takes ("test:0", "genesys:libusb:001:004")
    QString vendor;
    QString model;
    QString type; // "flatbed scanner", "sheetfed scanner", "virtual device", ...
};

} // namespace halldesk
