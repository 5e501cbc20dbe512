#pragma once

namespace halldesk {

// For tests: makes a chosen write of a TerminalStore fail as a full disk would. The write's
// statements have run by then; failing at the commit shows that none of them remain.
class WriteFaultInjector
{
public:
    // The nth write from now fails (1: the next one); the writes after it succeed again.
    void failWrite(int n = 1) { m_countdown = n; }
    // Asked once per write, before it commits.
    bool nextWriteFails()
    {
        if (m_countdown <= 0)
            return false;
        return --m_countdown == 0;
    }
    bool armed() const { return m_countdown > 0; }

private:
    int m_countdown = 0;
};

} // namespace halldesk
