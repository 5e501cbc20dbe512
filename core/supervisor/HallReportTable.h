#pragma once

#include "supervisor/ReportRequest.h"

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace halldesk {

// A `hallReport` answer (PROTOCOL.md §5.31) as a table: one row per key, then the totals. The
// screen, the CSV file and the PDF all take their texts from here, so they always agree. Times
// are minutes with one decimal and rates percentages, the way the hall's monthly statistics
// are written.
class HallReportTable : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Key,
        Issued,
        Served,
        NoShows,
        Cancelled,
        AverageWait,
        MaxWait,
        AverageService,
        Rated,
        Bad,
        Satisfaction,
        ColumnCount
    };

    // True on the totals row, which a view sets off (bold).
    static constexpr int TotalsRole = Qt::UserRole + 1;

    explicit HallReportTable(QObject *parent = nullptr);

    // Replaces the table; false (and the table emptied) if `result` is not a report.
    bool setReport(const ReportRequest &request, const QJsonObject &result);
    void clear();
    bool hasReport() const { return m_hasReport; }
    const ReportRequest &request() const { return m_request; }

    // 大厅业务统计 2026-10-01 至 2026-12-31（按队列）
    QString title() const;
    QStringList headings() const;
    // Every row's texts, the totals last.
    QList<QStringList> texts() const;
    // How many of the rows are the report's keys (the totals row excluded).
    int keyRows() const { return int(m_rows.size()); }
    static bool isNumeric(int column) { return column != Key; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString minutesText(const QJsonValue &ms);

private:
    QString keyText(const QJsonObject &row) const;
    QStringList rowTexts(const QJsonObject &row, const QString &key) const;

    ReportRequest m_request;
    QList<QStringList> m_rows;
    QStringList m_totals;
    bool m_hasReport = false;
};

} // namespace halldesk
