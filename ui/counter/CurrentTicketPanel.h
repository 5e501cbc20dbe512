#pragma once

#include <QFrame>

class QLabel;

namespace halldesk {

class CounterModel;

// The ticket being served, large enough to read from the citizen's side of the counter: its
// number, service, priority group, how long the citizen waited and how long the service has
// taken. Without a ticket it says what the window is doing and what to press.
class CurrentTicketPanel : public QFrame
{
    Q_OBJECT

public:
    explicit CurrentTicketPanel(const CounterModel &model, QWidget *parent = nullptr);

    // Once a second: the times move.
    void tick();

private:
    void refresh();

    const CounterModel &m_model;
    QLabel *m_caption;
    QLabel *m_number;
    QLabel *m_service;
    QLabel *m_times;
    QLabel *m_notes;
};

} // namespace halldesk
