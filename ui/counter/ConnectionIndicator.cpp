#include "counter/ConnectionIndicator.h"

#include "counter/CounterController.h"

#include <QStyle>

namespace halldesk {

ConnectionIndicator::ConnectionIndicator(const CounterController &controller, QWidget *parent)
    : QLabel(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("connectionIndicator"));
    connect(&controller, &CounterController::connectionStateChanged, this,
            &ConnectionIndicator::refresh);
    connect(&controller, &CounterController::pendingChanged, this, &ConnectionIndicator::refresh);
    refresh();
}

void ConnectionIndicator::refresh()
{
    QString text;
    QString tone;
    switch (m_controller.client().state()) {
    case HallClient::State::Ready:
        text = tr("● Connected");
        tone = QStringLiteral("online");
        break;
    case HallClient::State::Syncing:
        text = tr("● Synchronising…");
        tone = QStringLiteral("connecting");
        break;
    case HallClient::State::Connecting:
        text = tr("● Connecting…");
        tone = QStringLiteral("connecting");
        break;
    case HallClient::State::Offline:
        text = tr("● Offline: reconnecting by itself");
        tone = QStringLiteral("offline");
        break;
    }
    if (const int pending = m_controller.pendingChanges(); pending > 0)
        text += QStringLiteral("  ") + tr("(%n change(s) waiting to be sent)", nullptr, pending);
    setText(text);
    setProperty("tone", tone);
    style()->unpolish(this);
    style()->polish(this);
}

} // namespace halldesk
