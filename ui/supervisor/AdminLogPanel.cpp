#include "supervisor/AdminLogPanel.h"

#include "supervisor/AdminLogTableModel.h"
#include "supervisor/ReportTableView.h"
#include "supervisor/SupervisorLook.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace halldesk {

AdminLogPanel::AdminLogPanel(AdminLogTableModel &model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    m_view = new ReportTableView;
    m_view->setReport(&m_model, AdminLogTableModel::Detail);
    m_refresh = new QPushButton(tr("Show the newest"));
    m_older = new QPushButton(tr("Show older entries"));
    m_older->setEnabled(false);
    m_status = new QLabel;
    m_status->setWordWrap(true);
    m_status->setFont(SupervisorLook::font(SupervisorLook::TextPx));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_refresh);
    buttons->addWidget(m_older);
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Changes made by administrators, newest first"));
    title->setFont(SupervisorLook::font(SupervisorLook::HeadingPx, true));
    layout->addWidget(title);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_refresh, &QPushButton::clicked, this, &AdminLogPanel::newestRequested);
    connect(m_older, &QPushButton::clicked, this, &AdminLogPanel::olderRequested);
}

void AdminLogPanel::showLoading()
{
    m_older->setEnabled(false);
    m_status->setStyleSheet(QString());
    m_status->setText(tr("Reading the log…"));
}

void AdminLogPanel::showAnswer(const QString &problem)
{
    m_older->setEnabled(m_model.hasMore() && problem.isEmpty());
    if (!problem.isEmpty()) {
        m_status->setStyleSheet(SupervisorLook::problemStyleSheet(QFont::Bold));
        m_status->setText(problem);
        return;
    }
    m_status->setStyleSheet(QString());
    if (m_model.rowCount() == 0)
        m_status->setText(tr("No administrator has changed anything yet."));
    else if (m_model.hasMore())
        m_status->setText(tr("%n entries shown; older ones exist.", nullptr, m_model.rowCount()));
    else
        m_status->setText(tr("%n entries, all of them.", nullptr, m_model.rowCount()));
}

} // namespace halldesk
