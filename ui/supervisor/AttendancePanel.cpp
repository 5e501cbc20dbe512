#include "supervisor/AttendancePanel.h"

#include "supervisor/AttendanceTableModel.h"
#include "supervisor/ReportTableView.h"
#include "supervisor/SupervisorLook.h"
#include "supervisor/SupervisorReports.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace halldesk {

namespace {

QDateEdit *dateEdit(QDate day)
{
    auto *edit = new QDateEdit(day);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setCalendarPopup(true);
    edit->setFont(SupervisorLook::font(SupervisorLook::TextPx));
    edit->setMinimumHeight(40);
    return edit;
}

} // namespace

AttendancePanel::AttendancePanel(SupervisorReports &reports, QDate today, QWidget *parent)
    : QWidget(parent)
    , m_reports(reports)
{
    auto *title = new QLabel(tr("Attendance"));
    title->setFont(SupervisorLook::font(SupervisorLook::HeadingPx, true));
    m_from = dateEdit(today);
    m_to = dateEdit(today);
    // Tab moves from the first day to the last and on to the button, which Alt+S presses.
    auto *fromLabel = new QLabel(tr("From"));
    auto *toLabel = new QLabel(tr("To"));
    m_query = new QPushButton(tr("&Show attendance"));
    m_query->setFont(SupervisorLook::font(SupervisorLook::TextPx, true));
    m_query->setMinimumSize(160, 40);
    m_status = new QLabel;
    // Explicitly: a label with a style sheet (the red of a problem) no longer takes its font
    // from the window.
    for (QLabel *label : {fromLabel, toLabel, m_status})
        label->setFont(SupervisorLook::font(SupervisorLook::TextPx));
    m_model = new AttendanceTableModel(this);
    m_table = new ReportTableView;
    m_table->setReport(m_model, AttendanceTableModel::ReasonsColumn);

    auto *bar = new QHBoxLayout;
    bar->addWidget(title);
    bar->addSpacing(24);
    bar->addWidget(fromLabel);
    bar->addWidget(m_from);
    bar->addWidget(toLabel);
    bar->addWidget(m_to);
    bar->addWidget(m_query);
    bar->addSpacing(16);
    bar->addWidget(m_status, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    connect(m_query, &QPushButton::clicked, this, &AttendancePanel::query);
    connect(&m_reports, &SupervisorReports::attendanceArrived, this, &AttendancePanel::arrived);
    connect(&m_reports, &SupervisorReports::attendanceFailed, this, &AttendancePanel::failed);
}

void AttendancePanel::query()
{
    const QDate from = m_from->date();
    const QDate to = m_to->date();
    if (to < from) {
        failed(tr("The last day is before the first."), false);
        return;
    }
    if (from.daysTo(to) >= 92) {
        failed(tr("At most 92 days at a time."), false);
        return;
    }
    m_status->setStyleSheet({});
    m_status->setText(tr("Loading…"));
    m_reports.requestAttendance(from, to);
}

void AttendancePanel::arrived(const QJsonObject &result)
{
    m_model->setAnswer(result);
    m_status->setStyleSheet({});
    m_status->setText(m_model->rowCount() == 0 ? tr("Nobody signed in on these days.")
                                               : tr("%n row(s).", nullptr, m_model->rowCount()));
}

void AttendancePanel::failed(const QString &problem, bool offline)
{
    m_status->setStyleSheet(SupervisorLook::problemStyleSheet());
    m_status->setText(offline ? tr("Offline: attendance cannot be shown.")
                              : tr("Attendance could not be shown: %1").arg(problem));
}

QString AttendancePanel::statusText() const
{
    return m_status->text();
}

} // namespace halldesk
