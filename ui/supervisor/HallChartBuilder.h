#pragma once

#include <QCoreApplication>

class QChart;

namespace halldesk {

struct ChartFigures;

// The three charts of the charts page from a day's figures, in the console's look: large
// labels, Chinese axis titles, each bar's value written on it.
class HallChartBuilder
{
    Q_DECLARE_TR_FUNCTIONS(HallChartBuilder)

public:
    // Tickets issued and served per hour, side by side.
    static QChart *hourly(const ChartFigures &figures);
    // How many waited how long.
    static QChart *waits(const ChartFigures &figures);
    // Satisfaction rate per area, as horizontal bars (an area with nothing rated at 0, so
    // marked in its label).
    static QChart *satisfaction(const ChartFigures &figures);
};

} // namespace halldesk
