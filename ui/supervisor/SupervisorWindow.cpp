#include "supervisor/SupervisorWindow.h"

#include "supervisor/SupervisorLook.h"
#include "supervisor/SupervisorScreen.h"

#include <QAction>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace halldesk {

SupervisorWindow::SupervisorWindow(SupervisorScreen *live, QWidget *parent)
    : QWidget(parent)
    , m_live(live)
{
    setWindowTitle(tr("HallDesk supervisor console"));
    setFont(SupervisorLook::font(SupervisorLook::TextPx));
    m_tabs = new QTabWidget;
    m_tabs->setDocumentMode(true);
    m_tabs->tabBar()->setFont(SupervisorLook::font(SupervisorLook::HeadingPx, true));
    m_tabs->addTab(live, tr("Live hall"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    for (int i = 0; i < 9; ++i) {
        auto *jump = new QAction(this);
        jump->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        jump->setShortcutContext(Qt::WindowShortcut);
        connect(jump, &QAction::triggered, this, [this, i] {
            if (i < m_tabs->count() && m_tabs->isTabVisible(i))
                m_tabs->setCurrentIndex(i);
        });
        addAction(jump);
    }
}

int SupervisorWindow::addPage(QWidget *page, const QString &title)
{
    return m_tabs->addTab(page, title);
}

void SupervisorWindow::setPageVisible(QWidget *page, bool visible)
{
    const int index = m_tabs->indexOf(page);
    if (index < 0)
        return;
    if (!visible && m_tabs->currentIndex() == index)
        m_tabs->setCurrentIndex(0);
    m_tabs->setTabVisible(index, visible);
}

void SupervisorWindow::showPage(QWidget *page)
{
    const int index = m_tabs->indexOf(page);
    if (index >= 0 && m_tabs->isTabVisible(index))
        m_tabs->setCurrentIndex(index);
}

QStringList SupervisorWindow::pageTitles() const
{
    QStringList titles;
    for (int i = 0; i < m_tabs->count(); ++i)
        if (m_tabs->isTabVisible(i))
            titles << m_tabs->tabText(i);
    return titles;
}

} // namespace halldesk
