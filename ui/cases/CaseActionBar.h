#pragma once

#include "casework/CaseLifecycle.h"

#include <QMap>
#include <QWidget>
#include <optional>

class QComboBox;
class QFrame;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace halldesk {

// The steps a case can take from the case view, one button each, enabled as CaseLifecycle
// allows for the case's state. A step is never taken on one key press: choosing it opens a
// confirmation with what the step needs (an outcome, a reason), confirmed with Ctrl+Return and
// dropped with Esc (cancel()).
class CaseActionBar : public QWidget
{
    Q_OBJECT

public:
    static constexpr int MaxReason = 500; // PROTOCOL.md §5.26

    explicit CaseActionBar(QWidget *parent = nullptr);

    // No state: no step possible (a case the server does not have, or one step on its way).
    void setState(std::optional<CaseState> state, const QString &number = {});
    // For end_correction: what will be recorded as received.
    void setMissingMaterials(const QStringList &names) { m_missing = names; }

    QPushButton *button(CaseAction action) const { return m_buttons.value(action); }
    std::optional<CaseAction> chosen() const { return m_chosen; }
    void choose(CaseAction action);
    // Emits confirmed() unless something the step needs is missing; problemText() says what.
    bool confirm();
    void cancel();
    QString problemText() const;
    QComboBox *outcomeBox() const { return m_outcome; }
    QPlainTextEdit *reasonEdit() const { return m_reason; }

signals:
    void confirmed(halldesk::CaseAction action, halldesk::CaseOutcome outcome,
                   const QString &reason);

private:
    QString prompt(CaseAction action) const;
    bool reasonRequired() const;
    void showProblem(const QString &problem);

    QMap<CaseAction, QPushButton *> m_buttons;
    std::optional<CaseState> m_state;
    QString m_number;
    QStringList m_missing;
    std::optional<CaseAction> m_chosen;
    QFrame *m_confirmation;
    QLabel *m_prompt;
    QComboBox *m_outcome;
    QPlainTextEdit *m_reason;
    QLabel *m_problem;
    QPushButton *m_confirm;
};

} // namespace halldesk
