#include "hall/HallDefinitionLoader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace halldesk {

namespace {

std::optional<StaffRole> roleFrom(const QString &name)
{
    if (name.isEmpty() || name == QLatin1String("clerk"))
        return StaffRole::Clerk;
    if (name == QLatin1String("supervisor"))
        return StaffRole::Supervisor;
    if (name == QLatin1String("admin"))
        return StaffRole::Admin;
    return std::nullopt;
}

// Far above any hall's window count, low enough that a typo cannot make the loader spin.
constexpr int kMaxWindowNumber = 9999;

} // namespace

std::optional<HallDefinition> HallDefinitionLoader::fromJson(const QByteArray &json, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<HallDefinition> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject())
        return fail(tr("The hall file is not valid JSON: %1").arg(parseError.errorString()));
    const QJsonObject root = document.object();

    HallDefinition hall;
    hall.name = root.value(QLatin1String("hall")).toString();
    hall.demoPassword = root.value(QLatin1String("demoPassword")).toString();
    hall.demoPin = root.value(QLatin1String("demoPin")).toString();
    hall.demoCardPrefix = root.value(QLatin1String("demoCardPrefix")).toString();
    QSet<QString> letters, queueCodes, prefixes;
    QSet<int> windowNumbers;
    QList<QPair<WindowDefinition, QJsonObject>> pendingWindows;

    for (const QJsonValue &areaValue : root.value(QLatin1String("areas")).toArray()) {
        const QJsonObject a = areaValue.toObject();
        AreaDefinition area{a.value(QLatin1String("code")).toString(),
                            a.value(QLatin1String("name")).toString(),
                            a.value(QLatin1String("letter")).toString()};
        if (area.code.isEmpty() || area.name.isEmpty())
            return fail(tr("An area has no code or name."));
        if (area.letter.size() != 1 || !area.letter.at(0).isUpper() ||
            letters.contains(area.letter))
            return fail(tr("Area %1 needs its own capital ticket letter.").arg(area.code));
        letters.insert(area.letter);
        hall.areas << area;

        for (const QJsonValue &queueValue : a.value(QLatin1String("queues")).toArray()) {
            const QJsonObject q = queueValue.toObject();
            QueueDefinition queue{q.value(QLatin1String("code")).toString(), area.code,
                                  q.value(QLatin1String("name")).toString(),
                                  q.value(QLatin1String("prefix")).toString(area.letter),
                                  q.value(QLatin1String("initialServiceSeconds")).toInt(300)};
            if (queue.code.isEmpty() || queue.name.isEmpty() || queueCodes.contains(queue.code))
                return fail(tr("Queue codes must be present and unique (area %1).").arg(area.code));
            if (queue.prefix.isEmpty() || queue.initialServiceSeconds <= 0)
                return fail(
                    tr("Queue %1 has no ticket prefix or no service time.").arg(queue.code));
            queueCodes.insert(queue.code);
            prefixes.insert(queue.prefix);
            hall.queues << queue;
        }

        for (const QJsonValue &groupValue : a.value(QLatin1String("windows")).toArray()) {
            const QJsonObject g = groupValue.toObject();
            const int from = g.value(QLatin1String("from")).toInt();
            const int to = g.value(QLatin1String("to")).toInt(from);
            if (from <= 0 || to < from || to > kMaxWindowNumber)
                return fail(tr("Area %1 has a window range that is not valid.").arg(area.code));
            for (int n = from; n <= to; ++n) {
                if (windowNumbers.contains(n))
                    return fail(tr("Window %1 is defined twice.").arg(n));
                windowNumbers.insert(n);
                WindowDefinition window;
                window.number = n;
                window.areaCode = area.code;
                window.name = tr("Window %1").arg(n);
                pendingWindows << qMakePair(window, g.value(QLatin1String("queues")).toObject());
            }
        }
    }
    if (hall.areas.isEmpty())
        return fail(tr("The hall has no areas."));

    for (auto &[window, queues] : pendingWindows) {
        if (queues.isEmpty())
            return fail(tr("Window %1 serves no queue.").arg(window.number));
        for (auto it = queues.begin(); it != queues.end(); ++it) {
            const double weight = it.value().toDouble();
            if (!queueCodes.contains(it.key()))
                return fail(
                    tr("Window %1 serves an unknown queue %2.").arg(window.number).arg(it.key()));
            if (!(weight > 0))
                return fail(tr("Window %1 has a weight that is not positive.").arg(window.number));
            window.queues << qMakePair(it.key(), weight);
        }
        hall.windows << window;
    }

    QSet<QString> staffNumbers;
    for (const QJsonValue &staffValue : root.value(QLatin1String("staff")).toArray()) {
        const QJsonObject s = staffValue.toObject();
        const auto role = roleFrom(s.value(QLatin1String("role")).toString());
        if (!role)
            return fail(tr("Staff roles are clerk, supervisor or admin."));
        StaffDefinition staff{s.value(QLatin1String("staffNo")).toString(),
                              s.value(QLatin1String("name")).toString(), *role};
        if (staff.staffNo.isEmpty() || staff.name.isEmpty() || staffNumbers.contains(staff.staffNo))
            return fail(tr("Staff numbers must be present and unique."));
        staffNumbers.insert(staff.staffNo);
        hall.staff << staff;
    }
    return hall;
}

std::optional<HallDefinition> HallDefinitionLoader::fromFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read the hall file %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return fromJson(file.readAll(), error);
}

HallDefinition HallDefinitionLoader::demoHall()
{
    QString error;
    auto hall = fromFile(QStringLiteral(":/halldesk/demo/hall.json"), &error);
    // The demo file is compiled in and checked by the tests; failing here is a build defect.
    Q_ASSERT_X(hall, "demoHall", qPrintable(error));
    return hall.value_or(HallDefinition{});
}

} // namespace halldesk
