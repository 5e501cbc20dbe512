#pragma once

#include "counter/CounterSettings.h"

#include <QObject>
#include <memory>

namespace halldesk {

class CallAnnouncer;
class CaseDesk;
class CaseListPanel;
class CaseQueries;
class CaseViews;
class CatalogueCache;
class Clock;
class CounterController;
class CounterMainWindow;
class HallClient;
class IntakeLauncher;
class MaterialUploader;
class PadStation;
class ScanUploadIndicator;
class ScanUploadQueue;
class SqliteOutbox;
class TerminalStore;
class WorkingCalendar;

// Everything one counter terminal is, put together: its settings, its terminal store with the
// outbox, the connection to the hall server, the controller, the main window, the voice, and
// the casework (the cached catalogue, the cases and the intake).
// The program's main, the GUI tests and the benchmarks all build the counter through this, so
// they run the same code.
class CounterWorkstation : public QObject
{
    Q_OBJECT

public:
    CounterWorkstation(CounterSettings settings, QString storePath, const Clock &clock,
                       QObject *parent = nullptr);
    ~CounterWorkstation() override;

    // Opens the store and connects; false with a reason in the user's language. A damaged store
    // that had to be moved aside is not fatal: the window then shows where it went.
    bool start(QString *error);
    // The demo: sign this staff member in as soon as the server is reachable.
    void signInAutomatically(const QString &staffNo, const QString &password);

    CounterMainWindow *window() const { return m_window.get(); }
    CounterController *controller() const { return m_controller.get(); }
    HallClient *client() const { return m_client.get(); }
    TerminalStore *store() const { return m_store.get(); }
    CallAnnouncer *announcer() const { return m_announcer.get(); }
    CaseDesk *caseDesk() const { return m_caseDesk.get(); }
    CatalogueCache *catalogue() const { return m_catalogue.get(); }
    IntakeLauncher *intake() const { return m_intake.get(); }
    ScanUploadQueue *scanUploads() const { return m_scanUploads.get(); }
    ScanUploadIndicator *scanUploadIndicator() const { return m_scanIndicator; }
    CaseListPanel *casePanel() const { return m_casePanel; }
    CaseViews *caseViews() const { return m_caseViews; }
    CounterSettings &settings() { return m_settings; }
    // The evaluator pad on the second monitor; nullptr without one (CounterPad).
    PadStation *pad() const { return m_pad.get(); }

    // Signed in, connected, the window open for this clerk and its state received from the server.
    bool isUsable() const;

signals:
    void usable();

private:
    void createAnnouncer();
    void applyVoiceSettings();
    void showVoiceStatus();
    void checkUsable();
    void startCasework();
    void refreshCasework();
    void startScanUploads();

    CounterSettings m_settings;
    QString m_storePath;
    const Clock &m_clock;
    std::unique_ptr<TerminalStore> m_store;
    std::unique_ptr<SqliteOutbox> m_outbox;
    std::unique_ptr<HallClient> m_client;
    std::unique_ptr<CounterController> m_controller;
    std::unique_ptr<CallAnnouncer> m_announcer;
    std::unique_ptr<WorkingCalendar> m_calendar;
    std::unique_ptr<CatalogueCache> m_catalogue;
    std::unique_ptr<CaseDesk> m_caseDesk;
    std::unique_ptr<CounterMainWindow> m_window;
    std::unique_ptr<IntakeLauncher> m_intake;
    std::unique_ptr<CaseQueries> m_caseQueries;
    std::unique_ptr<MaterialUploader> m_uploader;
    std::unique_ptr<ScanUploadQueue> m_scanUploads;
    std::unique_ptr<PadStation> m_pad;
    ScanUploadIndicator *m_scanIndicator = nullptr; // owned by the window
    CaseListPanel *m_casePanel = nullptr;           // owned by the window
    CaseViews *m_caseViews = nullptr;               // owned by the panel
    QString m_autoStaffNo;
    QString m_autoPassword;
    bool m_wasUsable = false;
};

} // namespace halldesk
