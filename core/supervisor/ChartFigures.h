#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <optional>

namespace halldesk {

// The supervisor console's charts of one hall day, as hallCharts answers them (PROTOCOL.md
// §5.32): tickets issued and served per hour, the waits in buckets of minutes, and the
// satisfaction per area.
struct ChartFigures
{
    Q_DECLARE_TR_FUNCTIONS(ChartFigures)

public:
    struct Hour
    {
        int hour = 0;
        int issued = 0;
        int served = 0;
    };
    struct WaitBucket
    {
        int fromMinutes = 0;
        int toMinutes = -1; // none: the last bucket
        int count = 0;
    };
    struct Area
    {
        QString code;
        QString name;
        int rated = 0;
        int unrated = 0;
        std::optional<double> satisfactionRate;
    };

    QDate day;
    QList<Hour> hours;
    QList<WaitBucket> waits;
    QList<Area> areas;

    // nullopt for an answer that is not a hallCharts result.
    static std::optional<ChartFigures> fromJson(const QJsonObject &result);

    // The hours a chart shows: the hall's opening hours (08–18) and any other hour with a
    // ticket issued or served, in one run.
    QList<Hour> shownHours() const;
    // No ticket issued and nothing rated or unrated that day.
    bool isEmpty() const;
    int issuedTotal() const;
    int servedTotal() const;
    // "0–5", "5–10", "≥ 60" (minutes). No "<": chart axes take their labels as rich text.
    static QString waitLabel(const WaitBucket &bucket);
};

} // namespace halldesk
