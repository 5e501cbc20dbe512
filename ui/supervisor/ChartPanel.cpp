#include "supervisor/ChartPanel.h"

#include "supervisor/SupervisorLook.h"

#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace halldesk {

ChartPanel::ChartPanel(const QString &title, QWidget *parent)
    : QWidget(parent)
{
    m_title = new QLabel(title);
    m_title->setFont(SupervisorLook::font(SupervisorLook::HeadingPx, true));
    m_view = new QChartView;
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFocusPolicy(Qt::NoFocus);
    m_message = new QLabel;
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setFont(SupervisorLook::font(SupervisorLook::HeadingPx));
    m_message->setStyleSheet(QStringLiteral("color: #555; background: #f4f6f9;"));
    m_stack = new QStackedWidget;
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_message);
    m_stack->setCurrentWidget(m_message);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_stack, 1);
}

void ChartPanel::setChart(QChart *chart)
{
    QChart *old = m_view->chart();
    m_view->setChart(chart);
    // The view gives up the old chart without deleting it.
    delete old;
    m_message->clear();
    m_stack->setCurrentWidget(m_view);
}

void ChartPanel::showMessage(const QString &text)
{
    m_message->setText(text);
    m_stack->setCurrentWidget(m_message);
}

QChart *ChartPanel::chart() const
{
    return m_stack->currentWidget() == m_view ? m_view->chart() : nullptr;
}

QString ChartPanel::message() const
{
    return m_stack->currentWidget() == m_message ? m_message->text() : QString();
}

void ChartPanel::setTitle(const QString &title)
{
    m_title->setText(title);
}

QString ChartPanel::title() const
{
    return m_title->text();
}

} // namespace halldesk
