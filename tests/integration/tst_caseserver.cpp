// Case intake on the server over real TLS: the catalogue a terminal fetches, a case submitted
// exactly once whatever the retries, the server's own check of every field against its
// catalogue and calendar, the lifecycle steps, the lists a counter shows, and personal data
// that never reaches the database in clear.

#include "CaseDraft.h"
#include "NetworkFixture.h"
#include "TestCatalogue.h"
#include "casework/CaseJson.h"

#include <QtTest>

using namespace halldesk;
using namespace halldesk::test;

namespace {

QJsonObject resultCase(const QJsonObject &response)
{
    return response.value(QLatin1String("result"))
        .toObject()
        .value(QLatin1String("case"))
        .toObject();
}

const QString ResidentId = DraftResidentId;
const QString Name = DraftName;

// The manual clock's Monday 2026-11-30 at window 1, from ticket A001.
CaseRecord draft(int sequence, const QString &item, IntakeDecision decision)
{
    CaseRecord r = caseDraft(1, sequence, item);
    r.ticketNumber = QStringLiteral("A001");
    r.decision = decision;
    // The wire form names every material; the server replaces the names with its own.
    for (MaterialCheck &m : r.materials)
        m.name = QStringLiteral("x");
    return r;
}

QJsonObject submitArgs(const CaseRecord &record)
{
    return {{QStringLiteral("case"), CaseJson::toJson(record)}};
}

struct Desk
{
    NetworkFixture fixture{NetworkFixture::ClockKind::Manual, quiet};
    std::unique_ptr<RawTerminal> counter;

    bool open()
    {
        if (!fixture.isValid())
            return false;
        fixture.server()->setCasework(testCasework());
        counter = fixture.raw(TerminalRole::Counter, 1);
        return counter && fixture.signInCounter(*counter, QStringLiteral("S1"));
    }
    QJsonObject submit(const CaseRecord &record, const QString &key = RawTerminal::newKey())
    {
        return counter->call(QStringLiteral("submitCase"), submitArgs(record), key);
    }
    QJsonObject step(const QString &number, const QString &action, QJsonObject extra = {})
    {
        extra.insert(QStringLiteral("number"), number);
        extra.insert(QStringLiteral("action"), action);
        return counter->change(QStringLiteral("caseAction"), extra);
    }
    QJsonArray list(const QString &view)
    {
        const QJsonObject r =
            counter->call(QStringLiteral("cases"), {{QStringLiteral("view"), view}});
        return r.value(QLatin1String("result")).toObject().value(QLatin1String("cases")).toArray();
    }
    // Days later the morning's session has expired: the clerk signs in again.
    bool advanceDays(int days)
    {
        fixture.manualClock().advanceSecs(qint64(days) * 24 * 3600);
        return isOk(counter->call(QStringLiteral("login"),
                                  {{QStringLiteral("staffNo"), QStringLiteral("S1")},
                                   {QStringLiteral("password"), NetworkFixture::Password}}));
    }
};

} // namespace

class TestCaseServer : public QObject
{
    Q_OBJECT

private slots:
    void catalogueIsSentWhenChanged();
    void acceptedCaseIsStoredOnceAndEncrypted();
    void refusals_data();
    void refusals();
    void catalogueChangedWhileOffline();
    void correctionStopsTheClock();
    void creditCommitmentHasAVerificationDate();
    void immediateAndRejection();
    void lifecycleRefusesImpossibleSteps();
    void listsForTheCounter();
    void caseViewHasItsHistory();
    void earlierMaterialsOfAnApplicant();
};

void TestCaseServer::catalogueIsSentWhenChanged()
{
    Desk desk;
    QVERIFY(desk.open());
    const QJsonObject full = desk.counter->call(QStringLiteral("catalogue"));
    QVERIFY2(isOk(full), qPrintable(describe(full)));
    const QJsonObject result = full.value(QLatin1String("result")).toObject();
    QCOMPARE(result.value(QLatin1String("version")).toInt(), 7);
    QCOMPARE(result.value(QLatin1String("catalogue"))
                 .toObject()
                 .value(QLatin1String("items"))
                 .toArray()
                 .size(),
             3);
    const QJsonObject same =
        desk.counter->call(QStringLiteral("catalogue"), {{QStringLiteral("version"), 7}});
    QCOMPARE(same.value(QLatin1String("result")).toObject().value(QLatin1String("unchanged")),
             QJsonValue(true));
    QVERIFY(!same.value(QLatin1String("result")).toObject().contains(QLatin1String("catalogue")));
    // The holiday notices come with either answer: a year added on the server changes no
    // catalogue version.
    for (const QJsonObject &answer : {result, same.value(QLatin1String("result")).toObject()}) {
        QList<int> years;
        for (const QJsonValue &year : answer.value(QLatin1String("holidayYears")).toArray())
            years << year.toObject().value(QLatin1String("year")).toInt();
        QCOMPARE(years, (QList<int>{2025, 2026}));
    }
}

void TestCaseServer::acceptedCaseIsStoredOnceAndEncrypted()
{
    Desk desk;
    QVERIFY(desk.open());
    const CaseRecord record = draft(1, QStringLiteral("T0002"), IntakeDecision::Accept);
    const QString key = RawTerminal::newKey();
    const QJsonObject first = desk.submit(record, key);
    QVERIFY2(isOk(first), qPrintable(describe(first)));
    const QJsonObject summary = resultCase(first);
    QCOMPARE(summary.value(QLatin1String("status")).toString(), QStringLiteral("accepted"));
    // Received Monday 30 November: Tuesday, Wednesday, Thursday.
    QCOMPARE(summary.value(QLatin1String("dueDate")).toString(), QStringLiteral("2026-12-03"));
    QCOMPARE(summary.value(QLatin1String("applicantName")).toString(), QStringLiteral("张**"));
    QCOMPARE(summary.value(QLatin1String("applicantId")).toString(),
             QStringLiteral("4202**********1231"));
    // The item's name comes from the server's catalogue, not from the counter ("" was sent).
    QCOMPARE(summary.value(QLatin1String("items"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QLatin1String("name"))
                 .toString(),
             QStringLiteral("食品经营许可"));

    // The outbox sends it again after a lost answer: same answer, nothing new stored.
    const QJsonObject again = desk.submit(record, key);
    QCOMPARE(again.value(QLatin1String("replayed")), QJsonValue(true));
    QCOMPARE(resultCase(again), summary);
    QCOMPARE(desk.fixture.count(QStringLiteral("cases")), 1);
    QCOMPARE(desk.fixture.count(QStringLiteral("case_events")), 2);

    // Another change that reuses the number is refused, not merged.
    const QJsonObject clash = desk.submit(record);
    QCOMPARE(errorCode(clash), QStringLiteral("case_number_taken"));
    QCOMPARE(desk.fixture.count(QStringLiteral("cases")), 1);

    // Nothing personal in clear: not the name, the ID number or the phone, anywhere in the row.
    const auto rows = desk.fixture.rows(QStringLiteral("SELECT * FROM cases"));
    QCOMPARE(rows.size(), 1);
    for (const QVariant &column : rows.first()) {
        const QString text = column.toString();
        QVERIFY2(!text.contains(ResidentId) && !text.contains(Name) &&
                     !text.contains(QStringLiteral("13800138000")) &&
                     !text.contains(QStringLiteral("黄石港区")),
                 qPrintable(text.left(80)));
    }
    const auto hash = desk.fixture.rows(QStringLiteral("SELECT applicant_hash FROM cases"));
    QCOMPARE(hash.first().first().toString().size(), 64);
}

void TestCaseServer::refusals_data()
{
    QTest::addColumn<QJsonObject>("args");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("detail");

    CaseRecord otherWindow = draft(2, QStringLiteral("T0002"), IntakeDecision::Accept);
    otherWindow.number = CaseNumber(QDate(2026, 11, 30), 2, 2);
    QTest::newRow("another window's number") << submitArgs(otherWindow) << "wrong_window"
                                             << "";
    CaseRecord badId = draft(3, QStringLiteral("T0002"), IntakeDecision::Accept);
    badId.applicant.residentId = QStringLiteral("420202199001011232");
    QTest::newRow("wrong check digit") << submitArgs(badId) << "invalid_case"
                                       << "applicant.residentId";
    CaseRecord organisationOnly = draft(4, QStringLiteral("T0003"), IntakeDecision::Accept);
    QTest::newRow("person for an organisation's item")
        << submitArgs(organisationOnly) << "invalid_case"
        << "applicant.kind";
    CaseRecord noAddress = draft(5, QStringLiteral("T0002"), IntakeDecision::Accept);
    noAddress.form.clear();
    QTest::newRow("required form field empty") << submitArgs(noAddress) << "invalid_case"
                                               << "form.T0002.address";
    CaseRecord badNumber = draft(6, QStringLiteral("T0002"), IntakeDecision::Accept);
    badNumber.form[QStringLiteral("T0002")][QStringLiteral("area")] = QStringLiteral("0");
    QTest::newRow("number out of range") << submitArgs(badNumber) << "invalid_case"
                                         << "form.T0002.area";
    CaseRecord strayField = draft(7, QStringLiteral("T0002"), IntakeDecision::Accept);
    strayField.form[QStringLiteral("T0002")][QStringLiteral("colour")] = QStringLiteral("红");
    QTest::newRow("unknown form field") << submitArgs(strayField) << "invalid_case"
                                        << "form.T0002.colour";
    CaseRecord immediateNotAllowed = draft(8, QStringLiteral("T0002"), IntakeDecision::Immediate);
    QTest::newRow("即办 for a 承诺件") << submitArgs(immediateNotAllowed) << "invalid_case"
                                       << "decision";
    CaseRecord missing = draft(9, QStringLiteral("T0002"), IntakeDecision::Accept);
    missing.materials.removeLast();
    QTest::newRow("accept with a required material missing")
        << submitArgs(missing) << "invalid_case"
        << "decision";
    CaseRecord waived = draft(10, QStringLiteral("T0002"), IntakeDecision::Accept);
    waived.materials.first().state = MaterialCheck::State::Waived;
    QTest::newRow("waiving the ID card") << submitArgs(waived) << "invalid_case"
                                         << "decision";
    CaseRecord strayMaterial = draft(11, QStringLiteral("T0002"), IntakeDecision::Accept);
    strayMaterial.materials.first().code = QStringLiteral("M-NOTHING");
    QTest::newRow("material the items do not ask for")
        << submitArgs(strayMaterial) << "invalid_case"
        << "materials.M-NOTHING";
    QJsonObject garbled =
        CaseJson::toJson(draft(12, QStringLiteral("T0002"), IntakeDecision::Accept));
    garbled.insert(QStringLiteral("receivedOn"), QStringLiteral("yesterday"));
    QTest::newRow("malformed case")
        << QJsonObject{{QStringLiteral("case"), garbled}} << "bad_request"
        << "case.receivedOn";
}

void TestCaseServer::refusals()
{
    QFETCH(QJsonObject, args);
    QFETCH(QString, code);
    QFETCH(QString, detail);
    Desk desk;
    QVERIFY(desk.open());
    const QJsonObject response = desk.counter->change(QStringLiteral("submitCase"), args);
    QCOMPARE(errorCode(response), code);
    if (!detail.isEmpty())
        QCOMPARE(errorDetail(response), detail);
    QCOMPARE(desk.fixture.count(QStringLiteral("cases")), 0);
    QCOMPARE(desk.fixture.count(QStringLiteral("case_events")), 0);
}

void TestCaseServer::catalogueChangedWhileOffline()
{
    Desk desk;
    QVERIFY(desk.open());
    // The counter took the case under revision 1 of T0002; the hall has since moved to 2.
    desk.fixture.server()->setCasework(testCasework(2));
    const QJsonObject response =
        desk.submit(draft(1, QStringLiteral("T0002"), IntakeDecision::Accept));
    QCOMPARE(errorCode(response), QStringLiteral("catalogue_changed"));
    QCOMPARE(errorDetail(response), QStringLiteral("T0002"));
    QCOMPARE(desk.fixture.count(QStringLiteral("cases")), 0);
}

void TestCaseServer::correctionStopsTheClock()
{
    Desk desk;
    QVERIFY(desk.open());
    CaseRecord record = draft(1, QStringLiteral("T0002"), IntakeDecision::Correction);
    record.materials.removeLast(); // the floor plan is missing
    const QJsonObject started = desk.submit(record);
    QVERIFY2(isOk(started), qPrintable(describe(started)));
    QCOMPARE(resultCase(started).value(QLatin1String("status")).toString(),
             QStringLiteral("correction"));
    QCOMPARE(resultCase(started).value(QLatin1String("dueDate")).toString(), QString());

    // Ending it without the material is refused and changes nothing.
    QVERIFY(desk.advanceDays(2)); // Wednesday 2 December
    const QString number = record.number.toString();
    QCOMPARE(errorCode(desk.step(number, QStringLiteral("end_correction"))),
             QStringLiteral("invalid_case"));
    const QJsonArray plan{QJsonObject{{"code", "M-PLAN"},
                                      {"name", "x"},
                                      {"form", "original"},
                                      {"copies", 1},
                                      {"pages", 2},
                                      {"state", "received"}}};
    const QJsonObject ended =
        desk.step(number, QStringLiteral("end_correction"), {{QStringLiteral("materials"), plan}});
    QVERIFY2(isOk(ended), qPrintable(describe(ended)));
    QCOMPARE(resultCase(ended).value(QLatin1String("status")).toString(),
             QStringLiteral("received"));

    const QJsonObject accepted = desk.step(number, QStringLiteral("accept"));
    QVERIFY2(isOk(accepted), qPrintable(describe(accepted)));
    // Monday to Wednesday stood still; Thursday 3, Friday 4, Monday 7 December.
    QCOMPARE(resultCase(accepted).value(QLatin1String("dueDate")).toString(),
             QStringLiteral("2026-12-07"));
    const auto events = desk.fixture.rows(
        QStringLiteral("SELECT kind, from_status, to_status FROM case_events ORDER BY id"));
    QCOMPARE(events.size(), 4);
    QCOMPARE(events.at(1).at(0).toString(), QStringLiteral("correction"));
    QCOMPARE(events.at(2).at(0).toString(), QStringLiteral("end_correction"));
    QCOMPARE(events.at(3).at(2).toString(), QStringLiteral("accepted"));
}

void TestCaseServer::creditCommitmentHasAVerificationDate()
{
    Desk desk;
    QVERIFY(desk.open());
    CaseRecord record = draft(1, QStringLiteral("T0002"), IntakeDecision::CreditCommitment);
    record.materials.removeLast(); // replaced by the applicant's signed commitment
    const QJsonObject response = desk.submit(record);
    QVERIFY2(isOk(response), qPrintable(describe(response)));
    const QJsonObject summary = resultCase(response);
    QCOMPARE(summary.value(QLatin1String("status")).toString(), QStringLiteral("accepted"));
    QCOMPARE(summary.value(QLatin1String("dueDate")).toString(), QStringLiteral("2026-12-03"));
    // 20 working days from Tuesday 1 December: 1–4, 7–11, 14–18, 21–25, 28 December.
    QCOMPARE(summary.value(QLatin1String("verificationDue")).toString(),
             QStringLiteral("2026-12-28"));
}

void TestCaseServer::immediateAndRejection()
{
    Desk desk;
    QVERIFY(desk.open());
    CaseRecord immediate = draft(1, QStringLiteral("T0001"), IntakeDecision::Immediate);
    const QJsonObject done = desk.submit(immediate);
    QVERIFY2(isOk(done), qPrintable(describe(done)));
    QCOMPARE(resultCase(done).value(QLatin1String("status")).toString(),
             QStringLiteral("completed"));
    QCOMPARE(resultCase(done).value(QLatin1String("outcome")).toString(),
             QStringLiteral("approved"));

    CaseRecord rejected = draft(2, QStringLiteral("T0001"), IntakeDecision::Reject);
    rejected.reason = QStringLiteral("不属于本部门职权范围");
    const QJsonObject refused = desk.submit(rejected);
    QVERIFY2(isOk(refused), qPrintable(describe(refused)));
    QCOMPARE(resultCase(refused).value(QLatin1String("status")).toString(),
             QStringLiteral("rejected"));

    CaseRecord noReason = draft(3, QStringLiteral("T0001"), IntakeDecision::Reject);
    QCOMPARE(errorDetail(desk.submit(noReason)), QStringLiteral("decision"));
}

void TestCaseServer::lifecycleRefusesImpossibleSteps()
{
    Desk desk;
    QVERIFY(desk.open());
    const CaseRecord record = draft(1, QStringLiteral("T0002"), IntakeDecision::Accept);
    QVERIFY(isOk(desk.submit(record)));
    const QString number = record.number.toString();
    QCOMPARE(errorCode(desk.step(number, QStringLiteral("accept"))),
             QStringLiteral("case_step_not_allowed"));
    QCOMPARE(errorCode(desk.step(number, QStringLiteral("reject"),
                                 {{QStringLiteral("reason"), QStringLiteral("x")}})),
             QStringLiteral("case_step_not_allowed"));
    QCOMPARE(errorCode(desk.step(number, QStringLiteral("complete"))),
             QStringLiteral("case_step_not_allowed"));
    QCOMPARE(errorCode(desk.step(QStringLiteral("20261130-0001-0099"), QStringLiteral("withdraw"))),
             QStringLiteral("unknown_case"));
    QCOMPARE(errorCode(desk.step(number, QStringLiteral("approve"))),
             QStringLiteral("bad_request"));
    const QJsonObject completed =
        desk.step(number, QStringLiteral("complete"),
                  {{QStringLiteral("outcome"), QStringLiteral("approved")}});
    QVERIFY2(isOk(completed), qPrintable(describe(completed)));
    QVERIFY(isOk(desk.step(number, QStringLiteral("revoke"))));
    QCOMPARE(errorCode(desk.step(number, QStringLiteral("withdraw"))),
             QStringLiteral("case_step_not_allowed"));
    QCOMPARE(desk.fixture.count(QStringLiteral("case_events")), 4);
}

void TestCaseServer::listsForTheCounter()
{
    Desk desk;
    QVERIFY(desk.open());
    QVERIFY(isOk(desk.submit(draft(1, QStringLiteral("T0002"), IntakeDecision::Accept))));
    QVERIFY(isOk(desk.submit(draft(2, QStringLiteral("T0001"), IntakeDecision::Immediate))));
    QCOMPARE(desk.list(QStringLiteral("today")).size(), 2);
    QCOMPARE(desk.list(QStringLiteral("mine")).size(), 2);
    QCOMPARE(desk.list(QStringLiteral("dueSoon")).size(), 1); // due Thursday
    QCOMPARE(desk.list(QStringLiteral("overdue")).size(), 0);
    const QJsonObject today = desk.counter->call(
        QStringLiteral("cases"), {{QStringLiteral("view"), QStringLiteral("today")}});
    QCOMPARE(today.value(QLatin1String("result"))
                 .toObject()
                 .value(QLatin1String("lastSequence"))
                 .toInt(),
             2);

    QVERIFY(desk.advanceDays(4)); // Friday 4 December: one day past the due date
    QCOMPARE(desk.list(QStringLiteral("today")).size(), 0);
    const QJsonArray overdue = desk.list(QStringLiteral("overdue"));
    QCOMPARE(overdue.size(), 1);
    QCOMPARE(overdue.at(0).toObject().value(QLatin1String("number")).toString(),
             QStringLiteral("20261130-0001-0001"));
    QCOMPARE(errorCode(desk.counter->call(QStringLiteral("cases"),
                                          {{QStringLiteral("view"), QStringLiteral("all")}})),
             QStringLiteral("bad_request"));
}

void TestCaseServer::caseViewHasItsHistory()
{
    Desk desk;
    QVERIFY(desk.open());
    const CaseRecord record = draft(1, QStringLiteral("T0002"), IntakeDecision::Accept);
    QVERIFY(isOk(desk.submit(record)));
    QVERIFY(isOk(desk.step(record.number.toString(), QStringLiteral("withdraw"))));
    const QJsonObject view = desk.counter->call(
        QStringLiteral("case"), {{QStringLiteral("number"), record.number.toString()}});
    QVERIFY2(isOk(view), qPrintable(describe(view)));
    const QJsonObject result = view.value(QLatin1String("result")).toObject();
    const auto back = CaseJson::fromJson(result.value(QLatin1String("case")).toObject());
    QVERIFY(std::holds_alternative<CaseRecord>(back));
    QCOMPARE(std::get<CaseRecord>(back).applicant.residentId, ResidentId);
    QCOMPARE(std::get<CaseRecord>(back).state.status, CaseStatus::Withdrawn);
    const QJsonArray events = result.value(QLatin1String("events")).toArray();
    QCOMPARE(events.size(), 3);
    QCOMPARE(events.at(0).toObject().value(QLatin1String("kind")).toString(),
             QStringLiteral("receive"));
    QCOMPARE(events.at(2).toObject().value(QLatin1String("kind")).toString(),
             QStringLiteral("withdraw"));
    QCOMPARE(events.at(2).toObject().value(QLatin1String("staffNo")).toString(),
             QStringLiteral("S1"));
}

void TestCaseServer::earlierMaterialsOfAnApplicant()
{
    Desk desk;
    QVERIFY(desk.open());
    QVERIFY(isOk(desk.submit(draft(1, QStringLiteral("T0002"), IntakeDecision::Accept))));
    QVERIFY(isOk(desk.submit(draft(2, QStringLiteral("T0001"), IntakeDecision::Immediate))));
    const QJsonObject found = desk.counter->call(
        QStringLiteral("applicantCases"), {{QStringLiteral("residentId"), ResidentId.toLower()}});
    QVERIFY2(isOk(found), qPrintable(describe(found)));
    const QJsonArray cases =
        found.value(QLatin1String("result")).toObject().value(QLatin1String("cases")).toArray();
    QCOMPARE(cases.size(), 2);
    const QJsonObject newest = cases.at(0).toObject();
    QCOMPARE(newest.value(QLatin1String("number")).toString(),
             QStringLiteral("20261130-0001-0002"));
    QCOMPARE(newest.value(QLatin1String("applicantId")).toString(),
             QStringLiteral("4202**********1231"));
    QCOMPARE(newest.value(QLatin1String("materials")).toArray().size(), 1);
    QCOMPARE(cases.at(1).toObject().value(QLatin1String("materials")).toArray().size(), 2);
    const QJsonObject nobody =
        desk.counter->call(QStringLiteral("applicantCases"),
                           {{QStringLiteral("residentId"), QStringLiteral("420202800101001")}});
    QVERIFY(isOk(nobody));
    QVERIFY(nobody.value(QLatin1String("result"))
                .toObject()
                .value(QLatin1String("cases"))
                .toArray()
                .isEmpty());
    QCOMPARE(errorCode(desk.counter->call(QStringLiteral("applicantCases"),
                                          {{QStringLiteral("residentId"), QStringLiteral("123")}})),
             QStringLiteral("bad_request"));
}

QTEST_GUILESS_MAIN(TestCaseServer)
#include "tst_caseserver.moc"
