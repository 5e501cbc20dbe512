#include "supervisor/AreasQueuesPanel.h"

#include "supervisor/SupervisorLook.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace halldesk {

AreasQueuesPanel::AreasQueuesPanel(QWidget *parent)
    : AdminPanel(parent)
{
    m_areas = rowTable({tr("Letter"), tr("Code"), tr("Area")});
    m_areaCode = new QLineEdit;
    m_areaCode->setMaxLength(40);
    m_areaName = new QLineEdit;
    m_areaName->setMaxLength(40);
    m_letter = new QLineEdit;
    m_letter->setMaxLength(1);
    m_letter->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Z]")), m_letter));
    auto *saveArea = new QPushButton(tr("Save area"));
    auto *newArea = new QPushButton(tr("New area"));

    m_queues =
        rowTable({tr("Code"), tr("Area"), tr("Prefix"), tr("Service time (s)"), tr("Queue")});
    m_queueCode = new QLineEdit;
    m_queueCode->setMaxLength(40);
    m_queueName = new QLineEdit;
    m_queueName->setMaxLength(40);
    m_queueArea = new QComboBox;
    m_prefix = new QLineEdit;
    m_prefix->setMaxLength(3);
    m_prefix->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[A-Z][A-Z0-9]{0,2}")), m_prefix));
    m_seconds = new QSpinBox;
    m_seconds->setMinimumWidth(140);
    m_seconds->setRange(30, 7200);
    m_seconds->setSingleStep(30);
    m_seconds->setValue(300);
    auto *saveQueue = new QPushButton(tr("Save queue"));
    auto *newQueue = new QPushButton(tr("New queue"));

    auto *areaFields = form();
    areaFields->addRow(tr("Code"), wide(m_areaCode));
    areaFields->addRow(tr("Name"), wide(m_areaName));
    areaFields->addRow(tr("Ticket letter"), m_letter);
    auto *queueFields = form();
    queueFields->addRow(tr("Code"), wide(m_queueCode));
    queueFields->addRow(tr("Name"), wide(m_queueName));
    queueFields->addRow(tr("Area"), wide(m_queueArea));
    queueFields->addRow(tr("Ticket prefix"), m_prefix);
    queueFields->addRow(tr("Service time (s)"), m_seconds);

    auto *grid = new QGridLayout(this);
    grid->addWidget(heading(tr("Areas")), 0, 0);
    grid->addWidget(m_areas, 1, 0);
    auto *areaEditor = new QVBoxLayout;
    areaEditor->addLayout(areaFields);
    areaEditor->addLayout(buttonRow(newArea, saveArea));
    areaEditor->addStretch(1);
    grid->addLayout(areaEditor, 1, 1);
    grid->addWidget(heading(tr("Queues")), 2, 0);
    grid->addWidget(m_queues, 3, 0);
    auto *queueEditor = new QVBoxLayout;
    queueEditor->addLayout(queueFields);
    queueEditor->addLayout(buttonRow(newQueue, saveQueue));
    queueEditor->addStretch(1);
    grid->addLayout(queueEditor, 3, 1);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);
    grid->setRowStretch(1, 1);
    grid->setRowStretch(3, 2);

    connect(m_areas, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row < 0 || row >= m_config.areas.size())
            return;
        const AdminConfig::Area &area = m_config.areas.at(row);
        m_areaCode->setText(area.code);
        m_areaName->setText(area.name);
        m_letter->setText(area.letter);
    });
    connect(m_queues, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row < 0 || row >= m_config.queues.size())
            return;
        const AdminConfig::Queue &queue = m_config.queues.at(row);
        m_queueCode->setText(queue.code);
        m_queueName->setText(queue.name);
        m_queueArea->setCurrentIndex(m_queueArea->findData(queue.area));
        m_prefix->setText(queue.prefix);
        m_seconds->setValue(queue.initialServiceSeconds);
    });
    connect(saveArea, &QPushButton::clicked, this, &AreasQueuesPanel::saveArea);
    connect(newArea, &QPushButton::clicked, this, &AreasQueuesPanel::startNewArea);
    connect(newQueue, &QPushButton::clicked, this, &AreasQueuesPanel::startNewQueue);
    connect(saveQueue, &QPushButton::clicked, this, &AreasQueuesPanel::saveQueue);
}

void AreasQueuesPanel::setConfig(const AdminConfig &config)
{
    m_config = config;
    const QSignalBlocker blockAreas(m_areas);
    const QSignalBlocker blockQueues(m_queues);
    m_areas->setRowCount(int(config.areas.size()));
    m_queueArea->clear();
    for (int row = 0; row < config.areas.size(); ++row) {
        const AdminConfig::Area &area = config.areas.at(row);
        fillRow(m_areas, row, {area.letter, area.code, area.name});
        m_queueArea->addItem(QStringLiteral("%1 · %2").arg(area.letter, area.name), area.code);
    }
    m_queues->setRowCount(int(config.queues.size()));
    for (int row = 0; row < config.queues.size(); ++row) {
        const AdminConfig::Queue &queue = config.queues.at(row);
        const AdminConfig::Area *area = config.area(queue.area);
        fillRow(m_queues, row,
                {queue.code, area ? area->name : queue.area, queue.prefix,
                 QString::number(queue.initialServiceSeconds), queue.name});
    }
}

QHBoxLayout *AreasQueuesPanel::buttonRow(QPushButton *startNew, QPushButton *save)
{
    auto *row = new QHBoxLayout;
    row->addWidget(startNew);
    row->addStretch(1);
    row->addWidget(save);
    return row;
}

void AreasQueuesPanel::startNewArea()
{
    {
        const QSignalBlocker block(m_areas);
        m_areas->setCurrentCell(-1, -1);
    }
    m_areaCode->clear();
    m_areaName->clear();
    m_letter->clear();
    m_areaCode->setFocus();
}

void AreasQueuesPanel::startNewQueue()
{
    {
        const QSignalBlocker block(m_queues);
        m_queues->setCurrentCell(-1, -1);
    }
    m_queueCode->clear();
    m_queueName->clear();
    m_queueArea->setCurrentIndex(0);
    // A prefix must start with the area's letter: offer that letter to go on from.
    const AdminConfig::Area *area = m_config.area(m_queueArea->currentData().toString());
    m_prefix->setText(area ? area->letter : QString());
    m_seconds->setValue(300);
    m_queueCode->setFocus();
}

void AreasQueuesPanel::saveArea()
{
    emit changeRequested(QStringLiteral("adminSaveArea"),
                         {{QStringLiteral("code"), m_areaCode->text().trimmed()},
                          {QStringLiteral("name"), m_areaName->text().trimmed()},
                          {QStringLiteral("letter"), m_letter->text()}});
}

void AreasQueuesPanel::saveQueue()
{
    emit changeRequested(QStringLiteral("adminSaveQueue"),
                         {{QStringLiteral("code"), m_queueCode->text().trimmed()},
                          {QStringLiteral("name"), m_queueName->text().trimmed()},
                          {QStringLiteral("area"), m_queueArea->currentData().toString()},
                          {QStringLiteral("prefix"), m_prefix->text()},
                          {QStringLiteral("initialServiceSeconds"), m_seconds->value()}});
}

} // namespace halldesk
