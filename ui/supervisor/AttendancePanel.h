#pragma once

#include <QDate>
#include <QJsonObject>
#include <QWidget>

class QDateEdit;
class QLabel;
class QPushButton;

namespace halldesk {

class AttendanceTableModel;
class ReportTableView;
class SupervisorReports;

// The attendance of the staff over a range of days (考勤): from, to, 查询, and the table of
// sign-ins, breaks and figures per staff member and day.
class AttendancePanel : public QWidget
{
    Q_OBJECT

public:
    AttendancePanel(SupervisorReports &reports, QDate today, QWidget *parent = nullptr);

    // Asks for the range in the date fields.
    void query();

    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QPushButton *queryButton() const { return m_query; }
    ReportTableView *table() const { return m_table; }
    AttendanceTableModel *model() const { return m_model; }
    QString statusText() const;

private:
    void arrived(const QJsonObject &result);
    void failed(const QString &problem, bool offline);

    SupervisorReports &m_reports;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QPushButton *m_query = nullptr;
    QLabel *m_status = nullptr;
    ReportTableView *m_table = nullptr;
    AttendanceTableModel *m_model = nullptr;
};

} // namespace halldesk
