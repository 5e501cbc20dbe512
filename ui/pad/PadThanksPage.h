#pragma once

#include "rating/RatingLevel.h"

#include <QWidget>
#include <optional>

class QLabel;

namespace halldesk {

class LevelBadge;

// 感谢您的评价: shown for a few seconds after a rating was given.
class PadThanksPage : public QWidget
{
    Q_OBJECT

public:
    explicit PadThanksPage(QWidget *parent = nullptr);

    void display(std::optional<RatingLevel> level);
    QString thanksText() const;
    QString followText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    std::optional<RatingLevel> m_level;
    QLabel *m_thanks;
    LevelBadge *m_badge;
    QLabel *m_follow;
};

} // namespace halldesk
