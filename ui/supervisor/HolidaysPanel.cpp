#include "supervisor/HolidaysPanel.h"

#include "calendar/HolidayYearJson.h"
#include "supervisor/SupervisorLook.h"

#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace halldesk {

HolidaysPanel::HolidaysPanel(QWidget *parent)
    : AdminPanel(parent)
{
    m_years = rowTable({tr("Year"), tr("Holidays"), tr("Notice")});
    m_path = new QLineEdit;
    m_path->setPlaceholderText(tr("the notice's file, e.g. cn-2027.json"));
    auto *choose = new QPushButton(tr("Choose file…"));
    auto *send = new QPushButton(tr("Check and save year"));
    m_problem = new QLabel;
    m_problem->setWordWrap(true);
    m_problem->setFont(SupervisorLook::font(SupervisorLook::TextPx, true));
    m_problem->setStyleSheet(SupervisorLook::problemStyleSheet(QFont::Bold));

    auto *row = new QHBoxLayout;
    row->addWidget(m_path, 1);
    row->addWidget(choose);
    row->addWidget(send);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading(tr("Holiday years the hall counts deadlines with")));
    layout->addWidget(m_years, 1);
    layout->addWidget(heading(tr("Add or correct a year")));
    layout->addLayout(row);
    layout->addWidget(m_problem);

    connect(choose, &QPushButton::clicked, this, &HolidaysPanel::choose);
    connect(send, &QPushButton::clicked, this, [this] { sendFile(m_path->text().trimmed()); });
    connect(m_path, &QLineEdit::returnPressed, this,
            [this] { sendFile(m_path->text().trimmed()); });
}

void HolidaysPanel::setConfig(const AdminConfig &config)
{
    m_years->setRowCount(int(config.holidayYears.size()));
    for (int row = 0; row < config.holidayYears.size(); ++row) {
        const AdminConfig::HolidayYearInfo &year = config.holidayYears.at(row);
        fillRow(m_years, row,
                {QString::number(year.year), QString::number(year.holidays), year.notice});
    }
}

QString HolidaysPanel::problem() const
{
    return m_problem->text();
}

void HolidaysPanel::choose()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Holiday notice"), QString(),
                                                      tr("Holiday notice (*.json)"));
    if (path.isEmpty())
        return;
    m_path->setText(path);
    sendFile(path);
}

bool HolidaysPanel::sendFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_problem->setText(tr("The file cannot be read: %1").arg(file.errorString()));
        return false;
    }
    const QByteArray bytes = file.readAll();
    QString why;
    const auto year = HolidayYearJson::parse(bytes, &why);
    if (!year) {
        m_problem->setText(tr("This is not a valid holiday notice: %1").arg(why));
        return false;
    }
    m_problem->clear();
    emit changeRequested(QStringLiteral("adminSaveHolidayYear"),
                         {{QStringLiteral("holidayYear"), HolidayYearJson::toJsonObject(*year)}});
    return true;
}

} // namespace halldesk
