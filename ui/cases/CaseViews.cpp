#include "cases/CaseViews.h"

#include "cases/CaseListPanel.h"
#include "cases/CaseViewDialog.h"
#include "logging/HallDeskLogging.h"
#include "terminal/CaseDesk.h"
#include "terminal/CaseQueries.h"

#include <QTimer>

namespace halldesk {

CaseViews::CaseViews(CaseDesk &desk, CaseQueries &queries, CaseListPanel &panel,
                     std::function<QDate()> serviceDay, HallTime hallTime, QWidget *dialogParent)
    : QObject(&panel)
    , m_desk(desk)
    , m_queries(queries)
    , m_panel(panel)
    , m_serviceDay(std::move(serviceDay))
    , m_hallTime(std::move(hallTime))
    , m_dialogParent(dialogParent)
{
    connect(&panel, &CaseListPanel::refreshRequested, this,
            [this](CaseListView view) { m_queries.list(view, m_serviceDay()); });
    connect(&queries, &CaseQueries::listed, &panel, &CaseListPanel::showList);
    connect(&panel, &CaseListPanel::openCaseRequested, this, &CaseViews::openCase);
    connect(&queries, &CaseQueries::fetched, this, &CaseViews::onFetched);
    connect(&queries, &CaseQueries::fetchFailed, this, &CaseViews::onFetchFailed);
    connect(&desk, &CaseDesk::actionRefused, this,
            [this](const QString &number, const OperationError &error) {
                if (m_dialog)
                    m_dialog->showActionRefused(number, error);
            });
    connect(&desk, &CaseDesk::caseUpdated, this, &CaseViews::onChanged);
    connect(&desk, &CaseDesk::caseSent, this, &CaseViews::onChanged);
    connect(&desk, &CaseDesk::caseRefused, this,
            [this](const QString &number) { onChanged(number); });
}

CaseViewDialog *CaseViews::openCase(const QString &number)
{
    CaseViewDialog *dialog = ensureDialog();
    load(number);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

CaseViewDialog *CaseViews::dialog() const
{
    return m_dialog;
}

CaseViewDialog *CaseViews::ensureDialog()
{
    if (!m_dialog) {
        m_dialog = new CaseViewDialog(m_hallTime, m_dialogParent);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_dialog, &CaseViewDialog::actionRequested, this, &CaseViews::act);
        connect(m_dialog, &CaseViewDialog::reprintRequested, this, &CaseViews::reprintRequested);
    }
    return m_dialog;
}

bool CaseViews::isShowing(const QString &number) const
{
    return m_dialog && m_dialog->number() == number;
}

void CaseViews::load(const QString &number)
{
    m_dialog->showLoading(number);
    m_dialog->setKeptScans(m_desk.scans().ofCase(number));
    const auto parsed = CaseNumber::parse(number);
    const auto kept = parsed ? m_desk.cases().find(*parsed) : std::nullopt;
    // A case the server does not have is this terminal's record alone; asking would only
    // bring unknown_case.
    if (kept && kept->state != TerminalCase::State::Sent) {
        m_dialog->showLocal(*kept);
        return;
    }
    m_queries.fetch(number);
}

void CaseViews::onFetched(const CaseDetail &detail)
{
    if (isShowing(detail.record.number.toString()))
        m_dialog->showDetail(detail);
}

void CaseViews::onFetchFailed(const QString &number, const OperationError &error)
{
    if (!isShowing(number))
        return;
    const auto parsed = CaseNumber::parse(number);
    if (const auto kept = parsed ? m_desk.cases().find(*parsed) : std::nullopt)
        m_dialog->showLocal(*kept, error);
    else
        m_dialog->showReadFailed(number, error);
}

void CaseViews::scanChanged(const QString &number)
{
    if (isShowing(number))
        load(number);
}

void CaseViews::onChanged(const QString &number)
{
    if (isShowing(number))
        load(number);
    // A draining outbox answers case after case: the list is read again once, and only when
    // someone can see it.
    if (m_panel.isVisible() && !m_refreshQueued) {
        m_refreshQueued = true;
        QTimer::singleShot(0, this, [this] {
            m_refreshQueued = false;
            m_panel.refresh();
        });
    }
}

void CaseViews::act(const QString &number, const QString &action, const QJsonObject &args)
{
    const auto parsed = CaseNumber::parse(number);
    if (parsed && m_desk.act(*parsed, action, args))
        return;
    qCWarning(lcCase) << "case" << number << "step" << action << "could not be stored";
    if (m_dialog)
        m_dialog->showActionRefused(number, OperationError(ErrorCode::StorageFailure));
}

} // namespace halldesk
