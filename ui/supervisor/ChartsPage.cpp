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
#include <QDateEdit>
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
    m_dayEdit = new QDateEdit;
    m_dayEdit->setCalendarPopup(true);
    m_dayEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_dayEdit->setFont(SupervisorLook::font(SupervisorLook::TextPx));
    m_dayEdit->setMinimumHeight(40);
    m_dayEdit->setDate(today());
    m_dayEdit->setMaximumDate(today());
    auto *dayLabel = new QLabel(tr("&Day"));
    dayLabel->setFont(SupervisorLook::font(SupervisorLook::TextPx));
    dayLabel->setBuddy(m_dayEdit);
    m_today = new QPushButton(tr("Today"));
    m_today->setFont(SupervisorLook::font(SupervisorLook::TextPx));
    m_today->setMinimumHeight(40);
    m_hourly = new ChartPanel(QString());
    m_waits = new ChartPanel(QString());
    m_satisfaction = new ChartPanel(QString());
    updateTitles();
    for (ChartPanel *panel : {m_hourly, m_waits, m_satisfaction})
        panel->showMessage(tr("Loading…"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_status, 1);
    top->addWidget(dayLabel);
    top->addWidget(m_dayEdit);
    top->addWidget(m_today);
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
    connect(m_dayEdit, &QDateEdit::dateChanged, this, &ChartsPage::showDay);
    connect(m_today, &QPushButton::clicked, this, [this] { showDay(today()); });
    connect(&m_reports, &SupervisorReports::chartsArrived, this, &ChartsPage::display);
    connect(&m_reports, &SupervisorReports::chartsFailed, this, &ChartsPage::failed);
}

QDate ChartsPage::today() const
{
    return HallTime().serviceDay(m_clock.nowUtc());
}

QDate ChartsPage::day() const
{
    return m_pickedDay.value_or(today());
}

void ChartsPage::refresh()
{
    ++m_refreshes;
    const QDate now = today();
    m_dayEdit->setMaximumDate(now);
    {
        const QSignalBlocker block(m_dayEdit);
        m_dayEdit->setDate(day());
    }
    m_reports.requestCharts(day());
}

void ChartsPage::showDay(QDate day)
{
    if (day >= today())
        m_pickedDay.reset();
    else
        m_pickedDay = day;
    // A past day does not change: only today's charts are asked for again on their own.
    if (showsToday() && isVisible())
        m_timer.start();
    else
        m_timer.stop();
    m_figures.reset();
    updateTitles();
    for (ChartPanel *panel : {m_hourly, m_waits, m_satisfaction})
        panel->showMessage(tr("Loading…"));
    refresh();
}

void ChartsPage::updateTitles()
{
    if (showsToday()) {
        m_hourly->setTitle(tr("Tickets issued and served per hour today"));
        m_waits->setTitle(tr("How long citizens waited today"));
        m_satisfaction->setTitle(tr("Satisfaction per area today"));
        return;
    }
    const QString day = m_pickedDay->toString(Qt::ISODate);
    m_hourly->setTitle(tr("Tickets issued and served per hour on %1").arg(day));
    m_waits->setTitle(tr("How long citizens waited on %1").arg(day));
    m_satisfaction->setTitle(tr("Satisfaction per area on %1").arg(day));
}

void ChartsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
    if (showsToday())
        m_timer.start();
}

void ChartsPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_timer.stop();
}

void ChartsPage::display(const ChartFigures &figures)
{
    // An answer for a day no longer chosen (the choice changed while it was on its way).
    if (figures.day != day())
        return;
    m_figures = figures;
    const QString time =
        HallTime().localTime(m_clock.nowUtc()).toString(QStringLiteral("HH:mm:ss"));
    m_status->setStyleSheet({});
    const bool live = showsToday();
    if (live)
        m_status->setText(tr("%1: %2 tickets issued, %3 served. Updated at %4; refreshed every "
                             "minute.")
                              .arg(figures.day.toString(Qt::ISODate))
                              .arg(figures.issuedTotal())
                              .arg(figures.servedTotal())
                              .arg(time));
    else
        m_status->setText(tr("%1: %2 tickets issued, %3 served.")
                              .arg(figures.day.toString(Qt::ISODate))
                              .arg(figures.issuedTotal())
                              .arg(figures.servedTotal()));
    const QString nothing = live ? tr("No tickets yet today.") : tr("No tickets on this day.");
    if (figures.issuedTotal() == 0 && figures.servedTotal() == 0)
        m_hourly->showMessage(nothing);
    else
        m_hourly->setChart(HallChartBuilder::hourly(figures));
    int waited = 0;
    for (const ChartFigures::WaitBucket &b : figures.waits)
        waited += b.count;
    if (waited == 0)
        m_waits->showMessage(live ? tr("Nobody has been called yet today.")
                                  : tr("Nobody was called on this day."));
    else
        m_waits->setChart(HallChartBuilder::waits(figures));
    const bool rated = std::any_of(figures.areas.cbegin(), figures.areas.cend(),
                                   [](const ChartFigures::Area &a) { return a.rated > 0; });
    if (!rated)
        m_satisfaction->showMessage(live ? tr("No service has been rated yet today.")
                                         : tr("No service was rated on this day."));
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
