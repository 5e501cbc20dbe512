#pragma once

#include <QSize>
#include <QString>

class QWidget;

namespace halldesk {

// What the citizen-facing programs (pad, board, kiosk) do alike around their screen.
class TerminalProgram
{
public:
    // How long a start-up failure stays on a screen that may have no mouse or keyboard: the
    // program then ends, and the service manager starts it again.
    static constexpr int FailureShownMs = 60000;

    // Says why the program cannot start, on stderr and on the screen; returns the exit code 1.
    static int failAtStart(const QString &title, const QString &message);
    // Full screen at the primary screen's size (these terminals run without a window manager,
    // where full screen alone leaves a window at its smallest size), or in a window of
    // `windowedSize` for development.
    static void showScreen(QWidget *screen, bool windowed, QSize windowedSize);
};

} // namespace halldesk
