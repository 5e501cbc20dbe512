#pragma once

#include "board/BoardSession.h"

#include <QTimer>
#include <QWidget>

namespace halldesk {

class BoardAreaCounts;
class BoardCallList;
class BoardStatusBar;
class BoardTicker;
class Clock;

// The whole hall board (综合屏, 1920×1080): the top line (offline note, time), the latest calls
// on the left, the waiting citizens per area on the right, the notice line at the bottom. All
// of it follows a BoardSession; nothing is touched.
class BoardScreen : public QWidget
{
    Q_OBJECT

public:
    BoardScreen(BoardSession &session, const Clock &clock, QWidget *parent = nullptr);

    // Empty: the default notice.
    void setNotice(const QString &text);
    static QString defaultNotice();

    BoardStatusBar *statusBar() const { return m_status; }
    BoardCallList *callList() const { return m_calls; }
    BoardAreaCounts *areaCounts() const { return m_areas; }
    BoardTicker *ticker() const { return m_ticker; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void showTime();

    BoardSession &m_session;
    const Clock &m_clock;
    QString m_notice;
    BoardStatusBar *m_status;
    BoardCallList *m_calls;
    BoardAreaCounts *m_areas;
    BoardTicker *m_ticker;
    QTimer m_clockTimer;
};

} // namespace halldesk
