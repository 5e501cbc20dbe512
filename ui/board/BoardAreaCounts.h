#pragma once

#include "board/BoardSession.h"

#include <QFrame>

class QGridLayout;
class QLabel;

namespace halldesk {

// How many citizens wait in each business area ("A 综合受理  等候 12 人"), and in the hall.
class BoardAreaCounts : public QFrame
{
    Q_OBJECT

public:
    explicit BoardAreaCounts(QWidget *parent = nullptr);

    void display(const QList<BoardArea> &areas);

    // The texts shown, one line per area: "A 综合受理" and "12 人"; for tests.
    QStringList areaTexts() const;
    QStringList countTexts() const;
    QString totalText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    QList<BoardArea> m_areas;
    QLabel *m_heading;
    QLabel *m_total;
    QLabel *m_empty;
    QGridLayout *m_grid;
    QList<QLabel *> m_names;
    QList<QLabel *> m_counts;
};

} // namespace halldesk
