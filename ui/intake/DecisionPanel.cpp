#include "intake/DecisionPanel.h"

#include "casework/DecisionRules.h"

#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QShortcut>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace halldesk {

namespace {

constexpr int MaxReasonLength = 500;

QKeySequence shortcutFor(int position)
{
    return QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + position));
}

void paintMessage(QLabel *label, const QColor &colour)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, colour);
    label->setPalette(palette);
}

// The chosen decision wears counter.qss's "primary" look; the property needs a re-polish.
void markChosen(QToolButton *button, bool chosen)
{
    button->setChecked(chosen);
    if (button->property("primary").toBool() == chosen)
        return;
    button->setProperty("primary", chosen);
    button->style()->unpolish(button);
    button->style()->polish(button);
}

} // namespace

DecisionPanel::DecisionPanel(QWidget *parent)
    : QWidget(parent)
    , m_receipt(QDate::currentDate())
    , m_calendar(WorkingCalendar::withShippedYears())
{
    auto *buttons = new QHBoxLayout;
    QFont large = font();
    large.setPointSizeF(large.pointSizeF() * 1.15);
    const QList<IntakeDecision> decisions = IntakeDecisionNames::all();
    for (int i = 0; i < decisions.size(); ++i) {
        const IntakeDecision d = decisions.at(i);
        const QKeySequence key = shortcutFor(i);
        auto *button = new QToolButton(this);
        button->setFont(large);
        button->setText(QStringLiteral("%1\n%2").arg(IntakeDecisionNames::displayName(d),
                                                     key.toString(QKeySequence::NativeText)));
        button->setAccessibleName(IntakeDecisionNames::displayName(d));
        button->setCheckable(true);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        // Two lines of text with air above and below.
        button->setMinimumHeight(button->fontMetrics().lineSpacing() * 2 +
                                 button->fontMetrics().height());
        button->installEventFilter(this);
        connect(button, &QToolButton::clicked, this, [this, d] { choose(d); });
        // A shortcut of its own rather than the button's: a greyed-out button ignores its
        // shortcut, and the clerk must still learn why the key did nothing.
        connect(new QShortcut(key, this), &QShortcut::activated, this, [this, d] { choose(d); });
        buttons->addWidget(button, 1);
        m_buttons.insert(d, button);
    }

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setMinimumHeight(m_message->fontMetrics().height());

    m_reason = new QLineEdit(this);
    m_reason->setMaxLength(MaxReasonLength);
    m_reasonLabel = new QLabel(this);
    m_reasonLabel->setBuddy(m_reason);
    connect(m_reason, &QLineEdit::textChanged, this, &DecisionPanel::refresh);
    auto *reasonRow = new QHBoxLayout;
    reasonRow->addWidget(m_reasonLabel);
    reasonRow->addWidget(m_reason, 1);

    auto *detailsFrame = new QFrame(this);
    detailsFrame->setFrameShape(QFrame::StyledPanel);
    m_details = new QLabel(detailsFrame);
    m_details->setWordWrap(true);
    m_details->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_details->setAccessibleName(tr("What the decision means"));
    auto *detailsLayout = new QVBoxLayout(detailsFrame);
    detailsLayout->addWidget(m_details);
    detailsFrame->setMinimumHeight(m_details->fontMetrics().lineSpacing() * 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addLayout(reasonRow);
    layout->addWidget(detailsFrame);
    // Extra height is better spent on the checklist beside or above the panel.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    refresh();
}

DecisionDetails::Input DecisionPanel::input() const
{
    return {m_items, m_promisedDays, m_materials, m_receipt, &m_calendar};
}

void DecisionPanel::setItems(const QList<const ServiceItem *> &items, int promisedDays)
{
    m_items = items;
    m_promisedDays = promisedDays;
    m_refusal.clear();
    refresh();
}

void DecisionPanel::setMaterials(const QList<MaterialCheck> &materials)
{
    m_materials = materials;
    m_refusal.clear();
    refresh();
}

void DecisionPanel::setReceiptDate(QDate date)
{
    m_receipt = date;
    refresh();
}

void DecisionPanel::setCalendar(const WorkingCalendar &calendar)
{
    m_calendar = calendar;
    refresh();
}

QString DecisionPanel::reason() const
{
    return m_reason->text().trimmed();
}

QString DecisionPanel::unavailableReason(IntakeDecision decision) const
{
    // The reason for 不予受理 is typed after choosing it, so it does not decide whether the
    // choice is offered; readiness checks the real one.
    const QString assumedReason = QStringLiteral("-");
    return DecisionRules::check(decision, m_items, m_materials, assumedReason);
}

QToolButton *DecisionPanel::button(IntakeDecision decision) const
{
    return m_buttons.value(decision);
}

bool DecisionPanel::choose(IntakeDecision decision)
{
    if (const QString why = unavailableReason(decision); !why.isEmpty()) {
        //: A decision the rules refuse, and why, e.g. 即办：…不是即办件。
        m_refusal =
            tr("%1 is not possible: %2").arg(IntakeDecisionNames::displayName(decision), why);
        setChecked(m_decision);
        refresh();
        return false;
    }
    m_refusal.clear();
    const bool changed = m_decision != decision;
    m_decision = decision;
    setChecked(m_decision);
    if (decision == IntakeDecision::Reject)
        m_reason->setFocus(Qt::OtherFocusReason);
    refresh();
    if (changed)
        emit decisionChanged();
    return true;
}

void DecisionPanel::setChecked(std::optional<IntakeDecision> decision)
{
    for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it)
        markChosen(it.value(), decision == it.key());
}

void DecisionPanel::refresh()
{
    for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it) {
        const QString why = unavailableReason(it.key());
        it.value()->setEnabled(why.isEmpty());
        it.value()->setToolTip(why.isEmpty() ? IntakeDecisionNames::displayName(it.key()) : why);
    }

    // Materials or items changed under the chosen decision: drop it rather than leave a
    // choice on screen that cannot be recorded.
    bool dropped = false;
    if (m_decision) {
        if (const QString why = unavailableReason(*m_decision); !why.isEmpty()) {
            m_refusal = tr("%1 is no longer possible: %2")
                            .arg(IntakeDecisionNames::displayName(*m_decision), why);
            m_decision.reset();
            setChecked(m_decision);
            dropped = true;
        }
    }

    const QString problem =
        m_decision ? DecisionRules::check(*m_decision, m_items, m_materials, reason()) : QString();
    if (!m_refusal.isEmpty()) {
        paintMessage(m_message, QColor(0xb0, 0x1e, 0x1e));
        m_message->setText(m_refusal);
    } else {
        paintMessage(m_message, QColor(0x8d, 0x5a, 0x00));
        m_message->setText(problem);
    }

    const bool rejecting = m_decision == IntakeDecision::Reject;
    m_reasonLabel->setText(rejecting ? tr("&Reason for not accepting (required):")
                                     : tr("&Remarks (optional):"));
    m_reason->setPlaceholderText(rejecting ? tr("e.g. not within this department's remit")
                                           : QString());
    m_details->setText(m_decision ? DecisionDetails::text(*m_decision, input())
                                  : tr("Choose a decision: Ctrl+1 to Ctrl+5."));

    const bool ready = m_decision && problem.isEmpty();
    if (dropped)
        emit decisionChanged();
    if (ready != m_ready) {
        m_ready = ready;
        emit readyChanged(ready);
    }
}

std::optional<QDate> DecisionPanel::dueDate() const
{
    return m_decision ? DecisionDetails::dueDate(*m_decision, input()) : std::nullopt;
}

std::optional<QDate> DecisionPanel::verificationDate() const
{
    return m_decision ? DecisionDetails::verificationDate(*m_decision, input()) : std::nullopt;
}

QString DecisionPanel::messageText() const
{
    return m_message->text();
}

QString DecisionPanel::detailsText() const
{
    return m_details->text();
}

// A greyed-out button gets no click, yet the clerk who clicks it wants to know why.
bool DecisionPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonPress) {
        for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it) {
            if (it.value() == watched && !it.value()->isEnabled()) {
                choose(it.key());
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace halldesk
