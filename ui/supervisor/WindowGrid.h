#pragma once

#include <QList>
#include <QRect>
#include <QWidget>

class QAbstractItemModel;

namespace halldesk {

// The hall's windows as small painted tiles under their area's heading (WindowGridModel's
// rows in order; a heading wherever the area changes). Painted rather than built from widgets
// so that 271 windows cost one widget, and a window's change repaints its tile alone. Lives in
// a scroll area: it takes the width it is given and asks for the height its rows need.
class WindowGrid : public QWidget
{
    Q_OBJECT

public:
    explicit WindowGrid(QAbstractItemModel &model, QWidget *parent = nullptr);

    // The tiles shown (the filter's windows).
    int tileCount() const;
    QStringList headings() const;
    // The lines painted on a window's tile (number and clerk, state, ticket and time); empty
    // for a window the grid does not show.
    QStringList tileLines(int number) const;
    QRect tileRect(int number) const;
    // Tiles whose lines do not fit their tile, described.
    QStringList clippedTiles() const;

    // Only one area's windows ("" for all), and only windows someone is signed in at: a hall
    // of 271 windows fills about three screens, and in the evening most tiles say 未登录.
    void setAreaFilter(const QString &area);
    void setSignedInOnly(bool signedInOnly);
    QString areaFilter() const { return m_areaFilter; }
    // The areas in the model's order: code and title ("A 综合受理").
    QList<QPair<QString, QString>> areas() const;

    QSize sizeHint() const override;

signals:
    void areasChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Heading
    {
        QString title;
        QRect rect;
    };
    struct Line
    {
        QString text;
        QRect rect;
        bool bold = false;
        bool onColour = false; // white on the state's colour
    };

    void relayout();
    bool shows(int row) const;
    // Relayout only when a window's change moves it in or out of the shown set.
    void onDataChanged(int first, int last);
    void repaintRows(int first, int last);
    int rowAt(int number) const;
    QList<Line> linesOf(int row) const;

    QAbstractItemModel &m_model;
    QList<Heading> m_headings;
    QList<QRect> m_tiles; // by row; null for a window the filter hides
    QString m_areaFilter;
    bool m_signedInOnly = false;
    QList<QPair<QString, QString>> m_areas;
    int m_height = 0;
};

} // namespace halldesk
