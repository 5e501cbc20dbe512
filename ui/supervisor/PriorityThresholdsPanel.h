#pragma once

#include "supervisor/AdminPanel.h"

#include <QList>

class QCheckBox;
class QSpinBox;

namespace halldesk {

// 优先与告警: which priority groups (绿色通道) the hall offers (adminSetPriorityGroups), and
// the supervisor consoles' alert thresholds (adminSetThresholds), each saved on its own.
class PriorityThresholdsPanel : public AdminPanel
{
    Q_OBJECT

public:
    explicit PriorityThresholdsPanel(QWidget *parent = nullptr);

    void setConfig(const AdminConfig &config) override;

    QCheckBox *groupBox(const QString &group) const;
    // In the order of AlertThresholdsJson::Limits.
    QSpinBox *minutesBox(int index) const { return m_minutes.value(index); }

private:
    void saveGroups();
    void saveThresholds();

    QList<QCheckBox *> m_groups;
    QList<QSpinBox *> m_minutes;
    QCheckBox *m_badRatings = nullptr;
    QCheckBox *m_overdue = nullptr;
};

} // namespace halldesk
