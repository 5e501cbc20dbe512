#include "counter/CounterWorkstation.h"

#include "client/HallClient.h"
#include "counter/CounterController.h"
#include "counter/CounterMainWindow.h"
#include "counter/SignInDialog.h"
#include "logging/HallDeskLogging.h"
#include "speech/CallAnnouncer.h"
#include "speech/QtSpeechEngine.h"
#include "speech/SpokenAnnouncement.h"
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
    // The window and controller use the client and the store: they go first.
    m_window.reset();
    m_controller.reset();
    m_client.reset();
    m_outbox.reset();
    m_store.reset();
}

bool CounterWorkstation::start(QString *error)
{
    m_store = std::make_unique<TerminalStore>(m_storePath);
    QString storeWarning;
    if (const auto problem = m_store->open()) {
        if (problem->isFatal()) {
            if (error)
                *error = problem->message();
            return false;
        }
        storeWarning = problem->message();
    }
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
    if (!storeWarning.isEmpty())
        m_window->showNotice(storeWarning, CounterController::NoticeLevel::Warning);
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
    if (now && !m_wasUsable)
        emit usable();
    m_wasUsable = now;
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
