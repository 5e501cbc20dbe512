#include "PauseDialog.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace halldesk {

namespace {

void markAsError(QLabel *label)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x1e, 0x1e));
    label->setPalette(palette);
}

} // namespace

PauseDialog::PauseDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Pause Service"));

    auto *prompt = new QLabel(tr("Why is the window pausing?"), this);
    prompt->setWordWrap(true);

    m_group = new QButtonGroup(this);
    QFont large = font();
    large.setPointSizeF(large.pointSizeF() * 1.25);
    auto *choices = new QVBoxLayout;
    for (Reason reason : {LunchBreak, Meeting, SteppingAway, Training, Other}) {
        const int key = reason + 1;
        // The digit doubles as the mnemonic, so Alt+digit works as well as the plain digit.
        auto *button =
            new QRadioButton(QStringLiteral("&%1   %2").arg(key).arg(reasonText(reason)), this);
        button->setFont(large);
        // The indicator grows with the text, so the choice reads at a glance from a distance.
        button->setStyleSheet(
            QStringLiteral("QRadioButton { padding: 0.2em 0; }"
                           "QRadioButton::indicator { width: 1em; height: 1em; }"));
        m_group->addButton(button, reason);
        m_buttons.append(button);
        choices->addWidget(button);
        // A plain digit chooses; a line edit with focus takes the digit as text instead
        // (QLineEdit overrides shortcuts for printable keys).
        auto *shortcut =
            new QShortcut(QKeySequence(static_cast<Qt::Key>(Qt::Key_1 + int(reason))), this);
        connect(shortcut, &QShortcut::activated, this, [this, reason] { choose(reason); });
    }

    m_otherText = new QLineEdit(this);
    m_otherText->setMaxLength(MaxReasonLength);
    m_otherText->setPlaceholderText(tr("Describe the reason (required for Other)"));
    m_otherText->setAccessibleName(tr("Other reason"));
    m_otherText->setMinimumWidth(m_otherText->fontMetrics().averageCharWidth() * 32);
    m_otherText->setEnabled(false);
    auto *otherRow = new QHBoxLayout;
    // Indented under the "Other" choice it belongs to.
    otherRow->addSpacing(m_otherText->fontMetrics().averageCharWidth() * 4);
    otherRow->addWidget(m_otherText);
    choices->addLayout(otherRow);

    connect(m_otherText, &QLineEdit::textEdited, this, [this] { m_error->hide(); });
    connect(m_group, &QButtonGroup::idToggled, this, [this](int id, bool checked) {
        if (checked)
            m_error->hide();
        if (id != Other)
            return;
        m_otherText->setEnabled(checked);
        if (checked)
            m_otherText->setFocus();
    });

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    markAsError(m_error);
    m_error->hide();

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *pause = buttons->addButton(tr("&Pause"), QDialogButtonBox::AcceptRole);
    pause->setDefault(true);
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &PauseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PauseDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(prompt);
    layout->addLayout(choices);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(buttons);

    m_buttons.constFirst()->setFocus();
}

QString PauseDialog::reasonText(Reason reason)
{
    switch (reason) {
    case LunchBreak:
        return tr("Lunch break");
    case Meeting:
        return tr("Meeting");
    case SteppingAway:
        return tr("Stepping away");
    case Training:
        return tr("Business training");
    case Other:
        return tr("Other");
    }
    return {};
}

int PauseDialog::chosenReason() const
{
    return m_group->checkedId();
}

void PauseDialog::choose(Reason reason)
{
    QRadioButton *button = m_buttons.at(reason);
    button->setChecked(true);
    m_error->hide();
    if (reason == Other)
        m_otherText->setFocus();
    else
        button->setFocus();
}

QString PauseDialog::reason() const
{
    const int id = chosenReason();
    if (id < 0)
        return {};
    if (id == Other)
        return m_otherText->text().simplified();
    return reasonText(static_cast<Reason>(id));
}

QString PauseDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void PauseDialog::accept()
{
    const int id = chosenReason();
    if (id < 0) {
        showError(tr("Choose a reason for the break (keys 1–5)."), m_buttons.constFirst());
        return;
    }
    if (id == Other && reason().isEmpty()) {
        showError(tr("Describe the reason for the break."), m_otherText);
        return;
    }
    QDialog::accept();
}

void PauseDialog::showError(const QString &message, QWidget *focus)
{
    m_error->setText(message);
    m_error->show();
    focus->setFocus();
}

} // namespace halldesk
