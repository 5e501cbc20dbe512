#pragma once

#include "rating/RatingReason.h"

#include <QPushButton>

namespace halldesk {

// One reason of a 差评 as a large checkable button: a box that is ticked when chosen, besides a
// thicker border and another colour, so the choice shows without relying on colour.
class ReasonButton : public QPushButton
{
    Q_OBJECT

public:
    explicit ReasonButton(const RatingReason &reason, QWidget *parent = nullptr);

    QString code() const { return m_code; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_code;
};

} // namespace halldesk
