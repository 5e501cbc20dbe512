#pragma once

#include <QWidget>

namespace halldesk {

class AttendancePanel;
class Clock;
class RankingPanel;
class SupervisorReports;

// The supervisor console's staff page (人员): attendance over a range of days above, the
// quarter's ranking of windows and staff below. Both are asked for when the page is shown.
class StaffPage : public QWidget
{
    Q_OBJECT

public:
    StaffPage(SupervisorReports &reports, const Clock &clock, QWidget *parent = nullptr);

    AttendancePanel *attendance() const { return m_attendance; }
    RankingPanel *ranking() const { return m_ranking; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    AttendancePanel *m_attendance = nullptr;
    RankingPanel *m_ranking = nullptr;
};

} // namespace halldesk
