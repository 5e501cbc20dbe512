#include "server/RatingStatistics.h"

#include "catalogue/Catalogue.h"
#include "rating/RatingLevel.h"
#include "storage/PreparedStatements.h"

#include <QJsonObject>
#include <QSqlQuery>

namespace halldesk {

std::optional<RatingStatistics::By> RatingStatistics::byFromKey(const QString &key)
{
    if (key == QLatin1String("window"))
        return By::Window;
    if (key == QLatin1String("staff"))
        return By::Staff;
    if (key == QLatin1String("area"))
        return By::Area;
    if (key == QLatin1String("item"))
        return By::Item;
    return std::nullopt;
}

QString RatingStatistics::levelCountColumns()
{
    QString sums;
    for (RatingLevel level : RatingLevels::all())
        sums += QStringLiteral(", SUM(CASE WHEN r.state = 'rated' AND r.level = '%1' THEN 1 ELSE "
                               "0 END)")
                    .arg(RatingLevels::storageName(level));
    return sums + QStringLiteral(", SUM(CASE WHEN r.state = 'unrated' THEN 1 ELSE 0 END)");
}

QJsonArray RatingStatistics::rows(QDate from, QDate to, By by, const Catalogue &catalogue)
{
    QString key;
    QString name;
    QString joins;
    switch (by) {
    case By::Window:
        key = QStringLiteral("r.window_number");
        name = QStringLiteral("MAX(w.name)");
        joins = QStringLiteral(" LEFT JOIN windows w ON w.number = r.window_number");
        break;
    case By::Staff:
        key = QStringLiteral("r.staff_no");
        name = QStringLiteral("MAX(r.staff_name)");
        break;
    case By::Area:
        key = QStringLiteral("r.area");
        name = QStringLiteral("MAX(a.name)");
        joins = QStringLiteral(" LEFT JOIN areas a ON a.code = r.area");
        break;
    case By::Item:
        key = QStringLiteral("i.item_code");
        name = QStringLiteral("''");
        joins = QStringLiteral(" JOIN rating_items i ON i.rating_id = r.id");
        break;
    }
    const QList<RatingLevel> levels = RatingLevels::all();
    const QString sums = levelCountColumns() +
                         QStringLiteral(", SUM(CASE WHEN f.state = 'done' THEN 1 ELSE 0 END), "
                                        "SUM(CASE WHEN f.state = 'unfounded' THEN 1 ELSE 0 END)");
    const QString sql = QStringLiteral("SELECT ") + key + QStringLiteral(", ") + name + sums +
                        QStringLiteral(" FROM service_ratings r") + joins +
                        QStringLiteral(" LEFT JOIN rating_followups f ON f.rating_id = r.id WHERE "
                                       "r.service_day >= ? AND r.service_day <= ? AND r.state "
                                       "<> 'pending' GROUP BY ") +
                        key + QStringLiteral(" ORDER BY ") + key;
    auto &q = m_sql.run(sql, {from.toString(Qt::ISODate), to.toString(Qt::ISODate)});
    StatementFinisher done(q);
    QJsonArray rows;
    while (q.next()) {
        QJsonObject counts;
        int rated = 0;
        int satisfied = 0;
        int bad = 0;
        for (int i = 0; i < levels.size(); ++i) {
            const int n = q.value(2 + i).toInt();
            counts.insert(RatingLevels::storageName(levels.at(i)), n);
            rated += n;
            (RatingLevels::isBad(levels.at(i)) ? bad : satisfied) += n;
        }
        const int base = 2 + int(levels.size());
        counts.insert(QStringLiteral("unrated"), q.value(base).toInt());
        const int rectified = q.value(base + 1).toInt();
        const int unfounded = q.value(base + 2).toInt();
        QJsonObject row;
        if (by == By::Window) {
            row.insert(QStringLiteral("key"), q.value(0).toInt());
        } else {
            row.insert(QStringLiteral("key"), q.value(0).toString());
        }
        if (by == By::Item) {
            const ServiceItem *item = catalogue.item(q.value(0).toString());
            row.insert(QStringLiteral("name"), item ? item->name : QString());
        } else {
            row.insert(QStringLiteral("name"), q.value(1).toString());
        }
        row.insert(QStringLiteral("counts"), counts);
        row.insert(QStringLiteral("rated"), rated);
        row.insert(QStringLiteral("satisfied"), satisfied);
        row.insert(QStringLiteral("bad"), bad);
        row.insert(QStringLiteral("satisfactionRate"),
                   rated > 0 ? QJsonValue(double(satisfied) / rated) : QJsonValue());
        const int judged = bad - unfounded;
        row.insert(QStringLiteral("rectificationRate"),
                   judged > 0 ? QJsonValue(double(rectified) / judged) : QJsonValue());
        rows.append(row);
    }
    return rows;
}

} // namespace halldesk
