#pragma once

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QJsonObject>

namespace halldesk {

// One list of a serviceRanking answer (PROTOCOL.md §5.34): the 十佳红旗窗口 (windows) or the
// 十佳服务标兵 (staff), best first, with each one's score and the figures it comes from.
class RankingTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Kind
    {
        Windows,
        Staff,
    };
    enum Column
    {
        RankColumn,
        KeyColumn,
        NameColumn,
        ScoreColumn,
        SatisfactionColumn,
        RatedColumn,
        ServedColumn,
        AverageServiceColumn,
        DaysColumn,
        ColumnCount
    };

    explicit RankingTableModel(Kind kind, QObject *parent = nullptr);

    // Takes the list of this model's kind from the answer's result.
    void setAnswer(const QJsonObject &result);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The rules of the answer in a sentence or two, for beside the tables: weights, minimums,
    // what disqualifies, and the working days attendance counts against.
    static QString criteriaSummary(const QJsonObject &result);

private:
    Kind m_kind;
    QJsonArray m_rows;
};

} // namespace halldesk
