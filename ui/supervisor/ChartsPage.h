#pragma once

#include "supervisor/ChartFigures.h"

#include <QTimer>
#include <QWidget>
#include <optional>

class QDateEdit;
class QLabel;
class QPushButton;

namespace halldesk {

class ChartPanel;
class Clock;
class SupervisorReports;

// The supervisor console's charts of a hall day (图表), today unless an earlier day is chosen:
// tickets issued and served per hour, how long citizens waited, and the satisfaction per area.
// Asks the server when it is shown, on 刷新 (F5), on another day chosen, and every minute while
// today's stay shown; says so when the console is offline or the day has nothing to show.
class ChartsPage : public QWidget
{
    Q_OBJECT

public:
    enum Chart
    {
        HourlyChart,
        WaitsChart,
        SatisfactionChart,
    };

    ChartsPage(SupervisorReports &reports, const Clock &clock, QWidget *parent = nullptr);

    void refresh();
    // Shows that day's charts; today (or a later day) follows today again, past midnight too.
    void showDay(QDate day);
    // The day shown or asked for.
    QDate day() const;
    bool showsToday() const { return !m_pickedDay.has_value(); }
    QDateEdit *dayEdit() const { return m_dayEdit; }
    QPushButton *todayButton() const { return m_today; }

    QPushButton *refreshButton() const { return m_refresh; }
    QString statusText() const;
    const std::optional<ChartFigures> &figures() const { return m_figures; }
    ChartPanel *panel(Chart chart) const;
    // The values of one bar set of a chart as drawn (set 0: issued / the only one; 1: served).
    QList<qreal> barValues(Chart chart, int set) const;
    // The category labels of a chart's category axis.
    QStringList categories(Chart chart) const;
    int refreshes() const { return m_refreshes; }
    // Asking again every minute (while the page is shown).
    bool refreshesOnItsOwn() const { return m_timer.isActive(); }
    std::chrono::milliseconds refreshInterval() const { return m_timer.intervalAsDuration(); }

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void display(const ChartFigures &figures);
    void failed(const QString &problem, bool offline);
    QDate today() const;
    void updateTitles();

    SupervisorReports &m_reports;
    const Clock &m_clock;
    QLabel *m_status = nullptr;
    QPushButton *m_refresh = nullptr;
    QDateEdit *m_dayEdit = nullptr;
    QPushButton *m_today = nullptr;
    // Empty while following today.
    std::optional<QDate> m_pickedDay;
    ChartPanel *m_hourly = nullptr;
    ChartPanel *m_waits = nullptr;
    ChartPanel *m_satisfaction = nullptr;
    QTimer m_timer;
    std::optional<ChartFigures> m_figures;
    int m_refreshes = 0;
};

} // namespace halldesk
