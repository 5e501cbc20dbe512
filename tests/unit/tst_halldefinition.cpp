// The hall definition loader: the demo hall compiled into every program, and the mistakes an
// administrator can make in a hall file, each of which must be refused with a reason.

#include "hall/HallDefinitionLoader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>
#include <algorithm>
#include <functional>

using namespace halldesk;

namespace {

// The smallest hall that exercises every rule: two areas, a window serving a queue of the other
// area, a window group without "to", and staff. The bad-input cases each break one rule of it,
// so a refusal can only come from that one change.
QJsonObject validHall()
{
    const QJsonObject areaA{
        {QStringLiteral("code"), QStringLiteral("general")},
        {QStringLiteral("name"), QStringLiteral("综合受理")},
        {QStringLiteral("letter"), QStringLiteral("A")},
        {QStringLiteral("queues"),
         QJsonArray{QJsonObject{{QStringLiteral("code"), QStringLiteral("A-ENT")},
                                {QStringLiteral("name"), QStringLiteral("企业综合受理")}},
                    QJsonObject{{QStringLiteral("code"), QStringLiteral("A-CIT")},
                                {QStringLiteral("name"), QStringLiteral("个人综合受理")},
                                {QStringLiteral("prefix"), QStringLiteral("Z")},
                                {QStringLiteral("initialServiceSeconds"), 420}}}},
        {QStringLiteral("windows"),
         QJsonArray{
             QJsonObject{{QStringLiteral("from"), 1},
                         {QStringLiteral("to"), 3},
                         {QStringLiteral("queues"),
                          QJsonObject{{QStringLiteral("A-ENT"), 2}, {QStringLiteral("A-CIT"), 1}}}},
             QJsonObject{
                 {QStringLiteral("from"), 4},
                 {QStringLiteral("queues"), QJsonObject{{QStringLiteral("A-CIT"), 0.5}}}}}}};
    const QJsonObject areaB{
        {QStringLiteral("code"), QStringLiteral("police")},
        {QStringLiteral("name"), QStringLiteral("公安")},
        {QStringLiteral("letter"), QStringLiteral("B")},
        {QStringLiteral("queues"),
         QJsonArray{QJsonObject{{QStringLiteral("code"), QStringLiteral("B-ID")},
                                {QStringLiteral("name"), QStringLiteral("居民身份证")}}}},
        {QStringLiteral("windows"),
         QJsonArray{
             QJsonObject{{QStringLiteral("from"), 5},
                         {QStringLiteral("to"), 6},
                         {QStringLiteral("queues"), QJsonObject{{QStringLiteral("B-ID"), 2},
                                                                {QStringLiteral("A-CIT"), 1}}}}}}};
    const QJsonArray staff{QJsonObject{{QStringLiteral("staffNo"), QStringLiteral("S001")},
                                       {QStringLiteral("name"), QStringLiteral("张三")},
                                       {QStringLiteral("role"), QStringLiteral("admin")}},
                           QJsonObject{{QStringLiteral("staffNo"), QStringLiteral("S002")},
                                       {QStringLiteral("name"), QStringLiteral("李四")},
                                       {QStringLiteral("role"), QStringLiteral("clerk")}}};
    return QJsonObject{{QStringLiteral("hall"), QStringLiteral("测试大厅")},
                       {QStringLiteral("areas"), QJsonArray{areaA, areaB}},
                       {QStringLiteral("staff"), staff}};
}

QByteArray toJson(const QJsonObject &root)
{
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

// QJsonObject has value semantics, so every nested edit is copy, change, write back.
using AreaEdit = std::function<void(QJsonObject &)>;

QByteArray withArea(int index, const AreaEdit &edit)
{
    QJsonObject root = validHall();
    QJsonArray areas = root.value(QStringLiteral("areas")).toArray();
    QJsonObject area = areas.at(index).toObject();
    edit(area);
    areas.replace(index, area);
    root.insert(QStringLiteral("areas"), areas);
    return toJson(root);
}

QByteArray withAreaMember(int index, const QString &key, const QString &member,
                          const std::function<void(QJsonObject &)> &edit)
{
    return withArea(index, [&](QJsonObject &area) {
        QJsonArray list = area.value(key).toArray();
        QJsonObject element = list.at(0).toObject();
        if (member.isEmpty()) {
            edit(element);
        } else {
            QJsonObject inner = element.value(member).toObject();
            edit(inner);
            element.insert(member, inner);
        }
        list.replace(0, element);
        area.insert(key, list);
    });
}

QByteArray withFirstWindowGroup(int area, const std::function<void(QJsonObject &)> &edit)
{
    return withAreaMember(area, QStringLiteral("windows"), QString(), edit);
}

QByteArray withFirstWindowQueues(int area, const std::function<void(QJsonObject &)> &edit)
{
    return withAreaMember(area, QStringLiteral("windows"), QStringLiteral("queues"), edit);
}

QByteArray withFirstQueue(int area, const std::function<void(QJsonObject &)> &edit)
{
    return withAreaMember(area, QStringLiteral("queues"), QString(), edit);
}

} // namespace

class TestHallDefinition : public QObject
{
    Q_OBJECT

private slots:
    void demoHallHasTenAreasWithOwnLetters();
    void demoHallWindowsAreOneTo271();
    void demoHallWindowsServeKnownQueuesWithPositiveWeight();
    void demoHallQueuesBelongToAreasAndHavePrefixes();
    void demoHallStaff();

    void validHallIsAccepted();
    void badInputIsRefused_data();
    void badInputIsRefused();
    void errorPointerIsOptional();
    void missingFileIsRefused();
};

void TestHallDefinition::demoHallHasTenAreasWithOwnLetters()
{
    const HallDefinition hall = HallDefinitionLoader::demoHall();
    QVERIFY(!hall.name.isEmpty());
    QCOMPARE(hall.areas.size(), 10);
    QSet<QString> letters, codes;
    for (const AreaDefinition &area : hall.areas) {
        QVERIFY2(!area.code.isEmpty() && !area.name.isEmpty(), qPrintable(area.code));
        QCOMPARE(area.letter.size(), 1);
        QVERIFY2(area.letter.at(0) >= QLatin1Char('A') && area.letter.at(0) <= QLatin1Char('Z'),
                 qPrintable(area.letter));
        letters.insert(area.letter);
        codes.insert(area.code);
    }
    QCOMPARE(letters.size(), 10);
    QCOMPARE(codes.size(), 10);
}

void TestHallDefinition::demoHallWindowsAreOneTo271()
{
    const HallDefinition hall = HallDefinitionLoader::demoHall();
    QCOMPARE(hall.windows.size(), 271);
    QList<int> numbers;
    for (const WindowDefinition &window : hall.windows)
        numbers << window.number;
    std::sort(numbers.begin(), numbers.end());
    // Sorted and exactly 271 long: equal to 1..271 means no gap and no duplicate.
    for (int i = 0; i < numbers.size(); ++i)
        QCOMPARE(numbers.at(i), i + 1);
}

void TestHallDefinition::demoHallWindowsServeKnownQueuesWithPositiveWeight()
{
    const HallDefinition hall = HallDefinitionLoader::demoHall();
    QVERIFY(!hall.windows.isEmpty());
    QSet<QString> queueCodes, areaCodes;
    for (const QueueDefinition &queue : hall.queues)
        queueCodes.insert(queue.code);
    for (const AreaDefinition &area : hall.areas)
        areaCodes.insert(area.code);
    for (const WindowDefinition &window : hall.windows) {
        const QByteArray where = QByteArray::number(window.number);
        QVERIFY2(areaCodes.contains(window.areaCode), where.constData());
        QVERIFY2(!window.name.isEmpty(), where.constData());
        QVERIFY2(!window.queues.isEmpty(), where.constData());
        for (const auto &[code, weight] : window.queues) {
            QVERIFY2(queueCodes.contains(code), qPrintable(code));
            QVERIFY2(weight > 0, where.constData());
        }
    }
}

void TestHallDefinition::demoHallQueuesBelongToAreasAndHavePrefixes()
{
    const HallDefinition hall = HallDefinitionLoader::demoHall();
    QCOMPARE(hall.queues.size(), 30);
    QSet<QString> areaCodes, queueCodes;
    for (const AreaDefinition &area : hall.areas)
        areaCodes.insert(area.code);
    for (const QueueDefinition &queue : hall.queues) {
        QVERIFY2(areaCodes.contains(queue.areaCode), qPrintable(queue.code));
        QVERIFY2(!queue.prefix.isEmpty(), qPrintable(queue.code));
        QVERIFY2(!queue.name.isEmpty(), qPrintable(queue.code));
        QVERIFY2(queue.initialServiceSeconds > 0, qPrintable(queue.code));
        queueCodes.insert(queue.code);
    }
    QCOMPARE(queueCodes.size(), hall.queues.size());
}

void TestHallDefinition::demoHallStaff()
{
    const HallDefinition hall = HallDefinitionLoader::demoHall();
    QCOMPARE(hall.staff.size(), 500);
    QSet<QString> numbers;
    int admins = 0;
    int supervisors = 0;
    for (const StaffDefinition &member : hall.staff) {
        QVERIFY(!member.staffNo.isEmpty());
        QVERIFY2(!member.name.isEmpty(), qPrintable(member.staffNo));
        numbers.insert(member.staffNo);
        admins += member.role == StaffRole::Admin ? 1 : 0;
        supervisors += member.role == StaffRole::Supervisor ? 1 : 0;
    }
    QCOMPARE(numbers.size(), 500);
    QVERIFY(admins >= 1);
    QVERIFY(supervisors >= 1);
}

void TestHallDefinition::validHallIsAccepted()
{
    QString error;
    const auto hall = HallDefinitionLoader::fromJson(toJson(validHall()), &error);
    QVERIFY2(hall.has_value(), qPrintable(error));
    QCOMPARE(hall->name, QStringLiteral("测试大厅"));
    QCOMPARE(hall->areas.size(), 2);
    QCOMPARE(hall->queues.size(), 3);
    QCOMPARE(hall->windows.size(), 6);
    QCOMPARE(hall->staff.size(), 2);
    // Without its own prefix a queue takes its area's letter.
    QCOMPARE(hall->queues.at(0).prefix, QStringLiteral("A"));
    QCOMPARE(hall->queues.at(1).prefix, QStringLiteral("Z"));
    QCOMPARE(hall->queues.at(0).initialServiceSeconds, 300);
    QCOMPARE(hall->queues.at(1).initialServiceSeconds, 420);
    QCOMPARE(hall->queues.at(2).areaCode, QStringLiteral("police"));
    // A group without "to" is the single window "from".
    QCOMPARE(hall->windows.at(3).number, 4);
    QCOMPARE(hall->windows.at(3).queues.size(), 1);
    QCOMPARE(hall->windows.at(3).queues.at(0).second, 0.5);
    QCOMPARE(hall->windows.at(4).areaCode, QStringLiteral("police"));
    QCOMPARE(hall->staff.at(0).role, StaffRole::Admin);
    QCOMPARE(hall->staff.at(1).role, StaffRole::Clerk);
}

void TestHallDefinition::badInputIsRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    // A word the reason must contain, so the message points the administrator at the mistake.
    QTest::addColumn<QString>("mentions");

    QTest::newRow("not JSON") << QByteArray("{\"hall\": \"x\", \"areas\": [") << QString();
    QTest::newRow("empty input") << QByteArray() << QString();
    QTest::newRow("array instead of object") << QByteArray("[]") << QString();

    QJsonObject noAreas = validHall();
    noAreas.remove(QStringLiteral("areas"));
    QTest::newRow("no areas key") << toJson(noAreas) << QString();
    noAreas.insert(QStringLiteral("areas"), QJsonArray());
    QTest::newRow("empty areas") << toJson(noAreas) << QString();

    QTest::newRow("duplicate letter")
        << withArea(1, [](QJsonObject &a) { a.insert(QStringLiteral("letter"), "A"); })
        << QStringLiteral("police");
    QTest::newRow("lower-case letter")
        << withArea(0, [](QJsonObject &a) { a.insert(QStringLiteral("letter"), "a"); })
        << QStringLiteral("general");
    QTest::newRow("two-character letter")
        << withArea(0, [](QJsonObject &a) { a.insert(QStringLiteral("letter"), "AB"); })
        << QStringLiteral("general");
    QTest::newRow("digit as letter")
        << withArea(0, [](QJsonObject &a) { a.insert(QStringLiteral("letter"), "1"); })
        << QStringLiteral("general");
    QTest::newRow("missing letter")
        << withArea(0, [](QJsonObject &a) { a.remove(QStringLiteral("letter")); })
        << QStringLiteral("general");
    QTest::newRow("area without code")
        << withArea(0, [](QJsonObject &a) { a.remove(QStringLiteral("code")); }) << QString();

    QTest::newRow("window number in two areas")
        << withFirstWindowGroup(1, [](QJsonObject &g) { g.insert(QStringLiteral("from"), 3); })
        << QStringLiteral("3");
    QTest::newRow("window number twice in one area") << withArea(0, [](QJsonObject &a) {
        QJsonArray groups = a.value(QStringLiteral("windows")).toArray();
        groups.append(
            QJsonObject{{QStringLiteral("from"), 2},
                        {QStringLiteral("queues"), QJsonObject{{QStringLiteral("A-ENT"), 1}}}});
        a.insert(QStringLiteral("windows"), groups);
    }) << QStringLiteral("2");
    QTest::newRow("range to < from")
        << withFirstWindowGroup(0, [](QJsonObject &g) { g.insert(QStringLiteral("to"), 0); })
        << QStringLiteral("general");
    QTest::newRow("range to < from, both positive")
        << withFirstWindowGroup(1, [](QJsonObject &g) { g.insert(QStringLiteral("to"), 4); })
        << QStringLiteral("police");
    QTest::newRow("window number zero")
        << withFirstWindowGroup(0, [](QJsonObject &g) { g.insert(QStringLiteral("from"), 0); })
        << QStringLiteral("general");
    QTest::newRow("window number negative")
        << withFirstWindowGroup(0, [](QJsonObject &g) { g.insert(QStringLiteral("from"), -1); })
        << QStringLiteral("general");

    QTest::newRow("window serves unknown queue")
        << withFirstWindowQueues(1, [](QJsonObject &q) { q.insert(QStringLiteral("X-NONE"), 1); })
        << QStringLiteral("X-NONE");
    QTest::newRow("window serves no queue")
        << withFirstWindowQueues(0, [](QJsonObject &q) { q = QJsonObject(); })
        << QStringLiteral("1");
    QTest::newRow("zero weight") << withFirstWindowQueues(0, [](QJsonObject &q) {
        q.insert(QStringLiteral("A-CIT"), 0);
    }) << QStringLiteral("1");
    QTest::newRow("negative weight")
        << withFirstWindowQueues(1, [](QJsonObject &q) { q.insert(QStringLiteral("B-ID"), -2); })
        << QStringLiteral("5");
    QTest::newRow("weight as text")
        << withFirstWindowQueues(0, [](QJsonObject &q) { q.insert(QStringLiteral("A-ENT"), "2"); })
        << QStringLiteral("1");

    QTest::newRow("duplicate queue code across areas")
        << withFirstQueue(1, [](QJsonObject &q) { q.insert(QStringLiteral("code"), "A-ENT"); })
        << QStringLiteral("police");
    QTest::newRow("duplicate queue code in one area") << withArea(0, [](QJsonObject &a) {
        QJsonArray queues = a.value(QStringLiteral("queues")).toArray();
        queues.append(queues.at(0));
        a.insert(QStringLiteral("queues"), queues);
    }) << QStringLiteral("general");
    QTest::newRow("queue without code")
        << withFirstQueue(0, [](QJsonObject &q) { q.remove(QStringLiteral("code")); }) << QString();
    QTest::newRow("empty prefix") << withFirstQueue(0, [](QJsonObject &q) {
        q.insert(QStringLiteral("prefix"), "");
    }) << QStringLiteral("A-ENT");
    QTest::newRow("zero service time") << withFirstQueue(0, [](QJsonObject &q) {
        q.insert(QStringLiteral("initialServiceSeconds"), 0);
    }) << QStringLiteral("A-ENT");

    QJsonObject duplicateStaff = validHall();
    QJsonArray staff = duplicateStaff.value(QStringLiteral("staff")).toArray();
    staff.append(QJsonObject{{QStringLiteral("staffNo"), QStringLiteral("S001")},
                             {QStringLiteral("name"), QStringLiteral("王五")}});
    duplicateStaff.insert(QStringLiteral("staff"), staff);
    QTest::newRow("duplicate staff number") << toJson(duplicateStaff) << QString();

    QJsonObject namelessStaff = validHall();
    namelessStaff.insert(QStringLiteral("staff"),
                         QJsonArray{QJsonObject{{QStringLiteral("staffNo"), "S009"}}});
    QTest::newRow("staff without name") << toJson(namelessStaff) << QString();
}

void TestHallDefinition::badInputIsRefused()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mentions);

    QString error;
    const auto hall = HallDefinitionLoader::fromJson(json, &error);
    QVERIFY2(!hall.has_value(), json.constData());
    QVERIFY(!error.trimmed().isEmpty());
    if (!mentions.isEmpty())
        QVERIFY2(error.contains(mentions), qPrintable(error));
}

void TestHallDefinition::errorPointerIsOptional()
{
    QVERIFY(!HallDefinitionLoader::fromJson(QByteArray("nonsense"), nullptr).has_value());
    QVERIFY(HallDefinitionLoader::fromJson(toJson(validHall()), nullptr).has_value());
}

void TestHallDefinition::missingFileIsRefused()
{
    QString error;
    const QString path = QStringLiteral("/nonexistent/halldesk/hall.json");
    QVERIFY(!HallDefinitionLoader::fromFile(path, &error).has_value());
    QVERIFY2(error.contains(path), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestHallDefinition)
#include "tst_halldefinition.moc"
