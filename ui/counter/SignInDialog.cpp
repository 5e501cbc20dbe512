#include "SignInDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace halldesk {

namespace {

// Text in the dialog font, only darker red, so the message reads as an error without relying on
// a style sheet the main window might override.
void markAsError(QLabel *label)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x1e, 0x1e));
    label->setPalette(palette);
}

} // namespace

SignInDialog::SignInDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Sign in"));

    m_windowLabel = new QLabel(this);
    QFont emphasis = m_windowLabel->font();
    emphasis.setBold(true);
    emphasis.setPointSizeF(emphasis.pointSizeF() * 1.4);
    m_windowLabel->setFont(emphasis);
    m_windowLabel->hide();

    m_connectionLabel = new QLabel(this);
    m_connectionLabel->setWordWrap(true);
    m_connectionLabel->hide();

    m_staffNo = new QLineEdit(this);
    m_staffNo->setMaxLength(MaxStaffNoLength);
    m_staffNo->setAccessibleName(tr("Staff number"));
    // Room for a staff number and the Chinese labels without the dialog shrinking to a sliver.
    m_staffNo->setMinimumWidth(m_staffNo->fontMetrics().averageCharWidth() * 28);

    m_password = new QLineEdit(this);
    m_password->setMaxLength(MaxPasswordLength);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Staff number:"), m_staffNo);
    form->addRow(tr("&Password:"), m_password);

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    markAsError(m_error);
    m_error->hide();

    m_busyLabel = new QLabel(tr("Signing in…"), this);
    m_busyLabel->hide();

    auto *buttons = new QDialogButtonBox(this);
    m_signIn = buttons->addButton(tr("Sign &in"), QDialogButtonBox::AcceptRole);
    m_signIn->setDefault(true);
    // While busy the fields are disabled and the focus lands on Cancel: a second Enter from an
    // impatient clerk must not cancel the sign-in it is waiting for.
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_windowLabel);
    layout->addWidget(m_connectionLabel);
    layout->addSpacing(layout->spacing());
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_busyLabel);
    layout->addStretch();
    layout->addWidget(buttons);

    m_staffNo->setFocus();
}

void SignInDialog::setWindowNumber(int window)
{
    m_windowLabel->setText(tr("Window %1").arg(window));
    m_windowLabel->setVisible(window > 0);
}

void SignInDialog::setConnectionText(const QString &text)
{
    m_connectionLabel->setText(text);
    m_connectionLabel->setVisible(!text.isEmpty());
}

void SignInDialog::setStaffNo(const QString &staffNo)
{
    m_staffNo->setText(staffNo);
    (staffNo.isEmpty() ? m_staffNo : m_password)->setFocus();
}

QString SignInDialog::staffNo() const
{
    return m_staffNo->text().trimmed();
}

QString SignInDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void SignInDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_staffNo->setEnabled(!busy);
    m_password->setEnabled(!busy);
    m_signIn->setEnabled(!busy);
    m_busyLabel->setVisible(busy);
    if (busy)
        m_error->hide();
}

void SignInDialog::succeed()
{
    setBusy(false);
    m_password->clear();
    QDialog::accept();
}

void SignInDialog::fail(const QString &message)
{
    setBusy(false);
    m_password->clear();
    showError(message, m_password);
}

void SignInDialog::accept()
{
    if (m_busy)
        return;
    if (staffNo().isEmpty()) {
        showError(tr("Enter your staff number."), m_staffNo);
        return;
    }
    if (m_password->text().isEmpty()) {
        showError(tr("Enter your password."), m_password);
        return;
    }
    setBusy(true);
    emit signInRequested(staffNo(), m_password->text());
}

void SignInDialog::showError(const QString &message, QLineEdit *focus)
{
    m_error->setText(message);
    m_error->show();
    focus->setFocus();
    focus->selectAll();
}

} // namespace halldesk
