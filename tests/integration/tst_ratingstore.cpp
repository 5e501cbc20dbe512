// The rating tables (schema step 6) on each back-end: RatingStore (one rating per ticket, the
// comment encrypted, expiry, what a window still has open), FollowUpStore (notes encrypted,
// lists and overdue against a given day) and RatingStatistics on a known set of ratings.

#include "EngineFixture.h"
#include "TestCatalogue.h"
#include "TestDatabase.h"
#include "crypto/PersonalDataCipher.h"
#include "server/FollowUpStore.h"
#include "server/RatingStatistics.h"
#include "server/RatingStore.h"
#include "storage/Database.h"
#include "storage/PreparedStatements.h"
#include "storage/SchemaMigrations.h"
#include "storage/StorageError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QtTest>

using namespace halldesk;
using namespace halldesk::test;

namespace {

constexpr qint64 Monday9 = 1796000000000; // any instant: the store does not read the clock

StoredRating rating(qint64 ticketId, int window, const QString &staffNo, QDate day,
                    QList<RatedItem> items = {})
{
    StoredRating r;
    r.ticketId = ticketId;
    r.window = window;
    r.area = window == 3 ? QStringLiteral("b") : QStringLiteral("a");
    r.staffNo = staffNo;
    r.staffName = QStringLiteral("职员") + staffNo;
    r.ticketNumber = QStringLiteral("A%1").arg(ticketId, 3, 10, QLatin1Char('0'));
    r.serviceDay = day;
    r.requestedAtMs = Monday9 + ticketId * 1000;
    r.expiresAtMs = r.requestedAtMs + 120000;
    r.items = std::move(items);
    return r;
}

// A database with the small hall's areas and windows, for the joins of the statistics.
struct Stores
{
    TestDatabase testDb;
    Database db{testDb.url()};
    PersonalDataCipher cipher{testKey()};
    std::unique_ptr<PreparedStatements> statements;

    bool open()
    {
        if (!testDb.isValid() || db.open())
            return false;
        statements = std::make_unique<PreparedStatements>(db);
        QSqlQuery q(db.connection());
        return q.exec(QStringLiteral("INSERT INTO areas (code, name, letter) VALUES ('a', '综合', "
                                     "'A'), ('b', '公安', 'B')")) &&
               q.exec(QStringLiteral("INSERT INTO windows (number, area_id, name) SELECT 1, id, "
                                     "'窗口1' FROM areas WHERE code = 'a'")) &&
               q.exec(QStringLiteral("INSERT INTO windows (number, area_id, name) SELECT 3, id, "
                                     "'窗口3' FROM areas WHERE code = 'b'"));
    }
    // Stores a rating as rated at `level`, with a follow-up in `followUpState` for a 差评.
    qint64 rated(StoredRating r, RatingLevel level, const QString &followUpState = {})
    {
        RatingStore store(*statements, cipher);
        r.id = store.insert(r);
        r.state = QStringLiteral("rated");
        r.level = level;
        if (RatingLevels::isBad(level))
            r.reasons = {QStringLiteral("slow")};
        r.ratedAtMs = r.requestedAtMs + 1000;
        store.recordRating(r);
        if (!followUpState.isEmpty()) {
            StoredFollowUp f = StoredFollowUp::openFor(r);
            f.state = followUpState;
            f.openedOn = r.serviceDay;
            f.callbackDue = r.serviceDay.addDays(1);
            FollowUpStore(*statements, cipher).insert(f);
        }
        return r.id;
    }
};

QJsonObject rowWithKey(const QJsonArray &rows, const QJsonValue &key)
{
    for (const QJsonValue &row : rows) {
        if (row.toObject().value(QLatin1String("key")) == key)
            return row.toObject();
    }
    return {};
}

} // namespace

class TestRatingStore : public QObject
{
    Q_OBJECT

private slots:
    void ratingIsStoredWithItsCommentEncrypted();
    void expiryAndOpenRatings();
    void followUpsListAndOverdue();
    void statistics_data();
    void statistics();
};

void TestRatingStore::ratingIsStoredWithItsCommentEncrypted()
{
    Stores s;
    QVERIFY2(s.open(), qPrintable(s.testDb.error()));
    QCOMPARE(s.db.schemaVersion(), SchemaMigrations::latestVersion());
    RatingStore store(*s.statements, s.cipher);
    StoredRating r = rating(
        7, 1, QStringLiteral("S1"), QDate(2026, 11, 30),
        {{QStringLiteral("T0001"), QStringLiteral("某事项")}, {QStringLiteral("X-1"), QString()}});
    r.cases = {QStringLiteral("20261130-0001-0001")};
    r.id = store.insert(r);
    QVERIFY(r.id > 0);
    QCOMPARE(store.areaOfWindow(1), QStringLiteral("a"));

    r.state = QStringLiteral("rated");
    r.level = RatingLevel::Dissatisfied;
    r.reasons = {QStringLiteral("attitude"), QStringLiteral("other")};
    r.comment = QStringLiteral("等了很久没人理");
    r.ratedAtMs = r.requestedAtMs + 9000;
    r.receivedAtMs = r.requestedAtMs + 9100;
    r.terminal = QStringLiteral("pad-1");
    r.signature = QByteArray("\x30\x45\x02\x21", 4);
    r.late = true;
    store.recordRating(r);

    const auto found = store.findByTicket(7);
    QVERIFY(found);
    QCOMPARE(found->id, r.id);
    QCOMPARE(found->level, std::optional(RatingLevel::Dissatisfied));
    QCOMPARE(found->reasons, r.reasons);
    QCOMPARE(found->comment, r.comment);
    QCOMPARE(found->items.size(), 2);
    QCOMPARE(found->items.at(1).name, QString());
    QCOMPARE(found->cases, r.cases);
    QCOMPARE(found->serviceDay, QDate(2026, 11, 30));
    QCOMPARE(found->signature, r.signature);
    QCOMPARE(found->late, true);
    QVERIFY(found->isBad());

    QSqlQuery q(s.db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT comment_enc FROM service_ratings")));
    QVERIFY(q.next());
    QVERIFY(!q.value(0).toString().isEmpty());
    QVERIFY(!q.value(0).toString().contains(QStringLiteral("等了")));
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM rating_items")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 2);
    // One rating per ticket, whatever asks.
    QVERIFY_THROWS_EXCEPTION(StorageError,
                             store.insert(rating(7, 1, QStringLiteral("S1"), QDate(2026, 11, 30))));
    // What a window subscriber sees: no reasons, no comment.
    const QJsonObject forWindow = RatingStore::toJson(*found, RatingReasons::defaults(), false);
    QVERIFY(!forWindow.contains(QStringLiteral("comment")));
    QVERIFY(!forWindow.contains(QStringLiteral("reasons")));
    QCOMPARE(forWindow.value(QStringLiteral("level")).toString(), QStringLiteral("dissatisfied"));
}

void TestRatingStore::expiryAndOpenRatings()
{
    Stores s;
    QVERIFY2(s.open(), qPrintable(s.testDb.error()));
    RatingStore store(*s.statements, s.cipher);
    const StoredRating first = rating(1, 1, QStringLiteral("S1"), QDate(2026, 11, 30));
    const StoredRating second = rating(2, 1, QStringLiteral("S1"), QDate(2026, 11, 30));
    const qint64 firstId = store.insert(first);
    const qint64 secondId = store.insert(second);
    store.insert(rating(3, 3, QStringLiteral("S3"), QDate(2026, 11, 30)));

    const auto open = store.pending(1, first.requestedAtMs);
    QCOMPARE(open.size(), 2);
    QCOMPARE(open.first().id, firstId); // oldest first
    // Just past the first one's deadline: it alone closes.
    const auto expired = store.expire(first.expiresAtMs + 1);
    QCOMPARE(expired.size(), 1);
    QCOMPARE(expired.first().id, firstId);
    QCOMPARE(expired.first().state, QStringLiteral("unrated"));
    QCOMPARE(store.find(firstId)->state, QStringLiteral("unrated"));
    QCOMPARE(store.pending(1, first.expiresAtMs + 1).size(), 1);
    QCOMPARE(store.pending(1, first.expiresAtMs + 1).first().id, secondId);
    QVERIFY(store.expire(first.expiresAtMs + 1).isEmpty()); // nothing twice
    QVERIFY(!store.find(999));
}

void TestRatingStore::followUpsListAndOverdue()
{
    Stores s;
    QVERIFY2(s.open(), qPrintable(s.testDb.error()));
    const QDate monday(2026, 11, 30);
    const qint64 ratingId =
        s.rated(rating(1, 1, QStringLiteral("S1"), monday), RatingLevel::VeryDissatisfied);
    s.rated(rating(2, 1, QStringLiteral("S1"), monday), RatingLevel::Dissatisfied);
    FollowUpStore store(*s.statements, s.cipher);
    RatingStore ratings(*s.statements, s.cipher);

    StoredFollowUp fresh = StoredFollowUp::openFor(*ratings.find(ratingId));
    fresh.openedOn = monday;
    fresh.callbackDue = QDate(2026, 12, 1);
    fresh.id = store.insert(fresh);
    StoredFollowUp rectifying = StoredFollowUp::openFor(*ratings.find(ratingId + 1));
    rectifying.openedOn = monday;
    rectifying.callbackDue = QDate(2026, 12, 1);
    rectifying.id = store.insert(rectifying);
    rectifying.state = QStringLiteral("rectifying");
    rectifying.calledBackOn = monday;
    rectifying.rectifyDue = QDate(2026, 12, 7);
    rectifying.notes = {{Monday9, QStringLiteral("S8"), QStringLiteral("called_back"),
                         QStringLiteral("已回访，群众反映等候时间长")}};
    store.update(rectifying);

    const auto found = store.find(rectifying.id);
    QVERIFY(found);
    QCOMPARE(found->state, QStringLiteral("rectifying"));
    QCOMPARE(found->rectifyDue, QDate(2026, 12, 7));
    QCOMPARE(found->notes.size(), 1);
    QCOMPARE(found->notes.first().text, QStringLiteral("已回访，群众反映等候时间长"));
    QCOMPARE(found->window, 1);
    QCOMPARE(found->level, std::optional(RatingLevel::Dissatisfied));
    QSqlQuery q(s.db.connection());
    QVERIFY(q.exec(
        QStringLiteral("SELECT notes_enc FROM rating_followups WHERE id = %1").arg(rectifying.id)));
    QVERIFY(q.next());
    QVERIFY(!q.value(0).toString().contains(QStringLiteral("回访")));

    FollowUpFilter filter;
    filter.today = QDate(2026, 12, 1);
    QCOMPARE(store.list(filter).size(), 2);
    QCOMPARE(store.list(filter).first().id, rectifying.id); // newest first
    filter.overdueOnly = true;
    QVERIFY(store.list(filter).isEmpty()); // the call-back is due today: not late yet
    filter.today = QDate(2026, 12, 2);
    QCOMPARE(store.list(filter).size(), 1);
    QCOMPARE(store.list(filter).first().id, fresh.id);
    QVERIFY(store.list(filter).first().isOverdue(filter.today));
    filter.today = QDate(2026, 12, 8);
    QCOMPARE(store.list(filter).size(), 2);
    filter.state = QStringLiteral("rectifying");
    QCOMPARE(store.list(filter).size(), 1);
    QCOMPARE(FollowUpStore::toJson(*found, filter.today).value(QStringLiteral("overdue")).toBool(),
             true);
    QVERIFY(!FollowUpStore::toJson(*found, filter.today, false).contains(QStringLiteral("notes")));
}

void TestRatingStore::statistics_data()
{
    QTest::addColumn<QString>("by");
    QTest::addColumn<QJsonValue>("key");
    QTest::addColumn<int>("rated");
    QTest::addColumn<int>("satisfied");
    QTest::addColumn<int>("bad");
    QTest::addColumn<int>("unrated");
    QTest::addColumn<QString>("name");
    QTest::addColumn<double>("satisfactionRate");
    QTest::addColumn<double>("rectificationRate"); // -1: null
    // Window 1 (S1): very satisfied, satisfied, basic, dissatisfied (done), very dissatisfied
    // (unfounded), unrated; window 3 (S3): satisfied and dissatisfied (new). Outside the range:
    // one satisfied on 2026-11-27; pending: one on window 3.
    QTest::newRow("window 1") << "window" << QJsonValue(1) << 5 << 3 << 2 << 1 << "窗口1" << 0.6
                              << 1.0;
    QTest::newRow("window 3") << "window" << QJsonValue(3) << 2 << 1 << 1 << 0 << "窗口3" << 0.5
                              << 0.0;
    QTest::newRow("staff S1") << "staff" << QJsonValue("S1") << 5 << 3 << 2 << 1 << "职员S1" << 0.6
                              << 1.0;
    QTest::newRow("area a") << "area" << QJsonValue("a") << 5 << 3 << 2 << 1 << "综合" << 0.6
                            << 1.0;
    QTest::newRow("area b") << "area" << QJsonValue("b") << 2 << 1 << 1 << 0 << "公安" << 0.5
                            << 0.0;
    QTest::newRow("item T0001") << "item" << QJsonValue("T0001") << 2 << 1 << 1 << 0 << "" << 0.5
                                << 1.0;
    QTest::newRow("item T0003") << "item" << QJsonValue("T0003") << 1 << 1 << 0 << 0 << "" << 1.0
                                << -1.0;
}

void TestRatingStore::statistics()
{
    QFETCH(QString, by);
    QFETCH(QJsonValue, key);
    QFETCH(int, rated);
    QFETCH(int, satisfied);
    QFETCH(int, bad);
    QFETCH(int, unrated);
    QFETCH(QString, name);
    QFETCH(double, satisfactionRate);
    QFETCH(double, rectificationRate);
    Stores s;
    QVERIFY2(s.open(), qPrintable(s.testDb.error()));
    const QDate monday(2026, 11, 30);
    const QDate tuesday(2026, 12, 1);
    const RatedItem t1{QStringLiteral("T0001"), {}};
    const RatedItem t3{QStringLiteral("T0003"), {}};
    s.rated(rating(1, 1, QStringLiteral("S1"), monday, {t1}), RatingLevel::VerySatisfied);
    s.rated(rating(2, 1, QStringLiteral("S1"), monday, {t3}), RatingLevel::Satisfied);
    s.rated(rating(3, 1, QStringLiteral("S1"), tuesday), RatingLevel::Basic);
    s.rated(rating(4, 1, QStringLiteral("S1"), tuesday, {t1}), RatingLevel::Dissatisfied,
            QStringLiteral("done"));
    // An unfounded 差评 does not count against the rectification rate.
    s.rated(rating(5, 1, QStringLiteral("S1"), tuesday), RatingLevel::VeryDissatisfied,
            QStringLiteral("unfounded"));
    s.rated(rating(6, 3, QStringLiteral("S3"), monday), RatingLevel::Satisfied);
    s.rated(rating(7, 3, QStringLiteral("S3"), monday), RatingLevel::Dissatisfied,
            QStringLiteral("new"));
    s.rated(rating(8, 1, QStringLiteral("S1"), QDate(2026, 11, 27)), RatingLevel::Satisfied);
    RatingStore store(*s.statements, s.cipher);
    store.insert(rating(9, 1, QStringLiteral("S1"), monday));
    store.expire(Monday9 + 9 * 1000 + 120001); // ticket 9 not rated in time
    store.insert(rating(10, 3, QStringLiteral("S3"), monday));

    const auto byKey = RatingStatistics::byFromKey(by);
    QVERIFY(byKey);
    const Catalogue catalogue = *testCasework().catalogue;
    const QJsonArray rows =
        RatingStatistics(*s.statements).rows(monday, tuesday, *byKey, catalogue);
    const QJsonObject row = rowWithKey(rows, key);
    QVERIFY2(!row.isEmpty(), qPrintable(QJsonDocument(rows).toJson()));
    QCOMPARE(row.value("rated").toInt(), rated);
    QCOMPARE(row.value("satisfied").toInt(), satisfied);
    QCOMPARE(row.value("bad").toInt(), bad);
    QCOMPARE(row.value("counts").toObject().value("unrated").toInt(), unrated);
    int levels = 0;
    for (RatingLevel level : RatingLevels::all())
        levels += row.value("counts").toObject().value(RatingLevels::storageName(level)).toInt();
    QCOMPARE(levels, rated);
    if (by == QLatin1String("item")) {
        const ServiceItem *item = catalogue.item(key.toString());
        QVERIFY(item);
        QCOMPARE(row.value("name").toString(), item->name);
    } else {
        QCOMPARE(row.value("name").toString(), name);
    }
    QCOMPARE(row.value("satisfactionRate").toDouble(), satisfactionRate);
    if (rectificationRate < 0)
        QVERIFY(row.value("rectificationRate").isNull());
    else
        QCOMPARE(row.value("rectificationRate").toDouble(), rectificationRate);
}

QTEST_GUILESS_MAIN(TestRatingStore)
#include "tst_ratingstore.moc"
