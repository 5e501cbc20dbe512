#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QString>

namespace halldesk {

// What a supervisor asks `hallReport` for (PROTOCOL.md §5.31): a range of hall days and how
// the rows are grouped. Checked here first, so a wrong range is explained before anything is
// sent.
struct ReportRequest
{
    Q_DECLARE_TR_FUNCTIONS(ReportRequest)

public:
    enum class Grouping
    {
        Day,
        Area,
        Queue,
        Window,
        Staff
    };
    static constexpr int MaxDays = 366;

    QDate from;
    QDate to;
    Grouping groupBy = Grouping::Day;

    // "" when the server would accept it; otherwise why not, in the user's language.
    QString problem() const;
    QJsonObject args() const;
    // 按日 / 按区域 ...; the words of the report's title and of the grouping choice.
    static QString groupingName(Grouping grouping);
    // The heading of the first column: 日期, 区域, 队列, 窗口, 工作人员.
    static QString keyHeading(Grouping grouping);
    static QString storageName(Grouping grouping);

    // The calendar quarter `day` falls in, and the one before it: the ranges supervisors report on.
    static ReportRequest quarterOf(QDate day, Grouping grouping);
    static ReportRequest previousQuarter(QDate day, Grouping grouping);
    static ReportRequest monthOf(QDate day, Grouping grouping);
};

} // namespace halldesk
