#include "supervisor/SupervisorLoginDialog.h"

#include "supervisor/SupervisorLook.h"
#include "supervisor/SupervisorStation.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace halldesk {

SupervisorLoginDialog::SupervisorLoginDialog(SupervisorStation &station, QWidget *parent)
    : QDialog(parent)
    , m_station(station)
{
    setWindowTitle(tr("Supervisor sign-in"));
    setFont(SupervisorLook::font(SupervisorLook::TextPx));
    auto *title = new QLabel(tr("HallDesk supervisor console"));
    m_staffNo = new QLineEdit;
    m_staffNo->setMaxLength(32);
    m_password = new QLineEdit;
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMaxLength(128);
    m_problem = new QLabel;
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(SupervisorLook::problemStyleSheet());
    m_problem->hide();
    m_waiting = new QLabel(tr("Connecting to the hall server…"));
    m_waiting->setStyleSheet(QStringLiteral("color: #555555;"));
    m_waiting->hide();
    m_signIn = new QPushButton(tr("Sign in"));
    m_signIn->setDefault(true);
    connect(m_signIn, &QPushButton::clicked, this, &SupervisorLoginDialog::signIn);

    auto *form = new QFormLayout;
    form->addRow(new QLabel(tr("Staff number")), m_staffNo);
    form->addRow(new QLabel(tr("Password")), m_password);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(title);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_waiting);
    layout->addWidget(m_signIn, 0, Qt::AlignRight);
    setMinimumWidth(520);
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    // Explicitly, whatever the application's font: the dialog comes before the console's look.
    for (QWidget *child : findChildren<QWidget *>())
        child->setFont(SupervisorLook::font(SupervisorLook::TextPx));
    title->setFont(SupervisorLook::font(SupervisorLook::HeadingPx, true));
}

QString SupervisorLoginDialog::problemText() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void SupervisorLoginDialog::prepareAgain(const QString &why, const QString &staffNo)
{
    m_staffNo->setText(staffNo);
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    (staffNo.isEmpty() ? m_staffNo : m_password)->setFocus();
    adjustSize();
}

void SupervisorLoginDialog::signIn()
{
    const QString staffNo = m_staffNo->text().trimmed();
    if (staffNo.isEmpty() || m_password->text().isEmpty()) {
        m_problem->setText(tr("Enter your staff number and password."));
        m_problem->show();
        adjustSize();
        return;
    }
    m_signIn->setEnabled(false);
    m_problem->hide();
    // The sign-in waits for the connection; say so rather than look stuck.
    m_waiting->setVisible(!m_station.isConnected());
    QPointer<SupervisorLoginDialog> self(this);
    m_station.login(staffNo, m_password->text(), [self](const QString &problem) {
        if (!self)
            return;
        self->m_signIn->setEnabled(true);
        self->m_waiting->hide();
        if (problem.isEmpty()) {
            self->accept();
            return;
        }
        self->m_password->clear();
        self->m_problem->setText(problem);
        self->m_problem->show();
        // A long refusal wraps: the dialog grows rather than squeeze the fields.
        self->adjustSize();
    });
}

} // namespace halldesk
