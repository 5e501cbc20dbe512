#include "cases/CaseViewDialog.h"

#include "cases/CaseActionBar.h"
#include "cases/CaseFactsForm.h"
#include "casework/CaseJson.h"
#include "casework/DecisionRules.h"
#include "terminal/CaseSummary.h"
#include "terminal/TerminalCase.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace halldesk {

namespace {

QTableWidget *makeTable(const QStringList &headers, int stretch, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(stretch, QHeaderView::Stretch);
    return table;
}

void appendRow(QTableWidget *table, const QStringList &cells)
{
    const int row = table->rowCount();
    table->insertRow(row);
    for (qsizetype column = 0; column < cells.size(); ++column)
        table->setItem(row, int(column), new QTableWidgetItem(cells.at(column)));
}

QString statusName(const QString &key)
{
    const auto status = CaseStatusNames::fromKey(key);
    return status ? CaseStatusNames::displayName(*status) : key;
}

} // namespace

CaseViewDialog::CaseViewDialog(HallTime hallTime, QWidget *parent)
    : QDialog(parent)
    , m_hallTime(std::move(hallTime))
    , m_title(new QLabel(this))
    , m_banner(new QLabel(this))
    , m_facts(new CaseFactsForm(m_hallTime, this))
    , m_materials(makeTable({tr("Material"), tr("State"), tr("Pages"), tr("Scan")}, 0, this))
    , m_history(makeTable(
          {tr("Time"), tr("Step"), tr("Status"), tr("Staff"), tr("Window"), tr("Note")}, 5, this))
    , m_actions(new CaseActionBar(this))
    , m_reprint(new QPushButton(tr("Re&print notice"), this))
{
    setWindowTitle(tr("Case"));
    m_title->setObjectName(QStringLiteral("panelCaption"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    m_title->setFont(big);
    m_banner->setObjectName(QStringLiteral("noticeBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    m_history->setAccessibleName(tr("History"));
    m_materials->setAccessibleName(tr("Materials"));

    auto *right = new QVBoxLayout;
    right->addWidget(new QLabel(tr("History"), this));
    right->addWidget(m_history, 3);
    right->addWidget(new QLabel(tr("Materials"), this));
    right->addWidget(m_materials, 2);
    auto *body = new QHBoxLayout;
    body->addWidget(m_facts, 2);
    body->addLayout(right, 3);

    // Our own label: the program does not load Qt's own translations.
    auto *close = new QDialogButtonBox(this);
    // Not the default button: Enter must not close the view while a step is being confirmed.
    close->addButton(tr("Close (Esc)"), QDialogButtonBox::RejectRole)->setAutoDefault(false);
    m_reprint->setAutoDefault(false);
    m_reprint->setMinimumWidth(m_reprint->sizeHint().width() +
                               m_reprint->fontMetrics().averageCharWidth() * 2);
    close->addButton(m_reprint, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_banner);
    layout->addLayout(body, 1);
    layout->addWidget(m_actions);
    layout->addWidget(close);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reprint, &QPushButton::clicked, this, &CaseViewDialog::requestPrint);
    connect(m_actions, &CaseActionBar::confirmed, this, &CaseViewDialog::onConfirmed);
    setBanner({}, {});
}

void CaseViewDialog::showLoading(const QString &number)
{
    m_number = number;
    m_detail.reset();
    m_title->setText(tr("Case %1").arg(number));
    m_actions->setState(std::nullopt);
    m_reprint->setEnabled(false);
    setBanner(tr("Reading the case…"), QStringLiteral("warning"));
}

void CaseViewDialog::showDetail(const CaseDetail &detail)
{
    m_detail = detail;
    const CaseRecord &r = detail.record;
    showRecord(r, CaseStatusNames::displayName(r.state.status, r.state.outcome));
    m_history->setRowCount(0);
    for (const CaseEvent &e : detail.events) {
        const QString when =
            m_hallTime.localTime(QDateTime::fromMSecsSinceEpoch(e.atMs, QTimeZone::utc()))
                .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        const QString moved = e.from.isEmpty() || e.from == e.to
                                  ? statusName(e.to)
                                  : tr("%1 → %2").arg(statusName(e.from), statusName(e.to));
        appendRow(m_history, {when, e.stepName(), moved, e.staffNo,
                              e.window > 0 ? QString::number(e.window) : QString(), e.detail});
    }
    QStringList missing;
    for (const MaterialCheck &m : DecisionRules::missing(r.materials))
        missing << m.name;
    m_actions->setMissingMaterials(missing);
    m_actions->setState(r.state, m_number);
    m_reprint->setEnabled(true);
    setBanner({}, {});
    if (m_completing == m_number && r.state.status == CaseStatus::Completed) {
        m_completing.clear();
        requestPrint();
    }
}

void CaseViewDialog::showLocal(const TerminalCase &taken, const OperationError &readError)
{
    m_detail.reset();
    const CaseSummary summary = CaseSummary::fromLocal(taken);
    showRecord(taken.record, summary.statusText());
    m_history->setRowCount(0);
    m_actions->setState(std::nullopt);
    switch (taken.state) {
    case TerminalCase::State::Refused:
        m_reprint->setEnabled(false);
        setBanner(tr("The hall server refused this case: %1\nThe application must be taken "
                     "again.")
                      .arg(taken.refusal.message()),
                  QStringLiteral("error"));
        return;
    case TerminalCase::State::Pending:
        m_reprint->setEnabled(true);
        setBanner(tr("This case has not reached the hall server yet; it is sent when the "
                     "connection allows. Steps and history follow once it is there."),
                  QStringLiteral("warning"));
        return;
    case TerminalCase::State::Sent:
        m_reprint->setEnabled(true);
        setBanner(tr("The case could not be read from the hall server (%1). Shown is this "
                     "terminal's record, without history.")
                      .arg(readError.message()),
                  QStringLiteral("warning"));
        return;
    }
}

void CaseViewDialog::showReadFailed(const QString &number, const OperationError &error)
{
    m_number = number;
    m_detail.reset();
    m_actions->setState(std::nullopt);
    m_reprint->setEnabled(false);
    setBanner(tr("The case could not be read: %1").arg(error.message()), QStringLiteral("error"));
}

void CaseViewDialog::requestPrint()
{
    QDate finishedOn;
    const QString complete = CaseLifecycle::key(CaseAction::Complete);
    for (const CaseEvent &e : m_detail ? m_detail->events : QList<CaseEvent>()) {
        if (e.kind == complete)
            finishedOn = m_hallTime.serviceDay(e.atMs);
    }
    emit reprintRequested(m_shown, finishedOn);
}

void CaseViewDialog::showActionRefused(const QString &number, const OperationError &error)
{
    if (number != m_number)
        return;
    if (m_completing == number)
        m_completing.clear();
    if (m_detail)
        m_actions->setState(m_detail->record.state, m_number);
    setBanner(tr("The step was refused: %1").arg(error.message()), QStringLiteral("error"));
}

void CaseViewDialog::showRecord(const CaseRecord &record, const QString &status)
{
    m_number = record.number.toString();
    m_shown = record;
    m_title->setText(tr("Case %1 · %2").arg(m_number, status));
    m_facts->setCase(record, status);
    m_materials->setRowCount(0);
    for (const MaterialCheck &m : record.materials) {
        appendRow(m_materials,
                  {m.name.isEmpty() ? m.code : m.name, MaterialCheckNames::displayName(m.state),
                   m.pages > 0 ? QString::number(m.pages) : QString(), scanText(m)});
    }
}

void CaseViewDialog::setKeptScans(const QList<KeptScan> &scans)
{
    m_keptScans = scans;
}

QString CaseViewDialog::scanText(const MaterialCheck &material) const
{
    if (material.scanDigest.isEmpty())
        return {};
    for (const KeptScan &kept : m_keptScans) {
        if (kept.materialCode != material.code || kept.scan.digest != material.scanDigest)
            continue;
        switch (kept.state) {
        case KeptScan::State::Kept:
            return tr("Scanned, waiting to upload");
        case KeptScan::State::Uploaded:
            return tr("Scanned, on the server");
        case KeptScan::State::Refused:
            return tr("Scanned, refused by the server");
        }
    }
    // Taken at another counter, or this one's copy is gone: the case records the scan.
    return tr("Scanned");
}

void CaseViewDialog::onConfirmed(CaseAction action, CaseOutcome outcome, const QString &reason)
{
    QJsonObject args;
    if (action == CaseAction::Complete)
        m_completing = m_number;
    if (outcome != CaseOutcome::None)
        args.insert(QStringLiteral("outcome"), CaseStatusNames::key(outcome));
    if (!reason.isEmpty())
        args.insert(QStringLiteral("reason"), reason);
    if (action == CaseAction::EndCorrection && m_detail) {
        // The missing materials are what the citizen brought back: recorded as received, so
        // the server sees the checklist complete.
        CaseRecord brought = m_detail->record;
        QSet<QString> codes;
        for (const MaterialCheck &m : DecisionRules::missing(brought.materials))
            codes.insert(m.code);
        for (MaterialCheck &m : brought.materials) {
            if (codes.contains(m.code))
                m.state = MaterialCheck::State::Received;
        }
        QJsonArray lines;
        for (const QJsonValue &line :
             CaseJson::toJson(brought).value(QLatin1String("materials")).toArray()) {
            if (codes.contains(line.toObject().value(QLatin1String("code")).toString()))
                lines.append(line);
        }
        if (!lines.isEmpty())
            args.insert(QStringLiteral("materials"), lines);
    }
    // One step at a time: the buttons return with the case's answer or the refusal.
    m_actions->setState(std::nullopt);
    setBanner(tr("Sent; waiting for the hall server."), QStringLiteral("warning"));
    emit actionRequested(m_number, CaseLifecycle::key(action), args);
}

void CaseViewDialog::reject()
{
    if (m_actions->chosen()) {
        m_actions->cancel();
        return;
    }
    QDialog::reject();
}

QString CaseViewDialog::bannerText() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

void CaseViewDialog::setBanner(const QString &text, const QString &tone)
{
    m_banner->setText(text);
    m_banner->setVisible(!text.isEmpty());
    m_banner->setProperty("tone", tone);
    m_banner->style()->unpolish(m_banner);
    m_banner->style()->polish(m_banner);
}

} // namespace halldesk
