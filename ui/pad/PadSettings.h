#pragma once

#include "pki/TlsSettings.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace halldesk {

// What one evaluator pad needs to know about itself, from an INI file laid out as the
// counter's (CounterSettings):
//   [server]   url=wss://hall:7443
//   [tls]      ca=…  certificate=…  key=…   (the pad's certificate, CN pad-<window>)
//   [terminal] window=15
//   [pad]      commitment=…                 (the idle screen's 服务承诺; default if empty)
//   [voice]    enabled=true  rate=-0.2  volume=1  engine=
// The pad has no set-up dialog: a citizen faces it. A technician writes the file.
struct PadSettings
{
    Q_DECLARE_TR_FUNCTIONS(PadSettings)

public:
    QUrl serverUrl;
    TlsFiles tls;
    int window = 0;
    QString commitment;
    bool voiceEnabled = true;
    double voiceRate = -0.2; // a little slower than the engine's normal pace, for the elderly
    double voiceVolume = 1.0;
    QString speechEngine; // empty: Qt's default engine
    QString path;

    static QString defaultPath();
    static PadSettings load(const QString &path);
    // Empty when the pad can connect with these settings; otherwise why not, in the user's
    // language.
    QString problem() const;
};

} // namespace halldesk
