#pragma once

#include "supervisor/ReportRequest.h"

#include <QWidget>
#include <functional>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;

namespace halldesk {

class Clock;
class HallClient;
class HallReportTable;

// 统计报表: the hall's figures over a range of days (`hallReport`), grouped by day, area, queue,
// window or staff member, shown as a table and exported as CSV (for a spreadsheet) or PDF (for
// the records). The export goes through a file dialog unless a test chooses the path.
class ReportsPage : public QWidget
{
    Q_OBJECT

public:
    // Given the suggested file name and the dialog's filter; "" when the user cancelled.
    using SavePathChooser =
        std::function<QString(QWidget *parent, const QString &suggested, const QString &filter)>;

    ReportsPage(HallClient &client, const Clock &clock, QWidget *parent = nullptr);
    ~ReportsPage() override;

    void setSavePathChooser(SavePathChooser chooser) { m_choosePath = std::move(chooser); }
    void setRequest(const ReportRequest &request);
    ReportRequest request() const;

    // Asks the server; the table fills when it answers.
    void generate();
    bool exportCsv(const QString &path);
    bool exportPdf(const QString &path);

    HallReportTable *table() const { return m_table; }
    QString statusText() const;
    QPushButton *generateButton() const { return m_generate; }
    QPushButton *csvButton() const { return m_csv; }
    QPushButton *pdfButton() const { return m_pdf; }

private:
    void exportTo(const QString &extension, const QString &filter);
    void showStatus(const QString &text, bool problem);
    QString suggestedName(const QString &extension) const;
    QDate today() const;

    HallClient &m_client;
    const Clock &m_clock;
    HallReportTable *m_table = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_grouping = nullptr;
    QPushButton *m_generate = nullptr;
    QPushButton *m_csv = nullptr;
    QPushButton *m_pdf = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_status = nullptr;
    SavePathChooser m_choosePath;
    quint64 m_generation = 0;
};

} // namespace halldesk
