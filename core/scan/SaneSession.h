#pragma once

#include "scan/ScannerDevice.h"

namespace halldesk {

// sane_init / sane_exit are process-wide: every user holds a SaneSession, the first one
// initialises SANE and the last one leaves it. Device listing is serialised too, because the
// list SANE returns is only valid until the next call.
class SaneSession
{
public:
    SaneSession();
    ~SaneSession();
    SaneSession(const SaneSession &) = delete;
    SaneSession &operator=(const SaneSession &) = delete;

    bool isValid() const { return m_valid; }

    // Blocks for as long as the backends search (seconds with network scanners): call it off
    // the GUI thread. localOnly: skip network scanners (saned).
    QList<ScannerDevice> devices(bool localOnly = false) const;

private:
    bool m_valid = false;
};

} // namespace halldesk
