#pragma once

#include "rating/RatingLevel.h"
#include "rating/RatingRequest.h"

#include <QList>
#include <QWidget>

class QLabel;

namespace halldesk {

class LevelButton;

// The question: what was handled, and the five levels as large buttons, best first, with the
// time left to answer.
class PadRatingPage : public QWidget
{
    Q_OBJECT

public:
    // Items listed by name; more are summed up in one line.
    static constexpr int ShownItems = 3;

    explicit PadRatingPage(QWidget *parent = nullptr);

    void display(const RatingRequest &request);
    void setSecondsLeft(int seconds);

    QList<LevelButton *> levelButtons() const { return m_levels; }
    LevelButton *button(RatingLevel level) const;
    QString itemsText() const;
    QString countdownText() const;

signals:
    void levelChosen(halldesk::RatingLevel level);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    RatingRequest m_request;
    int m_secondsLeft = 0;
    QLabel *m_question;
    QLabel *m_itemsCaption;
    QLabel *m_items;
    QLabel *m_ticket;
    QLabel *m_countdown;
    QList<LevelButton *> m_levels;
};

} // namespace halldesk
