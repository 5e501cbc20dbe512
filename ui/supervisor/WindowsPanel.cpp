#include "supervisor/WindowsPanel.h"

#include "supervisor/SupervisorLook.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace halldesk {

namespace {

enum Column
{
    ServedColumn,
    WeightColumn,
};

} // namespace

WindowsPanel::WindowsPanel(QWidget *parent)
    : AdminPanel(parent)
{
    m_list = new QListWidget;
    m_list->setMinimumWidth(300);
    m_number = new QSpinBox;
    m_number->setRange(1, 9999);
    m_number->setMinimumWidth(120);
    m_name = new QLineEdit;
    m_name->setMaxLength(40);
    m_area = new QComboBox;
    m_queues = new QTableWidget(0, 2);
    m_queues->setHorizontalHeaderLabels({tr("Queue served"), tr("Weight")});
    m_queues->horizontalHeader()->setSectionResizeMode(ServedColumn, QHeaderView::Stretch);
    m_queues->horizontalHeader()->setSectionResizeMode(WeightColumn, QHeaderView::ResizeToContents);
    m_queues->horizontalHeader()->setMinimumSectionSize(140);
    m_queues->verticalHeader()->hide();
    m_queues->verticalHeader()->setDefaultSectionSize(SupervisorLook::TextPx + 22);
    m_queues->setSelectionMode(QAbstractItemView::NoSelection);
    m_save = new QPushButton(tr("Save window"));
    m_save->setDefault(true);
    m_new = new QPushButton(tr("New window"));

    auto *fields = form();
    fields->addRow(tr("Window number"), m_number);
    fields->addRow(tr("Name"), wide(m_name));
    fields->addRow(tr("Area"), wide(m_area));
    auto *hint = new QLabel(tr("A larger weight calls that queue's citizens sooner; 1 is even."));
    hint->setWordWrap(true);

    auto *editor = new QVBoxLayout;
    editor->addWidget(heading(tr("Window")));
    editor->addLayout(fields);
    editor->addWidget(m_queues, 1);
    editor->addWidget(hint);
    editor->addWidget(m_save, 0, Qt::AlignRight);

    auto *left = new QVBoxLayout;
    left->addWidget(heading(tr("Windows")));
    left->addWidget(m_list, 1);
    left->addWidget(m_new, 0, Qt::AlignLeft);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left);
    layout->addLayout(editor, 1);

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_config.windows.size())
            fillForm(m_config.windows.at(row));
    });
    connect(m_save, &QPushButton::clicked, this, &WindowsPanel::save);
    connect(m_new, &QPushButton::clicked, this, &WindowsPanel::startNew);
}

void WindowsPanel::setConfig(const AdminConfig &config)
{
    const int selected = m_number->value();
    m_config = config;
    m_area->clear();
    for (const AdminConfig::Area &area : config.areas)
        m_area->addItem(QStringLiteral("%1 · %2").arg(area.letter, area.name), area.code);
    m_queues->setRowCount(0);
    for (const AdminConfig::Queue &queue : config.queues) {
        const int row = m_queues->rowCount();
        m_queues->insertRow(row);
        auto *check = new QCheckBox(QStringLiteral("%1 %2").arg(queue.code, queue.name));
        check->setProperty("queue", queue.code);
        m_queues->setCellWidget(row, ServedColumn, check);
        auto *weight = new QDoubleSpinBox;
        weight->setRange(0.1, 100.0);
        weight->setDecimals(1);
        weight->setSingleStep(0.5);
        weight->setValue(1.0);
        weight->setEnabled(false);
        connect(check, &QCheckBox::toggled, weight, &QWidget::setEnabled);
        m_queues->setCellWidget(row, WeightColumn, weight);
    }
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (const AdminConfig::Window &window : config.windows)
        m_list->addItem(QStringLiteral("%1 · %2").arg(window.number).arg(window.name));
    selectWindow(config.window(selected)
                     ? selected
                     : (config.windows.isEmpty() ? 1 : config.windows.first().number));
}

void WindowsPanel::selectWindow(int number)
{
    for (int row = 0; row < m_config.windows.size(); ++row) {
        if (m_config.windows.at(row).number == number) {
            const QSignalBlocker block(m_list);
            m_list->setCurrentRow(row);
            fillForm(m_config.windows.at(row));
            return;
        }
    }
    m_number->setValue(number);
}

void WindowsPanel::fillForm(const AdminConfig::Window &window)
{
    m_number->setValue(window.number);
    m_name->setText(window.name);
    m_area->setCurrentIndex(m_area->findData(window.area));
    for (const AdminConfig::Queue &queue : m_config.queues)
        setServed(queue.code, 0);
    for (const AdminConfig::ServedQueue &served : window.queues)
        setServed(served.queue, served.weight);
}

int WindowsPanel::rowOf(const QString &queue) const
{
    for (int row = 0; row < m_queues->rowCount(); ++row) {
        if (m_queues->cellWidget(row, ServedColumn)->property("queue").toString() == queue)
            return row;
    }
    return -1;
}

void WindowsPanel::setServed(const QString &queue, double weight)
{
    const int row = rowOf(queue);
    if (row < 0)
        return;
    auto *check = static_cast<QCheckBox *>(m_queues->cellWidget(row, ServedColumn));
    auto *spin = static_cast<QDoubleSpinBox *>(m_queues->cellWidget(row, WeightColumn));
    check->setChecked(weight > 0);
    if (weight > 0)
        spin->setValue(weight);
}

QList<AdminConfig::ServedQueue> WindowsPanel::served() const
{
    QList<AdminConfig::ServedQueue> out;
    for (int row = 0; row < m_queues->rowCount(); ++row) {
        const auto *check = static_cast<QCheckBox *>(m_queues->cellWidget(row, ServedColumn));
        const auto *spin = static_cast<QDoubleSpinBox *>(m_queues->cellWidget(row, WeightColumn));
        if (check->isChecked())
            out << AdminConfig::ServedQueue{check->property("queue").toString(), spin->value()};
    }
    return out;
}

void WindowsPanel::startNew()
{
    int next = 1;
    for (const AdminConfig::Window &window : std::as_const(m_config.windows))
        next = std::max(next, window.number + 1);
    {
        const QSignalBlocker block(m_list);
        m_list->setCurrentRow(-1);
    }
    m_number->setValue(std::min(next, m_number->maximum()));
    m_name->setText(tr("Window %1").arg(m_number->value()));
    m_area->setCurrentIndex(0);
    for (const AdminConfig::Queue &queue : std::as_const(m_config.queues))
        setServed(queue.code, 0);
    m_number->setFocus();
    m_number->selectAll();
}

void WindowsPanel::save()
{
    emit changeRequested(QStringLiteral("adminSaveWindow"),
                         {{QStringLiteral("number"), m_number->value()},
                          {QStringLiteral("name"), m_name->text().trimmed()},
                          {QStringLiteral("area"), m_area->currentData().toString()},
                          {QStringLiteral("queues"), AdminConfig::servedJson(served())}});
}

} // namespace halldesk
