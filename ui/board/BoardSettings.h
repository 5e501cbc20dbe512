#pragma once

#include "pki/TlsSettings.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace halldesk {

// What one hall board needs to know, from an INI file laid out as the pad's (PadSettings):
//   [server]   url=wss://hall:7443
//   [tls]      ca=…  certificate=…  key=…   (the board's certificate, OU board)
//   [board]    notice=…                     (the notice line; the default if empty)
//   [voice]    enabled=true  rate=-0.2  volume=1  engine=
// A board has no set-up dialog: nobody stands at it. A technician writes the file.
struct BoardSettings
{
    Q_DECLARE_TR_FUNCTIONS(BoardSettings)

public:
    QUrl serverUrl;
    TlsFiles tls;
    QString notice;
    bool voiceEnabled = true;
    double voiceRate = -0.2; // a little slower than the engine's pace: a hall echoes
    double voiceVolume = 1.0;
    QString speechEngine; // empty: Qt's default engine
    QString path;

    static QString defaultPath();
    static BoardSettings load(const QString &path);
    // Empty when the board can connect with these settings; otherwise why not, in the user's
    // language.
    QString problem() const;
};

} // namespace halldesk
