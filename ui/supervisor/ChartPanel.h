#pragma once

#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QStackedWidget;

namespace halldesk {

// One chart of the charts page under its heading, or in its place a message (nothing to show
// yet, nothing that day, no connection).
class ChartPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ChartPanel(const QString &title, QWidget *parent = nullptr);

    // Shows `chart` (the panel owns it; the one before is deleted).
    void setChart(QChart *chart);
    void showMessage(const QString &text);

    QChart *chart() const;
    // "" while the chart shows.
    QString message() const;
    QString title() const;
    void setTitle(const QString &title);

private:
    QLabel *m_title = nullptr;
    QStackedWidget *m_stack = nullptr;
    QChartView *m_view = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace halldesk
