#pragma once

#include <QFrame>

class QLabel;

namespace halldesk {

class CounterController;

// Who and where: the window, the clerk, the window's state and the clerk's figures for today.
// The state is said in words as well as colour.
class WindowHeader : public QFrame
{
    Q_OBJECT

public:
    explicit WindowHeader(const CounterController &controller, QWidget *parent = nullptr);

private:
    void refresh();

    const CounterController &m_controller;
    QLabel *m_window;
    QLabel *m_staff;
    QLabel *m_state;
    QLabel *m_figures;
};

} // namespace halldesk
