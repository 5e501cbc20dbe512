#include "counter/ActionPanel.h"

#include "counter/CounterActions.h"

#include <QGridLayout>
#include <QToolButton>

namespace halldesk {

ActionPanel::ActionPanel(const CounterActions &actions, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("actionPanel"));
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(8);
    constexpr int Columns = 4;
    int n = 0;
    for (CounterAction which : actions.buttonOrder()) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(actions.action(which));
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        button->setMinimumHeight(button->fontMetrics().height() * 3 + 12);
        // Call next and finish are pressed most: they stand out.
        if (which == CounterAction::CallNext || which == CounterAction::Finish)
            button->setProperty("primary", true);
        button->setObjectName(QStringLiteral("actionButton%1").arg(n));
        grid->addWidget(button, n / Columns, n % Columns);
        ++n;
    }
}

} // namespace halldesk
