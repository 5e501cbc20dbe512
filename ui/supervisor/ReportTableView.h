#pragma once

#include <QTableView>

namespace halldesk {

// A read-only table of the supervisor's reports in the console's look: large text, bold
// headers, rows selectable by keyboard, columns as wide as their text.
class ReportTableView : public QTableView
{
    Q_OBJECT

public:
    explicit ReportTableView(QWidget *parent = nullptr);

    // Sets the model; `stretch` is the column that takes the room the others leave.
    void setReport(QAbstractItemModel *model, int stretch);
};

} // namespace halldesk
