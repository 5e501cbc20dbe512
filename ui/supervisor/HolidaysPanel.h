#pragma once

#include "supervisor/AdminPanel.h"

class QLabel;
class QLineEdit;
class QTableWidget;

namespace halldesk {

// 节假日: the years of the State Council's holiday notice the server counts deadlines with, and
// a new or corrected year loaded from its file (the format of resources/calendar/cn-*.json),
// checked here first so a mistake is said at once, then saved with adminSaveHolidayYear.
class HolidaysPanel : public AdminPanel
{
    Q_OBJECT

public:
    explicit HolidaysPanel(QWidget *parent = nullptr);

    void setConfig(const AdminConfig &config) override;
    // Reads, checks and sends the file; false with the reason shown if it is not a valid year.
    bool sendFile(const QString &path);

    QTableWidget *table() const { return m_years; }
    QLineEdit *pathEdit() const { return m_path; }
    QString problem() const;

private:
    void choose();

    QTableWidget *m_years = nullptr;
    QLineEdit *m_path = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace halldesk
