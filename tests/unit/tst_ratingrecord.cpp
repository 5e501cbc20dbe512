#include "rating/RatingLevel.h"
#include "rating/RatingReason.h"
#include "rating/RatingRecord.h"
#include "rating/RatingRequest.h"

#include <QJsonArray>
#include <QTest>

using namespace halldesk;

namespace {

RatingRecord sample()
{
    RatingRecord record;
    record.ratingId = 4711;
    record.window = 15;
    record.ticketId = 48213;
    record.staffNo = QStringLiteral("HD0026");
    record.level = RatingLevel::Dissatisfied;
    record.reasons = {QStringLiteral("slow"), QStringLiteral("many_trips")};
    record.comment = QStringLiteral("第二次来了，还是缺材料\n\"说明\"不清楚");
    record.ratedAtMs = 1795830077204;
    record.terminal = QStringLiteral("pad-15");
    return record;
}

} // namespace

class TestRatingRecord : public QObject
{
    Q_OBJECT

private slots:
    void roundTripsThroughJson()
    {
        const RatingRecord record = sample();
        QString bad;
        const auto back = RatingRecord::fromJson(record.toJson(), &bad);
        QVERIFY2(back, qPrintable(bad));
        QCOMPARE(*back, record);
        QCOMPARE(back->signedBytes(), record.signedBytes());
    }

    void signedBytesAreCanonical()
    {
        const QByteArray bytes = sample().signedBytes();
        QVERIFY(bytes.startsWith("halldesk-rating/1\n{\"comment\":"));
        // Keys sorted, integers written as integers (not 1.795e+12), Chinese as UTF-8.
        QVERIFY(bytes.contains("\"ratedAtMs\":1795830077204,"));
        QVERIFY(bytes.contains("\"level\":\"dissatisfied\""));
        QVERIFY(bytes.contains(QStringLiteral("还是缺材料").toUtf8()));
        QVERIFY(bytes.indexOf("\"comment\"") < bytes.indexOf("\"level\""));
        QVERIFY(bytes.indexOf("\"ticketId\"") < bytes.indexOf("\"window\""));
        // What a parse of the wire form gives signs to the very same bytes, whatever the
        // order of keys or the form of the numbers on the wire.
        QJsonObject wire = sample().toJson();
        wire.insert(QStringLiteral("ratedAtMs"), 1795830077204.0);
        wire.insert(QStringLiteral("window"), 15.0);
        QString bad;
        QCOMPARE(RatingRecord::fromJson(wire, &bad)->signedBytes(), bytes);
    }

    void refusesBadFields_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expected");
        auto row = [](const char *name, const char *field, QJsonValue value, const char *bad) {
            QTest::newRow(name) << QString::fromLatin1(field) << value << QString::fromLatin1(bad);
        };
        row("id missing", "ratingId", QJsonValue(QJsonValue::Undefined), "ratingId");
        row("id text", "ratingId", QStringLiteral("4711"), "ratingId");
        row("id fraction", "ratingId", 4711.5, "ratingId");
        row("id zero", "ratingId", 0, "ratingId");
        row("window 0", "window", 0, "window");
        row("window too big", "window", 10000, "window");
        row("ticket negative", "ticketId", -3, "ticketId");
        row("staff empty", "staffNo", QString(), "staffNo");
        row("staff too long", "staffNo", QString(33, QLatin1Char('x')), "staffNo");
        row("level unknown", "level", QStringLiteral("great"), "level");
        row("level missing", "level", QJsonValue(QJsonValue::Undefined), "level");
        row("reasons not list", "reasons", QStringLiteral("slow"), "reasons");
        row("reason not code", "reasons", QJsonArray{QStringLiteral("态度")}, "reasons");
        row("reason twice", "reasons", QJsonArray{QStringLiteral("slow"), QStringLiteral("slow")},
            "reasons");
        QJsonArray eleven;
        for (int i = 0; i < 11; ++i)
            eleven.append(QStringLiteral("r%1").arg(i));
        row("too many reasons", "reasons", eleven, "reasons");
        row("comment too long", "comment", QString(201, QChar(0x597D)), "comment");
        row("comment number", "comment", 5, "comment");
        row("time text", "ratedAtMs", QStringLiteral("now"), "ratedAtMs");
        row("terminal empty", "terminal", QString(), "terminal");
    }

    void refusesBadFields()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        QJsonObject json = sample().toJson();
        if (value.isUndefined())
            json.remove(field);
        else
            json.insert(field, value);
        QString bad;
        QVERIFY(!RatingRecord::fromJson(json, &bad));
        QCOMPARE(bad, expected);
    }

    void levelsHaveNamesBothWays()
    {
        QCOMPARE(RatingLevels::all().size(), 5);
        for (RatingLevel level : RatingLevels::all()) {
            QCOMPARE(RatingLevels::fromStorageName(RatingLevels::storageName(level)), level);
            QVERIFY(!RatingLevels::displayName(level).isEmpty());
        }
        QVERIFY(!RatingLevels::isBad(RatingLevel::Basic));
        QVERIFY(RatingLevels::isBad(RatingLevel::Dissatisfied));
        QVERIFY(RatingLevels::isBad(RatingLevel::VeryDissatisfied));
        QVERIFY(!RatingLevels::fromStorageName(QStringLiteral("unrated")));
    }

    void parsesReasonLists_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("bad");
        QTest::newRow("two") << QStringLiteral("attitude=态度不好; slow = 办事效率低") << 2
                             << QString();
        QTest::newRow("trailing separator") << QStringLiteral("other=其他;") << 1 << QString();
        QTest::newRow("empty") << QString() << -1 << QString();
        QTest::newRow("no label") << QStringLiteral("attitude=") << -1
                                  << QStringLiteral("attitude=");
        QTest::newRow("no equals")
            << QStringLiteral("attitude") << -1 << QStringLiteral("attitude");
        QTest::newRow("bad code") << QStringLiteral("Bad Code=x") << -1
                                  << QStringLiteral("Bad Code=x");
        QTest::newRow("repeated") << QStringLiteral("a=甲;a=乙") << -1 << QStringLiteral("a=乙");
    }

    void parsesReasonLists()
    {
        QFETCH(QString, text);
        QFETCH(int, count);
        QFETCH(QString, bad);
        QString offending;
        const auto reasons = RatingReasons::parse(text, &offending);
        if (count < 0) {
            QVERIFY(!reasons);
            if (!bad.isEmpty())
                QCOMPARE(offending, bad);
            return;
        }
        QVERIFY(reasons);
        QCOMPARE(reasons->size(), count);
        QCOMPARE(reasons->first().code, text.section(QLatin1Char('='), 0, 0).trimmed());
    }

    void defaultReasonsAreValidCodes()
    {
        const auto reasons = RatingReasons::defaults();
        QCOMPARE(reasons.size(), 7);
        for (const RatingReason &reason : reasons) {
            QVERIFY(RatingReasons::isCode(reason.code));
            QVERIFY(!reason.label.isEmpty());
        }
    }

    void readsTheRatingObject()
    {
        const QJsonObject json{
            {QStringLiteral("id"), 9},
            {QStringLiteral("window"), 15},
            {QStringLiteral("ticketId"), 48213},
            {QStringLiteral("ticketNumber"), QStringLiteral("A023")},
            {QStringLiteral("staffNo"), QStringLiteral("HD0026")},
            {QStringLiteral("staffName"), QStringLiteral("徐杰")},
            {QStringLiteral("items"),
             QJsonArray{QJsonObject{{QStringLiteral("code"), QStringLiteral("X1")},
                                    {QStringLiteral("name"), QStringLiteral("户口迁移")}}}},
            {QStringLiteral("reasonChoices"),
             QJsonArray{QJsonObject{{QStringLiteral("code"), QStringLiteral("slow")},
                                    {QStringLiteral("label"), QStringLiteral("办事效率低")}},
                        QJsonObject{{QStringLiteral("code"), QStringLiteral("NOT A CODE")},
                                    {QStringLiteral("label"), QStringLiteral("x")}}}},
            {QStringLiteral("requestedAtMs"), 1000},
            {QStringLiteral("expiresAtMs"), 121000},
            {QStringLiteral("timeoutMs"), 120000},
            {QStringLiteral("state"), QStringLiteral("pending")}};
        const auto request = RatingRequest::fromJson(json);
        QVERIFY(request);
        QCOMPARE(request->items.size(), 1);
        QCOMPARE(request->items.first().name, QStringLiteral("户口迁移"));
        QCOMPARE(request->reasonChoices.size(), 1); // the malformed code is dropped
        QCOMPARE(request->timeoutMs, 120000);
        QJsonObject incomplete = json;
        incomplete.remove(QStringLiteral("staffNo"));
        QVERIFY(!RatingRequest::fromJson(incomplete));
    }
};

QTEST_GUILESS_MAIN(TestRatingRecord)
#include "tst_ratingrecord.moc"
