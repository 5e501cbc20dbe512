#pragma once

#include <QDate>
#include <QJsonObject>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace halldesk {

class RankingTableModel;
class ReportTableView;
class SupervisorReports;

// The quarterly ranking (季度评比): year, quarter, 查询, the criteria in force, and the two
// lists side by side: 十佳红旗窗口 and 十佳服务标兵.
class RankingPanel : public QWidget
{
    Q_OBJECT

public:
    RankingPanel(SupervisorReports &reports, QDate today, QWidget *parent = nullptr);

    void query();

    QSpinBox *yearEdit() const { return m_year; }
    QComboBox *quarterBox() const { return m_quarter; }
    QPushButton *queryButton() const { return m_query; }
    RankingTableModel *windowsModel() const { return m_windows; }
    RankingTableModel *staffModel() const { return m_staff; }
    QString criteriaText() const;
    QString statusText() const;

private:
    void arrived(const QJsonObject &result);
    void failed(const QString &problem, bool offline);

    SupervisorReports &m_reports;
    QSpinBox *m_year = nullptr;
    QComboBox *m_quarter = nullptr;
    QPushButton *m_query = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_criteria = nullptr;
    RankingTableModel *m_windows = nullptr;
    RankingTableModel *m_staff = nullptr;
};

} // namespace halldesk
