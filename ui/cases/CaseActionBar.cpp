#include "cases/CaseActionBar.h"

#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace halldesk {

CaseActionBar::CaseActionBar(QWidget *parent)
    : QWidget(parent)
    , m_confirmation(new QFrame(this))
    , m_prompt(new QLabel(m_confirmation))
    , m_outcome(new QComboBox(m_confirmation))
    , m_reason(new QPlainTextEdit(m_confirmation))
    , m_problem(new QLabel(m_confirmation))
    , m_confirm(new QPushButton(tr("Confirm (Ctrl+Enter)"), m_confirmation))
{
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_confirmation);
    const auto add = [this, row](CaseAction action, const QString &text) {
        auto *button = new QPushButton(text, this);
        button->setAutoDefault(false);
        // Some room beyond the text: Chinese from a fallback font is measured a little short.
        button->setMinimumWidth(button->sizeHint().width() +
                                button->fontMetrics().averageCharWidth() * 2);
        connect(button, &QPushButton::clicked, this, [this, action] { choose(action); });
        m_buttons.insert(action, button);
        row->addWidget(button);
    };
    add(CaseAction::Accept, tr("&Accept"));
    add(CaseAction::StartCorrection, tr("Ask for &materials"));
    add(CaseAction::EndCorrection, tr("Materials &in"));
    add(CaseAction::Reject, tr("&Do not accept"));
    add(CaseAction::Complete, tr("&Complete"));
    add(CaseAction::Withdraw, tr("&Withdraw"));
    add(CaseAction::Revoke, tr("Re&voke"));
    row->addStretch(1);

    m_confirmation->setObjectName(QStringLiteral("caseActionConfirmation"));
    m_confirmation->setFrameShape(QFrame::StyledPanel);
    m_prompt->setWordWrap(true);
    m_prompt->setTextFormat(Qt::PlainText);
    for (CaseOutcome outcome :
         {CaseOutcome::Approved, CaseOutcome::ApprovedWithWaiver, CaseOutcome::Denied})
        m_outcome->addItem(CaseStatusNames::displayName(outcome), int(outcome));
    m_outcome->setAccessibleName(tr("Outcome"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("Reason, at most %1 characters").arg(MaxReason));
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setMaximumHeight(m_reason->fontMetrics().lineSpacing() * 4);
    m_problem->setObjectName(QStringLiteral("noticeBanner"));
    m_problem->setProperty("tone", QStringLiteral("error"));
    m_problem->setTextFormat(Qt::PlainText);
    m_confirm->setAutoDefault(true); // Enter on it confirms, as Ctrl+Enter does anywhere
    auto *cancel = new QPushButton(tr("Cancel (Esc)"), m_confirmation);
    cancel->setAutoDefault(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_problem);
    buttons->addStretch(1);
    buttons->addWidget(m_confirm);
    buttons->addWidget(cancel);
    auto *confirmation = new QVBoxLayout(m_confirmation);
    confirmation->addWidget(m_prompt);
    confirmation->addWidget(m_outcome);
    confirmation->addWidget(m_reason);
    confirmation->addLayout(buttons);
    m_confirmation->hide();

    for (const auto key : {Qt::Key_Return, Qt::Key_Enter}) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | key), m_confirmation);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &CaseActionBar::confirm);
    }
    connect(m_confirm, &QPushButton::clicked, this, &CaseActionBar::confirm);
    connect(cancel, &QPushButton::clicked, this, &CaseActionBar::cancel);
    setState(std::nullopt);
}

void CaseActionBar::setState(std::optional<CaseState> state, const QString &number)
{
    m_state = state;
    m_number = number;
    for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it)
        it.value()->setEnabled(state && CaseLifecycle::allows(*state, it.key()));
    cancel();
}

void CaseActionBar::choose(CaseAction action)
{
    if (!m_state || !CaseLifecycle::allows(*m_state, action))
        return;
    m_chosen = action;
    m_prompt->setText(prompt(action));
    m_outcome->setVisible(action == CaseAction::Complete);
    m_outcome->setCurrentIndex(0);
    const bool reason = action == CaseAction::Reject || action == CaseAction::Revoke ||
                        action == CaseAction::Withdraw;
    m_reason->setVisible(reason);
    m_reason->clear();
    showProblem({});
    m_confirmation->show();
    if (action == CaseAction::Complete)
        m_outcome->setFocus();
    else if (reason)
        m_reason->setFocus();
    else
        m_confirm->setFocus();
}

bool CaseActionBar::reasonRequired() const
{
    return m_chosen == CaseAction::Reject || m_chosen == CaseAction::Revoke;
}

bool CaseActionBar::confirm()
{
    if (!m_chosen)
        return false;
    const QString reason = m_reason->isHidden() ? QString() : m_reason->toPlainText().trimmed();
    if (reasonRequired() && reason.isEmpty()) {
        showProblem(tr("Give the reason."));
        m_reason->setFocus();
        return false;
    }
    if (reason.size() > MaxReason) {
        showProblem(tr("The reason is %1 characters long; at most %2 are allowed.")
                        .arg(reason.size())
                        .arg(MaxReason));
        m_reason->setFocus();
        return false;
    }
    const CaseAction action = *m_chosen;
    const CaseOutcome outcome = action == CaseAction::Complete
                                    ? CaseOutcome(m_outcome->currentData().toInt())
                                    : CaseOutcome::None;
    cancel();
    emit confirmed(action, outcome, reason);
    return true;
}

void CaseActionBar::cancel()
{
    m_chosen.reset();
    m_confirmation->hide();
}

QString CaseActionBar::problemText() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void CaseActionBar::showProblem(const QString &problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

QString CaseActionBar::prompt(CaseAction action) const
{
    switch (action) {
    case CaseAction::Accept:
        return tr("Accept case %1?").arg(m_number);
    case CaseAction::StartCorrection:
        return tr("Ask for the missing materials of case %1? The time limit stops until they "
                  "are all in.")
            .arg(m_number);
    case CaseAction::EndCorrection:
        if (m_missing.isEmpty())
            return tr("All materials of case %1 are in; the time limit runs again.").arg(m_number);
        //: %2: the material names, separated by the list separator
        return tr("Record as received for case %1: %2. The time limit runs again.")
            .arg(m_number, m_missing.join(tr("; ")));
    case CaseAction::Reject:
        return tr("Do not accept case %1. Why not?").arg(m_number);
    case CaseAction::Complete:
        return tr("Complete case %1 with this outcome:").arg(m_number);
    case CaseAction::Withdraw:
        return tr("Withdraw case %1 at the applicant's request. Reason (optional):").arg(m_number);
    case CaseAction::Revoke:
        return tr("Revoke case %1. Why?").arg(m_number);
    }
    return {};
}

} // namespace halldesk
