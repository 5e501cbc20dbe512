#pragma once

#include "rating/RatingLevel.h"

#include <QAbstractButton>

namespace halldesk {

// One of the five levels as a large touch target: its colour, a face (from a broad smile to a
// deep frown) and its name in words, so no citizen has to tell the levels apart by colour.
class LevelButton : public QAbstractButton
{
    Q_OBJECT

public:
    explicit LevelButton(RatingLevel level, QWidget *parent = nullptr);

    RatingLevel level() const { return m_level; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    // Where the name is drawn (for tests: it must hold the whole name).
    QRect textRect() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    int faceSize(int height) const;
    void paintFace(QPainter &painter, const QRectF &box) const;
    int textWidth() const;

    RatingLevel m_level;
};

} // namespace halldesk
