#include "supervisor/StaffPage.h"

#include "clock/Clock.h"
#include "clock/HallTime.h"
#include "supervisor/AttendancePanel.h"
#include "supervisor/RankingPanel.h"

#include <QVBoxLayout>

namespace halldesk {

StaffPage::StaffPage(SupervisorReports &reports, const Clock &clock, QWidget *parent)
    : QWidget(parent)
{
    const QDate today = HallTime().serviceDay(clock.nowUtc());
    m_attendance = new AttendancePanel(reports, today);
    m_ranking = new RankingPanel(reports, today);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(20);
    layout->addWidget(m_attendance, 1);
    layout->addWidget(m_ranking, 1);
}

void StaffPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_attendance->query();
    m_ranking->query();
}

} // namespace halldesk
