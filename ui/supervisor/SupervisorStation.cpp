#include "supervisor/SupervisorStation.h"

#include "client/HallClient.h"
#include "logging/HallDeskLogging.h"
#include "supervisor/AdminPage.h"
#include "supervisor/AlertMonitor.h"
#include "supervisor/AlertSound.h"
#include "supervisor/AlertThresholdsJson.h"
#include "supervisor/ChartsPage.h"
#include "supervisor/FollowUpsPage.h"
#include "supervisor/HallMonitor.h"
#include "supervisor/QueueTableModel.h"
#include "supervisor/ReportsPage.h"
#include "supervisor/StaffPage.h"
#include "supervisor/SupervisorLoginDialog.h"
#include "supervisor/SupervisorReports.h"
#include "supervisor/SupervisorScreen.h"
#include "supervisor/SupervisorWindow.h"
#include "supervisor/WindowGridModel.h"

#include <QPointer>

namespace halldesk {

SupervisorStation::SupervisorStation(SupervisorSettings settings, const Clock &clock,
                                     std::unique_ptr<AlertSound> sound, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_clock(clock)
    , m_sound(std::move(sound))
{}

SupervisorStation::~SupervisorStation()
{
    // Users before what they use.
    m_window.reset();
    m_reports.reset();
    m_queueModel.reset();
    m_windowModel.reset();
    m_alerts.reset();
    m_hall.reset();
    m_client.reset();
}

bool SupervisorStation::start(QString *error)
{
    m_client = std::make_unique<HallClient>(m_settings.clientSettings());
    m_hall = std::make_unique<HallMonitor>(*m_client, m_clock);
    m_alerts = std::make_unique<AlertMonitor>(*m_hall, m_clock, m_settings.thresholds);
    m_windowModel = std::make_unique<WindowGridModel>(*m_hall);
    m_queueModel = std::make_unique<QueueTableModel>(*m_hall);
    m_window = std::make_unique<SupervisorWindow>(
        new SupervisorScreen(*m_hall, *m_alerts, *m_windowModel, *m_queueModel,
                             m_settings.alertSound ? m_sound.get() : nullptr, m_clock));
    addPages();
    connect(m_client.get(), &HallClient::connectionProblem, this,
            [](const QString &problem) { qCWarning(lcSupervisor).noquote() << problem; });
    // The hall's alert thresholds (PROTOCOL.md §5.35) replace the console's own once a
    // supervisor is signed in, and whenever an administrator changes them.
    connect(m_client.get(), &HallClient::sessionStarted, this,
            &SupervisorStation::readHallSettings);
    connect(m_client.get(), &HallClient::eventReceived, this,
            [this](const QString &kind, const QJsonObject &data, qint64) {
                if (kind == QLatin1String("settings"))
                    applyHallSettings(data);
                // Another administrator's change shows here too.
                if ((kind == QLatin1String("settings") || kind == QLatin1String("layout")) &&
                    isAdmin())
                    m_admin->reload();
            });
    m_hall->start();
    if (!m_client->start(error))
        return false;
    m_alerts->start();
    return true;
}

void SupervisorStation::addPages()
{
    m_reports = std::make_unique<SupervisorReports>(*m_client);
    m_followUps = new FollowUpsPage(*m_client);
    m_window->addPage(m_followUps, tr("Bad-rating follow-ups"));
    m_chartsPage = new ChartsPage(*m_reports, m_clock);
    m_window->addPage(m_chartsPage, tr("Charts"));
    m_staffPage = new StaffPage(*m_reports, m_clock);
    m_window->addPage(m_staffPage, tr("Staff"));
    m_reportsPage = new ReportsPage(*m_client, m_clock);
    m_window->addPage(m_reportsPage, tr("Reports"));
    // 系统管理: only for an administrator, and read when one signs in.
    m_admin = new AdminPage(*m_client);
    m_window->addPage(m_admin, tr("Administration"));
    m_window->setPageVisible(m_admin, false);
    connect(m_client.get(), &HallClient::sessionStarted, this, &SupervisorStation::sessionStarted);
    connect(m_client.get(), &HallClient::sessionLost, this, &SupervisorStation::sessionEnded);
}

SupervisorLoginDialog *SupervisorStation::signInAgainDialog() const
{
    return m_signInAgain.data();
}

void SupervisorStation::sessionEnded(const OperationError &why)
{
    m_window->setPageVisible(m_admin, false);
    // Before anyone signed in (the console's first requests), there is no session to lose.
    const QString staffNo = std::exchange(m_signedInStaffNo, QString());
    if (staffNo.isEmpty() || m_signInAgain)
        return;
    // Watching the hall needs a session: without one the console would go on showing a hall
    // that no longer changes. Ask at once, over the console, and say why.
    m_signInAgain = new SupervisorLoginDialog(*this, m_window.get());
    m_signInAgain->setAttribute(Qt::WA_DeleteOnClose);
    m_signInAgain->setWindowModality(Qt::WindowModal);
    m_signInAgain->prepareAgain(why.message(), staffNo);
    // Not signing in again is leaving the console, as at its start.
    connect(m_signInAgain, &QDialog::rejected, m_window.get(), &QWidget::close);
    m_signInAgain->open();
}

bool SupervisorStation::isAdmin() const
{
    const auto staff = m_client->signedInStaff();
    return staff && staff->value(QLatin1String("role")).toString() == QLatin1String("admin");
}

void SupervisorStation::sessionStarted()
{
    const auto staff = m_client->signedInStaff();
    m_signedInStaffNo = staff ? staff->value(QLatin1String("staffNo")).toString() : QString();
    const bool admin = isAdmin();
    m_window->setPageVisible(m_admin, admin);
    if (admin)
        m_admin->reload();
}

void SupervisorStation::readHallSettings()
{
    m_client->request(QStringLiteral("hallSettings"), {},
                      [self = QPointer<SupervisorStation>(this)](const ClientReply &reply) {
                          if (!self)
                              return;
                          if (!reply.ok) {
                              qCWarning(lcSupervisor).noquote()
                                  << "The hall's alert thresholds could not be read:"
                                  << reply.error.message();
                              return;
                          }
                          self->applyHallSettings(reply.result);
                      });
}

void SupervisorStation::applyHallSettings(const QJsonObject &settings)
{
    const QJsonValue value = settings.value(QLatin1String("thresholds"));
    if (value.isNull()) // the hall has none of its own: this console's settings stay
        return;
    const auto thresholds = AlertThresholdsJson::fromJson(value.toObject());
    if (!thresholds) {
        qCWarning(lcSupervisor) << "The hall's alert thresholds are not usable; keeping these";
        return;
    }
    m_alerts->setThresholds(*thresholds);
    emit hallSettingsApplied();
}

SupervisorScreen *SupervisorStation::screen() const
{
    return m_window ? m_window->live() : nullptr;
}

namespace {

bool connected(HallClient::State state)
{
    return state == HallClient::State::Syncing || state == HallClient::State::Ready;
}

} // namespace

bool SupervisorStation::isConnected() const
{
    return m_client && connected(m_client->state());
}

void SupervisorStation::login(const QString &staffNo, const QString &password,
                              std::function<void(const QString &problem)> done)
{
    auto send = [this, staffNo, password, done = std::move(done)] {
        m_client->login(staffNo, password, [done](const ClientReply &reply) {
            done(reply.ok ? QString() : loginProblem(reply));
        });
    };
    if (connected(m_client->state())) {
        send();
        return;
    }
    // Signing in needs the connection: a console started a moment ago (--demo) waits for it
    // rather than be refused as offline while it comes up.
    auto waiting = std::make_shared<QMetaObject::Connection>();
    *waiting = connect(m_client.get(), &HallClient::stateChanged, this,
                       [waiting, send](HallClient::State state) {
                           if (!connected(state))
                               return;
                           QObject::disconnect(*waiting);
                           send();
                       });
}

QString SupervisorStation::loginProblem(const ClientReply &reply)
{
    if (reply.error.code() == ErrorCode::Forbidden)
        return tr("This account is not a supervisor's: the supervisor console is for the "
                  "hall's supervisors only.");
    return reply.error.message();
}

} // namespace halldesk
