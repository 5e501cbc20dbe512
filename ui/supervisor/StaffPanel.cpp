#include "supervisor/StaffPanel.h"

#include "domain/StaffRoleNames.h"
#include "supervisor/SupervisorLook.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace halldesk {

StaffPanel::StaffPanel(QWidget *parent)
    : AdminPanel(parent)
{
    m_table = rowTable({tr("Staff number"), tr("Name"), tr("Role"), tr("State")}, 120);
    m_table->setMinimumWidth(620);

    m_staffNo = new QLineEdit;
    m_staffNo->setMaxLength(32);
    m_name = new QLineEdit;
    m_name->setMaxLength(40);
    m_role = new QComboBox;
    for (const char *role : {"clerk", "supervisor", "admin"})
        m_role->addItem(StaffRoleNames::displayName(QLatin1String(role)), QLatin1String(role));
    m_active = new QCheckBox(tr("May sign in"));
    m_active->setChecked(true);
    m_save = new QPushButton(tr("Save staff member"));
    m_new = new QPushButton(tr("New staff member"));
    m_password = new QLineEdit;
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMaxLength(256);
    m_password->setPlaceholderText(tr("at least 8 characters"));
    m_reset = new QPushButton(tr("Set temporary password"));

    auto *fields = form();
    fields->addRow(tr("Staff number"), wide(m_staffNo));
    fields->addRow(tr("Name"), wide(m_name));
    fields->addRow(tr("Role"), wide(m_role));
    fields->addRow(QString(), m_active);
    auto *passwordFields = form();
    passwordFields->addRow(tr("New password"), wide(m_password));

    auto *editor = new QVBoxLayout;
    editor->addWidget(heading(tr("Staff member")));
    editor->addLayout(fields);
    editor->addWidget(m_save, 0, Qt::AlignRight);
    editor->addSpacing(24);
    editor->addWidget(heading(tr("Password")));
    editor->addLayout(passwordFields);
    editor->addWidget(m_reset, 0, Qt::AlignRight);
    editor->addStretch(1);

    auto *left = new QVBoxLayout;
    left->addWidget(heading(tr("Staff")));
    left->addWidget(m_table, 1);
    left->addWidget(m_new, 0, Qt::AlignLeft);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 3);
    layout->addLayout(editor, 2);

    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row >= 0 && row < m_config.staff.size())
            fillForm(m_config.staff.at(row));
    });
    connect(m_save, &QPushButton::clicked, this, &StaffPanel::save);
    connect(m_new, &QPushButton::clicked, this, &StaffPanel::startNew);
    connect(m_reset, &QPushButton::clicked, this, &StaffPanel::resetPassword);
    connect(m_password, &QLineEdit::returnPressed, this, &StaffPanel::resetPassword);
}

void StaffPanel::setConfig(const AdminConfig &config)
{
    const QString selected = m_staffNo->text();
    m_config = config;
    const QSignalBlocker block(m_table);
    m_table->setRowCount(int(config.staff.size()));
    for (int row = 0; row < config.staff.size(); ++row) {
        const AdminConfig::Staff &staff = config.staff.at(row);
        const QString state = !staff.active        ? tr("Deactivated")
                              : staff.locked       ? tr("Locked out")
                              : !staff.hasPassword ? tr("No password")
                                                   : tr("Active");
        fillRow(m_table, row,
                {staff.staffNo, staff.name, StaffRoleNames::displayName(staff.role), state});
    }
    if (!selected.isEmpty())
        selectStaff(selected);
}

bool StaffPanel::selectStaff(const QString &staffNo)
{
    for (int row = 0; row < m_config.staff.size(); ++row) {
        if (m_config.staff.at(row).staffNo != staffNo)
            continue;
        const QSignalBlocker block(m_table);
        m_table->setCurrentCell(row, 0);
        m_table->scrollToItem(m_table->item(row, 0));
        fillForm(m_config.staff.at(row));
        return true;
    }
    return false;
}

void StaffPanel::fillForm(const AdminConfig::Staff &staff)
{
    m_staffNo->setText(staff.staffNo);
    m_name->setText(staff.name);
    m_role->setCurrentIndex(m_role->findData(staff.role));
    m_active->setChecked(staff.active);
    m_password->clear();
}

void StaffPanel::startNew()
{
    {
        const QSignalBlocker block(m_table);
        m_table->setCurrentCell(-1, -1);
    }
    m_staffNo->clear();
    m_name->clear();
    m_role->setCurrentIndex(m_role->findData(QStringLiteral("clerk")));
    m_active->setChecked(true);
    m_password->clear();
    m_staffNo->setFocus();
}

void StaffPanel::save()
{
    emit changeRequested(QStringLiteral("adminSaveStaff"),
                         {{QStringLiteral("staffNo"), m_staffNo->text().trimmed()},
                          {QStringLiteral("name"), m_name->text().trimmed()},
                          {QStringLiteral("role"), m_role->currentData().toString()},
                          {QStringLiteral("active"), m_active->isChecked()}});
}

void StaffPanel::resetPassword()
{
    const QString password = m_password->text();
    m_password->clear();
    emit changeRequested(QStringLiteral("adminResetPassword"),
                         {{QStringLiteral("staffNo"), m_staffNo->text().trimmed()},
                          {QStringLiteral("password"), password}});
}

} // namespace halldesk
