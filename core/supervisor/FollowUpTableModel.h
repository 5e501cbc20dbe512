#pragma once

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace halldesk {

// The 差评 follow-ups (`followUps`, PROTOCOL.md §12.7) as the supervisor's work list: newest
// first as the server sends them, overdue ones marked in words (逾期) as well as by colour.
class FollowUpTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Opened,
        Window,
        Staff,
        Ticket,
        Level,
        State,
        Due,
        ColumnCount
    };
    // True on an overdue follow-up's cells.
    static constexpr int OverdueRole = Qt::UserRole + 1;

    explicit FollowUpTableModel(QObject *parent = nullptr);

    void setFollowUps(const QJsonArray &followUps);
    // An action's answer or a `followUp` event: the row with that id is replaced (kept where
    // it is); comment and notes missing from `followUp` are kept from the row before.
    void update(const QJsonObject &followUp);

    QJsonObject followUpAt(int row) const { return m_rows.value(row); }
    int rowOf(qint64 id) const;
    // The steps the server allows from this follow-up's state (FollowUpLifecycle).
    static QStringList allowedActions(const QJsonObject &followUp);
    // What the supervisor acts on next: 回访期限 while new, 整改期限 while rectifying.
    static QString dueText(const QJsonObject &followUp);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<QJsonObject> m_rows;
};

} // namespace halldesk
