#pragma once

class QApplication;

namespace halldesk {

// The counter's fonts and style sheet, for the program and for tests that look at its screens.
void applyCounterLook(QApplication &app);

} // namespace halldesk
