#pragma once

#include "calendar/WorkingCalendar.h"
#include "terminal/CaseList.h"

#include <QFrame>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTabBar;
class QTableView;

namespace halldesk {

class CaseListModel;

// The window's cases: 今日 / 我的 / 即将到期 / 已超期 (tabs, Ctrl+1…Ctrl+4), refreshed with
// Ctrl+R or the 刷新 button. The panel asks (refreshRequested) and shows the answer
// (showList); Enter or a double-click on a line asks to open that case. Without the server the
// list is this terminal's own, and a note says so.
class CaseListPanel : public QFrame
{
    Q_OBJECT

public:
    enum class State
    {
        Loading,
        Ready,     // the server's list, with this terminal's unsent cases
        LocalOnly, // the server could not be reached
        Failed     // the server refused the read; this terminal's cases shown
    };

    explicit CaseListPanel(WorkingCalendar calendar, QWidget *parent = nullptr);

    CaseListView view() const { return m_view; }
    // Switches to `view` and asks for it.
    void setView(CaseListView view);
    void refresh();
    // An answer for a list; one for a view no longer shown is dropped.
    void showList(const halldesk::CaseList &list);

    State state() const { return m_state; }
    // The note above the table (offline, error) and the text shown instead of an empty table.
    QString noteText() const;
    QString placeholderText() const;
    CaseListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

signals:
    void refreshRequested(halldesk::CaseListView view);
    void openCaseRequested(const QString &number);

private:
    void setState(State state, const QString &note);
    QString emptyText() const;

    CaseListView m_view = CaseListView::Today;
    State m_state = State::Loading;
    CaseListModel *m_model;
    QTabBar *m_tabs;
    QPushButton *m_refresh;
    QLabel *m_note;
    QStackedWidget *m_stack;
    QTableView *m_table;
    QLabel *m_placeholder;
};

} // namespace halldesk
