#include "supervisor/HallChartBuilder.h"

#include "supervisor/ChartFigures.h"
#include "supervisor/SupervisorLook.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace halldesk {

namespace {

QChart *newChart()
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(8, 8, 8, 8));
    chart->legend()->setFont(SupervisorLook::font(SupervisorLook::TextPx));
    chart->legend()->setAlignment(Qt::AlignTop);
    return chart;
}

QBarSet *barSet(const QString &label, const QColor &color)
{
    auto *set = new QBarSet(label);
    set->setColor(color);
    set->setBorderColor(color);
    set->setLabelColor(Qt::black);
    set->setLabelFont(SupervisorLook::font(SupervisorLook::MinimumPx));
    return set;
}

void styleAxis(QAbstractAxis *axis, const QString &title)
{
    axis->setLabelsFont(SupervisorLook::font(SupervisorLook::TextPx));
    axis->setTitleText(title);
    axis->setTitleFont(SupervisorLook::font(SupervisorLook::TextPx, true));
}

// A count axis from 0 with whole-number ticks and room above the highest bar for its label.
QValueAxis *countAxis(int highest, const QString &title)
{
    auto *axis = new QValueAxis;
    int top = std::max(4, int(std::ceil(highest * 1.15)));
    top = (top + 3) / 4 * 4;
    axis->setRange(0, top);
    axis->setTickCount(5);
    axis->setLabelFormat(QStringLiteral("%d"));
    styleAxis(axis, title);
    return axis;
}

void showValues(QAbstractBarSeries *series)
{
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
}

} // namespace

QChart *HallChartBuilder::hourly(const ChartFigures &figures)
{
    QChart *chart = newChart();
    QBarSet *issued = barSet(tr("Tickets issued"), QColor(0x2f, 0x6d, 0xb5));
    QBarSet *served = barSet(tr("Tickets served"), QColor(0x2e, 0x8b, 0x57));
    QStringList hours;
    int highest = 0;
    for (const ChartFigures::Hour &h : figures.shownHours()) {
        *issued << h.issued;
        *served << h.served;
        highest = std::max({highest, h.issued, h.served});
        hours << tr("%1:00").arg(h.hour, 2, 10, QLatin1Char('0'));
    }
    auto *series = new QBarSeries;
    series->append({issued, served});
    showValues(series);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(hours);
    styleAxis(x, tr("Hour of the day"));
    auto *y = countAxis(highest, tr("Tickets"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    return chart;
}

QChart *HallChartBuilder::waits(const ChartFigures &figures)
{
    QChart *chart = newChart();
    chart->legend()->hide();
    QBarSet *set = barSet(tr("Citizens"), QColor(0xd9, 0x82, 0x2b));
    QStringList buckets;
    int highest = 0;
    for (const ChartFigures::WaitBucket &b : figures.waits) {
        *set << b.count;
        highest = std::max(highest, b.count);
        buckets << ChartFigures::waitLabel(b);
    }
    auto *series = new QBarSeries;
    series->append(set);
    series->setBarWidth(0.7);
    showValues(series);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(buckets);
    styleAxis(x, tr("Waiting time (minutes)"));
    auto *y = countAxis(highest, tr("Citizens called"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    return chart;
}

QChart *HallChartBuilder::satisfaction(const ChartFigures &figures)
{
    QChart *chart = newChart();
    chart->legend()->hide();
    QBarSet *set = barSet(tr("Satisfaction rate"), QColor(0x1b, 0x8a, 0x8f));
    QStringList areas;
    // Top to bottom in the hall's order: a horizontal bar chart draws its first category at
    // the bottom.
    for (auto it = figures.areas.crbegin(); it != figures.areas.crend(); ++it) {
        const double rate = it->satisfactionRate.value_or(0.0) * 100.0;
        *set << std::round(rate * 10.0) / 10.0;
        areas << (it->rated > 0 ? tr("%1 (%n rated)", nullptr, it->rated).arg(it->name)
                                : tr("%1 (none rated)").arg(it->name));
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.7);
    // Inside the bar's end, in white: the axis can end at 100 %.
    showValues(series);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    series->setLabelsFormat(QStringLiteral("@value%"));
    set->setLabelColor(Qt::white);
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(areas);
    styleAxis(y, QString());
    auto *x = new QValueAxis;
    x->setRange(0, 100);
    x->setTickCount(11);
    x->setLabelFormat(QStringLiteral("%d"));
    styleAxis(x, tr("Satisfaction rate (%)"));
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(y);
    series->attachAxis(x);
    return chart;
}

} // namespace halldesk
