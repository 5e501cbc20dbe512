#pragma once

#include "counter/TerminalSettings.h"

#include <QString>

namespace halldesk {

// What one hall board needs to know: a terminal's settings (the board's certificate, OU
// board) and
//   [board]    notice=…                     (the notice line; the default if empty)
struct BoardSettings : TerminalSettings
{
    QString notice;

    static QString defaultPath();
    static BoardSettings load(const QString &path);
};

} // namespace halldesk
