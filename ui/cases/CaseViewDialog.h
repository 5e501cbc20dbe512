#pragma once

#include "clock/HallTime.h"
#include "domain/OperationError.h"
#include "terminal/CaseDetail.h"
#include "terminal/KeptScan.h"

#include <QDialog>
#include <QJsonObject>

class QLabel;
class QPushButton;
class QTableWidget;

namespace halldesk {

class CaseActionBar;
class CaseFactsForm;
struct TerminalCase;

// One case at the counter: its facts, materials and history (the `case` read), with the steps
// CaseLifecycle allows now. A step the clerk confirms is asked for (actionRequested) and the
// view waits for the case to come back (showDetail) or the refusal (showActionRefused). A case
// the server does not have is shown from this terminal's record; a refused one says loudly why
// and that the application must be taken again.
class CaseViewDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CaseViewDialog(HallTime hallTime = HallTime(), QWidget *parent = nullptr);

    QString number() const { return m_number; }
    void showLoading(const QString &number);
    void showDetail(const halldesk::CaseDetail &detail);
    // This terminal's record: a case pending or refused, or any case while the read failed
    // (`readError`, e.g. offline). No steps are offered for a case the server does not have.
    void showLocal(const halldesk::TerminalCase &taken, const OperationError &readError = {});
    // The read failed and this terminal has no record of the case either.
    void showReadFailed(const QString &number, const OperationError &error);
    void showActionRefused(const QString &number, const halldesk::OperationError &error);

    QString bannerText() const;
    CaseActionBar *actions() const { return m_actions; }
    CaseFactsForm *facts() const { return m_facts; }
    QTableWidget *history() const { return m_history; }
    QTableWidget *materials() const { return m_materials; }
    // What this terminal keeps of the case's scans (MaterialScanStore): the materials' scan
    // column then says whether the server has each one. Set before the case is shown.
    void setKeptScans(const QList<halldesk::KeptScan> &scans);
    QPushButton *reprintButton() const { return m_reprint; }

signals:
    // PROTOCOL.md §5.26 arguments, without number and action (CaseDesk::act adds them).
    void actionRequested(const QString &number, const QString &action, const QJsonObject &args);
    // The case's notice again, as the case stands: the intake's notice, or for a case finished
    // since then the completion receipt of the day it was finished (`finishedOn`). Also asked
    // by itself once the server confirms a 办结 confirmed here: the citizen takes the receipt.
    void reprintRequested(const halldesk::CaseRecord &record, QDate finishedOn);

public slots:
    // Esc drops a step being confirmed before it closes the view.
    void reject() override;

private:
    void showRecord(const CaseRecord &record, const QString &status);
    QString scanText(const MaterialCheck &material) const;
    void setBanner(const QString &text, const QString &tone);
    void onConfirmed(CaseAction action, CaseOutcome outcome, const QString &reason);
    void requestPrint();

    HallTime m_hallTime;
    QString m_number;
    std::optional<CaseDetail> m_detail;
    CaseRecord m_shown;
    QString m_completing; // the case whose 办结 was confirmed here and is on its way
    QLabel *m_title;
    QLabel *m_banner;
    CaseFactsForm *m_facts;
    QTableWidget *m_materials;
    QList<KeptScan> m_keptScans;
    QTableWidget *m_history;
    CaseActionBar *m_actions;
    QPushButton *m_reprint;
};

} // namespace halldesk
