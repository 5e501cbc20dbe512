#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace halldesk {

class AdminLogTableModel;
class ReportTableView;

// 操作记录: the administrators' changes, newest first (adminLog, PROTOCOL.md §5.45). The page
// that owns it reads the log; the panel shows it and asks for the newest or older entries.
class AdminLogPanel : public QWidget
{
    Q_OBJECT

public:
    explicit AdminLogPanel(AdminLogTableModel &model, QWidget *parent = nullptr);

    // After an answer: the buttons follow the model, `problem` is said in words if not empty.
    void showAnswer(const QString &problem);
    void showLoading();
    ReportTableView *view() const { return m_view; }
    QPushButton *olderButton() const { return m_older; }

signals:
    void newestRequested();
    void olderRequested();

private:
    AdminLogTableModel &m_model;
    ReportTableView *m_view = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_older = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace halldesk
