#include "supervisor/RankingPanel.h"

#include "supervisor/RankingTableModel.h"
#include "supervisor/ReportTableView.h"
#include "supervisor/SupervisorLook.h"
#include "supervisor/SupervisorReports.h"

#include <QComboBox>
#include <QDate>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace halldesk {

RankingPanel::RankingPanel(SupervisorReports &reports, QDate today, QWidget *parent)
    : QWidget(parent)
    , m_reports(reports)
{
    auto *title = new QLabel(tr("Quarterly ranking"));
    title->setFont(SupervisorLook::font(SupervisorLook::HeadingPx, true));
    m_year = new QSpinBox;
    m_year->setRange(2000, 2100);
    m_year->setValue(today.year());
    m_year->setFont(SupervisorLook::font(SupervisorLook::TextPx));
    m_year->setMinimumHeight(40);
    m_quarter = new QComboBox;
    m_quarter->addItems(
        {tr("1st quarter"), tr("2nd quarter"), tr("3rd quarter"), tr("4th quarter")});
    m_quarter->setCurrentIndex((today.month() - 1) / 3);
    m_quarter->setFont(SupervisorLook::font(SupervisorLook::TextPx));
    m_quarter->setMinimumHeight(40);
    auto *yearLabel = new QLabel(tr("Year"));
    auto *quarterLabel = new QLabel(tr("Quarter"));
    m_query = new QPushButton(tr("Show &ranking"));
    m_query->setFont(SupervisorLook::font(SupervisorLook::TextPx, true));
    m_query->setMinimumSize(160, 40);
    m_status = new QLabel;
    m_criteria = new QLabel;
    m_criteria->setWordWrap(true);
    m_criteria->setStyleSheet(QStringLiteral("color: #333;"));
    // Explicitly: a label with a style sheet no longer takes its font from the window.
    for (QLabel *label : {yearLabel, quarterLabel, m_status, m_criteria})
        label->setFont(SupervisorLook::font(SupervisorLook::TextPx));

    m_windows = new RankingTableModel(RankingTableModel::Kind::Windows, this);
    m_staff = new RankingTableModel(RankingTableModel::Kind::Staff, this);
    auto *windowsTable = new ReportTableView;
    windowsTable->setReport(m_windows, RankingTableModel::NameColumn);
    auto *staffTable = new ReportTableView;
    staffTable->setReport(m_staff, RankingTableModel::NameColumn);
    auto *windowsTitle = new QLabel(tr("Top ten windows (十佳红旗窗口)"));
    auto *staffTitle = new QLabel(tr("Top ten staff (十佳服务标兵)"));
    for (QLabel *label : {windowsTitle, staffTitle})
        label->setFont(SupervisorLook::font(SupervisorLook::TextPx, true));

    auto *bar = new QHBoxLayout;
    bar->addWidget(title);
    bar->addSpacing(24);
    bar->addWidget(yearLabel);
    bar->addWidget(m_year);
    bar->addWidget(quarterLabel);
    bar->addWidget(m_quarter);
    bar->addWidget(m_query);
    bar->addSpacing(16);
    bar->addWidget(m_status, 1);
    auto *lists = new QGridLayout;
    lists->setHorizontalSpacing(16);
    lists->addWidget(windowsTitle, 0, 0);
    lists->addWidget(staffTitle, 0, 1);
    lists->addWidget(windowsTable, 1, 0);
    lists->addWidget(staffTable, 1, 1);
    lists->setRowStretch(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_criteria);
    layout->addLayout(lists, 1);

    connect(m_query, &QPushButton::clicked, this, &RankingPanel::query);
    connect(&m_reports, &SupervisorReports::rankingArrived, this, &RankingPanel::arrived);
    connect(&m_reports, &SupervisorReports::rankingFailed, this, &RankingPanel::failed);
}

void RankingPanel::query()
{
    m_status->setStyleSheet({});
    m_status->setText(tr("Loading…"));
    m_reports.requestRanking(m_year->value(), m_quarter->currentIndex() + 1);
}

void RankingPanel::arrived(const QJsonObject &result)
{
    m_windows->setAnswer(result);
    m_staff->setAnswer(result);
    m_criteria->setText(RankingTableModel::criteriaSummary(result));
    const QJsonObject eligible = result.value(QLatin1String("eligible")).toObject();
    m_status->setStyleSheet({});
    m_status->setText(tr("%1 to %2: %3 windows and %4 staff members qualify.")
                          .arg(result.value(QLatin1String("from")).toString(),
                               result.value(QLatin1String("to")).toString())
                          .arg(eligible.value(QLatin1String("windows")).toInt())
                          .arg(eligible.value(QLatin1String("staff")).toInt()));
}

void RankingPanel::failed(const QString &problem, bool offline)
{
    m_status->setStyleSheet(SupervisorLook::problemStyleSheet());
    m_status->setText(offline ? tr("Offline: the ranking cannot be shown.")
                              : tr("The ranking could not be shown: %1").arg(problem));
}

QString RankingPanel::criteriaText() const
{
    return m_criteria->text();
}

QString RankingPanel::statusText() const
{
    return m_status->text();
}

} // namespace halldesk
