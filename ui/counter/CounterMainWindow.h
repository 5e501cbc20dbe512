#pragma once

#include "counter/CounterController.h"

#include <QMainWindow>
#include <QTimer>

class QAction;
class QLabel;
class QMenu;
class QSplitter;
class QTabWidget;
class QVBoxLayout;

namespace halldesk {

class ActionPanel;
class CounterActions;
class CurrentTicketPanel;
class SideTicketsPanel;
class SignInDialog;
class WaitingListPanel;
class WindowHeader;
struct CounterSettings;

// The clerk's workstation window: what is being served, the buttons and function keys, who is
// waiting, held and missed tickets, and the clerk's day. It only shows the controller's model
// and passes the clerk's intent on; everything that talks to the server is in the controller.
class CounterMainWindow : public QMainWindow
{
    Q_OBJECT

public:
    CounterMainWindow(CounterController &controller, CounterSettings &settings,
                      QWidget *parent = nullptr);
    ~CounterMainWindow() override;

    CounterActions &actions() { return *m_actions; }
    SignInDialog *signInDialog() const { return m_signIn; }
    void showNotice(const QString &message, CounterController::NoticeLevel level);
    // The voice's state, permanently in the status bar; a problem is also said once.
    void setVoiceStatus(const QString &text);
    void showVoiceProblem(const QString &message);
    // 受理: a wide button under the ticket being served, and an entry in the Counter menu.
    void addIntakeAction(QAction *intake);
    // The window's cases beside the waiting line, as a second tab (Alt+2; Alt+1 goes back).
    void addCasePanel(QWidget *panel);
    // A permanent word in the status bar, left of the voice and the connection.
    void addStatusWidget(QWidget *widget);
    bool isCasePanelShown() const;

signals:
    // The case list came into view: it should be read again.
    void casePanelShown();
    // The clerk changed the voice settings or asked to hear them.
    void settingsChanged();
    void testVoiceRequested(double rate, double volume);

private:
    void buildMenus();
    void showSignIn(const QString &reason);
    void showConnectionBanner();
    void onLoginFinished(bool ok, const QString &message);
    void transfer();
    void pauseOrResume();
    void resumeHeld();
    void returnNoShow();
    void callTicket(const QString &number = {});
    void openSettings();
    void showShortcuts();
    void tick();

    CounterController &m_controller;
    CounterSettings &m_settings;
    CounterActions *m_actions;
    WindowHeader *m_header;
    QLabel *m_banner;
    QLabel *m_voice;
    QAction *m_signInAction = nullptr;
    QMenu *m_workMenu = nullptr;
    QVBoxLayout *m_left = nullptr;
    QSplitter *m_right = nullptr;
    QTabWidget *m_lists = nullptr;
    CurrentTicketPanel *m_current;
    ActionPanel *m_buttons;
    WaitingListPanel *m_waiting;
    SideTicketsPanel *m_side;
    SignInDialog *m_signIn = nullptr;
    QTimer m_clock;
    QTimer m_bannerTimer;
    bool m_offlineShown = false;
};

} // namespace halldesk
