#include "supervisor/AdminPage.h"

#include "client/HallClient.h"
#include "logging/HallDeskLogging.h"
#include "supervisor/AdminLogPanel.h"
#include "supervisor/AdminLogTableModel.h"
#include "supervisor/AdminPanel.h"
#include "supervisor/AreasQueuesPanel.h"
#include "supervisor/HolidaysPanel.h"
#include "supervisor/PriorityThresholdsPanel.h"
#include "supervisor/StaffPanel.h"
#include "supervisor/SupervisorLook.h"
#include "supervisor/WindowsPanel.h"

#include <QHash>
#include <QLabel>
#include <QPointer>
#include <QTabWidget>
#include <QVBoxLayout>

namespace halldesk {

AdminPage::AdminPage(HallClient &client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
{
    setFont(SupervisorLook::font(SupervisorLook::TextPx));
    m_areasQueues = new AreasQueuesPanel;
    m_windows = new WindowsPanel;
    m_staff = new StaffPanel;
    m_priorityThresholds = new PriorityThresholdsPanel;
    m_holidays = new HolidaysPanel;
    m_logModel = new AdminLogTableModel(this);
    m_log = new AdminLogPanel(*m_logModel);
    m_tabs = new QTabWidget;
    m_tabs->addTab(m_areasQueues, tr("Areas and queues"));
    m_tabs->addTab(m_windows, tr("Windows"));
    m_tabs->addTab(m_staff, tr("Staff"));
    m_tabs->addTab(m_priorityThresholds, tr("Priority and alerts"));
    m_tabs->addTab(m_holidays, tr("Holidays"));
    m_tabs->addTab(m_log, tr("Change log"));
    m_status = new QLabel;
    m_status->setWordWrap(true);
    m_status->setFont(SupervisorLook::font(SupervisorLook::TextPx, true));
    m_status->setMinimumHeight(SupervisorLook::TextPx * 2 + 8);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_status);

    // What was said about one panel's change does not belong under another.
    connect(m_tabs, &QTabWidget::currentChanged, m_status, &QLabel::clear);
    // Read when looked at: another administrator may have changed something meanwhile.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_log)
            readLog(false);
    });
    connect(m_log, &AdminLogPanel::newestRequested, this, [this] { readLog(false); });
    connect(m_log, &AdminLogPanel::olderRequested, this, [this] { readLog(true); });
    for (AdminPanel *panel : std::initializer_list<AdminPanel *>{m_areasQueues, m_windows, m_staff,
                                                                 m_priorityThresholds, m_holidays})
        connect(panel, &AdminPanel::changeRequested, this, &AdminPage::submit);
}

void AdminPage::reload()
{
    m_client.request(
        QStringLiteral("adminConfig"), {},
        [self = QPointer<AdminPage>(this)](const ClientReply &reply) {
            if (!self)
                return;
            if (!reply.ok) {
                self->showStatus(
                    tr("The administration data could not be read: %1").arg(reply.error.message()),
                    true);
                return;
            }
            self->m_config = AdminConfig::fromJson(reply.result);
            AdminLogWording::AreaNames areas;
            for (const AdminConfig::Area &area : self->m_config.areas)
                areas.insert(area.code, area.name);
            self->m_logModel->setAreaNames(areas);
            for (AdminPanel *panel : std::initializer_list<AdminPanel *>{
                     self->m_areasQueues, self->m_windows, self->m_staff,
                     self->m_priorityThresholds, self->m_holidays})
                panel->setConfig(self->m_config);
            emit self->configLoaded();
        });
}

void AdminPage::readLog(bool older)
{
    QJsonObject args;
    if (older && m_logModel->oldestId() > 0)
        args.insert(QStringLiteral("beforeId"), m_logModel->oldestId());
    m_log->showLoading();
    m_client.request(
        QStringLiteral("adminLog"), args,
        [self = QPointer<AdminPage>(this), older](const ClientReply &reply) {
            if (!self)
                return;
            if (!reply.ok) {
                self->m_log->showAnswer(
                    tr("The change log could not be read: %1").arg(reply.error.message()));
            } else {
                if (older)
                    self->m_logModel->appendOlder(reply.result);
                else
                    self->m_logModel->setNewest(reply.result);
                self->m_log->showAnswer({});
            }
            emit self->logLoaded();
        });
}

QString AdminPage::status() const
{
    return m_status->text();
}

void AdminPage::submit(const QString &op, const QJsonObject &args)
{
    showStatus(tr("Saving…"), false);
    m_client.submit(op, args, [self = QPointer<AdminPage>(this)](const ClientReply &reply) {
        if (self)
            self->answered(reply);
    });
}

void AdminPage::answered(const ClientReply &reply)
{
    if (reply.ok) {
        showStatus(tr("Saved. The hall uses the change from now on."), false);
        emit changeAnswered(true, {});
    } else {
        const QString problem = tr("Not saved: %1").arg(problemInWords(reply.error));
        showStatus(problem, true);
        emit changeAnswered(false, problem);
    }
    // Whatever happened, the page shows the server's state.
    reload();
}

QString AdminPage::problemInWords(const OperationError &error)
{
    // A field named by the server, said as the form labels it.
    static const QHash<QString, const char *> fields = {
        {QStringLiteral("code"), QT_TR_NOOP("Code")},
        {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("letter"), QT_TR_NOOP("Ticket letter (one capital letter of its own)")},
        {QStringLiteral("prefix"), QT_TR_NOOP("Ticket prefix (starting with the area's letter)")},
        {QStringLiteral("initialServiceSeconds"),
         QT_TR_NOOP("Initial service time (30 to 7200 seconds)")},
        {QStringLiteral("queues"), QT_TR_NOOP("Queues served (at least one, each once)")},
        {QStringLiteral("weight"), QT_TR_NOOP("Weight (more than 0, at most 100)")},
        {QStringLiteral("staffNo"), QT_TR_NOOP("Staff number")},
        {QStringLiteral("role"), QT_TR_NOOP("Role")},
        {QStringLiteral("password"), QT_TR_NOOP("Password (at least 8 characters)")},
    };
    const bool fieldError =
        error.code() == ErrorCode::InvalidSetting || error.code() == ErrorCode::BadRequest;
    if (fieldError && fields.contains(error.detail()))
        return tr("%1: this value is not allowed.").arg(tr(fields.value(error.detail())));
    return error.message();
}

void AdminPage::showStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    QPalette palette = m_status->palette();
    palette.setColor(QPalette::WindowText,
                     problem ? SupervisorLook::problemColor() : QColor(0x1b, 0x5e, 0x20));
    m_status->setPalette(palette);
}

} // namespace halldesk
