#include "supervisor/PriorityThresholdsPanel.h"

#include "domain/PriorityGroupNames.h"
#include "supervisor/AlertThresholdsJson.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace halldesk {

PriorityThresholdsPanel::PriorityThresholdsPanel(QWidget *parent)
    : AdminPanel(parent)
{
    auto *groups = new QVBoxLayout;
    groups->addWidget(heading(tr("Priority groups offered")));
    for (const QString &group : PriorityGroupNames::groups()) {
        auto *box = new QCheckBox(PriorityGroupNames::displayName(group));
        box->setProperty("group", group);
        m_groups << box;
        groups->addWidget(box);
    }
    auto *saveGroups = new QPushButton(tr("Save priority groups"));
    groups->addWidget(saveGroups, 0, Qt::AlignLeft);
    groups->addStretch(1);

    const QStringList labels = {tr("Long wait (minutes)"),
                                tr("Idle window with people waiting "
                                   "(minutes)"),
                                tr("Long service (minutes)"), tr("Counter offline (minutes)")};
    auto *fields = form();
    for (int i = 0; i < 4; ++i) {
        auto *box = new QSpinBox;
        box->setMinimumWidth(120);
        box->setRange(AlertThresholdsJson::Limits[i].minMinutes,
                      AlertThresholdsJson::Limits[i].maxMinutes);
        m_minutes << box;
        fields->addRow(labels.at(i), box);
    }
    m_badRatings = new QCheckBox(tr("Alert on every bad rating"));
    m_overdue = new QCheckBox(tr("Alert on overdue follow-ups"));
    fields->addRow(QString(), m_badRatings);
    fields->addRow(QString(), m_overdue);
    auto *saveThresholds = new QPushButton(tr("Save alert thresholds"));
    auto *alerts = new QVBoxLayout;
    alerts->addWidget(heading(tr("Alert thresholds of the supervisor consoles")));
    alerts->addLayout(fields);
    alerts->addWidget(saveThresholds, 0, Qt::AlignLeft);
    alerts->addStretch(1);

    auto *layout = new QHBoxLayout(this);
    layout->addLayout(groups);
    layout->addSpacing(48);
    layout->addLayout(alerts);
    layout->addStretch(1);

    connect(saveGroups, &QPushButton::clicked, this, &PriorityThresholdsPanel::saveGroups);
    connect(saveThresholds, &QPushButton::clicked, this, &PriorityThresholdsPanel::saveThresholds);
}

QCheckBox *PriorityThresholdsPanel::groupBox(const QString &group) const
{
    for (QCheckBox *box : m_groups) {
        if (box->property("group").toString() == group)
            return box;
    }
    return nullptr;
}

void PriorityThresholdsPanel::setConfig(const AdminConfig &config)
{
    for (const AdminConfig::PriorityGroupSetting &setting : config.priorityGroups) {
        if (QCheckBox *box = groupBox(setting.group))
            box->setChecked(setting.enabled);
    }
    const QJsonObject thresholds = AlertThresholdsJson::toJson(config.thresholds);
    for (int i = 0; i < 4; ++i)
        m_minutes.at(i)->setValue(
            thresholds.value(QLatin1String(AlertThresholdsJson::Limits[i].field)).toInt());
    m_badRatings->setChecked(config.thresholds.badRatings);
    m_overdue->setChecked(config.thresholds.overdueFollowUps);
}

void PriorityThresholdsPanel::saveGroups()
{
    QJsonObject groups;
    for (QCheckBox *box : m_groups)
        groups.insert(box->property("group").toString(), box->isChecked());
    emit changeRequested(QStringLiteral("adminSetPriorityGroups"),
                         {{QStringLiteral("groups"), groups}});
}

void PriorityThresholdsPanel::saveThresholds()
{
    QJsonObject args{{QStringLiteral("badRatings"), m_badRatings->isChecked()},
                     {QStringLiteral("overdueFollowUps"), m_overdue->isChecked()}};
    for (int i = 0; i < 4; ++i)
        args.insert(QLatin1String(AlertThresholdsJson::Limits[i].field), m_minutes.at(i)->value());
    emit changeRequested(QStringLiteral("adminSetThresholds"), args);
}

} // namespace halldesk
