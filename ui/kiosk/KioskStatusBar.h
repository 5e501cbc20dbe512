#pragma once

#include <QDateTime>
#include <QFrame>

class QLabel;

namespace halldesk {

// The kiosk's bottom line: the date and time, and whether it is connected, in words.
class KioskStatusBar : public QFrame
{
    Q_OBJECT

public:
    explicit KioskStatusBar(QWidget *parent = nullptr);

    // `hallTime`: the hall's local time.
    void show(const QDateTime &hallTime, bool online);
    QLabel *stateLabel() const { return m_state; }

private:
    QLabel *m_clock;
    QLabel *m_state;
};

} // namespace halldesk
