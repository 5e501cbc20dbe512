#include "counter/CounterWorkstation.h"

#include "calendar/WorkingCalendar.h"
#include "cases/CaseListPanel.h"
#include "cases/CaseViews.h"
#include "client/HallClient.h"
#include "client/MaterialUploader.h"
#include "clock/Clock.h"
#include "clock/HallTime.h"
#include "counter/CounterController.h"
#include "counter/CounterMainWindow.h"
#include "counter/CounterPad.h"
#include "counter/IntakeLauncher.h"
#include "counter/ScanUploadIndicator.h"
#include "counter/SignInDialog.h"
#include "logging/HallDeskLogging.h"
#include "pad/PadStation.h"
#include "speech/CallAnnouncer.h"
#include "speech/QtSpeechEngine.h"
#include "speech/SpokenAnnouncement.h"
#include "terminal/CaseDesk.h"
#include "terminal/CaseQueries.h"
#include "terminal/CatalogueCache.h"
#include "terminal/ScanUploadQueue.h"
#include "terminal/SqliteOutbox.h"
#include "terminal/TerminalStore.h"

namespace halldesk {

CounterWorkstation::CounterWorkstation(CounterSettings settings, QString storePath,
                                       const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_storePath(std::move(storePath))
    , m_clock(clock)
{}

CounterWorkstation::~CounterWorkstation()
{
    // Stopping fails the requests still pending, and their callbacks (the catalogue's, the case
    // desk's) use their owners: they must still be there.
    if (m_client)
        m_client->stop();
    // The uploads use the client and the case desk's store; the window and controller use the
    // client and the store: they go first.
    m_scanUploads.reset();
    m_uploader.reset();
    m_intake.reset();
    m_window.reset();
    m_caseQueries.reset();
    m_caseDesk.reset();
    m_catalogue.reset();
    m_controller.reset();
    m_client.reset();
    m_outbox.reset();
    m_store.reset();
}

bool CounterWorkstation::start(QString *error)
{
    m_store = std::make_unique<TerminalStore>(m_storePath);
    QString storeWarning;
    if (!m_store->openForProgram(error, &storeWarning))
        return false;
    m_outbox = std::make_unique<SqliteOutbox>(*m_store);

    HallClientSettings clientSettings;
    clientSettings.url = m_settings.serverUrl;
    clientSettings.tls = m_settings.tls;
    m_client = std::make_unique<HallClient>(clientSettings, m_outbox.get());
    m_controller =
        std::make_unique<CounterController>(m_settings.window, *m_client, *m_store, m_clock);
    m_window = std::make_unique<CounterMainWindow>(*m_controller, m_settings);
    applyVoiceSettings();
    connect(m_window.get(), &CounterMainWindow::settingsChanged, this,
            &CounterWorkstation::applyVoiceSettings);
    connect(m_window.get(), &CounterMainWindow::testVoiceRequested, this,
            [this](double rate, double volume) {
                if (!m_announcer)
                    createAnnouncer();
                m_announcer->setEnabled(true);
                m_announcer->setRate(rate);
                m_announcer->setVolume(volume);
                m_announcer->announce(spokenAnnouncement(
                    tr("Number A001, please come to window %1.").arg(m_settings.window),
                    QStringLiteral("A001")));
            });
    connect(&m_controller->model(), &CounterModel::called, this,
            [this](const Ticket &ticket, const QString &announcement) {
                if (m_announcer && m_settings.voiceEnabled && !announcement.isEmpty())
                    m_announcer->announce(spokenAnnouncement(announcement, ticket.number));
            });

    for (auto signal :
         {&CounterController::availabilityChanged, &CounterController::sessionChanged}) {
        connect(m_controller.get(), signal, this, &CounterWorkstation::checkUsable);
    }
    connect(&m_controller->model(), &CounterModel::reset, this, &CounterWorkstation::checkUsable);
    connect(&m_controller->model(), &CounterModel::windowChanged, this,
            &CounterWorkstation::checkUsable);

    if (!m_controller->start(error))
        return false;
    // Before the client's first answers arrive (they need the event loop): a case sent before
    // a restart is answered to the case desk.
    startCasework();
    if (!storeWarning.isEmpty())
        m_window->showNotice(storeWarning, CounterController::NoticeLevel::Warning);
    QString padWarning;
    m_pad = CounterPad::start(m_settings, m_storePath, m_clock, &padWarning);
    if (!padWarning.isEmpty())
        m_window->showNotice(padWarning, CounterController::NoticeLevel::Warning);
    return true;
}

void CounterWorkstation::signInAutomatically(const QString &staffNo, const QString &password)
{
    m_autoStaffNo = staffNo;
    m_autoPassword = password;
    const auto attempt = [this] {
        if (m_autoStaffNo.isEmpty() || !m_controller->isOnline())
            return;
        if (m_controller->hasSession() && m_client->signedInStaff()) {
            m_autoStaffNo.clear();
            return;
        }
        const QString staffNo = std::exchange(m_autoStaffNo, {});
        if (SignInDialog *dialog = m_window->signInDialog()) {
            dialog->setStaffNo(staffNo);
            dialog->setBusy(true);
        }
        m_controller->login(staffNo, std::exchange(m_autoPassword, {}));
    };
    connect(m_controller.get(), &CounterController::connectionStateChanged, this, attempt);
    attempt();
}

bool CounterWorkstation::isUsable() const
{
    if (!m_controller || !m_controller->isOnline() || !m_controller->hasSession())
        return false;
    const CounterModel &model = m_controller->model();
    return model.hasState() && !model.isStale() && model.window().state != WindowState::SignedOut &&
           model.window().staffNo == m_controller->staffNo();
}

void CounterWorkstation::checkUsable()
{
    const bool now = isUsable();
    if (now && !m_wasUsable) {
        refreshCasework();
        emit usable();
    }
    m_wasUsable = now;
}

namespace {

QStringList areaCodes(const HallLayout &layout)
{
    QStringList codes;
    for (const HallArea &area : layout.areas())
        codes << area.code;
    return codes;
}

} // namespace

void CounterWorkstation::startCasework()
{
    m_calendar = std::make_unique<WorkingCalendar>(WorkingCalendar::withShippedYears());
    m_catalogue =
        std::make_unique<CatalogueCache>(*m_store, areaCodes(m_controller->model().layout()));
    // The server's holiday notices, kept from the last connection: a year an administrator
    // added counts at this counter too.
    const auto takeYears = [this] {
        for (const HolidayYear &year : m_catalogue->holidayYears())
            m_calendar->addYear(year);
    };
    m_catalogue->load();
    takeYears();
    connect(m_catalogue.get(), &CatalogueCache::holidayYearsChanged, this, takeYears);
    m_caseDesk = std::make_unique<CaseDesk>(*m_store, *m_outbox, *m_client, *m_catalogue,
                                            *m_calendar, m_settings.window);
    // The pad shows the citizen what they are rating: the items of this ticket's cases.
    m_controller->setServiceSummary([this](const QString &ticketNumber) {
        return m_caseDesk->handledFor(ticketNumber, HallTime().serviceDay(m_clock.nowUtc()));
    });
    m_intake = std::make_unique<IntakeLauncher>(
        *m_controller, *m_caseDesk, *m_calendar, m_clock,
        NoticeHall{m_settings.hallName, m_settings.hallAddress, m_settings.hallPhone},
        m_window.get());
    m_window->addIntakeAction(m_intake->action());

    m_caseQueries = std::make_unique<CaseQueries>(*m_client, m_caseDesk->cases(), *m_calendar);
    m_casePanel = new CaseListPanel(*m_calendar);
    m_window->addCasePanel(m_casePanel);
    m_caseViews = new CaseViews(
        *m_caseDesk, *m_caseQueries, *m_casePanel,
        [this] { return HallTime().serviceDay(m_clock.nowUtc()); }, HallTime(), m_window.get());
    connect(m_caseViews, &CaseViews::reprintRequested, m_intake.get(), &IntakeLauncher::reprint);
    connect(m_window.get(), &CounterMainWindow::casePanelShown, m_casePanel,
            &CaseListPanel::refresh);
    connect(m_intake.get(), &IntakeLauncher::caseKept, m_casePanel, &CaseListPanel::refresh);

    startScanUploads();

    connect(m_catalogue.get(), &CatalogueCache::catalogueChanged, m_intake.get(),
            &IntakeLauncher::refresh);
    connect(m_catalogue.get(), &CatalogueCache::refreshFailed, this, [this](const QString &why) {
        m_window->showNotice(why, CounterController::NoticeLevel::Warning);
    });
    connect(m_caseDesk.get(), &CaseDesk::caseSent, this, [this](const QString &number) {
        m_window->showNotice(tr("Case %1 is stored on the hall server.").arg(number),
                             CounterController::NoticeLevel::Info);
    });
    // Never settled silently: the clerk reads why (the item codes of a changed catalogue, the
    // field that did not pass) and takes the application again.
    connect(m_caseDesk.get(), &CaseDesk::caseRefused, this,
            [this](const QString &number, const OperationError &error) {
                QString why = error.message();
                if (!error.detail().isEmpty())
                    why += QStringLiteral(" (%1)").arg(error.detail());
                m_window->showNotice(tr("The hall server refused case %1: %2").arg(number, why),
                                     CounterController::NoticeLevel::Error);
            });
    connect(m_caseDesk.get(), &CaseDesk::actionRefused, this,
            [this](const QString &number, const OperationError &error) {
                m_window->showNotice(
                    tr("The step on case %1 was refused: %2").arg(number, error.message()),
                    CounterController::NoticeLevel::Error);
            });
}

// Scans go to the server on their own, after their case, whatever the clerk is doing; the
// status bar says how far they are and what holds them up.
void CounterWorkstation::startScanUploads()
{
    MaterialScanStore &scans = m_caseDesk->scans();
    // Scans of intakes given up in a crash, older than a day, and stray files: personal data
    // with no case to belong to.
    const int swept = scans.sweep(m_clock.nowMs() - 24 * 3600 * 1000);
    if (swept > 0)
        qCInfo(lcCase) << swept << "abandoned scan file(s) removed";
    m_uploader = std::make_unique<MaterialUploader>(*m_client);
    m_scanUploads = std::make_unique<ScanUploadQueue>(scans, *m_uploader);
    m_scanIndicator = new ScanUploadIndicator(m_window.get());
    m_window->addStatusWidget(m_scanIndicator);
    connect(m_scanUploads.get(), &ScanUploadQueue::statusChanged, m_scanIndicator,
            &ScanUploadIndicator::display);
    connect(m_caseDesk.get(), &CaseDesk::caseSent, m_scanUploads.get(),
            &ScanUploadQueue::caseConfirmed);
    connect(m_scanUploads.get(), &ScanUploadQueue::scanUploaded, m_caseViews,
            [this](const QString &number) { m_caseViews->scanChanged(number); });
    m_scanUploads->refresh();
}

// On every return to service (sign-in, reconnection): the catalogue in force, this window's
// cases and the case numbering the server knows.
void CounterWorkstation::refreshCasework()
{
    m_catalogue->setHallAreas(areaCodes(m_controller->model().layout()));
    m_catalogue->refresh(*m_client);
    m_caseDesk->refreshLists(HallTime().serviceDay(m_clock.nowUtc()));
    m_casePanel->refresh();
}

void CounterWorkstation::createAnnouncer()
{
    m_announcer =
        std::make_unique<CallAnnouncer>(std::make_unique<QtSpeechEngine>(m_settings.speechEngine));
    connect(m_announcer.get(), &CallAnnouncer::voiceProblem, m_window.get(),
            &CounterMainWindow::showVoiceProblem);
    connect(m_announcer.get(), &CallAnnouncer::statusChanged, this,
            &CounterWorkstation::showVoiceStatus);
    showVoiceStatus();
}

void CounterWorkstation::applyVoiceSettings()
{
    // The speech engine starts only when announcements are wanted: it costs start-up time and
    // a speech-dispatcher process.
    if (m_settings.voiceEnabled && !m_announcer)
        createAnnouncer();
    if (m_announcer) {
        m_announcer->setEnabled(m_settings.voiceEnabled);
        m_announcer->setRate(m_settings.voiceRate);
        m_announcer->setVolume(m_settings.voiceVolume);
    }
    showVoiceStatus();
}

void CounterWorkstation::showVoiceStatus()
{
    QString text;
    if (!m_announcer || !m_announcer->isEnabled()) {
        text = tr("Voice off");
    } else {
        switch (m_announcer->status()) {
        case CallAnnouncer::Status::Off:
            text = tr("Voice off");
            break;
        case CallAnnouncer::Status::Starting:
            text = tr("Voice starting…");
            break;
        case CallAnnouncer::Status::Ready:
        case CallAnnouncer::Status::Speaking:
            text = tr("Voice on");
            break;
        case CallAnnouncer::Status::Unavailable:
            text = tr("Voice unavailable");
            break;
        }
    }
    m_window->setVoiceStatus(text);
}

} // namespace halldesk
