// Appointments (schema step 7) on each back-end: the booking system's CSV imported all or
// nothing (every kind of bad line names its line and leaves the table empty; an identical
// re-import is skipped, a conflicting one refused), and check-in through the queue engine:
// its state transitions, one ticket per appointment, and a database failure at any write of
// the check-in that leaves neither a ticket nor a checked-in appointment behind.

#include "EngineFixture.h"
#include "TestHall.h"
#include "queue/EngineExecutor.h"
#include "server/AppointmentImport.h"
#include "server/AppointmentOperations.h"
#include "server/AppointmentStore.h"
#include "storage/PreparedStatements.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace halldesk;
using namespace halldesk::test;

namespace {

const QDate Monday(2026, 11, 30); // the fixture's day: 09:00 in the hall
const QByteArray Header = "code,queue,date,start,end\n";
const QByteArray ValidResident = "11010519491231002X";

int count(Database &db, const QString &table, const QString &where = {})
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM ") + table +
                (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where)) ||
        !q.next())
        return -1;
    return q.value(0).toInt();
}

QVariant value(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

// A trigger that makes every write of this kind to `table` fail, as a full disk or a lost
// connection would, on either back-end.
bool injectFault(Database &db, const QString &table, const QString &event, const QString &when = {})
{
    QSqlQuery q(db.connection());
    if (db.backend() == Backend::Sqlite)
        return q.exec(
            QStringLiteral("CREATE TRIGGER injected_fault BEFORE %1 ON %2 %3 BEGIN "
                           "SELECT RAISE(ABORT, 'injected fault'); END")
                .arg(event, table, when.isEmpty() ? QString() : QStringLiteral("WHEN ") + when));
    return q.exec(QStringLiteral("CREATE OR REPLACE FUNCTION injected_fault() RETURNS trigger "
                                 "LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'injected "
                                 "fault'; END $$")) &&
           q.exec(QStringLiteral("CREATE TRIGGER injected_fault BEFORE %1 ON %2 FOR EACH ROW %3 "
                                 "EXECUTE FUNCTION injected_fault()")
                      .arg(event, table,
                           when.isEmpty() ? QString()
                                          : QStringLiteral("WHEN (") + when + QLatin1Char(')')));
}

struct Hall
{
    EngineFixture fixture{smallHall()};
    std::unique_ptr<PreparedStatements> statements;

    bool open()
    {
        if (!fixture.isValid())
            return false;
        statements = std::make_unique<PreparedStatements>(fixture.database());
        return true;
    }
    std::variant<AppointmentImport::Counts, QString> import(const QByteArray &csv)
    {
        AppointmentImport import(fixture.database(), fixture.cipher());
        return import.importText(csv, Monday, fixture.clock().nowMs());
    }
    // checkInAppointment as the server runs it on its writer, here on the fixture's connection.
    OperationOutcome checkIn(const QString &code)
    {
        ActingTerminal kiosk;
        kiosk.role = TerminalRole::Kiosk;
        kiosk.terminal = QStringLiteral("kiosk-1");
        auto prepared = AppointmentOperations::prepare({{QStringLiteral("code"), code}}, kiosk,
                                                       AppointmentPolicy());
        if (auto *error = std::get_if<OperationError>(&prepared))
            return OperationOutcome::failure(*error);
        WriterContext context{fixture.engine(), fixture.database(), *statements, fixture.clock(),
                              fixture.cipher()};
        return std::get<PreparedOperation>(prepared)(context);
    }
};

QString errorOf(const std::variant<AppointmentImport::Counts, QString> &outcome)
{
    const QString *error = std::get_if<QString>(&outcome);
    return error ? *error : QString();
}

} // namespace

class TestAppointmentStore : public QObject
{
    Q_OBJECT

private slots:
    void importRefusesABadLineWhole_data();
    void importRefusesABadLineWhole();
    void importStoresResidentIdEncrypted();
    void reimportSkipsIdenticalAndRefusesConflicts();
    void importFailingAtTheNthRowLeavesNothing();
    void checkInStateTransitions();
    void checkInFailureAtAnyWriteLeavesNothing_data();
    void checkInFailureAtAnyWriteLeavesNothing();
};

void TestAppointmentStore::importRefusesABadLineWhole_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("line"); // "" for a good file
    QTest::addColumn<int>("imported");
    const QByteArray good = "AAAA1,QA1,2026-11-30,09:00,09:30\n";
    QTest::newRow("good") << Header + good + "bbbb2,QB,2026-12-01,14:00,14:30\n" << QString() << 2;
    QTest::newRow("good, CRLF, blank lines, resident column")
        << QByteArray("code,queue,date,start,end,residentId\r\nAAAA1,QA1,2026-11-30,09:00,"
                      "09:30,\r\n\r\nBBBB2,QA2,2026-11-30,10:00,10:30," +
                      ValidResident + "\r\n")
        << QString() << 2;
    QTest::newRow("unknown queue") << Header + good + "BBBB2,QX,2026-11-30,09:00,09:30\n"
                                   << QStringLiteral("Line 3") << 0;
    QTest::newRow("bad date") << Header + good + "BBBB2,QA1,2026-02-30,09:00,09:30\n"
                              << QStringLiteral("Line 3") << 0;
    QTest::newRow("bad start") << Header + good + "BBBB2,QA1,2026-11-30,9h00,09:30\n"
                               << QStringLiteral("Line 3") << 0;
    QTest::newRow("bad end") << Header + good + "BBBB2,QA1,2026-11-30,09:00,24:30\n"
                             << QStringLiteral("Line 3") << 0;
    QTest::newRow("end before start") << Header + good + "BBBB2,QA1,2026-11-30,10:00,09:30\n"
                                      << QStringLiteral("Line 3") << 0;
    QTest::newRow("end equals start")
        << Header + "BBBB2,QA1,2026-11-30,10:00,10:00\n" + good << QStringLiteral("Line 2") << 0;
    QTest::newRow("code too short") << Header + good + "ABC,QA1,2026-11-30,09:00,09:30\n"
                                    << QStringLiteral("Line 3") << 0;
    QTest::newRow("code with a dash") << Header + good + "AB-12,QA1,2026-11-30,09:00,09:30\n"
                                      << QStringLiteral("Line 3") << 0;
    QTest::newRow("code too long")
        << Header + good + QByteArray(33, 'A') + ",QA1,2026-11-30,09:00,09:30\n"
        << QStringLiteral("Line 3") << 0;
    QTest::newRow("duplicate code (case-insensitive)")
        << Header + good + "aaaa1,QA2,2026-11-30,10:00,10:30\n"
        << QStringLiteral("Line 3") << 0;
    QTest::newRow("invalid resident ID")
        << QByteArray("code,queue,date,start,end,residentId\nAAAA1,QA1,2026-11-30,09:00,09:30,"
                      "110105194912310021\n")
        << QStringLiteral("Line 2") << 0;
    QTest::newRow("missing field") << Header + good + "BBBB2,QA1,2026-11-30,09:00\n"
                                   << QStringLiteral("Line 3") << 0;
    QTest::newRow("bad header") << QByteArray("code,queue,day,start,end\n") + good
                                << QStringLiteral("Line 1") << 0;
}

void TestAppointmentStore::importRefusesABadLineWhole()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, line);
    QFETCH(int, imported);
    Hall h;
    QVERIFY2(h.open(), qPrintable(h.fixture.error()));
    const auto outcome = h.import(csv);
    if (line.isEmpty()) {
        QVERIFY2(errorOf(outcome).isEmpty(), qPrintable(errorOf(outcome)));
        QCOMPARE(std::get<AppointmentImport::Counts>(outcome).imported, imported);
    } else {
        QVERIFY2(errorOf(outcome).startsWith(line + QLatin1Char(':')),
                 qPrintable(errorOf(outcome)));
    }
    QCOMPARE(count(h.fixture.database(), QStringLiteral("appointments")), imported);
    if (imported > 0) {
        // Codes are kept upper-case; times are the hall's wall clock (UTC+8).
        const auto stored = AppointmentStore(*h.statements).find(QStringLiteral("AAAA1"));
        QVERIFY(stored);
        QCOMPARE(stored->queue, QStringLiteral("QA1"));
        QCOMPARE(stored->serviceDay, 20261130);
        QCOMPARE(stored->startMs, QDateTime(Monday, QTime(1, 0), Qt::UTC).toMSecsSinceEpoch());
        QCOMPARE(stored->endMs - stored->startMs, qint64(30 * 60 * 1000));
        QCOMPARE(stored->status, QStringLiteral("booked"));
        QVERIFY(AppointmentStore(*h.statements).find(QStringLiteral("BBBB2")));
    }
}

void TestAppointmentStore::importStoresResidentIdEncrypted()
{
    Hall h;
    QVERIFY2(h.open(), qPrintable(h.fixture.error()));
    const auto outcome = h.import("code,queue,date,start,end,residentId\nAAAA1,QA1,2026-11-30,"
                                  "09:00,09:30," +
                                  ValidResident + "\n");
    QVERIFY2(errorOf(outcome).isEmpty(), qPrintable(errorOf(outcome)));
    const QString encrypted =
        value(h.fixture.database(), QStringLiteral("SELECT resident_id_enc FROM appointments"))
            .toString();
    QVERIFY(!encrypted.isEmpty());
    QVERIFY(!encrypted.contains(QString::fromLatin1(ValidResident)));
    QCOMPARE(h.fixture.cipher().decryptText(encrypted).value_or(QString()),
             QString::fromLatin1(ValidResident));
    QCOMPARE(value(h.fixture.database(), QStringLiteral("SELECT resident_hash FROM appointments"))
                 .toString(),
             h.fixture.cipher().blindIndex(QString::fromLatin1(ValidResident)));

    // The ticket it gets carries the ID, like one typed at the kiosk.
    const OperationOutcome checked = h.checkIn(QStringLiteral("aaaa1"));
    QVERIFY2(checked.ok, qPrintable(checked.error.message()));
    QCOMPARE(checked.result.value("ticket").toObject().value("hasResidentId").toBool(), true);
}

void TestAppointmentStore::reimportSkipsIdenticalAndRefusesConflicts()
{
    Hall h;
    QVERIFY2(h.open(), qPrintable(h.fixture.error()));
    const QByteArray file = "code,queue,date,start,end,residentId\nAAAA1,QA1,2026-11-30,09:00,"
                            "09:30," +
                            ValidResident + "\nBBBB2,QB,2026-11-30,10:00,10:30,\n";
    QVERIFY(errorOf(h.import(file)).isEmpty());
    const auto again = h.import(file + "CCCC3,QA2,2026-11-30,11:00,11:30,\n");
    QVERIFY2(errorOf(again).isEmpty(), qPrintable(errorOf(again)));
    QCOMPARE(std::get<AppointmentImport::Counts>(again).imported, 1);
    QCOMPARE(std::get<AppointmentImport::Counts>(again).unchanged, 2);
    QCOMPARE(count(h.fixture.database(), QStringLiteral("appointments")), 3);

    // Another slot under a code already booked: refused, and the new line before it too.
    const auto conflicting = h.import(Header + "DDDD4,QA1,2026-11-30,12:00,12:30\n" +
                                      "BBBB2,QB,2026-11-30,10:30,11:00\n");
    QVERIFY2(errorOf(conflicting).startsWith(QStringLiteral("Line 3:")),
             qPrintable(errorOf(conflicting)));
    QCOMPARE(count(h.fixture.database(), QStringLiteral("appointments")), 3);
    QCOMPARE(count(h.fixture.database(), QStringLiteral("appointments"),
                   QStringLiteral("code = 'DDDD4'")),
             0);
}

void TestAppointmentStore::importFailingAtTheNthRowLeavesNothing()
{
    Hall h;
    QVERIFY2(h.open(), qPrintable(h.fixture.error()));
    QVERIFY(injectFault(h.fixture.database(), QStringLiteral("appointments"),
                        QStringLiteral("INSERT"), QStringLiteral("NEW.code = 'CCCC3'")));
    const auto outcome =
        h.import(Header + "AAAA1,QA1,2026-11-30,09:00,09:30\n" +
                 "BBBB2,QA1,2026-11-30,09:30,10:00\n" + "CCCC3,QA1,2026-11-30,10:00,10:30\n");
    QVERIFY(!errorOf(outcome).isEmpty());
    QCOMPARE(count(h.fixture.database(), QStringLiteral("appointments")), 0);
}

void TestAppointmentStore::checkInStateTransitions()
{
    Hall h;
    QVERIFY2(h.open(), qPrintable(h.fixture.error()));
    QVERIFY(errorOf(h.import(Header + "AAAA1,QA1,2026-11-30,09:00,09:30\n")).isEmpty());
    const OperationOutcome first = h.checkIn(QStringLiteral(" aaaa1 "));
    QVERIFY2(first.ok, qPrintable(first.error.message()));
    const QJsonObject ticket = first.result.value("ticket").toObject();
    const auto stored = AppointmentStore(*h.statements).find(QStringLiteral("AAAA1"));
    QVERIFY(stored);
    QCOMPARE(stored->status, QStringLiteral("checked_in"));
    QCOMPARE(stored->ticketId, ticket.value("id").toInteger());
    QCOMPARE(stored->checkedInAtMs, h.fixture.clock().nowMs());
    QCOMPARE(ticket.value("appointmentId").toString(), QString::number(stored->id));
    QCOMPARE(ticket.value("appointmentStartMs").toInteger(), stored->startMs);

    // Again: the same ticket named, no second one.
    const OperationOutcome second = h.checkIn(QStringLiteral("AAAA1"));
    QVERIFY(!second.ok);
    QCOMPARE(second.error.code(), ErrorCode::AppointmentCheckedIn);
    QCOMPARE(second.error.detail(), ticket.value("number").toString());
    QCOMPARE(count(h.fixture.database(), QStringLiteral("tickets")), 1);

    // A cancelled one is refused as such.
    QVERIFY(errorOf(h.import(Header + "BBBB2,QA1,2026-11-30,09:00,09:30\n")).isEmpty());
    QSqlQuery q(h.fixture.database().connection());
    QVERIFY(q.exec(
        QStringLiteral("UPDATE appointments SET status = 'cancelled' WHERE code = 'BBBB2'")));
    QCOMPARE(h.checkIn(QStringLiteral("BBBB2")).error.code(), ErrorCode::AppointmentCancelled);
    QCOMPARE(h.checkIn(QStringLiteral("ZZZZ9")).error.code(), ErrorCode::UnknownAppointment);
    QCOMPARE(count(h.fixture.database(), QStringLiteral("tickets")), 1);
}

void TestAppointmentStore::checkInFailureAtAnyWriteLeavesNothing_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("event");
    // The check-in's writes in order: the number's sequence, the ticket, the appointment, the
    // ticket's event.
    QTest::newRow("1st: ticket sequence") << "ticket_sequences"
                                          << "INSERT";
    QTest::newRow("2nd: ticket") << "tickets"
                                 << "INSERT";
    QTest::newRow("3rd: appointment") << "appointments"
                                      << "UPDATE";
    QTest::newRow("4th: event") << "events"
                                << "INSERT";
}

void TestAppointmentStore::checkInFailureAtAnyWriteLeavesNothing()
{
    QFETCH(QString, table);
    QFETCH(QString, event);
    Hall h;
    QVERIFY2(h.open(), qPrintable(h.fixture.error()));
    QVERIFY(errorOf(h.import(Header + "AAAA1,QA1,2026-11-30,09:00,09:30\n")).isEmpty());
    QVERIFY(injectFault(h.fixture.database(), table, event));
    const OperationOutcome failed = h.checkIn(QStringLiteral("AAAA1"));
    QVERIFY(!failed.ok);
    QCOMPARE(failed.error.code(), ErrorCode::StorageFailure);
    Database &db = h.fixture.database();
    QCOMPARE(count(db, QStringLiteral("tickets")), 0);
    QCOMPARE(count(db, QStringLiteral("events")), 0);
    QCOMPARE(count(db, QStringLiteral("appointments"),
                   QStringLiteral("status = 'booked' AND "
                                  "ticket_id IS NULL")),
             1);

    // Once the fault is gone the same check-in goes through.
    QSqlQuery q(db.connection());
    QVERIFY2(q.exec(db.backend() == Backend::Sqlite
                        ? QStringLiteral("DROP TRIGGER injected_fault")
                        : QStringLiteral("DROP TRIGGER injected_fault ON ") + table),
             qPrintable(q.lastError().text()));
    const OperationOutcome checked = h.checkIn(QStringLiteral("AAAA1"));
    QVERIFY2(checked.ok, qPrintable(checked.error.message()));
    QCOMPARE(count(db, QStringLiteral("tickets")), 1);
}

QTEST_GUILESS_MAIN(TestAppointmentStore)
#include "tst_appointmentstore.moc"
