// The hall's layout as an administrator changes it: areas, queues, windows with their queues
// and weights (PROTOCOL.md §5.37–5.39). Calls are ordered from the database on every call, so
// a window's new queues and weights apply from its next callNext.

#include "protocol/ArgumentReader.h"
#include "queue/EngineExecutor.h"
#include "server/AdminOperations.h"
#include "server/AdminStore.h"
#include "server/ServerStore.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace halldesk {

namespace {

constexpr int MaxWindowNumber = 9999;
constexpr int MaxQueuesPerWindow = 50;
constexpr double MaxWeight = 100.0;
constexpr int MinServiceSeconds = 30;
constexpr int MaxServiceSeconds = 7200;

OperationOutcome layoutChanged(WriterContext &context, const ActingTerminal &who, const QString &op,
                               const QString &what, const QString &target,
                               const QJsonObject &detail, const QJsonObject &result)
{
    return AdminOperations::changed(
        context, who, op, target, detail, result, QStringLiteral("layout"),
        {{QStringLiteral("change"), what}, {QStringLiteral("target"), target}});
}

} // namespace

bool AdminLayout::isCode(const QString &code, int max)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]+$"));
    return !code.isEmpty() && code.size() <= max && pattern.match(code).hasMatch();
}

bool AdminLayout::isName(const QString &name)
{
    if (name.trimmed().isEmpty() || name.size() > 40)
        return false;
    for (const QChar c : name) {
        if (c.category() == QChar::Other_Control)
            return false;
    }
    return true;
}

std::variant<PreparedOperation, OperationError> AdminLayout::saveArea(const QJsonObject &args,
                                                                      const ActingTerminal &who)
{
    ArgumentReader reader(args);
    StoredArea wanted;
    wanted.code = reader.string("code", 40);
    wanted.name = reader.string("name", 40).trimmed();
    wanted.letter = reader.string("letter", 1);
    if (!reader.ok())
        return reader.error();
    if (!isCode(wanted.code, 40))
        return OperationError(ErrorCode::InvalidSetting, QStringLiteral("code"));
    if (!isName(wanted.name))
        return OperationError(ErrorCode::InvalidSetting, QStringLiteral("name"));
    if (wanted.letter.size() != 1 || wanted.letter.at(0) < QLatin1Char('A') ||
        wanted.letter.at(0) > QLatin1Char('Z'))
        return OperationError(ErrorCode::InvalidSetting, QStringLiteral("letter"));
    return PreparedOperation([wanted, who](WriterContext &context) {
        return AdminOperations::inTransaction(context, "adminSaveArea", [&]() {
            AdminStore store(context.statements);
            StoredArea area = wanted;
            const auto existing = store.area(wanted.code);
            // The letter starts every ticket number of the area: one area per letter.
            if (const auto holder = store.areaWithLetter(wanted.letter);
                holder && holder->code != wanted.code)
                return OperationOutcome::failure(
                    OperationError(ErrorCode::InvalidSetting, QStringLiteral("letter")));
            if (existing) {
                area.id = existing->id;
                // The area's queues have prefixes of its letter; they would keep the old one.
                for (const QString &prefix : store.prefixesOfArea(existing->id)) {
                    if (!prefix.startsWith(area.letter))
                        return OperationOutcome::failure(
                            OperationError(ErrorCode::InvalidSetting, QStringLiteral("letter")));
                }
                store.updateArea(area);
            } else {
                store.insertArea(area);
            }
            const QJsonObject json{{QStringLiteral("code"), area.code},
                                   {QStringLiteral("name"), area.name},
                                   {QStringLiteral("letter"), area.letter}};
            return layoutChanged(
                context, who, QStringLiteral("adminSaveArea"), QStringLiteral("area"), area.code,
                {{QStringLiteral("letter"), area.letter}, {QStringLiteral("created"), !existing}},
                {{QStringLiteral("area"), json}, {QStringLiteral("created"), !existing}});
        });
    });
}

std::variant<PreparedOperation, OperationError> AdminLayout::saveQueue(const QJsonObject &args,
                                                                       const ActingTerminal &who)
{
    ArgumentReader reader(args);
    StoredQueue wanted;
    wanted.code = reader.string("code", 40);
    wanted.name = reader.string("name", 40).trimmed();
    const QString areaCode = reader.string("area", 40);
    wanted.prefix = reader.string("prefix", 3);
    wanted.initialServiceSeconds = int(reader.integer("initialServiceSeconds", 0, 1'000'000));
    if (!reader.ok())
        return reader.error();
    static const QRegularExpression prefixPattern(QStringLiteral("^[A-Z][A-Z0-9]{0,2}$"));
    if (!isCode(wanted.code, 40))
        return OperationError(ErrorCode::InvalidSetting, QStringLiteral("code"));
    if (!isName(wanted.name))
        return OperationError(ErrorCode::InvalidSetting, QStringLiteral("name"));
    if (!prefixPattern.match(wanted.prefix).hasMatch())
        return OperationError(ErrorCode::InvalidSetting, QStringLiteral("prefix"));
    if (wanted.initialServiceSeconds < MinServiceSeconds ||
        wanted.initialServiceSeconds > MaxServiceSeconds)
        return OperationError(ErrorCode::InvalidSetting, QStringLiteral("initialServiceSeconds"));
    return PreparedOperation([wanted, areaCode, who](WriterContext &context) {
        return AdminOperations::inTransaction(context, "adminSaveQueue", [&]() {
            AdminStore store(context.statements);
            const auto area = store.area(areaCode);
            if (!area)
                return OperationOutcome::failure(OperationError(ErrorCode::UnknownArea, areaCode));
            // Ticket numbers start with the area's letter, so no two areas share a prefix;
            // queues of one area may share one (and its daily sequence).
            if (!wanted.prefix.startsWith(area->letter))
                return OperationOutcome::failure(
                    OperationError(ErrorCode::InvalidSetting, QStringLiteral("prefix")));
            StoredQueue queue = wanted;
            queue.areaId = area->id;
            const auto existing = store.queue(wanted.code);
            if (existing) {
                queue.id = existing->id;
                store.updateQueue(queue);
            } else {
                store.insertQueue(queue);
            }
            const QJsonObject json{
                {QStringLiteral("code"), queue.code},
                {QStringLiteral("name"), queue.name},
                {QStringLiteral("area"), area->code},
                {QStringLiteral("prefix"), queue.prefix},
                {QStringLiteral("initialServiceSeconds"), queue.initialServiceSeconds}};
            OperationOutcome outcome = layoutChanged(
                context, who, QStringLiteral("adminSaveQueue"), QStringLiteral("queue"), queue.code,
                {{QStringLiteral("area"), area->code},
                 {QStringLiteral("prefix"), queue.prefix},
                 {QStringLiteral("initialServiceSeconds"), queue.initialServiceSeconds},
                 {QStringLiteral("created"), !existing}},
                {{QStringLiteral("queue"), json}, {QStringLiteral("created"), !existing}});
            outcome.changedQueues << queue.code;
            return outcome;
        });
    });
}

std::variant<PreparedOperation, OperationError> AdminLayout::saveWindow(const QJsonObject &args,
                                                                        const ActingTerminal &who)
{
    ArgumentReader reader(args);
    const int number = int(reader.integer("number", 1, MaxWindowNumber));
    const QString name = reader.string("name", 40).trimmed();
    const QString areaCode = reader.string("area", 40);
    if (!reader.ok())
        return reader.error();
    if (!isName(name))
        return OperationError(ErrorCode::InvalidSetting, QStringLiteral("name"));
    const QJsonValue queuesValue = args.value(QLatin1String("queues"));
    if (!queuesValue.isArray())
        return OperationError(ErrorCode::BadRequest, QStringLiteral("queues"));
    const QJsonArray served = queuesValue.toArray();
    // A window that serves nothing would call nobody: the hall file refuses it too.
    if (served.isEmpty() || served.size() > MaxQueuesPerWindow)
        return OperationError(ErrorCode::InvalidSetting, QStringLiteral("queues"));
    QList<QPair<QString, double>> wanted;
    QSet<QString> seen;
    for (const QJsonValue &value : served) {
        const QJsonObject entry = value.toObject();
        const QJsonValue queue = entry.value(QLatin1String("queue"));
        const QJsonValue weight = entry.value(QLatin1String("weight"));
        if (!queue.isString() || !weight.isDouble())
            return OperationError(ErrorCode::BadRequest, QStringLiteral("queues"));
        if (seen.contains(queue.toString()))
            return OperationError(ErrorCode::InvalidSetting, QStringLiteral("queues"));
        if (!(weight.toDouble() > 0) || weight.toDouble() > MaxWeight)
            return OperationError(ErrorCode::InvalidSetting, QStringLiteral("weight"));
        seen.insert(queue.toString());
        wanted << qMakePair(queue.toString(), weight.toDouble());
    }
    return PreparedOperation([number, name, areaCode, wanted, who](WriterContext &context) {
        return AdminOperations::inTransaction(context, "adminSaveWindow", [&]() {
            AdminStore store(context.statements);
            const auto area = store.area(areaCode);
            if (!area)
                return OperationOutcome::failure(OperationError(ErrorCode::UnknownArea, areaCode));
            QList<QPair<qint64, double>> queues;
            QJsonArray json;
            QStringList changed;
            for (const auto &[code, weight] : wanted) {
                const auto queue = store.queue(code);
                if (!queue)
                    return OperationOutcome::failure(OperationError(ErrorCode::UnknownQueue, code));
                queues << qMakePair(queue->id, weight);
                json.append(QJsonObject{{QStringLiteral("queue"), code},
                                        {QStringLiteral("weight"), weight}});
                changed << code;
            }
            const bool created = !store.windowExists(number);
            // The queues it no longer serves change their open-window figures too.
            const QJsonArray windows = ServerStore(context.statements)
                                           .hallOverview()
                                           .value(QLatin1String("windows"))
                                           .toArray();
            for (const QJsonValue &window : windows) {
                if (window.toObject().value(QLatin1String("number")).toInt() != number)
                    continue;
                for (const QJsonValue &old :
                     window.toObject().value(QLatin1String("queues")).toArray())
                    changed << old.toObject().value(QLatin1String("queue")).toString();
            }
            store.saveWindow(number, area->id, name, queues);
            const QString target = QString::number(number);
            OperationOutcome outcome = layoutChanged(
                context, who, QStringLiteral("adminSaveWindow"), QStringLiteral("window"), target,
                {{QStringLiteral("area"), area->code},
                 {QStringLiteral("queues"), json},
                 {QStringLiteral("created"), created}},
                {{QStringLiteral("window"), QJsonObject{{QStringLiteral("number"), number},
                                                        {QStringLiteral("name"), name},
                                                        {QStringLiteral("area"), area->code},
                                                        {QStringLiteral("queues"), json}}},
                 {QStringLiteral("created"), created}});
            changed.removeDuplicates();
            outcome.changedQueues << changed;
            return outcome;
        });
    });
}

} // namespace halldesk
