#pragma once

#include "supervisor/AdminPanel.h"

class QComboBox;
class QHBoxLayout;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace halldesk {

// 区域与业务: the hall's areas with their ticket letters, and the queues (业务) with their area,
// ticket prefix and the service time assumed until there are figures. Choosing a row fills
// its form; 新建 empties it for a new one, as does a code not yet used (adminSaveArea,
// adminSaveQueue).
class AreasQueuesPanel : public AdminPanel
{
    Q_OBJECT

public:
    explicit AreasQueuesPanel(QWidget *parent = nullptr);

    void setConfig(const AdminConfig &config) override;

    QTableWidget *areaTable() const { return m_areas; }
    QTableWidget *queueTable() const { return m_queues; }
    QLineEdit *areaCodeEdit() const { return m_areaCode; }
    QLineEdit *queueCodeEdit() const { return m_queueCode; }
    QLineEdit *prefixEdit() const { return m_prefix; }
    QComboBox *queueAreaBox() const { return m_queueArea; }
    // Empty forms for a new area or queue (新建), the code field focused.
    void startNewArea();
    void startNewQueue();

private:
    static QHBoxLayout *buttonRow(QPushButton *startNew, QPushButton *save);
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
