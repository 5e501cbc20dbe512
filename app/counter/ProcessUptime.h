#pragma once

#include <QtGlobal>

namespace halldesk {

// Milliseconds since the kernel started this process (from /proc), so a start-up figure
// includes loading the libraries, not only what main() does. -1 if it cannot be read.
qint64 processUptimeMs();

} // namespace halldesk
