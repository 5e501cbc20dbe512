#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace halldesk {

// A video input as Qt Multimedia lists it (document cameras are plain UVC cameras). A plain
// value so the settings dialog and the tests need no Qt Multimedia types.
struct DocumentCameraDevice
{
    QByteArray id;       // what DocumentCamera::start() takes ("/dev/video0" on Linux)
    QString description; // the model the device reports, for the clerk to pick from
    bool isDefault = false;
};

} // namespace halldesk
