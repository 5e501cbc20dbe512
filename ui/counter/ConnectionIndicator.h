#pragma once

#include "client/HallClient.h"

#include <QLabel>

namespace halldesk {

class CounterController;

// The connection to the hall server, always visible in the status bar, in words and colour,
// with the number of changes not yet confirmed by the server.
class ConnectionIndicator : public QLabel
{
    Q_OBJECT

public:
    explicit ConnectionIndicator(const CounterController &controller, QWidget *parent = nullptr);

private:
    void refresh();

    const CounterController &m_controller;
};

} // namespace halldesk
