#pragma once

#include "supervisor/AdminLogWording.h"

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QList>

namespace halldesk {

// The administration log (adminLog, PROTOCOL.md §5.45) as a table, newest first: the first page
// replaces what is shown, each older page is added below it. The texts are AdminLogWording's.
class AdminLogTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Time,
        Administrator,
        Change,
        Subject,
        Detail,
        ColumnCount
    };

    explicit AdminLogTableModel(QObject *parent = nullptr);

    // An adminLog answer: the newest page (replaces the rows) or the page before oldestId().
    void setNewest(const QJsonObject &page);
    void appendOlder(const QJsonObject &page);
    // The areas' names, from adminConfig; without them areas are shown by their codes.
    void setAreaNames(const AdminLogWording::AreaNames &areas);
    // Older entries exist on the server.
    bool hasMore() const { return m_more; }
    // The id to ask older entries before (0 with no rows).
    qint64 oldestId() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<QJsonObject> entriesOf(const QJsonObject &page);
    QString text(const QJsonObject &entry, int column) const;

    QList<QJsonObject> m_rows;
    AdminLogWording::AreaNames m_areas;
    bool m_more = false;
};

} // namespace halldesk
