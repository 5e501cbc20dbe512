#pragma once

#include "counter/TerminalSettings.h"

#include <QString>

namespace halldesk {

// What one evaluator pad needs to know about itself: a terminal's settings (the pad's
// certificate, CN pad-<window>) and
//   [terminal] window=15
//   [pad]      commitment=…                 (the idle screen's 服务承诺; default if empty)
// The pad has no set-up dialog: a citizen faces it. A technician writes the file.
struct PadSettings : TerminalSettings
{
    int window = 0;
    QString commitment;

    static QString defaultPath();
    static PadSettings load(const QString &path);
    // Empty when the pad can connect with these settings; otherwise why not, in the user's
    // language.
    QString problem() const { return problemAt(window); }
};

} // namespace halldesk
