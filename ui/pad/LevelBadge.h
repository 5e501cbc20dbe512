#pragma once

#include "rating/RatingLevel.h"

#include <QLabel>

namespace halldesk {

// The level the citizen chose, in words on its colour ("您的评价：不满意").
class LevelBadge : public QLabel
{
    Q_OBJECT

public:
    explicit LevelBadge(QWidget *parent = nullptr);

    void display(RatingLevel level);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    RatingLevel m_level = RatingLevel::Satisfied;
};

} // namespace halldesk
