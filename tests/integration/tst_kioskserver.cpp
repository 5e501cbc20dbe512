// The ticket kiosk's side of the hall server over real TLS with a manual clock (PROTOCOL.md
// §5.10, §5.30): checking an appointment in by its code (the ticket in the appointment's
// queue, called ahead in its slot, the refusals, one ticket per appointment whatever the key,
// replay, who may call it, the check-in window's edges), and priority tickets that only the
// help desk can grant (PIN or card, wrong PINs counted toward the lock-out like passwords, the
// authorising staff member recorded on the ticket).

#include "EngineFixture.h"
#include "NetworkFixture.h"
#include "auth/PasswordHasher.h"
#include "server/AppointmentStore.h"
#include "server/ServerStore.h"
#include "server/StaffSecrets.h"
#include "storage/PreparedStatements.h"

#include <QtTest>

using namespace halldesk;
using namespace halldesk::test;

namespace {

const QDate Monday(2026, 11, 30); // the fixture's clock starts here at 09:00 in the hall
const QString Pin = QStringLiteral("1357");
const QString Card = QStringLiteral("CARD0002");

qint64 hallMs(QDate day, QTime time)
{
    return QDateTime(day, time, QTimeZone(QByteArrayLiteral("Asia/Shanghai"))).toMSecsSinceEpoch();
}

void tune(ServerSettings &settings)
{
    quiet(settings);
    settings.lockoutFailures = 3;
}

// A hall with a kiosk, a few appointments, and S2's help-desk PIN and card.
struct Kiosk
{
    NetworkFixture fixture{NetworkFixture::ClockKind::Manual, tune};
    std::unique_ptr<RawTerminal> kiosk;

    bool open()
    {
        if (!fixture.isValid())
            return false;
        kiosk = fixture.raw(TerminalRole::Kiosk, 0);
        return kiosk != nullptr;
    }
    void book(const QString &code, const QString &queue, QDate day, QTime start, QTime end,
              const QString &status = QStringLiteral("booked"))
    {
        StoredAppointment a;
        a.code = code;
        a.queue = queue;
        a.serviceDay = day.year() * 10000 + day.month() * 100 + day.day();
        a.startMs = hallMs(day, start);
        a.endMs = hallMs(day, end);
        a.status = status;
        fixture.executor().run([&a](WriterContext &context) {
            return AppointmentStore(context.statements).insert(a, 0);
        });
    }
    void giveHelpDeskSecrets(const QString &staffNo)
    {
        const qint64 id = fixture.staffId(staffNo);
        fixture.executor().run([id](WriterContext &context) {
            ServerStore store(context.statements);
            store.setPin(id, PasswordHasher::hash(Pin, PasswordHasher::MinimumIterations));
            store.setCardHash(id, StaffSecrets::cardHash(context.cipher, Card));
            return true;
        });
    }
    QJsonObject checkIn(const QString &code, const QString &key = RawTerminal::newKey())
    {
        return kiosk->call(QStringLiteral("checkInAppointment"), {{QStringLiteral("code"), code}},
                           key);
    }
    QJsonObject issuePriority(const QJsonObject &helpDesk = {})
    {
        QJsonObject args{{QStringLiteral("queue"), QStringLiteral("QA1")},
                         {QStringLiteral("priority"), QStringLiteral("elderly")}};
        if (!helpDesk.isEmpty())
            args.insert(QStringLiteral("helpDesk"), helpDesk);
        return kiosk->change(QStringLiteral("issueTicket"), args);
    }
    QVariant priorityStaffOf(const QJsonObject &issued)
    {
        const qint64 id = resultOf(issued).value("ticket").toObject().value("id").toInteger();
        const auto rows = fixture.rows(
            QStringLiteral("SELECT priority_staff_id FROM tickets WHERE id = %1").arg(id));
        return rows.isEmpty() ? QVariant() : rows.first().value(0);
    }
    int failedCount(const QString &staffNo)
    {
        const auto rows = fixture.rows(
            QStringLiteral("SELECT c.failed_count FROM staff_credentials c JOIN staff s ON "
                           "s.id = c.staff_id WHERE s.staff_no = '%1'")
                .arg(staffNo));
        return rows.isEmpty() ? -1 : rows.first().value(0).toInt();
    }
};

QJsonObject pinOf(const QString &staffNo, const QString &pin)
{
    return {{QStringLiteral("staffNo"), staffNo}, {QStringLiteral("pin"), pin}};
}

} // namespace

class TestKioskServer : public QObject
{
    Q_OBJECT

private slots:
    void checkInIssuesTheAppointmentsTicket();
    void checkInRefusals_data();
    void checkInRefusals();
    void oneTicketPerAppointmentWhateverTheKey();
    void whoMayCheckIn_data();
    void whoMayCheckIn();
    void checkInWindowEdges();
    void kioskPriorityNeedsTheHelpDesk();
    void wrongPinsCountTowardTheLockout();
    void pinAndCardAuthorise();
    void counterPriorityNeedsNoHelpDesk();
};

void TestKioskServer::checkInIssuesTheAppointmentsTicket()
{
    Kiosk k;
    QVERIFY2(k.open(), qPrintable(k.fixture.error()));
    k.book(QStringLiteral("QA1A0900"), QStringLiteral("QA1"), Monday, QTime(9, 0), QTime(9, 30));
    // Two citizens already wait in QA1; the appointment in its slot goes ahead of them.
    QVERIFY(isOk(k.kiosk->change(QStringLiteral("issueTicket"), {{"queue", "QA1"}})));
    QVERIFY(isOk(k.kiosk->change(QStringLiteral("issueTicket"), {{"queue", "QA1"}})));
    const QJsonObject answer = k.checkIn(QStringLiteral("qa1a0900 "));
    QVERIFY2(isOk(answer), qPrintable(describe(answer)));
    const QJsonObject result = resultOf(answer);
    const QJsonObject ticket = result.value("ticket").toObject();
    QCOMPARE(ticket.value("queue").toString(), QStringLiteral("QA1"));
    QCOMPARE(ticket.value("number").toString(), QStringLiteral("A003"));
    QCOMPARE(ticket.value("status").toString(), QStringLiteral("waiting"));
    QCOMPARE(ticket.value("appointmentStartMs").toInteger(), hallMs(Monday, QTime(9, 0)));
    QCOMPARE(ticket.value("appointmentEndMs").toInteger(), hallMs(Monday, QTime(9, 30)));
    QVERIFY(!ticket.value("appointmentId").toString().isEmpty());
    QCOMPARE(result.value("waitingAhead").toInt(), 0);
    QVERIFY(result.contains("estimatedWaitSeconds"));
    const QJsonObject appointment = result.value("appointment").toObject();
    QCOMPARE(appointment.value("code").toString(), QStringLiteral("QA1A0900"));
    QCOMPARE(appointment.value("queue").toString(), QStringLiteral("QA1"));
    QCOMPARE(appointment.value("startMs").toInteger(), hallMs(Monday, QTime(9, 0)));
    QCOMPARE(appointment.value("endMs").toInteger(), hallMs(Monday, QTime(9, 30)));

    const auto rows = k.fixture.rows(QStringLiteral(
        "SELECT a.status, a.ticket_id, a.checked_in_at_ms, t.appointment_id, a.id FROM "
        "appointments a JOIN tickets t ON t.id = a.ticket_id"));
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().at(0).toString(), QStringLiteral("checked_in"));
    QCOMPARE(rows.first().at(1).toLongLong(), ticket.value("id").toInteger());
    QCOMPARE(rows.first().at(2).toLongLong(), k.fixture.clock().nowMs());
    QCOMPARE(rows.first().at(3).toString(), rows.first().at(4).toString());

    // Window 2 serves QA1: the appointment is called first.
    auto counter = k.fixture.raw(TerminalRole::Counter, 2);
    QVERIFY(counter && k.fixture.signInCounter(*counter, QStringLiteral("S2")));
    const QJsonObject called = counter->change(QStringLiteral("callNext"));
    QVERIFY2(isOk(called), qPrintable(describe(called)));
    QCOMPARE(resultOf(called).value("ticket").toObject().value("number").toString(),
             QStringLiteral("A003"));
}

void TestKioskServer::checkInRefusals_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("detail");
    QTest::newRow("unknown") << "NOSUCH1"
                             << "unknown_appointment"
                             << "";
    QTest::newRow("cannot be a code") << "NO-SUCH"
                                      << "unknown_appointment"
                                      << "";
    QTest::newRow("blank") << "   "
                           << "bad_request"
                           << "code";
    QTest::newRow("too long") << QString(33, QLatin1Char('A')) << "bad_request"
                              << "code";
    QTest::newRow("tomorrow") << "TOMORROW1"
                              << "appointment_not_today"
                              << "2026-12-01";
    QTest::newRow("yesterday") << "YESTERDAY1"
                               << "appointment_not_today"
                               << "2026-11-29";
    QTest::newRow("too early") << "LATER1"
                               << "appointment_too_early"
                               << "10:30";
    QTest::newRow("missed") << "EARLIER1"
                            << "appointment_missed"
                            << "08:30";
    QTest::newRow("cancelled") << "CANCELLED1"
                               << "appointment_cancelled"
                               << "";
}

void TestKioskServer::checkInRefusals()
{
    QFETCH(QString, code);
    QFETCH(QString, error);
    QFETCH(QString, detail);
    Kiosk k;
    QVERIFY2(k.open(), qPrintable(k.fixture.error()));
    k.book(QStringLiteral("TOMORROW1"), QStringLiteral("QA1"), Monday.addDays(1), QTime(9, 0),
           QTime(9, 30));
    k.book(QStringLiteral("YESTERDAY1"), QStringLiteral("QA1"), Monday.addDays(-1), QTime(9, 0),
           QTime(9, 30));
    k.book(QStringLiteral("LATER1"), QStringLiteral("QA2"), Monday, QTime(11, 0), QTime(11, 30));
    k.book(QStringLiteral("EARLIER1"), QStringLiteral("QB"), Monday, QTime(8, 0), QTime(8, 30));
    k.book(QStringLiteral("CANCELLED1"), QStringLiteral("QB"), Monday, QTime(9, 0), QTime(9, 30),
           QStringLiteral("cancelled"));
    const QJsonObject answer = k.checkIn(code);
    QCOMPARE(errorCode(answer), error);
    QCOMPARE(errorDetail(answer), detail);
    QCOMPARE(k.fixture.count(QStringLiteral("tickets")), 0);
    QCOMPARE(
        k.fixture.count(QStringLiteral("appointments"), QStringLiteral("status = 'checked_in'")),
        0);
}

void TestKioskServer::oneTicketPerAppointmentWhateverTheKey()
{
    Kiosk k;
    QVERIFY2(k.open(), qPrintable(k.fixture.error()));
    k.book(QStringLiteral("ONCE1"), QStringLiteral("QB"), Monday, QTime(9, 15), QTime(9, 45));
    const QString key = RawTerminal::newKey();
    const QJsonObject first = k.checkIn(QStringLiteral("ONCE1"), key);
    QVERIFY2(isOk(first), qPrintable(describe(first)));
    const QString number = resultOf(first).value("ticket").toObject().value("number").toString();

    // The same key: the first answer again, word for word, and nothing new.
    const QJsonObject replayed = k.checkIn(QStringLiteral("ONCE1"), key);
    QVERIFY2(isOk(replayed), qPrintable(describe(replayed)));
    QCOMPARE(replayed.value("replayed").toBool(), true);
    QCOMPARE(resultOf(replayed), resultOf(first));

    // A new key (the citizen tries again): no second ticket, the first one's number.
    const QJsonObject again = k.checkIn(QStringLiteral("once1"));
    QCOMPARE(errorCode(again), QStringLiteral("appointment_checked_in"));
    QCOMPARE(errorDetail(again), number);
    QCOMPARE(k.fixture.count(QStringLiteral("tickets")), 1);
    QCOMPARE(k.fixture.count(QStringLiteral("events"), QStringLiteral("kind = 'issue'")), 1);
}

void TestKioskServer::whoMayCheckIn_data()
{
    QTest::addColumn<TerminalRole>("role");
    QTest::addColumn<int>("window");
    QTest::addColumn<QString>("staffNo"); // signs in first when set
    QTest::addColumn<QString>("error");   // "" for a ticket
    QTest::newRow("pad") << TerminalRole::Pad << 1 << QString() << "forbidden";
    QTest::newRow("board") << TerminalRole::Board << 0 << QString() << "forbidden";
    QTest::newRow("counter without session")
        << TerminalRole::Counter << 1 << QString() << "not_signed_in";
    QTest::newRow("counter with session") << TerminalRole::Counter << 1 << "S1"
                                          << "";
    QTest::newRow("kiosk") << TerminalRole::Kiosk << 0 << QString() << "";
}

void TestKioskServer::whoMayCheckIn()
{
    QFETCH(TerminalRole, role);
    QFETCH(int, window);
    QFETCH(QString, staffNo);
    QFETCH(QString, error);
    Kiosk k;
    QVERIFY2(k.open(), qPrintable(k.fixture.error()));
    k.book(QStringLiteral("WHO1"), QStringLiteral("QA1"), Monday, QTime(9, 0), QTime(9, 30));
    auto terminal = k.fixture.raw(role, window);
    QVERIFY(terminal);
    if (!staffNo.isEmpty())
        QVERIFY(k.fixture.signInCounter(*terminal, staffNo));
    const QJsonObject answer =
        terminal->change(QStringLiteral("checkInAppointment"), {{QStringLiteral("code"), "WHO1"}});
    QCOMPARE(errorCode(answer), error);
    QCOMPARE(k.fixture.count(QStringLiteral("tickets")), error.isEmpty() ? 1 : 0);
}

void TestKioskServer::checkInWindowEdges()
{
    Kiosk k;
    QVERIFY2(k.open(), qPrintable(k.fixture.error()));
    k.book(QStringLiteral("TEN1"), QStringLiteral("QA1"), Monday, QTime(10, 0), QTime(10, 30));
    k.book(QStringLiteral("TEN2"), QStringLiteral("QA2"), Monday, QTime(10, 0), QTime(10, 30));
    // 30 minutes before the slot, less a second: not yet.
    k.fixture.manualClock().set(
        QDateTime::fromMSecsSinceEpoch(hallMs(Monday, QTime(9, 29, 59)), QTimeZone::utc()));
    QJsonObject answer = k.checkIn(QStringLiteral("TEN1"));
    QCOMPARE(errorCode(answer), QStringLiteral("appointment_too_early"));
    QCOMPARE(errorDetail(answer), QStringLiteral("09:30"));
    k.fixture.manualClock().advanceSecs(1);
    answer = k.checkIn(QStringLiteral("TEN1"));
    QVERIFY2(isOk(answer), qPrintable(describe(answer)));
    // Checked in early, it waits as an ordinary ticket until its slot starts.
    QCOMPARE(resultOf(answer).value("ticket").toObject().value("appointmentStartMs").toInteger(),
             hallMs(Monday, QTime(10, 0)));

    // The last second of the slot still counts; its end does not.
    k.fixture.manualClock().set(
        QDateTime::fromMSecsSinceEpoch(hallMs(Monday, QTime(10, 29, 59)), QTimeZone::utc()));
    k.fixture.manualClock().advanceSecs(1);
    answer = k.checkIn(QStringLiteral("TEN2"));
    QCOMPARE(errorCode(answer), QStringLiteral("appointment_missed"));
    QCOMPARE(errorDetail(answer), QStringLiteral("10:30"));
    k.fixture.manualClock().advanceMs(-1);
    answer = k.checkIn(QStringLiteral("TEN2"));
    QVERIFY2(isOk(answer), qPrintable(describe(answer)));
}

void TestKioskServer::kioskPriorityNeedsTheHelpDesk()
{
    Kiosk k;
    QVERIFY2(k.open(), qPrintable(k.fixture.error()));
    k.giveHelpDeskSecrets(QStringLiteral("S2"));
    const QJsonObject refused = k.issuePriority();
    QCOMPARE(errorCode(refused), QStringLiteral("priority_needs_staff"));
    // Malformed: both ways at once, or neither.
    QCOMPARE(errorCode(k.issuePriority({{"staffNo", "S2"}, {"pin", Pin}, {"card", Card}})),
             QStringLiteral("bad_request"));
    QCOMPARE(errorCode(k.issuePriority({{"staffNo", "S2"}})), QStringLiteral("bad_request"));
    QCOMPARE(k.fixture.count(QStringLiteral("tickets")), 0);
    // Without a priority group the kiosk issues as before.
    QVERIFY(isOk(k.kiosk->change(QStringLiteral("issueTicket"), {{"queue", "QA1"}})));
}

void TestKioskServer::wrongPinsCountTowardTheLockout()
{
    Kiosk k;
    QVERIFY2(k.open(), qPrintable(k.fixture.error()));
    k.giveHelpDeskSecrets(QStringLiteral("S2"));
    QCOMPARE(errorCode(k.issuePriority(pinOf(QStringLiteral("S2"), QStringLiteral("0000")))),
             QStringLiteral("bad_help_desk_credentials"));
    QCOMPARE(k.failedCount(QStringLiteral("S2")), 1);
    // A wrong password at a counter counts toward the same lock-out, with its own code.
    auto counter = k.fixture.raw(TerminalRole::Counter, 2);
    QVERIFY(counter);
    QCOMPARE(errorCode(counter->call(QStringLiteral("login"),
                                     {{"staffNo", "S2"}, {"password", "wrong-password"}})),
             QStringLiteral("bad_credentials"));
    QCOMPARE(k.failedCount(QStringLiteral("S2")), 2);
    // The third failure (lockoutFailures = 3) locks: the PIN, the card and the password.
    QCOMPARE(errorCode(k.issuePriority(pinOf(QStringLiteral("S2"), QStringLiteral("9999")))),
             QStringLiteral("account_locked"));
    QCOMPARE(errorCode(k.issuePriority(pinOf(QStringLiteral("S2"), Pin))),
             QStringLiteral("account_locked"));
    QCOMPARE(errorCode(k.issuePriority({{"card", Card}})), QStringLiteral("account_locked"));
    QCOMPARE(errorCode(counter->call(QStringLiteral("login"),
                                     {{"staffNo", "S2"}, {"password", NetworkFixture::Password}})),
             QStringLiteral("account_locked"));
    QCOMPARE(k.fixture.count(QStringLiteral("tickets")), 0);
    // Unknown staff, or staff without a PIN: refused, counted against nobody.
    QCOMPARE(errorCode(k.issuePriority(pinOf(QStringLiteral("NOBODY"), Pin))),
             QStringLiteral("bad_help_desk_credentials"));
    QCOMPARE(errorCode(k.issuePriority(pinOf(QStringLiteral("S3"), Pin))),
             QStringLiteral("bad_help_desk_credentials"));
    QCOMPARE(k.failedCount(QStringLiteral("S3")), 0);
}

void TestKioskServer::pinAndCardAuthorise()
{
    Kiosk k;
    QVERIFY2(k.open(), qPrintable(k.fixture.error()));
    k.giveHelpDeskSecrets(QStringLiteral("S2"));
    const qint64 s2 = k.fixture.staffId(QStringLiteral("S2"));
    const QJsonObject byPin = k.issuePriority(pinOf(QStringLiteral("S2"), Pin));
    QVERIFY2(isOk(byPin), qPrintable(describe(byPin)));
    QCOMPARE(resultOf(byPin).value("ticket").toObject().value("priority").toString(),
             QStringLiteral("elderly"));
    QCOMPARE(k.priorityStaffOf(byPin).toLongLong(), s2);

    const QJsonObject byCard = k.issuePriority({{"card", Card.toLower() + QLatin1Char(' ')}});
    QVERIFY2(isOk(byCard), qPrintable(describe(byCard)));
    QCOMPARE(k.priorityStaffOf(byCard).toLongLong(), s2);
    QCOMPARE(errorCode(k.issuePriority({{"card", "CARD9999"}})),
             QStringLiteral("bad_help_desk_credentials"));
    // The card number is nowhere in the database, only its keyed hash.
    QCOMPARE(k.fixture.count(QStringLiteral("staff"), QStringLiteral("card_hash LIKE '%CARD%'")),
             0);
    QCOMPARE(
        k.fixture.count(QStringLiteral("request_log"),
                        QStringLiteral("response LIKE '%CARD%' OR response LIKE '%helpDesk%' OR "
                                       "response LIKE '%\"pin\"%'")),
        0);
    // An ordinary ticket has no authorising staff.
    const QJsonObject plain = k.kiosk->change(QStringLiteral("issueTicket"), {{"queue", "QA1"}});
    QVERIFY(isOk(plain));
    QVERIFY(k.priorityStaffOf(plain).isNull());
}

void TestKioskServer::counterPriorityNeedsNoHelpDesk()
{
    Kiosk k;
    QVERIFY2(k.open(), qPrintable(k.fixture.error()));
    auto counter = k.fixture.raw(TerminalRole::Counter, 1);
    QVERIFY(counter && k.fixture.signInCounter(*counter, QStringLiteral("S1")));
    const QJsonObject issued = counter->change(QStringLiteral("issueTicket"),
                                               {{"queue", "QA1"}, {"priority", "pregnant"}});
    QVERIFY2(isOk(issued), qPrintable(describe(issued)));
    QCOMPARE(k.priorityStaffOf(issued).toLongLong(), k.fixture.staffId(QStringLiteral("S1")));
}

QTEST_GUILESS_MAIN(TestKioskServer)
#include "tst_kioskserver.moc"
