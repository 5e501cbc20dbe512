#pragma once

#include "rating/RatingLevel.h"

#include <QLabel>

namespace halldesk {

// The level the citizen chose, in words on its colour ("您的评价：不满意").
class LevelBadge : public QLabel
{
    Q_OBJECT

public:
    enum class Layout
    {
        OneLine, // 您的评价：不满意
        Stacked, // 您的评价： / 不满意, for a narrow column
    };

    explicit LevelBadge(Layout layout = Layout::OneLine, QWidget *parent = nullptr);

    void display(RatingLevel level);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    Layout m_layout;
    RatingLevel m_level = RatingLevel::Satisfied;
};

} // namespace halldesk
