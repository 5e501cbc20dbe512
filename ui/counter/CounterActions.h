#pragma once

#include "counter/CounterAction.h"

#include <QHash>
#include <QObject>

class QAction;
class QWidget;

namespace halldesk {

class CounterController;

// One QAction per clerk action, with its function key, kept enabled or disabled (with the
// reason as tool tip and status tip) from the controller's availability. Buttons and menus
// share these actions, so a key and a click always do the same thing.
class CounterActions : public QObject
{
    Q_OBJECT

public:
    CounterActions(CounterController &controller, QWidget *shortcutContext);

    QAction *action(CounterAction which) const { return m_actions.value(which); }
    QList<CounterAction> buttonOrder() const;

    void refresh();

private:
    void add(CounterAction which, const QString &text, const QKeySequence &key,
             const QString &help);

    CounterController &m_controller;
    QWidget *m_context;
    QHash<CounterAction, QAction *> m_actions;
    QHash<CounterAction, QString> m_help;
};

} // namespace halldesk
