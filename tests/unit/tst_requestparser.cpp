// RequestParser and ArgumentReader: chosen valid and invalid frames, then a bounded, seeded
// fuzz run over random bytes and mutated valid frames.

#include "protocol/ArgumentReader.h"
#include "protocol/ProtocolRequest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QtTest>
#include <cmath>
#include <limits>

using namespace halldesk;

namespace {

constexpr quint32 Seed = 20261130;

bool isPrintableToken(const QString &text, int maxLength)
{
    if (text.isEmpty() || text.size() > maxLength)
        return false;
    for (const QChar c : text) {
        if (c.unicode() < 0x21 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

// What must hold for any input at all. Returns an empty string or what is wrong.
QString checkInvariants(const QByteArray &frame)
{
    const auto parsed = RequestParser::parse(frame);
    if (const auto *request = std::get_if<ProtocolRequest>(&parsed)) {
        if (!isPrintableToken(request->id, RequestParser::kMaxIdLength))
            return QStringLiteral("request with id '%1'").arg(request->id);
        if (!isPrintableToken(request->op, 40))
            return QStringLiteral("request with op '%1'").arg(request->op);
        if (!request->key.isEmpty() && !RequestParser::isValidKey(request->key))
            return QStringLiteral("request with key '%1'").arg(request->key);
        // Reading any argument of a parsed request is safe, whatever it holds.
        ArgumentReader args(request->args);
        args.string("queue");
        args.optionalString("residentId", 18);
        args.integer("ticketId", 1, qint64(1) << 50);
        args.optionalInteger("window", 1, 99999);
        args.optionalBool("calls");
        args.stringList("queues");
        bool all = false;
        args.intList("windows", 1, 99999, 400, &all);
        args.intList("ticketId", std::numeric_limits<int>::min(), std::numeric_limits<int>::max());
        if (!args.ok() && args.error().code() != ErrorCode::BadRequest)
            return QStringLiteral("argument error %1").arg(int(args.error().code()));
        return {};
    }
    const ProtocolFault &fault = std::get<ProtocolFault>(parsed);
    const ErrorCode code = fault.error.code();
    if (code != ErrorCode::BadMessage && code != ErrorCode::BadRequest &&
        code != ErrorCode::UnsupportedVersion)
        return QStringLiteral("fault code %1").arg(int(code));
    if (!fault.id.isEmpty() && !isPrintableToken(fault.id, RequestParser::kMaxIdLength))
        return QStringLiteral("fault with id '%1'").arg(fault.id);
    return {};
}

QJsonValue randomValue(QRandomGenerator &random, int depth = 0)
{
    switch (random.bounded(depth > 1 ? 9 : 11)) {
    case 0:
        return QJsonValue::Null;
    case 1:
        return random.bounded(2) == 1;
    case 2:
        return double(random.bounded(-3, 300));
    case 3: {
        const double specials[] = {0.5,
                                   -0.0,
                                   1e300,
                                   -1e300,
                                   9007199254740993.0,
                                   1.0 / 3,
                                   2e9,
                                   double(qint64(1) << 50),
                                   double(qint64(1) << 50) + 1};
        return specials[random.bounded(int(std::size(specials)))];
    }
    case 4:
        return QString();
    case 5: {
        QString text;
        const int length = random.bounded(90);
        for (int i = 0; i < length; ++i)
            text += QChar(char16_t(random.bounded(0x20, 0x7f)));
        return text;
    }
    case 6: {
        QString text;
        const int length = random.bounded(12);
        for (int i = 0; i < length; ++i)
            text += QChar(char16_t(random.bounded(0x01, 0xd7ff)));
        return text;
    }
    case 7:
        return QStringLiteral("*");
    case 8:
        return QStringLiteral("key-0000-aaaa");
    case 9: {
        QJsonArray array;
        const int length = random.bounded(5);
        for (int i = 0; i < length; ++i)
            array.append(randomValue(random, depth + 1));
        return array;
    }
    default: {
        QJsonObject object;
        const char *names[] = {"ticketId", "queue", "windows", "queues", "calls", "window"};
        const int length = random.bounded(4);
        for (int i = 0; i < length; ++i)
            object.insert(QLatin1String(names[random.bounded(int(std::size(names)))]),
                          randomValue(random, depth + 1));
        return object;
    }
    }
}

QList<QByteArray> validFrames()
{
    return {
        R"({"v":1,"id":"1","op":"ping"})",
        R"({"v":1,"id":"abc-7","op":"callNext","key":"0f3c2a9e-1b2c-4d5e-8f90-123456789abc"})",
        R"({"v":1,"id":"9","op":"recall","key":"key.000:1_a","args":{"ticketId":17}})",
        R"({"v":1,"id":"x","op":"subscribe","args":{"queues":["*"],"windows":[1,2],"calls":true}})",
        R"({"v":1,"id":"k","op":"issueTicket","key":"kiosk-key-1","args":{"queue":"QA1",)"
        R"("residentId":"110101199003070011","priority":"elderly"}})",
    };
}

} // namespace

class TestRequestParser : public QObject
{
    Q_OBJECT

private slots:
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
    void arguments_data();
    void arguments();
    void firstFailureIsReported();
    void randomBytes();
    void mutatedFrames();
};

void TestRequestParser::valid_data()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("op");
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("argCount");
    QTest::newRow("ping") << QByteArray(R"({"v":1,"id":"1","op":"ping"})") << "1"
                          << "ping"
                          << "" << 0;
    QTest::newRow("v 1.0") << QByteArray(R"({"v":1.0,"id":"1","op":"ping"})") << "1"
                           << "ping"
                           << "" << 0;
    QTest::newRow("key and args null")
        << QByteArray(R"({"v":1,"id":"1","op":"ping","key":null,"args":null})") << "1"
        << "ping"
        << "" << 0;
    QTest::newRow("extra fields ignored")
        << QByteArray(R"({"v":1,"id":"1","op":"ping","future":[1,2]})") << "1"
        << "ping"
        << "" << 0;
    QTest::newRow("key of 8") << QByteArray(R"({"v":1,"id":"i","op":"x","key":"12345678"})") << "i"
                              << "x"
                              << "12345678" << 0;
    QTest::newRow("key of 80") << QByteArray(R"({"v":1,"id":"i","op":"x","key":")") +
                                      QByteArray(80, 'k') + QByteArray(R"("})")
                               << "i"
                               << "x" << QString(80, QLatin1Char('k')) << 0;
    QTest::newRow("id of 64") << QByteArray(R"({"v":1,"op":"x","id":")") + QByteArray(64, '~') +
                                     QByteArray(R"("})")
                              << QString(64, QLatin1Char('~')) << "x"
                              << "" << 0;
    QTest::newRow("args") << QByteArray(R"({"v":1,"id":"2","op":"finish","key":"abcdefgh",)"
                                        R"("args":{"ticketId":5,"x":null}})")
                          << "2"
                          << "finish"
                          << "abcdefgh" << 2;
    QTest::newRow("whitespace") << QByteArray(
                                       " \n{ \"v\" : 1 , \"id\" : \"1\", \"op\":\"ping\" }\n")
                                << "1"
                                << "ping"
                                << "" << 0;
}

void TestRequestParser::valid()
{
    QFETCH(QByteArray, frame);
    QFETCH(QString, id);
    QFETCH(QString, op);
    QFETCH(QString, key);
    QFETCH(int, argCount);
    const auto parsed = RequestParser::parse(frame);
    const auto *request = std::get_if<ProtocolRequest>(&parsed);
    if (!request)
        QFAIL(qPrintable(std::get<ProtocolFault>(parsed).error.detail()));
    QCOMPARE(request->id, id);
    QCOMPARE(request->op, op);
    QCOMPARE(request->key, key);
    QCOMPARE(request->args.size(), argCount);
}

void TestRequestParser::invalid_data()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("detail");
    const ErrorCode message = ErrorCode::BadMessage;
    const ErrorCode request = ErrorCode::BadRequest;
    QTest::newRow("empty") << QByteArray() << message << ""
                           << "";
    QTest::newRow("truncated") << QByteArray(R"({"v":1,"id":"1")") << message << ""
                               << "";
    QTest::newRow("array") << QByteArray("[]") << message << ""
                           << "";
    QTest::newRow("number") << QByteArray("1") << message << ""
                            << "";
    QTest::newRow("null") << QByteArray("null") << message << ""
                          << "";
    QTest::newRow("two objects") << QByteArray("{}{}") << message << ""
                                 << "";
    QTest::newRow("NUL inside") << QByteArray("{\"v\":1,\0\"id\":\"1\"}", 17) << message << ""
                                << "";
    QTest::newRow("no id") << QByteArray(R"({"v":1,"op":"ping"})") << request << ""
                           << "id";
    QTest::newRow("empty id") << QByteArray(R"({"v":1,"id":"","op":"ping"})") << request << ""
                              << "id";
    QTest::newRow("id 65") << QByteArray(R"({"v":1,"op":"x","id":")") + QByteArray(65, 'a') +
                                  QByteArray(R"("})")
                           << request << ""
                           << "id";
    QTest::newRow("id unicode") << QByteArray(R"({"v":1,"id":"é","op":"ping"})") << request << ""
                                << "id";
    QTest::newRow("id object") << QByteArray(R"({"v":1,"id":{},"op":"ping"})") << request << ""
                               << "id";
    QTest::newRow("v missing") << QByteArray(R"({"id":"1","op":"ping"})") << request << "1"
                               << "v";
    QTest::newRow("v true") << QByteArray(R"({"v":true,"id":"1","op":"ping"})") << request << "1"
                            << "v";
    QTest::newRow("v 1e10") << QByteArray(R"({"v":1e10,"id":"1","op":"ping"})") << request << "1"
                            << "v";
    QTest::newRow("v 0") << QByteArray(R"({"v":0,"id":"1","op":"ping"})")
                         << ErrorCode::UnsupportedVersion << "1"
                         << "";
    QTest::newRow("v 2") << QByteArray(R"({"v":2,"id":"1","op":"ping"})")
                         << ErrorCode::UnsupportedVersion << "1"
                         << "";
    QTest::newRow("op empty") << QByteArray(R"({"v":1,"id":"1","op":""})") << request << "1"
                              << "op";
    QTest::newRow("op space") << QByteArray(R"({"v":1,"id":"1","op":"call next"})") << request
                              << "1"
                              << "op";
    QTest::newRow("op 41") << QByteArray(R"({"v":1,"id":"1","op":")") + QByteArray(41, 'o') +
                                  QByteArray(R"("})")
                           << request << "1"
                           << "op";
    QTest::newRow("key 7") << QByteArray(R"({"v":1,"id":"1","op":"x","key":"1234567"})") << request
                           << "1"
                           << "key";
    QTest::newRow("key 81") << QByteArray(R"({"v":1,"id":"1","op":"x","key":")") +
                                   QByteArray(81, 'k') + QByteArray(R"("})")
                            << request << "1"
                            << "key";
    QTest::newRow("key slash") << QByteArray(R"({"v":1,"id":"1","op":"x","key":"abc/defgh"})")
                               << request << "1"
                               << "key";
    QTest::newRow("key empty") << QByteArray(R"({"v":1,"id":"1","op":"x","key":""})") << request
                               << "1"
                               << "key";
    QTest::newRow("args array") << QByteArray(R"({"v":1,"id":"1","op":"x","args":[]})") << request
                                << "1"
                                << "args";
    QTest::newRow("args 0") << QByteArray(R"({"v":1,"id":"1","op":"x","args":0})") << request << "1"
                            << "args";
}

void TestRequestParser::invalid()
{
    QFETCH(QByteArray, frame);
    QFETCH(ErrorCode, code);
    QFETCH(QString, id);
    QFETCH(QString, detail);
    const auto parsed = RequestParser::parse(frame);
    const auto *fault = std::get_if<ProtocolFault>(&parsed);
    QVERIFY2(fault, "parsed as a request");
    QCOMPARE(int(fault->error.code()), int(code));
    QCOMPARE(fault->id, id);
    QCOMPARE(fault->error.detail(), detail);
}

void TestRequestParser::arguments_data()
{
    QTest::addColumn<QString>("getter");
    QTest::addColumn<QJsonValue>("value"); // undefined: the field is missing
    QTest::addColumn<bool>("ok");
    const QJsonValue missing(QJsonValue::Undefined);
    auto row = [](const char *name, const char *getter, const QJsonValue &value, bool ok) {
        QTest::newRow(name) << QString::fromLatin1(getter) << value << ok;
    };
    row("integer 1", "integer", 1, true);
    row("integer max", "integer", 100, true);
    row("integer below", "integer", 0, false);
    row("integer above", "integer", 101, false);
    row("integer fraction", "integer", 1.5, false);
    row("integer string", "integer", QStringLiteral("5"), false);
    row("integer bool", "integer", true, false);
    row("integer null", "integer", QJsonValue::Null, false);
    row("integer missing", "integer", missing, false);
    row("integer 1e300", "integer", 1e300, false);
    row("integer inf", "integer", std::numeric_limits<double>::infinity(), false);
    row("integer nan", "integer", std::nan(""), false);
    row("optionalInteger missing", "optionalInteger", missing, true);
    row("optionalInteger null", "optionalInteger", QJsonValue::Null, true);
    row("optionalInteger bad", "optionalInteger", -5, false);
    row("string", "string", QStringLiteral("QA1"), true);
    row("string empty", "string", QString(), false);
    row("string 11", "string", QStringLiteral("12345678901"), false);
    row("string number", "string", 7, false);
    row("optionalString missing", "optionalString", missing, true);
    row("optionalString empty", "optionalString", QString(), true);
    row("optionalString array", "optionalString", QJsonArray(), false);
    row("optionalBool true", "optionalBool", true, true);
    row("optionalBool string", "optionalBool", QStringLiteral("true"), false);
    row("optionalBool 1", "optionalBool", 1, false);
    row("stringList", "stringList", QJsonArray{QStringLiteral("a"), QStringLiteral("*")}, true);
    row("stringList empty item", "stringList", QJsonArray{QString()}, false);
    row("stringList number item", "stringList", QJsonArray{1}, false);
    row("stringList 4 items", "stringList", QJsonArray{"a", "b", "c", "d"}, false);
    row("stringList string", "stringList", QStringLiteral("a"), false);
    row("intList", "intList", QJsonArray{1, 100}, true);
    row("intList star", "intList", QJsonArray{QStringLiteral("*")}, true);
    row("intList other string", "intList", QJsonArray{QStringLiteral("1")}, false);
    row("intList fraction", "intList", QJsonArray{2.5}, false);
    row("intList out of range", "intList", QJsonArray{1e12}, false);
    row("intList object", "intList", QJsonObject(), false);
}

void TestRequestParser::arguments()
{
    QFETCH(QString, getter);
    QFETCH(QJsonValue, value);
    QFETCH(bool, ok);
    QJsonObject object;
    if (!value.isUndefined())
        object.insert(QStringLiteral("f"), value);
    ArgumentReader args(object);
    bool all = false;
    if (getter == QLatin1String("integer"))
        args.integer("f", 1, 100);
    else if (getter == QLatin1String("optionalInteger"))
        QCOMPARE(args.optionalInteger("f", 1, 100, 42), ok ? qint64(42) : qint64(1));
    else if (getter == QLatin1String("string"))
        args.string("f", 10);
    else if (getter == QLatin1String("optionalString"))
        args.optionalString("f", 10);
    else if (getter == QLatin1String("optionalBool"))
        args.optionalBool("f");
    else if (getter == QLatin1String("stringList"))
        args.stringList("f", 3);
    else
        args.intList("f", 1, 100, 3, &all);
    QCOMPARE(args.ok(), ok);
    if (!ok) {
        QCOMPARE(args.error().code(), ErrorCode::BadRequest);
        QCOMPARE(args.error().detail(), QStringLiteral("f"));
    }
}

void TestRequestParser::firstFailureIsReported()
{
    ArgumentReader args({{QStringLiteral("a"), QStringLiteral("x")}, {QStringLiteral("b"), 1.5}});
    QCOMPARE(args.integer("a", 0, 10), qint64(0));
    args.integer("b", 0, 10);
    QVERIFY(!args.ok());
    QCOMPARE(args.error().detail(), QStringLiteral("a"));
}

void TestRequestParser::randomBytes()
{
    QRandomGenerator random(Seed);
    int requests = 0;
    for (int i = 0; i < 20000; ++i) {
        QByteArray frame(random.bounded(1, 160), Qt::Uninitialized);
        // Half pure noise, half noise made of JSON's own characters.
        static const QByteArray alphabet = "{}[]\":,0123456789.eE+-truefalsn \\ivdopkeyargs";
        for (char &c : frame)
            c = i % 2 ? char(random.bounded(256)) : alphabet.at(random.bounded(alphabet.size()));
        const QString problem = checkInvariants(frame);
        QVERIFY2(problem.isEmpty(), qPrintable(problem + QStringLiteral(" from ") +
                                               QString::fromLatin1(frame.toHex())));
        requests += std::holds_alternative<ProtocolRequest>(RequestParser::parse(frame));
    }
    QVERIFY(requests < 20000);
}

void TestRequestParser::mutatedFrames()
{
    QRandomGenerator random(Seed + 1);
    const QList<QByteArray> seeds = validFrames();
    QHash<int, int> outcomes; // error code (0: request) -> count
    for (int i = 0; i < 20000; ++i) {
        QByteArray frame = seeds.at(random.bounded(int(seeds.size())));
        const int mutations = random.bounded(1, 5);
        for (int m = 0; m < mutations; ++m) {
            const int kind = random.bounded(4);
            const int at = frame.isEmpty() ? 0 : random.bounded(int(frame.size()));
            if (kind == 0 && !frame.isEmpty()) {
                frame[at] = char(frame.at(at) ^ (1 << random.bounded(8)));
            } else if (kind == 1) {
                frame.insert(at, char(random.bounded(256)));
            } else if (kind == 2 && !frame.isEmpty()) {
                frame.remove(at, random.bounded(1, 4));
            } else {
                // A structural mutation: one field, or one argument, gets any JSON value.
                QJsonObject object = QJsonDocument::fromJson(frame).object();
                const char *fields[] = {"v", "id", "op", "key", "args"};
                const QString field = QLatin1String(fields[random.bounded(5)]);
                if (field == QLatin1String("args") && random.bounded(2)) {
                    QJsonObject args = object.value(field).toObject();
                    args.insert(QStringLiteral("ticketId"), randomValue(random));
                    object.insert(field, args);
                } else {
                    object.insert(field, randomValue(random));
                }
                frame = QJsonDocument(object).toJson(QJsonDocument::Compact);
            }
        }
        const QString problem = checkInvariants(frame);
        QVERIFY2(problem.isEmpty(), qPrintable(problem + QStringLiteral(" from ") +
                                               QString::fromUtf8(frame.toBase64())));
        const auto parsed = RequestParser::parse(frame);
        const auto *fault = std::get_if<ProtocolFault>(&parsed);
        ++outcomes[fault ? int(fault->error.code()) : 0];
    }
    // The mutations reach every outcome, so the invariants were checked on each.
    QVERIFY(outcomes.value(0) > 1000);
    QVERIFY(outcomes.value(int(ErrorCode::BadMessage)) > 1000);
    QVERIFY(outcomes.value(int(ErrorCode::BadRequest)) > 1000);
    QVERIFY(outcomes.value(int(ErrorCode::UnsupportedVersion)) > 10);
}

QTEST_GUILESS_MAIN(TestRequestParser)
#include "tst_requestparser.moc"
