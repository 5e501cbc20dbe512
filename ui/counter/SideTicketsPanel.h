#pragma once

#include <QFrame>

class QListWidget;
class QPushButton;
class QLabel;

namespace halldesk {

class CounterActions;
class CounterModel;

// The window's tickets that are neither waiting nor served: those on hold (with the time left
// before they go back to their queue) and the no-shows that may still come back (with the time
// left to do so).
class SideTicketsPanel : public QFrame
{
    Q_OBJECT

public:
    SideTicketsPanel(const CounterModel &model, const CounterActions &actions,
                     QWidget *parent = nullptr);

    void tick();
    // The held ticket to resume: the selected one, or the only one.
    qint64 chosenHeld() const;
    qint64 chosenNoShow() const;

signals:
    void resumeHeldRequested(qint64 ticketId);
    void returnNoShowRequested(qint64 ticketId);

private:
    void refresh();
    void updateButtons();

    const CounterModel &m_model;
    const CounterActions &m_actions;
    QLabel *m_heldCaption;
    QListWidget *m_held;
    QPushButton *m_resume;
    QLabel *m_noShowCaption;
    QListWidget *m_noShows;
    QPushButton *m_return;
};

} // namespace halldesk
