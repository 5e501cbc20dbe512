// Service ratings on the server over real TLS (PROTOCOL.md §12): a finish opens a rating the
// window's pad hears of, the pad's signed record is checked against the certificate of the
// connection that delivers it, one rating per service, expiry and late delivery, the follow-up
// of a 差评 with working-day deadlines, and a failed commit that leaves nothing behind.

#include "NetworkFixture.h"
#include "TestCatalogue.h"
#include "rating/RatingRecord.h"
#include "rating/RatingSigner.h"

#include <QtTest>

using namespace halldesk;
using namespace halldesk::test;

namespace {

// A counter at window 1 (S1) with a pad facing it, both subscribed to the window.
struct RatedWindow
{
    NetworkFixture fixture{NetworkFixture::ClockKind::Manual, quiet};
    std::unique_ptr<RawTerminal> counter;
    std::unique_ptr<RawTerminal> pad;

    // Moves the hall clock first (before anything happened in the hall) when `startUtc` is set.
    bool open(const QDateTime &startUtc = {})
    {
        if (!fixture.isValid())
            return false;
        if (startUtc.isValid())
            fixture.manualClock().set(startUtc);
        fixture.server()->setCasework(testCasework());
        counter = fixture.raw(TerminalRole::Counter, 1);
        pad = fixture.raw(TerminalRole::Pad, 1);
        return counter && pad && fixture.signInCounter(*counter, QStringLiteral("S1")) &&
               isOk(counter->call(QStringLiteral("subscribe"),
                                  {{QStringLiteral("windows"), QJsonArray{1}}})) &&
               isOk(pad->call(QStringLiteral("subscribe"),
                              {{QStringLiteral("windows"), QJsonArray{1}}}));
    }
    // Issues a ticket of QA1 and calls it at window 1; its id, or 0.
    qint64 callOne()
    {
        const QJsonObject issued =
            counter->change(QStringLiteral("issueTicket"), {{QStringLiteral("queue"), "QA1"}});
        const QJsonObject called = counter->change(QStringLiteral("callNext"));
        if (!isOk(issued) || !isOk(called))
            return 0;
        return resultOf(called)
            .value(QLatin1String("ticket"))
            .toObject()
            .value(QLatin1String("id"))
            .toInteger();
    }
    // Serves one citizen and finishes: the rating the finish opened, or {}.
    QJsonObject serveOne(const QJsonObject &extra = {})
    {
        const qint64 id = callOne();
        if (id == 0)
            return {};
        QJsonObject args = extra;
        args.insert(QStringLiteral("ticketId"), double(id));
        const QJsonObject finished = counter->change(QStringLiteral("finish"), args);
        return resultOf(finished).value(QLatin1String("rating")).toObject();
    }
    static RatingRecord recordFor(const QJsonObject &rating, RatingLevel level,
                                  QStringList reasons = {})
    {
        RatingRecord record;
        record.ratingId = rating.value(QLatin1String("id")).toInteger();
        record.window = rating.value(QLatin1String("window")).toInt();
        record.ticketId = rating.value(QLatin1String("ticketId")).toInteger();
        record.staffNo = rating.value(QLatin1String("staffNo")).toString();
        record.level = level;
        record.reasons = std::move(reasons);
        record.comment = QStringLiteral("窗口人员很耐心");
        record.ratedAtMs = rating.value(QLatin1String("requestedAtMs")).toInteger() + 5000;
        record.terminal = QStringLiteral("pad-%1").arg(record.window);
        return record;
    }
    RatingSigner signer(int padWindow)
    {
        QString error;
        const auto signer = RatingSigner::fromKeyFile(
            fixture.terminalFiles(TerminalRole::Pad, padWindow).keyFile, &error);
        if (!signer)
            qFatal("no pad key: %s", qPrintable(error));
        return *signer;
    }
    static QJsonObject rateArgs(const RatingRecord &record, const QByteArray &signature)
    {
        return {{QStringLiteral("record"), record.toJson()},
                {QStringLiteral("signature"), QString::fromLatin1(signature.toBase64())}};
    }
    QJsonObject rate(const RatingRecord &record, const QString &key = RawTerminal::newKey())
    {
        return pad->call(QStringLiteral("rate"),
                         rateArgs(record, signer(1).sign(record.signedBytes())), key);
    }
    // S8 made a supervisor and signed in on a console subscribed to every rating.
    std::unique_ptr<RawTerminal> supervisor()
    {
        fixture.rows(QStringLiteral("UPDATE staff SET role = 'supervisor' WHERE staff_no = 'S8'"));
        auto console = fixture.raw(TerminalRole::Supervisor, 0);
        if (!console ||
            !isOk(console->call(QStringLiteral("login"),
                                {{QStringLiteral("staffNo"), QStringLiteral("S8")},
                                 {QStringLiteral("password"), NetworkFixture::Password}})) ||
            !isOk(console->call(QStringLiteral("subscribe"), {{QStringLiteral("ratings"), true}})))
            return nullptr;
        return console;
    }
};

bool isAction(const QJsonObject &data, const char *action)
{
    return data.value(QLatin1String("action")).toString() == QLatin1String(action);
}

} // namespace

class TestRatingServer : public QObject
{
    Q_OBJECT

private slots:
    void finishAsksThePadAndThePadRates();
    void refusals_data();
    void refusals();
    void onlyAPadRates();
    void oneRatingPerService();
    void requestBeforeFinish();
    void timeoutThenLateDelivery();
    void badRatingOpensAFollowUp_data();
    void badRatingOpensAFollowUp();
    void ratingsSubscriptionIsForSupervisors();
    void failedCommitLeavesNoRating();
};

void TestRatingServer::finishAsksThePadAndThePadRates()
{
    RatedWindow w;
    QVERIFY(w.open());
    const QJsonObject rating =
        w.serveOne({{QStringLiteral("items"), QJsonArray{"T0001", "X-UNKNOWN"}},
                    {QStringLiteral("cases"), QJsonArray{"20261130-0001-0001"}}});
    QVERIFY(!rating.isEmpty());
    QCOMPARE(rating.value("state").toString(), QStringLiteral("pending"));
    QCOMPARE(rating.value("staffNo").toString(), QStringLiteral("S1"));
    QCOMPARE(rating.value("area").toString(), QStringLiteral("a"));
    QCOMPARE(rating.value("timeoutMs").toInteger(), 120000);
    QCOMPARE(rating.value("reasonChoices").toArray().size(), 7);
    const QJsonArray items = rating.value("items").toArray();
    QCOMPARE(items.size(), 2);
    QVERIFY(!items.at(0).toObject().value("name").toString().isEmpty());  // from the catalogue
    QCOMPARE(items.at(1).toObject().value("name").toString(), QString()); // kept, no name
    QCOMPARE(rating.value("cases").toArray(), QJsonArray{"20261130-0001-0001"});

    // The pad hears of it.
    const QJsonObject asked = w.pad->waitEvent(
        QStringLiteral("rating"), [](const QJsonObject &d) { return isAction(d, "request"); });
    QVERIFY2(!asked.isEmpty(), "no rating request reached the pad");
    QCOMPARE(asked.value("data").toObject().value("rating").toObject().value("id"),
             rating.value("id"));

    const RatingRecord record = RatedWindow::recordFor(rating, RatingLevel::VerySatisfied);
    const QJsonObject rated = w.rate(record);
    QVERIFY2(isOk(rated), qPrintable(describe(rated)));
    const QJsonObject answered = resultOf(rated).value("rating").toObject();
    QCOMPARE(answered.value("state").toString(), QStringLiteral("rated"));
    QCOMPARE(answered.value("level").toString(), QStringLiteral("very_satisfied"));
    QCOMPARE(answered.value("late").toBool(), false);
    QVERIFY(!answered.contains("comment")); // answers are logged in clear

    // The window's counter hears the level, not what the citizen wrote.
    const QJsonObject heard = w.counter->waitEvent(
        QStringLiteral("rating"), [](const QJsonObject &d) { return isAction(d, "rated"); });
    QVERIFY(!heard.isEmpty());
    const QJsonObject seen = heard.value("data").toObject().value("rating").toObject();
    QCOMPARE(seen.value("level").toString(), QStringLiteral("very_satisfied"));
    QVERIFY(!seen.contains("comment"));
    QVERIFY(!seen.contains("reasons"));

    const auto rows = w.fixture.rows(QStringLiteral(
        "SELECT state, level, terminal, late, comment_enc, signature FROM service_ratings"));
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().at(0).toString(), QStringLiteral("rated"));
    QCOMPARE(rows.first().at(1).toString(), QStringLiteral("very_satisfied"));
    QCOMPARE(rows.first().at(2).toString(), QStringLiteral("pad-1"));
    QCOMPARE(rows.first().at(3).toInt(), 0);
    QVERIFY(!rows.first().at(4).toString().isEmpty());
    QVERIFY(!rows.first().at(4).toString().contains(record.comment));
    QVERIFY(!rows.first().at(5).toString().isEmpty());
    QCOMPARE(w.fixture.count(QStringLiteral("rating_items")), 2);
    QCOMPARE(
        w.fixture.count(QStringLiteral("request_log"), QStringLiteral("response LIKE '%耐心%'")),
        0);
}

void TestRatingServer::refusals_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("detail");
    QTest::newRow("signature bytes flipped") << "flip"
                                             << "bad_signature"
                                             << "";
    QTest::newRow("signed with pad-2's key") << "pad2key"
                                             << "bad_signature"
                                             << "";
    QTest::newRow("pad-2 delivering for window 1") << "pad2conn"
                                                   << "wrong_window"
                                                   << "";
    QTest::newRow("another terminal named") << "terminal"
                                            << "wrong_window"
                                            << "";
    QTest::newRow("unknown rating") << "unknown"
                                    << "unknown_rating"
                                    << "";
    QTest::newRow("another ticket") << "ticket"
                                    << "rating_mismatch"
                                    << "ticketId";
    QTest::newRow("another clerk") << "staff"
                                   << "rating_mismatch"
                                   << "staffNo";
    QTest::newRow("差评 without reasons") << "badNoReason"
                                          << "invalid_rating"
                                          << "reasons";
    QTest::newRow("satisfied with reasons") << "goodReason"
                                            << "invalid_rating"
                                            << "reasons";
    QTest::newRow("reason not on the checklist") << "foreignReason"
                                                 << "invalid_rating"
                                                 << "reasons";
    QTest::newRow("comment too long") << "comment"
                                      << "bad_request"
                                      << "record.comment";
    QTest::newRow("no signature") << "nosig"
                                  << "bad_request"
                                  << "signature";
}

void TestRatingServer::refusals()
{
    QFETCH(QString, change);
    QFETCH(QString, code);
    QFETCH(QString, detail);
    RatedWindow w;
    QVERIFY(w.open());
    const QJsonObject rating = w.serveOne();
    QVERIFY(!rating.isEmpty());
    RatingRecord record = RatedWindow::recordFor(rating, RatingLevel::Satisfied);
    if (change == QLatin1String("badNoReason"))
        record.level = RatingLevel::Dissatisfied;
    if (change == QLatin1String("goodReason"))
        record.reasons = {QStringLiteral("slow")};
    if (change == QLatin1String("foreignReason")) {
        record.level = RatingLevel::VeryDissatisfied;
        record.reasons = {QStringLiteral("weather")};
    }
    if (change == QLatin1String("ticket"))
        record.ticketId += 1;
    if (change == QLatin1String("staff"))
        record.staffNo = QStringLiteral("S2");
    if (change == QLatin1String("unknown"))
        record.ratingId += 100;
    if (change == QLatin1String("terminal"))
        record.terminal = QStringLiteral("pad-2");
    QByteArray signature =
        w.signer(change == QLatin1String("pad2key") || change == QLatin1String("pad2conn") ? 2 : 1)
            .sign(record.signedBytes());
    if (change == QLatin1String("flip"))
        signature[signature.size() / 2] = char(signature.at(signature.size() / 2) ^ 0x40);
    QJsonObject args = RatedWindow::rateArgs(record, signature);
    if (change == QLatin1String("comment")) {
        QJsonObject json = record.toJson();
        json.insert(QStringLiteral("comment"), QString(201, QLatin1Char('x')));
        args.insert(QStringLiteral("record"), json);
    }
    if (change == QLatin1String("nosig"))
        args.remove(QStringLiteral("signature"));
    std::unique_ptr<RawTerminal> pad2;
    RawTerminal *sender = w.pad.get();
    if (change == QLatin1String("pad2conn")) {
        pad2 = w.fixture.raw(TerminalRole::Pad, 2);
        QVERIFY(pad2);
        sender = pad2.get();
    }
    const QJsonObject answer = sender->change(QStringLiteral("rate"), args);
    QCOMPARE(errorCode(answer), code);
    QCOMPARE(errorDetail(answer), detail);
    QCOMPARE(w.fixture.count(QStringLiteral("service_ratings"), QStringLiteral("state = 'rated'")),
             0);
    QCOMPARE(w.fixture.count(QStringLiteral("rating_followups")), 0);
}

void TestRatingServer::onlyAPadRates()
{
    RatedWindow w;
    QVERIFY(w.open());
    const QJsonObject rating = w.serveOne();
    const RatingRecord record = RatedWindow::recordFor(rating, RatingLevel::VerySatisfied);
    // A counter cannot rate its own service, even with the pad's signature.
    const QJsonObject answer =
        w.counter->change(QStringLiteral("rate"),
                          RatedWindow::rateArgs(record, w.signer(1).sign(record.signedBytes())));
    QCOMPARE(errorCode(answer), QStringLiteral("forbidden"));
    QCOMPARE(w.fixture.count(QStringLiteral("service_ratings"), QStringLiteral("state = 'rated'")),
             0);
}

void TestRatingServer::oneRatingPerService()
{
    RatedWindow w;
    QVERIFY(w.open());
    const QJsonObject rating = w.serveOne();
    const RatingRecord record = RatedWindow::recordFor(rating, RatingLevel::Satisfied);
    const QString key = RawTerminal::newKey();
    const QJsonObject first = w.rate(record, key);
    QVERIFY2(isOk(first), qPrintable(describe(first)));
    // The pad's outbox delivering again under the same key: the first answer, nothing more.
    const QJsonObject again = w.rate(record, key);
    QVERIFY(isOk(again));
    QCOMPARE(again.value("replayed").toBool(), true);
    QCOMPARE(resultOf(again), resultOf(first));
    // The same service rated a second time: refused.
    RatingRecord second = record;
    second.level = RatingLevel::Basic;
    QCOMPARE(errorCode(w.rate(second)), QStringLiteral("already_rated"));
    QCOMPARE(errorCode(w.rate(record)), QStringLiteral("already_rated"));
    const auto rows = w.fixture.rows(QStringLiteral("SELECT state, level FROM service_ratings"));
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().at(1).toString(), QStringLiteral("satisfied"));
}

void TestRatingServer::requestBeforeFinish()
{
    RatedWindow w;
    QVERIFY(w.open());
    const qint64 ticketId = w.callOne();
    QVERIFY(ticketId > 0);
    const QJsonObject args{{QStringLiteral("ticketId"), double(ticketId)},
                           {QStringLiteral("items"), QJsonArray{"T0002"}}};
    const QJsonObject asked = w.counter->change(QStringLiteral("requestRating"), args);
    QVERIFY2(isOk(asked), qPrintable(describe(asked)));
    const QJsonObject rating = resultOf(asked).value("rating").toObject();
    QCOMPARE(rating.value("state").toString(), QStringLiteral("pending"));
    // Asked again: the same rating, unchanged.
    const QJsonObject again = w.counter->change(QStringLiteral("requestRating"), args);
    QCOMPARE(resultOf(again).value("rating").toObject().value("id"), rating.value("id"));
    // The finish does not open another.
    const QJsonObject finished = w.counter->change(
        QStringLiteral("finish"), {{QStringLiteral("ticketId"), double(ticketId)}});
    QVERIFY(isOk(finished));
    QVERIFY(!resultOf(finished).contains("rating"));
    QCOMPARE(w.fixture.count(QStringLiteral("service_ratings")), 1);
    QVERIFY(isOk(w.rate(RatedWindow::recordFor(rating, RatingLevel::Satisfied))));
    QCOMPARE(errorCode(w.counter->change(QStringLiteral("requestRating"), args)),
             QStringLiteral("already_rated"));
    // A ticket not being served here cannot be rated.
    const QJsonObject issued =
        w.counter->change(QStringLiteral("issueTicket"), {{QStringLiteral("queue"), "QA1"}});
    const double waiting = resultOf(issued).value("ticket").toObject().value("id").toDouble();
    QCOMPARE(errorCode(w.counter->change(QStringLiteral("requestRating"),
                                         {{QStringLiteral("ticketId"), waiting}})),
             QStringLiteral("ticket_not_called"));
}

void TestRatingServer::timeoutThenLateDelivery()
{
    RatedWindow w;
    QVERIFY(w.open());
    const QJsonObject inTime = w.serveOne();
    const QJsonObject tooLate = w.serveOne();
    QVERIFY(!inTime.isEmpty() && !tooLate.isEmpty());
    QSignalSpy disconnected(w.fixture.server(), &HallServer::terminalDisconnected);

    // Nobody rated within the timeout: the housekeeping run records both as unrated.
    w.fixture.manualClock().advanceSecs(121);
    w.fixture.server()->sweepNow();
    QVERIFY(QTest::qWaitFor(
        [&] {
            return w.fixture.count(QStringLiteral("service_ratings"),
                                   QStringLiteral("state = 'unrated'")) == 2;
        },
        10000));
    const QJsonObject closed = w.pad->waitEvent(
        QStringLiteral("rating"), [](const QJsonObject &d) { return isAction(d, "unrated"); });
    QVERIFY(!closed.isEmpty());
    // The snapshot of a pad that reconnects shows nothing still open.
    const QJsonObject snapshot =
        w.pad->call(QStringLiteral("subscribe"), {{QStringLiteral("windows"), QJsonArray{1}}});
    QCOMPARE(resultOf(snapshot).value("ratings").toArray().size(), 0);

    // The pad was offline: the citizen pressed before the deadline, it arrives after the sweep.
    RatingRecord late = RatedWindow::recordFor(inTime, RatingLevel::Satisfied);
    late.ratedAtMs = inTime.value("expiresAtMs").toInteger() - 1000;
    const QJsonObject accepted = w.rate(late);
    QVERIFY2(isOk(accepted), qPrintable(describe(accepted)));
    QCOMPARE(resultOf(accepted).value("rating").toObject().value("late").toBool(), true);
    // Pressed more than 30 s after the deadline: closed.
    RatingRecord closedRecord = RatedWindow::recordFor(tooLate, RatingLevel::Satisfied);
    closedRecord.ratedAtMs = tooLate.value("expiresAtMs").toInteger() + 30001;
    QCOMPARE(errorCode(w.rate(closedRecord)), QStringLiteral("rating_closed"));
    const auto rows =
        w.fixture.rows(QStringLiteral("SELECT state, late FROM service_ratings ORDER BY id"));
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).at(0).toString(), QStringLiteral("rated"));
    QCOMPARE(rows.at(0).at(1).toInt(), 1);
    QCOMPARE(rows.at(1).at(0).toString(), QStringLiteral("unrated"));
    QCOMPARE(disconnected.count(), 0);
}

void TestRatingServer::badRatingOpensAFollowUp_data()
{
    QTest::addColumn<QDateTime>("startUtc"); // 10:00 in the hall
    QTest::addColumn<QString>("callbackDue");
    QTest::addColumn<QString>("rectifyDue");
    // Friday: the call-back falls on Monday, the rectification's five days run into Friday.
    QTest::newRow("over a weekend")
        << QDateTime(QDate(2026, 11, 27), QTime(2, 0), Qt::UTC) << "2026-11-30"
        << "2026-12-04";
    // Friday before the National Day make-up Saturday (调休).
    QTest::newRow("make-up Saturday 2026-10-10")
        << QDateTime(QDate(2026, 10, 9), QTime(2, 0), Qt::UTC) << "2026-10-10"
        << "2026-10-15";
    // Friday before the Spring Festival: Saturday 2/14 works, 2/15-2/23 are off.
    QTest::newRow("Spring Festival")
        << QDateTime(QDate(2026, 2, 13), QTime(2, 0), Qt::UTC) << "2026-02-14"
        << "2026-02-27";
}

void TestRatingServer::badRatingOpensAFollowUp()
{
    QFETCH(QDateTime, startUtc);
    QFETCH(QString, callbackDue);
    QFETCH(QString, rectifyDue);
    RatedWindow w;
    QVERIFY(w.open(startUtc));
    auto console = w.supervisor();
    QVERIFY(console);
    const QString today = startUtc.date().toString(Qt::ISODate);

    const QJsonObject rating = w.serveOne();
    const QJsonObject asked = console->waitEvent(QStringLiteral("rating"));
    QVERIFY(!asked.isEmpty()); // supervisors hear every rating
    const QJsonObject rated =
        w.rate(RatedWindow::recordFor(rating, RatingLevel::VeryDissatisfied,
                                      {QStringLiteral("slow"), QStringLiteral("long_wait")}));
    QVERIFY2(isOk(rated), qPrintable(describe(rated)));

    const QJsonObject opened = console->waitEvent(
        QStringLiteral("followUp"), [](const QJsonObject &d) { return isAction(d, "open"); });
    QVERIFY2(!opened.isEmpty(), "the supervisor heard of no follow-up");
    const QJsonObject followUp = opened.value("data").toObject().value("followUp").toObject();
    QCOMPARE(followUp.value("state").toString(), QStringLiteral("new"));
    QCOMPARE(followUp.value("openedOn").toString(), today);
    QCOMPARE(followUp.value("callbackDue").toString(), callbackDue);
    QCOMPARE(followUp.value("rectifyDue").toString(), QString());
    QCOMPARE(followUp.value("overdue").toBool(), false);
    QCOMPARE(followUp.value("comment").toString(), QStringLiteral("窗口人员很耐心"));
    QCOMPARE(followUp.value("reasons").toArray(), (QJsonArray{"slow", "long_wait"}));
    // The supervisor sees the citizen's reasons and comment; the window does not.
    const QJsonObject ratedEvent = console->waitEvent(
        QStringLiteral("rating"), [](const QJsonObject &d) { return isAction(d, "rated"); });
    QCOMPARE(ratedEvent.value("data").toObject().value("rating").toObject().value("comment"),
             QJsonValue(QStringLiteral("窗口人员很耐心")));
    const double id = followUp.value("id").toDouble();

    auto step = [&](const char *action, const QString &note = QStringLiteral("已联系群众")) {
        return console->change(QStringLiteral("followUpAction"),
                               {{QStringLiteral("id"), id},
                                {QStringLiteral("action"), QLatin1String(action)},
                                {QStringLiteral("note"), note}});
    };
    QCOMPARE(errorCode(step("startRectification")), QStringLiteral("follow_up_step_not_allowed"));
    QCOMPARE(errorDetail(step("complete")), QStringLiteral("new"));
    QCOMPARE(errorCode(step("callBack", QString())), QStringLiteral("bad_request"));
    QCOMPARE(errorCode(step("apologise")), QStringLiteral("bad_request"));
    QCOMPARE(errorCode(console->change(QStringLiteral("followUpAction"),
                                       {{QStringLiteral("id"), id + 7},
                                        {QStringLiteral("action"), QStringLiteral("callBack")},
                                        {QStringLiteral("note"), QStringLiteral("x")}})),
             QStringLiteral("unknown_follow_up"));
    // A clerk's counter has no say in it.
    QCOMPARE(errorCode(w.counter->change(QStringLiteral("followUpAction"),
                                         {{QStringLiteral("id"), id},
                                          {QStringLiteral("action"), QStringLiteral("callBack")},
                                          {QStringLiteral("note"), QStringLiteral("x")}})),
             QStringLiteral("forbidden"));

    const QJsonObject calledBack = step("callBack");
    QVERIFY2(isOk(calledBack), qPrintable(describe(calledBack)));
    QCOMPARE(resultOf(calledBack).value("followUp").toObject().value("calledBackOn").toString(),
             today);
    const QJsonObject rectifying = step("startRectification", QStringLiteral("窗口整改"));
    QCOMPARE(resultOf(rectifying).value("followUp").toObject().value("rectifyDue").toString(),
             rectifyDue);
    QVERIFY(!resultOf(rectifying).value("followUp").toObject().contains("notes"));
    const QJsonObject updated =
        console->waitEvent(QStringLiteral("followUp"), [](const QJsonObject &d) {
            return isAction(d, "update") &&
                   d.value("followUp").toObject().value("state").toString() ==
                       QLatin1String("rectifying");
        });
    QCOMPARE(updated.value("data")
                 .toObject()
                 .value("followUp")
                 .toObject()
                 .value("notes")
                 .toArray()
                 .size(),
             2);
    QVERIFY(isOk(step("complete")));
    QCOMPARE(errorDetail(step("judgeUnfounded")), QStringLiteral("done"));

    const QJsonObject list = console->call(QStringLiteral("followUps"),
                                           {{QStringLiteral("state"), QStringLiteral("done")}});
    const QJsonArray followUps = resultOf(list).value("followUps").toArray();
    QCOMPARE(followUps.size(), 1);
    const QJsonObject done = followUps.first().toObject();
    QCOMPARE(done.value("closedOn").toString(), today);
    QCOMPARE(done.value("notes").toArray().size(), 3);
    QCOMPARE(done.value("notes").toArray().at(1).toObject().value("text").toString(),
             QStringLiteral("窗口整改"));
    // Notes are stored encrypted.
    QCOMPARE(w.fixture.count(QStringLiteral("rating_followups"),
                             QStringLiteral("notes_enc LIKE '%窗口整改%'")),
             0);

    const QJsonObject stats =
        console->call(QStringLiteral("ratingStats"), {{QStringLiteral("from"), today},
                                                      {QStringLiteral("to"), today},
                                                      {QStringLiteral("by"), "window"}});
    const QJsonArray rows = resultOf(stats).value("rows").toArray();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().toObject().value("bad").toInt(), 1);
    QCOMPARE(rows.first().toObject().value("rectificationRate").toDouble(), 1.0);
    QCOMPARE(errorCode(w.counter->call(QStringLiteral("ratingStats"),
                                       {{QStringLiteral("from"), today},
                                        {QStringLiteral("to"), today},
                                        {QStringLiteral("by"), "window"}})),
             QStringLiteral("forbidden"));
}

void TestRatingServer::ratingsSubscriptionIsForSupervisors()
{
    RatedWindow w;
    QVERIFY(w.open());
    QCOMPARE(errorCode(w.pad->call(
                 QStringLiteral("subscribe"),
                 {{QStringLiteral("windows"), QJsonArray{1}}, {QStringLiteral("ratings"), true}})),
             QStringLiteral("forbidden"));
    QCOMPARE(errorCode(
                 w.counter->call(QStringLiteral("subscribe"), {{QStringLiteral("ratings"), true}})),
             QStringLiteral("forbidden"));
    // A pad that reconnects finds the rating still open at its window.
    const QJsonObject rating = w.serveOne();
    auto again = w.fixture.raw(TerminalRole::Pad, 1);
    QVERIFY(again);
    const QJsonObject snapshot =
        again->call(QStringLiteral("subscribe"), {{QStringLiteral("windows"), QJsonArray{1}}});
    const QJsonArray open = resultOf(snapshot).value("ratings").toArray();
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().toObject().value("id"), rating.value("id"));
}

void TestRatingServer::failedCommitLeavesNoRating()
{
    RatedWindow w;
    QVERIFY(w.open());
    const qint64 ticketId = w.callOne();
    QVERIFY(ticketId > 0);
    const QString key = RawTerminal::newKey();
    const QJsonObject args{{QStringLiteral("ticketId"), double(ticketId)},
                           {QStringLiteral("items"), QJsonArray{"T0001"}}};
    w.fixture.executor().failNextCommitForTesting();
    QCOMPARE(errorCode(w.counter->call(QStringLiteral("finish"), args, key)),
             QStringLiteral("storage_failure"));
    QCOMPARE(w.fixture.count(QStringLiteral("service_ratings")), 0);
    QCOMPARE(w.fixture.count(QStringLiteral("rating_items")), 0);
    QCOMPARE(w.fixture.count(QStringLiteral("tickets"), QStringLiteral("status = 'called'")), 1);
    // The counter's retry under the same key does it all, once.
    const QJsonObject retried = w.counter->call(QStringLiteral("finish"), args, key);
    QVERIFY2(isOk(retried), qPrintable(describe(retried)));
    QVERIFY(resultOf(retried).contains("rating"));
    QCOMPARE(w.fixture.count(QStringLiteral("service_ratings")), 1);
    QCOMPARE(w.fixture.count(QStringLiteral("rating_items")), 1);
}

QTEST_GUILESS_MAIN(TestRatingServer)
#include "tst_ratingserver.moc"
