#pragma once

#include "calendar/WorkingCalendar.h"
#include "casework/IntakeDecision.h"
#include "casework/MaterialCheck.h"
#include "catalogue/ServiceItem.h"
#include "intake/DecisionDetails.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QWidget>
#include <optional>

class QLabel;
class QLineEdit;
class QToolButton;

namespace halldesk {

// The clerk's decision on an application: 受理, 即办, 补正, 不予受理 or 信用承诺, one key each
// (Ctrl+1 … Ctrl+5). A decision the rules refuse (DecisionRules::check) is greyed out with the
// reason as its tooltip, and choosing it anyway says the reason under the buttons. Under them
// the panel shows what the decision means for the applicant: the promised date, the
// verification date of a commitment, or the materials to bring.
class DecisionPanel : public QWidget
{
    Q_OBJECT

public:
    explicit DecisionPanel(QWidget *parent = nullptr);

    // The items must stay alive until the next setItems() or the panel's end. promisedDays:
    // DecisionRules::promisedDays of the items as taken, which only the case's 情形 decide.
    void setItems(const QList<const ServiceItem *> &items, int promisedDays);
    void setMaterials(const QList<MaterialCheck> &materials);
    // The day the window received the application; today until set.
    void setReceiptDate(QDate date);
    // The shipped holiday notices until set.
    void setCalendar(const WorkingCalendar &calendar);

    std::optional<IntakeDecision> decision() const { return m_decision; }
    // false, with the reason shown under the buttons, when the rules refuse it.
    bool choose(IntakeDecision decision);
    QString reason() const;
    // A decision is chosen and the rules accept it with the reason given.
    bool isReady() const { return m_ready; }

    // Why the decision cannot be taken now (the reason box aside); empty when it can.
    QString unavailableReason(IntakeDecision decision) const;
    QToolButton *button(IntakeDecision decision) const;
    // For the chosen decision: 承诺办结日期 (受理, 信用承诺) and 核查日期 (信用承诺).
    std::optional<QDate> dueDate() const;
    std::optional<QDate> verificationDate() const;
    // The line under the buttons, and the details under the reason box.
    QString messageText() const;
    QString detailsText() const;

signals:
    void decisionChanged();
    void readyChanged(bool ready);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    void setChecked(std::optional<IntakeDecision> decision);
    DecisionDetails::Input input() const;

    QList<const ServiceItem *> m_items;
    int m_promisedDays = 0;
    QList<MaterialCheck> m_materials;
    QDate m_receipt;
    WorkingCalendar m_calendar;
    std::optional<IntakeDecision> m_decision;
    bool m_ready = false;
    // Why the last decision the clerk asked for was refused; shown until the next choice.
    QString m_refusal;

    QMap<IntakeDecision, QToolButton *> m_buttons;
    QLabel *m_message = nullptr;
    QLabel *m_reasonLabel = nullptr;
    QLineEdit *m_reason = nullptr;
    QLabel *m_details = nullptr;
};

} // namespace halldesk
