#pragma once

#include "supervisor/AdminPanel.h"

class QComboBox;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace halldesk {

// 区域与业务: the hall's areas with their ticket letters, and the queues (业务) with their area,
// ticket prefix and the service time assumed until there are figures. Choosing a row fills
// its form; a code not yet used makes a new one (adminSaveArea, adminSaveQueue).
class AreasQueuesPanel : public AdminPanel
{
    Q_OBJECT

public:
    explicit AreasQueuesPanel(QWidget *parent = nullptr);

    void setConfig(const AdminConfig &config) override;

    QTableWidget *areaTable() const { return m_areas; }
    QTableWidget *queueTable() const { return m_queues; }

private:
    void saveArea();
    void saveQueue();

    AdminConfig m_config;
    QTableWidget *m_areas = nullptr;
    QLineEdit *m_areaCode = nullptr;
    QLineEdit *m_areaName = nullptr;
    QLineEdit *m_letter = nullptr;
    QTableWidget *m_queues = nullptr;
    QLineEdit *m_queueCode = nullptr;
    QLineEdit *m_queueName = nullptr;
    QComboBox *m_queueArea = nullptr;
    QLineEdit *m_prefix = nullptr;
    QSpinBox *m_seconds = nullptr;
};

} // namespace halldesk
