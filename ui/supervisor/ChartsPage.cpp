#include "supervisor/ChartsPage.h"

#include "clock/Clock.h"
#include "clock/HallTime.h"
#include "supervisor/ChartPanel.h"
#include "supervisor/HallChartBuilder.h"
#include "supervisor/SupervisorLook.h"
#include "supervisor/SupervisorReports.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

namespace halldesk {

ChartsPage::ChartsPage(SupervisorReports &reports, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_reports(reports)
    , m_clock(clock)
{
    m_status = new QLabel;
    m_status->setFont(SupervisorLook::font(SupervisorLook::TextPx));
    m_refresh = new QPushButton(tr("Refresh (F5)"));
    m_refresh->setFont(SupervisorLook::font(SupervisorLook::TextPx, true));
    m_refresh->setShortcut(QKeySequence(Qt::Key_F5));
    m_refresh->setMinimumSize(160, 40);
    m_hourly = new ChartPanel(tr("Tickets issued and served per hour today"));
    m_waits = new ChartPanel(tr("How long citizens waited today"));
    m_satisfaction = new ChartPanel(tr("Satisfaction per area today"));
    for (ChartPanel *panel : {m_hourly, m_waits, m_satisfaction})
        panel->showMessage(tr("Loading…"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_status, 1);
    top->addWidget(m_refresh);
    auto *grid = new QGridLayout;
    grid->setSpacing(16);
    grid->addWidget(m_hourly, 0, 0, 1, 2);
    grid->addWidget(m_waits, 1, 0);
    grid->addWidget(m_satisfaction, 1, 1);
    grid->setRowStretch(0, 1);
    grid->setRowStretch(1, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addLayout(top);
    layout->addLayout(grid, 1);

    m_timer.setInterval(std::chrono::minutes(1));
    connect(&m_timer, &QTimer::timeout, this, &ChartsPage::refresh);
    connect(m_refresh, &QPushButton::clicked, this, &ChartsPage::refresh);
    connect(&m_reports, &SupervisorReports::chartsArrived, this, &ChartsPage::display);
    connect(&m_reports, &SupervisorReports::chartsFailed, this, &ChartsPage::failed);
}

void ChartsPage::refresh()
{
    ++m_refreshes;
    m_reports.requestCharts(HallTime().serviceDay(m_clock.nowUtc()));
}

void ChartsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
    m_timer.start();
}

void ChartsPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_timer.stop();
}

void ChartsPage::display(const ChartFigures &figures)
{
    m_figures = figures;
    const QString time =
        HallTime().localTime(m_clock.nowUtc()).toString(QStringLiteral("HH:mm:ss"));
    m_status->setStyleSheet({});
    m_status->setText(tr("%1: %2 tickets issued, %3 served. Updated at %4; refreshed every "
                         "minute.")
                          .arg(figures.day.toString(Qt::ISODate))
                          .arg(figures.issuedTotal())
                          .arg(figures.servedTotal())
                          .arg(time));
    const QString nothing = tr("No tickets yet today.");
    if (figures.issuedTotal() == 0 && figures.servedTotal() == 0)
        m_hourly->showMessage(nothing);
    else
        m_hourly->setChart(HallChartBuilder::hourly(figures));
    int waited = 0;
    for (const ChartFigures::WaitBucket &b : figures.waits)
        waited += b.count;
    if (waited == 0)
        m_waits->showMessage(tr("Nobody has been called yet today."));
    else
        m_waits->setChart(HallChartBuilder::waits(figures));
    const bool rated = std::any_of(figures.areas.cbegin(), figures.areas.cend(),
                                   [](const ChartFigures::Area &a) { return a.rated > 0; });
    if (!rated)
        m_satisfaction->showMessage(tr("No service has been rated yet today."));
    else
        m_satisfaction->setChart(HallChartBuilder::satisfaction(figures));
}

void ChartsPage::failed(const QString &problem, bool offline)
{
    m_status->setStyleSheet(SupervisorLook::problemStyleSheet());
    const QString text = offline ? tr("Offline: the charts cannot be refreshed until the "
                                      "console is connected again.")
                                 : tr("The charts could not be refreshed: %1").arg(problem);
    m_status->setText(m_figures ? text + QLatin1Char(' ') + tr("Showing the last figures.") : text);
    if (!m_figures) {
        for (ChartPanel *panel : {m_hourly, m_waits, m_satisfaction})
            panel->showMessage(offline ? tr("Offline") : tr("No figures"));
    }
}

QString ChartsPage::statusText() const
{
    return m_status->text();
}

ChartPanel *ChartsPage::panel(Chart chart) const
{
    switch (chart) {
    case HourlyChart:
        return m_hourly;
    case WaitsChart:
        return m_waits;
    case SatisfactionChart:
        return m_satisfaction;
    }
    return nullptr;
}

QList<qreal> ChartsPage::barValues(Chart chart, int set) const
{
    const QChart *shown = panel(chart)->chart();
    if (!shown || shown->series().isEmpty())
        return {};
    const auto *series = qobject_cast<const QAbstractBarSeries *>(shown->series().first());
    if (!series || set >= series->count())
        return {};
    const QBarSet *bars = series->barSets().at(set);
    QList<qreal> values;
    for (int i = 0; i < bars->count(); ++i)
        values << bars->at(i);
    return values;
}

QStringList ChartsPage::categories(Chart chart) const
{
    const QChart *shown = panel(chart)->chart();
    if (!shown)
        return {};
    for (QAbstractAxis *axis : shown->axes()) {
        if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis))
            return categories->categories();
    }
    return {};
}

} // namespace halldesk
