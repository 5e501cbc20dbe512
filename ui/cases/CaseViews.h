#pragma once

#include "casework/CaseRecord.h"
#include "clock/HallTime.h"
#include "domain/OperationError.h"

#include <QDate>
#include <QObject>
#include <QPointer>
#include <functional>

class QWidget;

namespace halldesk {

class CaseDesk;
class CaseListPanel;
class CaseQueries;
class CaseViewDialog;
struct CaseDetail;

// Joins the counter's case screens to its intake desk: the panel's lists are read through
// CaseQueries, a case opens in one CaseViewDialog (from the server, or from this terminal's
// record when the server does not have it or cannot be reached), its confirmed steps go to
// CaseDesk::act, and the desk's answers update the view and the list. Everything passed in
// must outlive this.
class CaseViews : public QObject
{
    Q_OBJECT

public:
    CaseViews(CaseDesk &desk, CaseQueries &queries, CaseListPanel &panel,
              std::function<QDate()> serviceDay, HallTime hallTime, QWidget *dialogParent);

    // Shows the case (one view at a time, reused) and starts reading it.
    CaseViewDialog *openCase(const QString &number);
    CaseViewDialog *dialog() const;
    // A scan of this case reached the server: an open view says so.
    void scanChanged(const QString &number);

signals:
    // From the view's 重印通知书 (CaseViewDialog::reprintRequested).
    void reprintRequested(const halldesk::CaseRecord &record, QDate finishedOn);

private:
    CaseViewDialog *ensureDialog();
    bool isShowing(const QString &number) const;
    void load(const QString &number);
    void onFetched(const CaseDetail &detail);
    void onFetchFailed(const QString &number, const OperationError &error);
    void onChanged(const QString &number);
    void act(const QString &number, const QString &action, const QJsonObject &args);

    CaseDesk &m_desk;
    CaseQueries &m_queries;
    CaseListPanel &m_panel;
    std::function<QDate()> m_serviceDay;
    HallTime m_hallTime;
    QWidget *m_dialogParent;
    QPointer<CaseViewDialog> m_dialog;
    bool m_refreshQueued = false;
};

} // namespace halldesk
