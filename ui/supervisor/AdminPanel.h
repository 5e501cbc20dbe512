#pragma once

#include "supervisor/AdminConfig.h"

#include <QJsonObject>
#include <QWidget>

class QFormLayout;
class QLabel;
class QTableWidget;

namespace halldesk {

// One subject of the administration page (AdminPage): it shows its part of the hall's
// configuration and asks for changes, which the page sends and answers by reading the whole
// configuration again. A panel never talks to the server itself.
class AdminPanel : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    // The configuration as the server answered it; the panel keeps what is selected.
    virtual void setConfig(const AdminConfig &config) = 0;

signals:
    // A mutating operation (PROTOCOL.md §5.37–5.44) with its arguments.
    void changeRequested(const QString &op, const QJsonObject &args);

protected:
    // A panel heading and a form of labelled fields in the console's look.
    static QLabel *heading(const QString &text);
    static QFormLayout *form();
    // A read-only list of rows, chosen whole, with these column headings.
    static QTableWidget *rowTable(const QStringList &headers, int minimumSection = 100);
    // Puts `cells` in `row`, one item per column.
    static void fillRow(QTableWidget *table, int row, const QStringList &cells);
    // A text field or choice wide enough for a name; forms keep fields at that size.
    template <typename W> static W *wide(W *field)
    {
        field->setMinimumWidth(WideField);
        return field;
    }
    static constexpr int WideField = 380;
};

} // namespace halldesk
