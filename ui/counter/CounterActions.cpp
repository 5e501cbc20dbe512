#include "counter/CounterActions.h"

#include "counter/CounterController.h"

#include <QAction>
#include <QWidget>

namespace halldesk {

CounterActions::CounterActions(CounterController &controller, QWidget *shortcutContext)
    : QObject(shortcutContext)
    , m_controller(controller)
    , m_context(shortcutContext)
{
    add(CounterAction::CallNext, tr("Call next"), Qt::Key_F1, tr("Call the next citizen in line."));
    add(CounterAction::Recall, tr("Recall"), Qt::Key_F2,
        tr("Call the current ticket again; after the recall limit it becomes a no-show."));
    add(CounterAction::NoShow, tr("No-show"), Qt::Key_F3,
        tr("The citizen did not come: mark the ticket as missed."));
    add(CounterAction::Hold, tr("Hold"), Qt::Key_F4,
        tr("Put the ticket aside (the citizen fetches a document) and serve the next."));
    add(CounterAction::ResumeHeld, tr("Resume held"), Qt::Key_F5, tr("Serve a held ticket again."));
    add(CounterAction::Transfer, tr("Transfer"), Qt::Key_F6,
        tr("Send the citizen to another service or window."));
    add(CounterAction::Finish, tr("Finish"), Qt::Key_F7, tr("The service is done."));
    add(CounterAction::Pause, tr("Pause"), Qt::Key_F8,
        tr("Take a break, or resume service after one."));
    add(CounterAction::ReturnNoShow, tr("Missed ticket back"), Qt::Key_F9,
        tr("A citizen who missed the call came back: put the ticket back in line."));
    add(CounterAction::CallTicket, tr("Call a number"), Qt::Key_F10,
        tr("Call a particular ticket out of order."));
    add(CounterAction::RequestRating, tr("Ask for rating"), Qt::Key_F11,
        tr("Ask the citizen to rate this service on the pad now, before finishing."));
    add(CounterAction::SignOut, tr("Sign out"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q),
        tr("End work at this window."));
    connect(&m_controller, &CounterController::availabilityChanged, this, &CounterActions::refresh);
    refresh();
}

void CounterActions::add(CounterAction which, const QString &text, const QKeySequence &key,
                         const QString &help)
{
    auto *action = new QAction(text, this);
    action->setShortcut(key);
    action->setShortcutContext(Qt::WindowShortcut);
    m_context->addAction(action);
    m_actions.insert(which, action);
    m_help.insert(which, help);
}

QList<CounterAction> CounterActions::buttonOrder() const
{
    return {CounterAction::CallNext, CounterAction::Recall,     CounterAction::NoShow,
            CounterAction::Hold,     CounterAction::ResumeHeld, CounterAction::Transfer,
            CounterAction::Finish,   CounterAction::Pause};
}

void CounterActions::refresh()
{
    const bool paused = m_controller.model().window().state == WindowState::Paused;
    m_actions.value(CounterAction::Pause)->setText(paused ? tr("Resume service") : tr("Pause"));
    for (auto it = m_actions.cbegin(); it != m_actions.cend(); ++it) {
        const ActionAvailability a = m_controller.availability(it.key());
        QAction *action = it.value();
        action->setEnabled(a.enabled);
        const QString key = action->shortcut().toString(QKeySequence::NativeText);
        const QString tip = a.enabled ? m_help.value(it.key()) : a.reason;
        action->setIconText(QStringLiteral("%1\n%2").arg(action->text(), key));
        action->setToolTip(QStringLiteral("%1 (%2)\n%3").arg(action->text(), key, tip));
        action->setStatusTip(tip);
    }
}

} // namespace halldesk
