#pragma once

#include "board/BoardSession.h"

#include <QFrame>
#include <optional>

class QLabel;

namespace halldesk {

// One call on the board: ticket → window, and 重呼 for a recall. The newest call's row is the
// large card at the top, labelled as the newest, and can flash; the earlier ones are smaller.
class BoardCallRow : public QFrame
{
    Q_OBJECT

public:
    enum class Size
    {
        Newest,
        Earlier,
    };

    explicit BoardCallRow(Size size, QWidget *parent = nullptr);

    void display(const BoardCall &call);
    // The newest card without a call: says that none was made yet.
    void clear();
    void setFlash(bool on);
    bool isFlashOn() const { return m_flash; }

    QString numberText() const;
    QString windowText() const;
    bool isRecallShown() const;
    QList<QLabel *> labels() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    Size m_size;
    std::optional<BoardCall> m_call;
    bool m_flash = false;
    QLabel *m_tag = nullptr; // the newest card only
    QLabel *m_number;
    QLabel *m_arrow;
    QLabel *m_window;
    QLabel *m_recall;
};

} // namespace halldesk
