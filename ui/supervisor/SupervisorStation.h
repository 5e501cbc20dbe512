#pragma once

#include "supervisor/SupervisorSettings.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <functional>
#include <memory>

namespace halldesk {

class AdminPage;
class AlertMonitor;
class AlertSound;
class ChartsPage;
class Clock;
class HallClient;
class HallMonitor;
class QueueTableModel;
class StaffPage;
class OperationError;
class SupervisorLoginDialog;
class SupervisorReports;
class SupervisorScreen;
class SupervisorWindow;
class ReportsPage;
class FollowUpsPage;
class WindowGridModel;
struct ClientReply;

// One running supervisor console (值班长): the connection, the live hall and its alerts, the
// models of the grid and the queues, the alert sound and the screen, and the pages of charts
// and staff with the reports they ask the server for.
class SupervisorStation : public QObject
{
    Q_OBJECT

public:
    // `sound`: none makes the console silent.
    SupervisorStation(SupervisorSettings settings, const Clock &clock,
                      std::unique_ptr<AlertSound> sound, QObject *parent = nullptr);
    ~SupervisorStation() override;

    // Connects; false with a reason in the user's language (the TLS files).
    bool start(QString *error);
    // Signs a supervisor in; `done` gets "" or why not, in the user's language.
    void login(const QString &staffNo, const QString &password,
               std::function<void(const QString &problem)> done);

    // Connected to the hall server (a sign-in goes out at once).
    bool isConnected() const;

    // Why a sign-in was refused, in words: a clerk's account gets its own explanation.
    static QString loginProblem(const ClientReply &reply);

    // The top-level window with its tabs; the live hall is its first page.
    SupervisorWindow *window() const { return m_window.get(); }
    SupervisorScreen *screen() const;
    ReportsPage *reportsPage() const { return m_reportsPage; }
    FollowUpsPage *followUpsPage() const { return m_followUps; }
    HallClient *client() const { return m_client.get(); }
    HallMonitor *hall() const { return m_hall.get(); }
    AlertMonitor *alerts() const { return m_alerts.get(); }
    WindowGridModel *windowModel() const { return m_windowModel.get(); }
    QueueTableModel *queueModel() const { return m_queueModel.get(); }
    SupervisorReports *reports() const { return m_reports.get(); }
    ChartsPage *chartsPage() const { return m_chartsPage; }
    StaffPage *staffPage() const { return m_staffPage; }
    // 系统管理, shown only while an administrator is signed in (owned by the window).
    AdminPage *adminPage() const { return m_admin; }
    // The signed-in staff member's role is admin.
    bool isAdmin() const;
    // Open while the console asks to sign in again after its session ended (expired, or an
    // administrator changed the account); nullptr otherwise.
    SupervisorLoginDialog *signInAgainDialog() const;

signals:
    // The hall's settings (thresholds) are in force on this console now.
    void hallSettingsApplied();

private:
    // The pages after the live hall, in the order a supervisor needs them.
    void addPages();
    // Who signed in, and 系统管理 shown (and read) for an administrator only.
    void sessionStarted();
    void readHallSettings();
    void applyHallSettings(const QJsonObject &settings);
    void sessionEnded(const OperationError &why);

    SupervisorSettings m_settings;
    const Clock &m_clock;
    std::unique_ptr<AlertSound> m_sound;
    std::unique_ptr<HallClient> m_client;
    std::unique_ptr<HallMonitor> m_hall;
    std::unique_ptr<AlertMonitor> m_alerts;
    std::unique_ptr<WindowGridModel> m_windowModel;
    std::unique_ptr<QueueTableModel> m_queueModel;
    std::unique_ptr<SupervisorReports> m_reports;
    std::unique_ptr<SupervisorWindow> m_window;
    ChartsPage *m_chartsPage = nullptr;   // owned by m_window
    StaffPage *m_staffPage = nullptr;     // owned by m_window
    ReportsPage *m_reportsPage = nullptr; // owned by m_window
    FollowUpsPage *m_followUps = nullptr; // owned by m_window
    AdminPage *m_admin = nullptr;
    // Who was signed in: a session that ends is asked for again, a refusal before any is not.
    QString m_signedInStaffNo;
    QPointer<SupervisorLoginDialog> m_signInAgain; // deletes itself when closed
};

} // namespace halldesk
