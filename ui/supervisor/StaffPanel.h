#pragma once

#include "supervisor/AdminPanel.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace halldesk {

// 工作人员: the hall's staff with their roles and whether they may sign in; a member of staff
// is added or changed with adminSaveStaff, and given a new temporary password (which also
// ends a lock-out) with adminResetPassword. Passwords are typed, never shown or kept.
class StaffPanel : public AdminPanel
{
    Q_OBJECT

public:
    explicit StaffPanel(QWidget *parent = nullptr);

    void setConfig(const AdminConfig &config) override;
    // Fills the form with that member of staff (as choosing the row does); false if unknown.
    bool selectStaff(const QString &staffNo);

    QTableWidget *table() const { return m_table; }
    QLineEdit *staffNoEdit() const { return m_staffNo; }
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *roleBox() const { return m_role; }
    QCheckBox *activeBox() const { return m_active; }
    QLineEdit *passwordEdit() const { return m_password; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *newButton() const { return m_new; }
    // An empty form for a new staff member (新建): nothing chosen, the number field focused.
    void startNew();
    QPushButton *resetButton() const { return m_reset; }

private:
    void fillForm(const AdminConfig::Staff &staff);
    void save();
    void resetPassword();

    AdminConfig m_config;
    QTableWidget *m_table = nullptr;
    QLineEdit *m_staffNo = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_role = nullptr;
    QCheckBox *m_active = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_new = nullptr;
    QLineEdit *m_password = nullptr;
    QPushButton *m_reset = nullptr;
};

} // namespace halldesk
