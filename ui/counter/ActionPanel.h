#pragma once

#include <QWidget>

namespace halldesk {

class CounterActions;

// The clerk's large buttons, each labelled with its function key.
class ActionPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ActionPanel(const CounterActions &actions, QWidget *parent = nullptr);
};

} // namespace halldesk
