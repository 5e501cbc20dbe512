// The counter's case list: the server's summaries (PROTOCOL.md §9.9) read as the server writes
// them, this terminal's unsent and refused cases merged in once each, and the due dates said
// in working days from the hall's calendar. Also the case view's history (§5.28).

#include "CaseDraft.h"
#include "casework/CaseJson.h"
#include "terminal/CaseDetail.h"
#include "terminal/CaseListModel.h"
#include "terminal/TerminalCase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace halldesk;
using namespace halldesk::test;

namespace {

const QDate Monday(2026, 11, 30);

CaseSummary parsed(const QJsonObject &json)
{
    const auto summary = CaseSummary::fromJson(json);
    if (!summary)
        qFatal("test summary does not parse");
    return *summary;
}

CaseSummary local(int sequence, TerminalCase::State state)
{
    TerminalCase taken;
    taken.record = caseDraft(15, sequence);
    taken.record.items.first().name = QStringLiteral("户外广告设置许可");
    taken.record.dueDate = QDate(2026, 12, 14);
    taken.state = state;
    if (state == TerminalCase::State::Refused)
        taken.refusal = OperationError(ErrorCode::CatalogueChanged, QStringLiteral("T0002"));
    return CaseSummary::fromLocal(taken);
}

QString number(int sequence)
{
    return CaseNumber(Monday, 15, sequence).toString();
}

} // namespace

class TestCaseListModel : public QObject
{
    Q_OBJECT

private slots:
    void readsTheServersSummary();
    void refusesMalformedSummaries_data();
    void refusesMalformedSummaries();
    void localCasesAreMasked();
    void mergesLocalCasesOnce();
    void datesInWorkingDays_data();
    void datesInWorkingDays();
    void readsTheHistory();
};

void TestCaseListModel::readsTheServersSummary()
{
    const auto summary = CaseSummary::fromJson(
        caseSummaryJson(number(3), QStringLiteral("completed"), {}, QStringLiteral("approved")));
    QVERIFY(summary);
    QCOMPARE(summary->number, number(3));
    QCOMPARE(summary->state.status, CaseStatus::Completed);
    QCOMPARE(summary->state.outcome, CaseOutcome::Approved);
    QCOMPARE(summary->decision, IntakeDecision::Accept);
    QVERIFY(!summary->dueDate);
    QVERIFY(!summary->isOpen());
    QCOMPARE(summary->statusText(),
             CaseStatusNames::displayName(CaseStatus::Completed, CaseOutcome::Approved));
    QCOMPARE(summary->itemsText(), QStringLiteral("户外广告设置许可"));
    QCOMPARE(summary->applicantName, QStringLiteral("张**"));
}

void TestCaseListModel::refusesMalformedSummaries_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("no number") << QStringLiteral("number") << QJsonValue(QString());
    QTest::newRow("unknown status") << QStringLiteral("status") << QJsonValue("lost");
    QTest::newRow("unknown outcome") << QStringLiteral("outcome") << QJsonValue("maybe");
    QTest::newRow("bad due date") << QStringLiteral("dueDate") << QJsonValue("2026-13-01");
    QTest::newRow("no receipt day") << QStringLiteral("receivedOn") << QJsonValue(QString());
}

void TestCaseListModel::refusesMalformedSummaries()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QJsonObject json = caseSummaryJson(number(1), QStringLiteral("accepted"), {});
    QVERIFY(CaseSummary::fromJson(json));
    json.insert(field, value);
    QVERIFY(!CaseSummary::fromJson(json));
}

void TestCaseListModel::localCasesAreMasked()
{
    const CaseSummary pending = local(4, TerminalCase::State::Pending);
    QCOMPARE(pending.origin, CaseSummary::Origin::Pending);
    QCOMPARE(pending.applicantName, QStringLiteral("张**"));
    QVERIFY(!pending.applicantId.contains(DraftResidentId));
    QVERIFY(pending.applicantId.endsWith(QStringLiteral("1231")));
    QCOMPARE(pending.statusText(), CaseSummary::tr("Not yet sent"));

    const CaseSummary refused = local(5, TerminalCase::State::Refused);
    QCOMPARE(refused.statusText(), CaseSummary::tr("Refused by the server"));
    QCOMPARE(refused.refusal.code(), ErrorCode::CatalogueChanged);
    QVERIFY(!refused.isOpen());
}

// A case sent meanwhile is one line, the server's; unsent ones come first, refused on top.
void TestCaseListModel::mergesLocalCasesOnce()
{
    CaseListModel model(WorkingCalendar::withShippedYears());
    const QList<CaseSummary> server = {
        parsed(
            caseSummaryJson(number(2), QStringLiteral("accepted"), QStringLiteral("2026-12-14"))),
        parsed(caseSummaryJson(number(1), QStringLiteral("received"), {}))};
    const QList<CaseSummary> mine = {
        local(2, TerminalCase::State::Pending), local(3, TerminalCase::State::Pending),
        local(4, TerminalCase::State::Refused), local(5, TerminalCase::State::Pending)};
    model.setCases(server, mine, Monday);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.columnCount(), int(CaseListModel::ColumnCount));
    QStringList order;
    for (int row = 0; row < model.rowCount(); ++row)
        order << model.index(row, 0).data(CaseListModel::CaseNumberRole).toString();
    QCOMPARE(order, (QStringList{number(4), number(5), number(3), number(2), number(1)}));
    const int sent = model.rowOf(number(2));
    QCOMPARE(sent, 3);
    QCOMPARE(model.index(sent, 0).data(CaseListModel::OriginRole).toInt(),
             int(CaseSummary::Origin::Server));
    QCOMPARE(model.index(sent, CaseListModel::StatusColumn).data().toString(),
             CaseStatusNames::displayName(CaseStatus::Accepted));
    QCOMPARE(model.index(0, CaseListModel::StatusColumn).data().toString(),
             CaseSummary::tr("Refused by the server"));
    QVERIFY(model.index(0, CaseListModel::StatusColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("T0002")));
    QCOMPARE(model.index(1, CaseListModel::StatusColumn).data().toString(),
             CaseSummary::tr("Not yet sent"));
    QCOMPARE(model.index(1, CaseListModel::ApplicantColumn).data().toString(),
             QStringLiteral("张**"));

    // The last pending one sent: the next refresh lists it once.
    model.setCases(
        server + QList<CaseSummary>{parsed(caseSummaryJson(number(5), QStringLiteral("accepted"),
                                                           QStringLiteral("2026-12-14")))},
        mine, Monday);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.rowOf(number(7)), -1);
    QCOMPARE(model.index(model.rowOf(number(5)), 0).data(CaseListModel::OriginRole).toInt(),
             int(CaseSummary::Origin::Server));
}

void TestCaseListModel::datesInWorkingDays_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("due");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("overdue");
    // 2026-11-30 is a Monday: Tue, Wed, Thu make three working days.
    QTest::newRow("three days") << "accepted"
                                << "2026-12-03"
                                << CaseListModel::tr("%n working day(s) left", nullptr, 3) << false;
    // Over the weekend: Tue to Fri, then Mon 12-07.
    QTest::newRow("over a weekend")
        << "accepted"
        << "2026-12-07" << CaseListModel::tr("%n working day(s) left", nullptr, 5) << false;
    QTest::newRow("due today") << "received"
                               << "2026-11-30" << CaseListModel::tr("due today") << false;
    QTest::newRow("overdue") << "accepted"
                             << "2026-11-27" << CaseListModel::tr("overdue") << true;
    QTest::newRow("in correction") << "correction"
                                   << "2026-11-27" << CaseListModel::tr("clock stopped") << false;
    QTest::newRow("completed") << "completed"
                               << "2026-11-27" << QString() << false;
    QTest::newRow("no due date") << "received"
                                 << "" << QString() << false;
}

void TestCaseListModel::datesInWorkingDays()
{
    QFETCH(QString, status);
    QFETCH(QString, due);
    QFETCH(QString, expected);
    QFETCH(bool, overdue);
    CaseListModel model(WorkingCalendar::withShippedYears());
    model.setCases(
        {parsed(caseSummaryJson(number(1), status, due,
                                status == QLatin1String("completed") ? QStringLiteral("denied")
                                                                     : QString()))},
        {}, Monday);
    const QString text = model.index(0, CaseListModel::DatesColumn).data().toString();
    QVERIFY2(text.startsWith(QStringLiteral("11-30")), qPrintable(text));
    if (!due.isEmpty())
        QVERIFY2(
            text.contains(QDate::fromString(due, Qt::ISODate).toString(QStringLiteral("MM-dd"))),
            qPrintable(text));
    if (expected.isEmpty())
        QVERIFY2(!text.contains(QStringLiteral(" · ")), qPrintable(text));
    else
        QVERIFY2(text.endsWith(expected), qPrintable(text));
    QCOMPARE(model.index(0, 0).data(CaseListModel::OverdueRole).toBool(), overdue);
}

void TestCaseListModel::readsTheHistory()
{
    CaseRecord record = caseDraft(15, 3);
    for (MaterialCheck &m : record.materials)
        m.name = m.code; // the server's record has the catalogue's names
    record.state.status = CaseStatus::Correction;
    record.pauses = {CasePause{Monday, std::nullopt}};
    const QJsonArray events{
        caseEventJson(1795990000000, QStringLiteral("receive"), QStringLiteral("S042"), 15, {},
                      QStringLiteral("received")),
        caseEventJson(1795990000000, QStringLiteral("correction"), QStringLiteral("S042"), 15,
                      QStringLiteral("received"), QStringLiteral("correction")),
        caseEventJson(1796000000000, QStringLiteral("end_correction"), QStringLiteral("S043"), 16,
                      QStringLiteral("correction"), QStringLiteral("received"))};
    auto read = CaseDetail::fromJson(
        {{QStringLiteral("case"), CaseJson::toJson(record)}, {QStringLiteral("events"), events}});
    QVERIFY(std::holds_alternative<CaseDetail>(read));
    const CaseDetail detail = std::get<CaseDetail>(read);
    QCOMPARE(detail.record, record);
    QCOMPARE(detail.events.size(), 3);
    QCOMPARE(detail.events.at(2).atMs, qint64(1796000000000));
    QCOMPARE(detail.events.at(2).staffNo, QStringLiteral("S043"));
    QCOMPARE(detail.events.at(2).window, 16);
    QCOMPARE(detail.events.at(2).from, QStringLiteral("correction"));
    QCOMPARE(detail.events.at(0).stepName(), CaseEvent::tr("Received"));
    QCOMPARE(detail.events.at(1).stepName(),
             IntakeDecisionNames::displayName(IntakeDecision::Correction));
    QCOMPARE(detail.events.at(2).stepName(), CaseEvent::tr("Materials complete"));

    QJsonArray broken = events;
    broken.append(QJsonObject{{QStringLiteral("kind"), QStringLiteral("accept")}});
    read = CaseDetail::fromJson(
        {{QStringLiteral("case"), CaseJson::toJson(record)}, {QStringLiteral("events"), broken}});
    QCOMPARE(std::get<QString>(read), QStringLiteral("events"));
    read = CaseDetail::fromJson({{QStringLiteral("events"), events}});
    QVERIFY(std::get<QString>(read).startsWith(QStringLiteral("case.")));
}

QTEST_GUILESS_MAIN(TestCaseListModel)
#include "tst_caselistmodel.moc"
