#pragma once

#include <QWidget>

class QTabWidget;

namespace halldesk {

class SupervisorScreen;

// The supervisor console's top-level window (1920×1080): the live hall first, then one tab for
// each of the other tasks (charts, staff, reports, follow-ups, administration). A tab is a page
// of its own rather than a dialog, so a supervisor can keep the live hall one keypress away
// (Ctrl+1 … Ctrl+9, Ctrl+Tab) while looking at anything else.
class SupervisorWindow : public QWidget
{
    Q_OBJECT

public:
    explicit SupervisorWindow(SupervisorScreen *live, QWidget *parent = nullptr);

    // Adds a page after the others; the window owns it. Returns its index.
    int addPage(QWidget *page, const QString &title);
    // Shows or hides a page's tab (administration is the admin's only).
    void setPageVisible(QWidget *page, bool visible);
    void showPage(QWidget *page);

    QTabWidget *tabs() const { return m_tabs; }
    SupervisorScreen *live() const { return m_live; }
    QStringList pageTitles() const;

private:
    QTabWidget *m_tabs = nullptr;
    SupervisorScreen *m_live = nullptr;
};

} // namespace halldesk
