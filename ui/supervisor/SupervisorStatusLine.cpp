#include "supervisor/SupervisorStatusLine.h"

#include "clock/Clock.h"
#include "supervisor/HallCounts.h"
#include "supervisor/HallMonitor.h"
#include "supervisor/SupervisorLook.h"

#include <QHBoxLayout>
#include <QLabel>

namespace halldesk {

SupervisorStatusLine::SupervisorStatusLine(const HallMonitor &hall, const Clock &clock,
                                           QWidget *parent)
    : QWidget(parent)
    , m_hall(hall)
    , m_clock(clock)
{
    setAttribute(Qt::WA_StyledBackground);
    setObjectName(QStringLiteral("statusLine"));
    setStyleSheet(QStringLiteral("#statusLine { background: #25303d; } QLabel { color: white; }"));
    m_online = new QLabel;
    m_counts = new QLabel;
    m_time = new QLabel;
    for (QLabel *label : {m_online, m_counts, m_time})
        label->setFont(SupervisorLook::font(SupervisorLook::TextPx, label != m_counts));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 12, 6);
    layout->setSpacing(24);
    layout->addWidget(m_online);
    layout->addWidget(m_counts, 1);
    layout->addWidget(m_time);
    connect(&m_hall, &HallMonitor::onlineChanged, this, &SupervisorStatusLine::refresh);
    connect(&m_hall, &HallMonitor::hallReset, this, &SupervisorStatusLine::refresh);
    connect(&m_hall, &HallMonitor::windowChanged, this, &SupervisorStatusLine::refresh);
    connect(&m_hall, &HallMonitor::queuesChanged, this, &SupervisorStatusLine::refresh);
    refresh();
}

QString SupervisorStatusLine::onlineText() const
{
    return m_online->text();
}

QString SupervisorStatusLine::countsText() const
{
    return m_counts->text();
}

QString SupervisorStatusLine::timeText() const
{
    return m_time->text();
}

void SupervisorStatusLine::refresh()
{
    const bool online = m_hall.isOnline();
    m_online->setText(online ? tr("● Online") : tr("● Offline: reconnecting to the hall server"));
    m_online->setStyleSheet(online ? QStringLiteral("color: #8fe3a5;")
                                   : QStringLiteral("color: #ffb4a9;"));
    const HallCounts counts = HallCounts::of(m_hall);
    m_counts->setText(tr("Serving %1 · Idle %2 · Paused %3 · Offline %4 · Signed out %5 · "
                         "Waiting %6")
                          .arg(counts.serving)
                          .arg(counts.idle)
                          .arg(counts.paused)
                          .arg(counts.offline)
                          .arg(counts.signedOut)
                          .arg(counts.waiting));
    m_time->setText(m_clock.nowUtc().toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
}

} // namespace halldesk
