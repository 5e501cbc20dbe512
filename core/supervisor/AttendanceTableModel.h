#pragma once

#include <QAbstractTableModel>
#include <QJsonObject>

namespace halldesk {

// The supervisor console's attendance table: one row per staff member and day of a
// staffAttendance answer (PROTOCOL.md §5.33), with sign-in, sign-out, time signed in, breaks,
// tickets served, average service time and satisfaction rate, as text for the table.
class AttendanceTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DayColumn,
        StaffColumn,
        NameColumn,
        WindowsColumn,
        SignInColumn,
        SignOutColumn,
        SignedInColumn,
        PausesColumn,
        ReasonsColumn,
        ServedColumn,
        AverageServiceColumn,
        SatisfactionColumn,
        ColumnCount
    };

    explicit AttendanceTableModel(QObject *parent = nullptr);

    // Replaces the rows with those of the answer's result.
    void setAnswer(const QJsonObject &result);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The row of a staff member on a day, -1 for none.
    int rowOf(const QString &staffNo, const QString &day) const;

private:
    QString text(const QJsonObject &row, int column) const;

    QList<QJsonObject> m_rows;
};

} // namespace halldesk
