#pragma once

#include "supervisor/AdminPanel.h"

class QComboBox;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace halldesk {

// 窗口: every window with the queues it serves and their weights (一窗通办). Choosing a window
// fills the form; a number not in the list makes a new window. Saved with adminSaveWindow;
// the calling order follows from the window's next call.
class WindowsPanel : public AdminPanel
{
    Q_OBJECT

public:
    explicit WindowsPanel(QWidget *parent = nullptr);

    void setConfig(const AdminConfig &config) override;
    // Fills the form with that window (as choosing it in the list does).
    void selectWindow(int number);
    // The form as it stands: a queue served with its weight (0: not served).
    void setServed(const QString &queue, double weight);
    QList<AdminConfig::ServedQueue> served() const;
    void save();

    QListWidget *list() const { return m_list; }
    QSpinBox *numberBox() const { return m_number; }
    QLineEdit *nameEdit() const { return m_name; }
    QTableWidget *queueTable() const { return m_queues; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *newButton() const { return m_new; }
    // A form for a new window (新建): the next free number, no queues yet, the number focused.
    void startNew();

private:
    void fillForm(const AdminConfig::Window &window);
    int rowOf(const QString &queue) const;

    AdminConfig m_config;
    QListWidget *m_list = nullptr;
    QSpinBox *m_number = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_area = nullptr;
    QTableWidget *m_queues = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_new = nullptr;
};

} // namespace halldesk
