#pragma once

#include "board/BoardSession.h"

#include <QTimer>
#include <QWidget>

class QLabel;

namespace halldesk {

class BoardCallRow;

// The latest calls, newest first: the newest as a large card that flashes for a few seconds
// when it has just been called, the earlier ones in two columns below it.
class BoardCallList : public QWidget
{
    Q_OBJECT

public:
    static constexpr int EarlierCalls = BoardSession::MaxCalls - 1;

    explicit BoardCallList(QWidget *parent = nullptr);

    void display(const QList<BoardCall> &calls);
    // The newest call was made just now: flash it for BoardLook::FlashMs.
    void flashNewest();
    bool isFlashing() const { return m_flashTimer.isActive(); }

    BoardCallRow *newestRow() const { return m_newest; }
    // The rows of the earlier calls that show one, newest first.
    QList<BoardCallRow *> earlierRows() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void flashStep();

    BoardCallRow *m_newest;
    QLabel *m_heading;
    QList<BoardCallRow *> m_earlier;
    QTimer m_flashTimer;
    int m_flashStepsLeft = 0;
};

} // namespace halldesk
