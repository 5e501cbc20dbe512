#include "supervisor/AlertsPanel.h"

#include "supervisor/AlertMonitor.h"
#include "supervisor/AlertRow.h"
#include "supervisor/AlertSound.h"
#include "supervisor/HallMonitor.h"
#include "supervisor/SupervisorLook.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace halldesk {

AlertsPanel::AlertsPanel(AlertMonitor &alerts, const HallMonitor &hall, AlertSound *sound,
                         QWidget *parent)
    : QWidget(parent)
    , m_alerts(alerts)
    , m_hall(hall)
    , m_sound(sound)
{
    m_title = new QLabel;
    m_title->setFont(SupervisorLook::font(SupervisorLook::HeadingPx, true));
    m_acknowledgeAll = new QPushButton(tr("Acknowledge all"));
    m_acknowledgeAll->setFont(SupervisorLook::font(SupervisorLook::TextPx));
    connect(m_acknowledgeAll, &QPushButton::clicked, &m_alerts, &AlertMonitor::acknowledgeAll);
    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_acknowledgeAll);

    auto *content = new QWidget;
    m_list = new QVBoxLayout(content);
    m_list->setContentsMargins(0, 0, 0, 0);
    m_list->setSpacing(0);
    m_empty = new QLabel(tr("No alerts"));
    m_empty->setFont(SupervisorLook::font(SupervisorLook::TextPx));
    m_empty->setStyleSheet(QStringLiteral("color: #555555; padding: 12px;"));
    m_list->addWidget(m_empty);
    m_list->addStretch(1);
    auto *scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(scroll, 1);

    connect(&m_alerts, &AlertMonitor::alertRaised, this, &AlertsPanel::onRaised);
    connect(&m_alerts, &AlertMonitor::alertsChanged, this, &AlertsPanel::rebuild);
    rebuild();
}

QString AlertsPanel::titleText() const
{
    return m_title->text();
}

QString AlertsPanel::placeOf(const HallAlert &alert) const
{
    QString areaName = alert.area;
    for (const AreaWindows &area : m_hall.windowsByArea()) {
        if (area.code == alert.area)
            areaName = area.name;
    }
    if (alert.window != 0) {
        const MonitoredWindow *window = m_hall.window(alert.window);
        const QString name =
            window && !window->name.isEmpty() ? window->name : tr("Window %1").arg(alert.window);
        return areaName.isEmpty() ? name : tr("%1 · %2").arg(areaName, name);
    }
    if (!alert.queue.isEmpty()) {
        const auto queue = m_hall.queue(alert.queue);
        const QString name = queue && !queue->name.isEmpty() ? queue->name : alert.queue;
        return areaName.isEmpty() ? name : tr("%1 · %2").arg(areaName, name);
    }
    return areaName;
}

void AlertsPanel::onRaised(const HallAlert &alert)
{
    // Once per alert, when it is raised: an alert that stays is not sounded again.
    if (m_sound && !alert.acknowledged)
        m_sound->play();
}

void AlertsPanel::rebuild()
{
    // Later, not now: the row whose 确认 was clicked is still in its click.
    for (AlertRow *row : std::as_const(m_rows)) {
        row->hide();
        m_list->removeWidget(row);
        row->deleteLater();
    }
    m_rows.clear();
    QList<HallAlert> alerts = m_alerts.activeAlerts();
    std::reverse(alerts.begin(), alerts.end()); // newest first
    int at = 0;
    for (const HallAlert &alert : std::as_const(alerts)) {
        auto *row = new AlertRow(alert, placeOf(alert));
        connect(row, &AlertRow::acknowledgeClicked, &m_alerts, &AlertMonitor::acknowledge);
        m_list->insertWidget(at++, row);
        m_rows << row;
    }
    m_empty->setVisible(alerts.isEmpty());
    const int open = m_alerts.unacknowledged();
    m_acknowledgeAll->setEnabled(open > 0);
    m_title->setText(open > 0 ? tr("Alerts (%n to acknowledge)", nullptr, open) : tr("Alerts"));
}

} // namespace halldesk
