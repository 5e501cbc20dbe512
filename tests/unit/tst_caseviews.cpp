// The counter's case lists and case view, by keyboard, fed with JSON as the hall server sends
// it (no server process): switching lists, opening a case, the offline note, and the steps a
// case may take: offered as CaseLifecycle allows, confirmed before they are asked for.

#include "CaseDraft.h"
#include "KeyboardInput.h"
#include "OfflineCounter.h"
#include "cases/CaseActionBar.h"
#include "cases/CaseFactsForm.h"
#include "cases/CaseListPanel.h"
#include "cases/CaseViewDialog.h"
#include "cases/CaseViews.h"
#include "casework/CaseJson.h"
#include "counter/CounterLook.h"
#include "terminal/CaseListModel.h"
#include "terminal/CaseQueries.h"
#include "terminal/TerminalCase.h"

#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <memory>
#include <vector>

using namespace halldesk;
using namespace halldesk::test;

namespace {

const QDate Monday(2026, 11, 30);

QString number(int sequence)
{
    return CaseNumber(Monday, 15, sequence).toString();
}

CaseSummary serverLine(int sequence, const QString &status, const QString &due)
{
    const auto summary = CaseSummary::fromJson(caseSummaryJson(number(sequence), status, due));
    if (!summary)
        qFatal("test summary does not parse");
    return *summary;
}

CaseRecord serverRecord(CaseStatus status, CaseOutcome outcome = CaseOutcome::None)
{
    CaseRecord r = caseDraft(15, 3);
    r.items.first().name = QStringLiteral("户外广告设置许可");
    r.materials.first().name = QStringLiteral("申请人身份证");
    r.materials.last().name = QStringLiteral("广告设置方案");
    r.state.status = status;
    r.state.outcome = outcome;
    r.dueDate = QDate(2026, 12, 14);
    if (status == CaseStatus::Correction) {
        r.materials.last().state = MaterialCheck::State::Missing;
        r.materials.last().pages = 0;
        r.pauses = {CasePause{Monday, std::nullopt}};
    }
    return r;
}

// As the server answers `case` (PROTOCOL.md §5.28).
CaseDetail detailFor(const CaseRecord &record)
{
    const QJsonArray events{
        caseEventJson(record.receivedAtMs, QStringLiteral("receive"), QStringLiteral("S042"), 15,
                      {}, QStringLiteral("received")),
        caseEventJson(record.receivedAtMs + 60000, IntakeDecisionNames::key(record.decision),
                      QStringLiteral("S042"), 15, QStringLiteral("received"),
                      CaseStatusNames::key(record.state.status))};
    auto detail = CaseDetail::fromJson(
        {{QStringLiteral("case"), CaseJson::toJson(record)}, {QStringLiteral("events"), events}});
    if (!std::holds_alternative<CaseDetail>(detail))
        qFatal("test case does not parse: %s", qPrintable(std::get<QString>(detail)));
    return std::get<CaseDetail>(detail);
}

CaseList listOf(CaseListView view, QList<CaseSummary> server, QList<CaseSummary> local,
                OperationError error = {})
{
    CaseList list;
    list.view = view;
    list.serviceDay = Monday;
    list.server = std::move(server);
    list.local = std::move(local);
    list.error = std::move(error);
    return list;
}

TerminalCase localCase(TerminalCase::State state, int sequence = 9)
{
    TerminalCase taken;
    taken.record = serverRecord(CaseStatus::Accepted);
    taken.record.number = CaseNumber(Monday, 15, sequence);
    taken.state = state;
    if (state == TerminalCase::State::Refused)
        taken.refusal = OperationError(ErrorCode::CatalogueChanged, QStringLiteral("T0002,T0007"));
    return taken;
}

} // namespace

class TestCaseViews : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void panelSwitchesListsByKeyboard();
    void panelOpensTheChosenCase();
    void panelSaysWhatItShows();
    void dialogOffersAllowedStepsOnly_data();
    void dialogOffersAllowedStepsOnly();
    void acceptIsConfirmedFirst();
    void rejectNeedsAReason();
    void completeWithOutcome();
    void materialsInRecordsTheMissingOnes();
    void scanColumnSaysWhereTheScanIs_data();
    void scanColumnSaysWhereTheScanIs();
    void refusedLocalCaseSaysWhy();
    void viewsJoinTheDesk();
    void fitsTheCounterScreen();

private:
    void showActive(QWidget &widget);

    std::vector<std::unique_ptr<QTranslator>> m_translators;
};

// With HALLDESK_LOOK_QM (.qm files separated by ':') the screens are in that language, and
// with HALLDESK_LOOK_DIR each is saved there as a PNG to look at.
void TestCaseViews::initTestCase()
{
    for (const QString &qm :
         qEnvironmentVariable("HALLDESK_LOOK_QM").split(u':', Qt::SkipEmptyParts)) {
        auto translator = std::make_unique<QTranslator>();
        QVERIFY2(translator->load(qm), qPrintable(qm));
        QCoreApplication::installTranslator(translator.get());
        m_translators.push_back(std::move(translator));
    }
    // The program's fonts and style sheet: the notes' colours come from it.
    applyCounterLook(*qApp);
}

void TestCaseViews::showActive(QWidget &widget)
{
    widget.resize(1200, 700);
    widget.show();
    widget.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&widget));
}

void TestCaseViews::panelSwitchesListsByKeyboard()
{
    CaseListPanel panel(WorkingCalendar::withShippedYears());
    showActive(panel);
    QSignalSpy asked(&panel, &CaseListPanel::refreshRequested);
    panel.refresh();
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.last().first().value<CaseListView>(), CaseListView::Today);
    QCOMPARE(panel.state(), CaseListPanel::State::Loading);
    QVERIFY(!panel.placeholderText().isEmpty());

    panel.setFocus();
    const std::pair<Qt::Key, CaseListView> keys[] = {{Qt::Key_2, CaseListView::Mine},
                                                     {Qt::Key_3, CaseListView::DueSoon},
                                                     {Qt::Key_4, CaseListView::Overdue},
                                                     {Qt::Key_1, CaseListView::Today}};
    for (const auto &[key, view] : keys) {
        press(key, Qt::ControlModifier);
        QCOMPARE(panel.view(), view);
        QCOMPARE(asked.last().first().value<CaseListView>(), view);
    }
    const auto before = asked.size();
    // A button's shortcut clicks with a short animation: the signal comes from the event loop.
    press(Qt::Key_R, Qt::ControlModifier);
    QTRY_COMPARE(asked.size(), before + 1);
    QCOMPARE(asked.last().first().value<CaseListView>(), CaseListView::Today);
}

void TestCaseViews::panelOpensTheChosenCase()
{
    CaseListPanel panel(WorkingCalendar::withShippedYears());
    showActive(panel);
    panel.refresh();
    const CaseSummary pending = CaseSummary::fromLocal(localCase(TerminalCase::State::Pending));
    panel.showList(listOf(CaseListView::Today,
                          {serverLine(2, QStringLiteral("accepted"), QStringLiteral("2026-12-03")),
                           serverLine(1, QStringLiteral("received"), {})},
                          {pending}));
    QCOMPARE(panel.state(), CaseListPanel::State::Ready);
    QCOMPARE(panel.model()->rowCount(), 3);
    QVERIFY(panel.noteText().isEmpty());
    // An answer for a list no longer shown changes nothing.
    panel.showList(listOf(CaseListView::Overdue, {}, {}));
    QCOMPARE(panel.model()->rowCount(), 3);

    QSignalSpy open(&panel, &CaseListPanel::openCaseRequested);
    panel.table()->setFocus();
    QCOMPARE(focused(), panel.table());
    press(Qt::Key_Down);
    press(Qt::Key_Return);
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().first().toString(), number(2));
    const QModelIndex first = panel.table()->model()->index(0, 0);
    const QPoint at = panel.table()->visualRect(first).center();
    QTest::mouseClick(panel.table()->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(panel.table()->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(open.size(), 2);
    QCOMPARE(open.last().first().toString(), pending.number);

    // A refresh keeps the lines and the clerk's place; another list starts empty.
    press(Qt::Key_Down);
    press(Qt::Key_R, Qt::ControlModifier);
    QTRY_COMPARE(panel.state(), CaseListPanel::State::Loading);
    QCOMPARE(panel.model()->rowCount(), 3);
    QCOMPARE(panel.noteText(), CaseListPanel::tr("Reading the cases…"));
    QCOMPARE(focused(), panel.table());
    press(Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(panel.model()->rowCount(), 0);
    QCOMPARE(panel.placeholderText(), CaseListPanel::tr("Reading the cases…"));
    panel.showList(listOf(CaseListView::Mine, {serverLine(1, QStringLiteral("received"), {})}, {}));
    QCOMPARE(panel.model()->rowCount(), 1);
    QCOMPARE(focused(), panel.table());
}

void TestCaseViews::panelSaysWhatItShows()
{
    CaseListPanel panel(WorkingCalendar::withShippedYears());
    showActive(panel);
    panel.refresh();
    panel.showList(listOf(CaseListView::Today, {}, {}));
    QCOMPARE(panel.state(), CaseListPanel::State::Ready);
    QCOMPARE(panel.placeholderText(), CaseListPanel::tr("No cases taken today yet."));

    const CaseSummary pending = CaseSummary::fromLocal(localCase(TerminalCase::State::Pending));
    panel.refresh();
    panel.showList(listOf(CaseListView::Today, {}, {pending}, OperationError(ErrorCode::Offline)));
    QCOMPARE(panel.state(), CaseListPanel::State::LocalOnly);
    QCOMPARE(panel.noteText(), CaseListPanel::tr("The hall server cannot be reached. These are "
                                                 "only the cases taken at this terminal."));
    QVERIFY(panel.placeholderText().isEmpty());
    QCOMPARE(panel.model()->rowCount(), 1);

    panel.refresh();
    panel.showList(listOf(CaseListView::Today, {}, {}, OperationError(ErrorCode::Forbidden)));
    QCOMPARE(panel.state(), CaseListPanel::State::Failed);
    QVERIFY(panel.noteText().contains(OperationError(ErrorCode::Forbidden).message()));
}

void TestCaseViews::dialogOffersAllowedStepsOnly_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("outcome");
    QTest::newRow("received") << int(CaseStatus::Received) << int(CaseOutcome::None);
    QTest::newRow("accepted") << int(CaseStatus::Accepted) << int(CaseOutcome::None);
    QTest::newRow("correction") << int(CaseStatus::Correction) << int(CaseOutcome::None);
    QTest::newRow("rejected") << int(CaseStatus::Rejected) << int(CaseOutcome::None);
    QTest::newRow("approved") << int(CaseStatus::Completed) << int(CaseOutcome::Approved);
    QTest::newRow("denied") << int(CaseStatus::Completed) << int(CaseOutcome::Denied);
    QTest::newRow("withdrawn") << int(CaseStatus::Withdrawn) << int(CaseOutcome::None);
    QTest::newRow("revoked") << int(CaseStatus::Revoked) << int(CaseOutcome::None);
}

void TestCaseViews::dialogOffersAllowedStepsOnly()
{
    QFETCH(int, status);
    QFETCH(int, outcome);
    const CaseRecord record = serverRecord(CaseStatus(status), CaseOutcome(outcome));
    CaseViewDialog dialog;
    showActive(dialog);
    dialog.showDetail(detailFor(record));
    int offered = 0;
    for (const CaseAction action :
         {CaseAction::Accept, CaseAction::StartCorrection, CaseAction::EndCorrection,
          CaseAction::Reject, CaseAction::Complete, CaseAction::Withdraw, CaseAction::Revoke}) {
        const bool allowed = CaseLifecycle::allows(record.state, action);
        QCOMPARE(dialog.actions()->button(action)->isEnabled(), allowed);
        offered += allowed;
    }
    QCOMPARE(offered == 0, CaseLifecycle::isFinal(record.state));
    // A step not allowed cannot even be chosen.
    dialog.actions()->choose(CaseAction::Revoke);
    QCOMPARE(dialog.actions()->chosen().has_value(),
             CaseLifecycle::allows(record.state, CaseAction::Revoke));
    QCOMPARE(dialog.history()->rowCount(), 2);
    QCOMPARE(dialog.history()->item(1, 1)->text(), CaseEvent::tr("Accepted"));
    QCOMPARE(dialog.history()->item(1, 3)->text(), QStringLiteral("S042"));
}

void TestCaseViews::acceptIsConfirmedFirst()
{
    CaseViewDialog dialog;
    showActive(dialog);
    dialog.showDetail(detailFor(serverRecord(CaseStatus::Received)));
    QCOMPARE(dialog.facts()->value(CaseFactsForm::tr("Applicant")), QStringLiteral("张**"));
    QSignalSpy asked(&dialog, &CaseViewDialog::actionRequested);
    press(Qt::Key_A, Qt::AltModifier); // a mnemonic clicks with a short animation
    QTRY_COMPARE(dialog.actions()->chosen(), CaseAction::Accept);
    QCOMPARE(asked.size(), 0);
    press(Qt::Key_Escape); // drops the step, keeps the view
    QVERIFY(!dialog.actions()->chosen());
    QVERIFY(dialog.isVisible());
    press(Qt::Key_A, Qt::AltModifier);
    QTRY_VERIFY(dialog.actions()->chosen());
    press(Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.first().at(0).toString(), number(3));
    QCOMPARE(asked.first().at(1).toString(), QStringLiteral("accept"));
    QCOMPARE(asked.first().at(2).toJsonObject(), QJsonObject());
    // One step at a time: nothing more until the server answers.
    QVERIFY(!dialog.actions()->button(CaseAction::Accept)->isEnabled());
    dialog.showActionRefused(
        number(3), OperationError(ErrorCode::CaseStepNotAllowed, QStringLiteral("accepted")));
    QVERIFY(dialog.bannerText().contains(OperationError(ErrorCode::CaseStepNotAllowed).message()));
    QVERIFY(dialog.actions()->button(CaseAction::Accept)->isEnabled());
    // Plain Enter on the confirmation confirms too, and never closes the view.
    press(Qt::Key_A, Qt::AltModifier);
    QTRY_VERIFY(dialog.actions()->chosen());
    press(Qt::Key_Return);
    QCOMPARE(asked.size(), 2);
    QVERIFY(dialog.isVisible());
    dialog.showDetail(detailFor(serverRecord(CaseStatus::Accepted)));
    QVERIFY(dialog.bannerText().isEmpty());
    QVERIFY(!dialog.actions()->button(CaseAction::Accept)->isEnabled());
    press(Qt::Key_Escape);
    QVERIFY(!dialog.isVisible());
}

void TestCaseViews::rejectNeedsAReason()
{
    CaseViewDialog dialog;
    showActive(dialog);
    dialog.showDetail(detailFor(serverRecord(CaseStatus::Received)));
    QSignalSpy asked(&dialog, &CaseViewDialog::actionRequested);
    press(Qt::Key_D, Qt::AltModifier);
    QTRY_COMPARE(focused(), dialog.actions()->reasonEdit());
    press(Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(asked.size(), 0);
    QCOMPARE(dialog.actions()->problemText(), CaseActionBar::tr("Give the reason."));
    type(QString(CaseActionBar::MaxReason + 1, QChar(u'长')));
    press(Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(asked.size(), 0);
    QVERIFY(!dialog.actions()->problemText().isEmpty());
    dialog.actions()->reasonEdit()->clear();
    type(QStringLiteral("不属于本窗口受理范围"));
    press(Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.first().at(1).toString(), QStringLiteral("reject"));
    QCOMPARE(asked.first().at(2).toJsonObject().value(QLatin1String("reason")).toString(),
             QStringLiteral("不属于本窗口受理范围"));
}

void TestCaseViews::completeWithOutcome()
{
    CaseViewDialog dialog;
    showActive(dialog);
    dialog.showDetail(detailFor(serverRecord(CaseStatus::Accepted)));
    QSignalSpy asked(&dialog, &CaseViewDialog::actionRequested);
    press(Qt::Key_C, Qt::AltModifier);
    QTRY_COMPARE(focused(), dialog.actions()->outcomeBox());
    press(Qt::Key_Down);
    QCOMPARE(dialog.actions()->outcomeBox()->currentText(),
             CaseStatusNames::displayName(CaseOutcome::ApprovedWithWaiver));
    press(Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.first().at(1).toString(), QStringLiteral("complete"));
    QCOMPARE(asked.first().at(2).toJsonObject(),
             (QJsonObject{{QStringLiteral("outcome"), QStringLiteral("approved_with_waiver")}}));

    QSignalSpy reprint(&dialog, &CaseViewDialog::reprintRequested);
    press(Qt::Key_P, Qt::AltModifier);
    QTRY_COMPARE(reprint.size(), 1);
    QCOMPARE(reprint.first().at(0).value<CaseRecord>().number.toString(), number(3));
    // Not finished yet: no completion day.
    QVERIFY(!reprint.first().at(1).toDate().isValid());

    // The server confirms the 办结: the receipt is printed by itself, dated the day of the step,
    // and only once.
    CaseDetail completed =
        detailFor(serverRecord(CaseStatus::Completed, CaseOutcome::ApprovedWithWaiver));
    CaseEvent step;
    step.atMs = QDateTime(QDate(2026, 12, 3), QTime(2, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    step.kind = QStringLiteral("complete");
    step.staffNo = QStringLiteral("S042");
    step.window = 15;
    step.from = QStringLiteral("accepted");
    step.to = QStringLiteral("completed");
    completed.events.append(step);
    dialog.showDetail(completed);
    QCOMPARE(reprint.size(), 2);
    QCOMPARE(reprint.last().at(0).value<CaseRecord>().state.status, CaseStatus::Completed);
    QCOMPARE(reprint.last().at(1).toDate(), QDate(2026, 12, 3));
    dialog.showDetail(completed);
    QCOMPARE(reprint.size(), 2);
}

void TestCaseViews::scanColumnSaysWhereTheScanIs_data()
{
    QTest::addColumn<int>("kept"); // -1: this terminal keeps no copy
    QTest::addColumn<QString>("shows");
    QTest::newRow("waiting") << int(KeptScan::State::Kept)
                             << CaseViewDialog::tr("Scanned, waiting to upload");
    QTest::newRow("on the server")
        << int(KeptScan::State::Uploaded) << CaseViewDialog::tr("Scanned, on the server");
    QTest::newRow("refused") << int(KeptScan::State::Refused)
                             << CaseViewDialog::tr("Scanned, refused by the server");
    QTest::newRow("not kept here") << -1 << CaseViewDialog::tr("Scanned");
}

void TestCaseViews::scanColumnSaysWhereTheScanIs()
{
    QFETCH(int, kept);
    QFETCH(QString, shows);
    CaseRecord record = serverRecord(CaseStatus::Accepted);
    record.materials.last().scanDigest = QString(64, u'b');
    record.materials.last().scanBytes = 4096;
    CaseViewDialog dialog;
    showActive(dialog);
    QList<KeptScan> scans;
    if (kept >= 0) {
        scans << KeptScan{record.number.toString(),
                          record.materials.last().code,
                          StoredScan{record.materials.last().scanDigest, 4096, 2},
                          QStringLiteral("/nowhere"),
                          KeptScan::State(kept),
                          0};
        // A copy of another file of the same material says nothing about this one.
        scans << KeptScan{record.number.toString(),
                          record.materials.first().code,
                          StoredScan{QString(64, u'c'), 10, 1},
                          QStringLiteral("/nowhere"),
                          KeptScan::State::Uploaded,
                          0};
    }
    dialog.setKeptScans(scans);
    dialog.showDetail(detailFor(record));
    QTableWidget *table = dialog.materials();
    QCOMPARE(table->columnCount(), 4);
    QCOMPARE(table->item(0, 3)->text(), QString()); // the ID card was not scanned
    QCOMPARE(table->item(1, 3)->text(), shows);
}

void TestCaseViews::materialsInRecordsTheMissingOnes()
{
    CaseViewDialog dialog;
    showActive(dialog);
    dialog.showDetail(detailFor(serverRecord(CaseStatus::Correction)));
    QVERIFY(!dialog.facts()->value(CaseFactsForm::tr("Clock stopped (materials)")).isEmpty());
    QSignalSpy asked(&dialog, &CaseViewDialog::actionRequested);
    press(Qt::Key_I, Qt::AltModifier);
    QTRY_COMPARE(dialog.actions()->chosen(), CaseAction::EndCorrection);
    press(Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.first().at(1).toString(), QStringLiteral("end_correction"));
    const QJsonArray materials =
        asked.first().at(2).toJsonObject().value(QLatin1String("materials")).toArray();
    QCOMPARE(materials.size(), 1);
    QCOMPARE(materials.first().toObject().value(QLatin1String("code")).toString(),
             QStringLiteral("M-PLAN"));
    QCOMPARE(materials.first().toObject().value(QLatin1String("state")).toString(),
             QStringLiteral("received"));
    QVERIFY(CaseJson::materialsFromJson(materials));
}

void TestCaseViews::refusedLocalCaseSaysWhy()
{
    CaseViewDialog dialog;
    showActive(dialog);
    dialog.showLocal(localCase(TerminalCase::State::Refused));
    QVERIFY(dialog.bannerText().contains(QStringLiteral("T0002,T0007")));
    QVERIFY(dialog.bannerText().contains(OperationError(ErrorCode::CatalogueChanged).message()));
    QCOMPARE(dialog.facts()->value(CaseFactsForm::tr("Status")),
             CaseSummary::tr("Refused by the server"));
    QVERIFY(!dialog.reprintButton()->isEnabled());
    for (const CaseAction action : {CaseAction::Accept, CaseAction::Complete, CaseAction::Withdraw})
        QVERIFY(!dialog.actions()->button(action)->isEnabled());

    dialog.showLocal(localCase(TerminalCase::State::Pending));
    QCOMPARE(dialog.facts()->value(CaseFactsForm::tr("Status")), CaseSummary::tr("Not yet sent"));
    QVERIFY(dialog.reprintButton()->isEnabled());
    QVERIFY(!dialog.actions()->button(CaseAction::Complete)->isEnabled());
}

// The screens on a counter whose server cannot be reached: the list is this terminal's, a case
// opens from its record, and a confirmed step goes to the desk's outbox.
void TestCaseViews::viewsJoinTheDesk()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    OfflineCounter counter(dir.filePath(QStringLiteral("terminal.db")));
    QVERIFY(counter.open(15));
    CaseDesk &desk = *counter.desk;
    CaseRecord pending = caseDraft(15, desk.nextCaseNumber(Monday).sequence());
    QVERIFY(!desk.submit(pending));
    CaseRecord refused = caseDraft(15, desk.nextCaseNumber(Monday).sequence());
    QVERIFY(!desk.submit(refused));
    QVERIFY(desk.cases().markRefused(
        desk.cases().find(refused.number)->requestKey,
        OperationError(ErrorCode::CatalogueChanged, QStringLiteral("T0002"))));
    CaseRecord sent = caseDraft(15, desk.nextCaseNumber(Monday).sequence());
    QVERIFY(!desk.submit(sent));
    QVERIFY(desk.cases().markSent(
        desk.cases().find(sent.number)->requestKey,
        caseSummaryJson(sent.number.toString(), QStringLiteral("accepted"), QString())));

    CaseListPanel panel(counter.calendar);
    CaseQueries queries(*counter.client, desk.cases(), counter.calendar);
    CaseViews views(
        desk, queries, panel, [] { return Monday; }, HallTime(), nullptr);
    showActive(panel);
    panel.refresh();
    QTRY_COMPARE(panel.state(), CaseListPanel::State::LocalOnly);
    QCOMPARE(panel.model()->rowCount(), 3);
    QCOMPARE(panel.model()->cases().first().number, refused.number.toString());

    // Enter on the refused line: its record, with the server's reason.
    panel.table()->setFocus();
    press(Qt::Key_Return);
    QTRY_VERIFY(views.dialog() && views.dialog()->isVisible());
    CaseViewDialog *dialog = views.dialog();
    QCOMPARE(dialog->number(), refused.number.toString());
    QVERIFY(dialog->bannerText().contains(QStringLiteral("T0002")));

    // A sent case is asked for; offline, its record is shown and says why.
    views.openCase(sent.number.toString());
    QTRY_VERIFY(dialog->bannerText().contains(OperationError(ErrorCode::Offline).message()));
    QCOMPARE(dialog->facts()->value(CaseFactsForm::tr("Status")),
             CaseStatusNames::displayName(CaseStatus::Accepted));

    // A confirmed step lands in the outbox behind the submissions, for that case.
    // Read from the server once it is back.
    CaseRecord accepted = sent;
    accepted.state.status = CaseStatus::Accepted;
    dialog->showDetail(CaseDetail{accepted, {}});
    const int before = counter.client->pendingChanges();
    dialog->actions()->choose(CaseAction::Complete);
    QVERIFY(dialog->actions()->confirm());
    QCOMPARE(counter.client->pendingChanges(), before + 1);
    const OutboxEntry step = counter.client->pendingEntries().last();
    QCOMPARE(step.op, QStringLiteral("caseAction"));
    QCOMPARE(step.args.value(QLatin1String("number")).toString(), sent.number.toString());
    QCOMPARE(step.args.value(QLatin1String("action")).toString(), QStringLiteral("complete"));
    QCOMPARE(step.args.value(QLatin1String("outcome")).toString(), QStringLiteral("approved"));
    dialog->close();
    QTRY_VERIFY(!views.dialog());
}

// The counter screens are 1366×768: list and view must fit without being squeezed.
void TestCaseViews::fitsTheCounterScreen()
{
    const QString lookDir = qEnvironmentVariable("HALLDESK_LOOK_DIR");
    CaseListPanel panel(WorkingCalendar::withShippedYears());
    panel.resize(1366, 420);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.refresh();
    panel.showList(
        listOf(CaseListView::Today,
               {serverLine(2, QStringLiteral("accepted"), QStringLiteral("2026-12-03")),
                serverLine(1, QStringLiteral("correction"), QStringLiteral("2026-11-27"))},
               {CaseSummary::fromLocal(localCase(TerminalCase::State::Refused)),
                CaseSummary::fromLocal(localCase(TerminalCase::State::Pending, 8))},
               OperationError(ErrorCode::Offline)));
    QCOMPARE(panel.model()->rowCount(), 4);
    QVERIFY(panel.minimumSizeHint().width() <= 1366);
    QCoreApplication::processEvents(); // rows and labels appear from the event loop
    if (!lookDir.isEmpty())
        QVERIFY(panel.grab().save(lookDir + QStringLiteral("/case-list.png")));

    CaseViewDialog dialog;
    dialog.resize(1366, 768);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const auto look = [&](const QString &name) {
        QVERIFY(dialog.minimumSizeHint().width() <= 1366);
        QVERIFY(dialog.minimumSizeHint().height() <= 768);
        QCoreApplication::processEvents();
        if (!lookDir.isEmpty())
            QVERIFY(dialog.grab().save(lookDir + u'/' + name));
    };
    dialog.showDetail(detailFor(serverRecord(CaseStatus::Correction)));
    look(QStringLiteral("case-view.png"));
    dialog.actions()->choose(CaseAction::Reject);
    look(QStringLiteral("case-reject.png"));
    dialog.showLocal(localCase(TerminalCase::State::Refused));
    look(QStringLiteral("case-refused.png"));
}

QTEST_MAIN(TestCaseViews)
#include "tst_caseviews.moc"
