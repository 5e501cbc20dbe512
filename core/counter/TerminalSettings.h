#pragma once

#include "client/HallClient.h"
#include "pki/TlsSettings.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace halldesk {

// What every terminal's settings file holds, with a counter's keys:
//   [server]   url=wss://hall:7443
//   [tls]      ca=…  certificate=…  key=…   (the terminal's certificate)
//   [voice]    enabled=true  rate=-0.2  volume=1  engine=
// The board and the kiosk add sections of their own; they have no set-up dialog, so a
// technician writes the file.
struct TerminalSettings
{
    Q_DECLARE_TR_FUNCTIONS(TerminalSettings)

public:
    QUrl serverUrl;
    TlsFiles tls;
    bool voiceEnabled = true;
    double voiceRate = -0.2; // a little slower than the engine's pace: a hall echoes
    double voiceVolume = 1.0;
    QString speechEngine; // empty: Qt's default engine
    QString path;

    static TerminalSettings load(const QString &path);
    // Empty when the terminal can connect with these settings; otherwise why not, in the
    // user's language.
    QString problem() const;
    // The connection these settings describe, with the client's own timings.
    HallClientSettings clientSettings() const;

protected:
    // problem() for the terminal of `window` (the pad has one).
    QString problemAt(int window) const;
};

} // namespace halldesk
