#pragma once

#include "supervisor/AdminConfig.h"

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QTabWidget;

namespace halldesk {

class AdminLogPanel;
class AdminLogTableModel;
class AreasQueuesPanel;
class HallClient;
class HolidaysPanel;
class PriorityThresholdsPanel;
class StaffPanel;
class WindowsPanel;
class OperationError;
struct ClientReply;

// 系统管理: the administration page of the supervisor console, for staff of role admin
// (PROTOCOL.md §5.36–5.45). It reads adminConfig, shows it in one panel per subject, sends
// each change the panels ask for and reads everything again from the server's answer; a
// refusal is said in words below the panels and changes nothing.
class AdminPage : public QWidget
{
    Q_OBJECT

public:
    explicit AdminPage(HallClient &client, QWidget *parent = nullptr);

    // Asks the server for adminConfig; the panels follow when it answers.
    void reload();
    const AdminConfig &config() const { return m_config; }
    // The last answer in words ("" before any change).
    QString status() const;

    AreasQueuesPanel *areasQueues() const { return m_areasQueues; }
    WindowsPanel *windows() const { return m_windows; }
    StaffPanel *staff() const { return m_staff; }
    PriorityThresholdsPanel *priorityThresholds() const { return m_priorityThresholds; }
    HolidaysPanel *holidays() const { return m_holidays; }
    AdminLogPanel *log() const { return m_log; }
    AdminLogTableModel *logModel() const { return m_logModel; }
    // One tab per panel.
    QTabWidget *tabs() const { return m_tabs; }

signals:
    void configLoaded();
    // An adminLog answer was shown (or its refusal said).
    void logLoaded();
    // A change was answered: accepted, or refused with `problem` in words.
    void changeAnswered(bool ok, const QString &problem);

private:
    void submit(const QString &op, const QJsonObject &args);
    void answered(const ClientReply &reply);
    void showStatus(const QString &text, bool problem);
    // The newest page of the log, or the page before the oldest entry shown.
    void readLog(bool older);
    static QString problemInWords(const OperationError &error);

    HallClient &m_client;
    AdminConfig m_config;
    QTabWidget *m_tabs = nullptr;
    AreasQueuesPanel *m_areasQueues = nullptr;
    WindowsPanel *m_windows = nullptr;
    StaffPanel *m_staff = nullptr;
    PriorityThresholdsPanel *m_priorityThresholds = nullptr;
    HolidaysPanel *m_holidays = nullptr;
    AdminLogTableModel *m_logModel = nullptr;
    AdminLogPanel *m_log = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace halldesk
