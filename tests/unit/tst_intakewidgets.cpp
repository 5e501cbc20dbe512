// The parts of the intake screen driven as a clerk drives them: from the keyboard, with the
// focus where the widgets put it. Assertions are about behaviour (what is shown or hidden,
// emitted, refused), not about wording, which the translation changes.

#include "KeyboardInput.h"
#include "TestCatalogue.h"
#include "casework/ApplicantValidator.h"
#include "casework/MaterialChecklistModel.h"
#include "intake/ApplicantForm.h"
#include "intake/DecisionPanel.h"
#include "intake/FormFieldsEditor.h"
#include "intake/MaterialChecklistView.h"

#include <QApplication>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QVBoxLayout>

using namespace halldesk;
using namespace halldesk::test;

namespace {

using State = MaterialCheck::State;
using V = ApplicantValidator;

void showAndWait(QWidget *widget)
{
    widget->show();
    QVERIFY(QTest::qWaitForWindowActive(widget));
}

const QDate Friday(2026, 11, 27);

MaterialCheck material(const char *code, const QString &name, bool required, bool waivable)
{
    MaterialSpec spec;
    spec.code = QLatin1String(code);
    spec.name = name;
    spec.required = required;
    spec.waivable = waivable;
    return MaterialCheck::fromSpec(spec);
}

enum Row
{
    Application, // required
    Licence,     // required, may be waived
    Photo        // optional
};

QList<MaterialCheck> checklist()
{
    return {material("M-APPL", QStringLiteral("申请书"), true, false),
            material("M-BIZLIC", QStringLiteral("营业执照"), true, true),
            material("M-PHOTO", QStringLiteral("照片"), false, false)};
}

ServiceItem item(const char *code, ItemType type, int promisedDays, bool credit = false,
                 int verificationDays = 0)
{
    ServiceItem i;
    i.code = QLatin1String(code);
    i.name = QStringLiteral("事项") + i.code;
    i.type = type;
    i.promisedDays = promisedDays;
    i.creditCommitment = credit;
    i.verificationDays = verificationDays;
    return i;
}

// Received, missing, waived as the summary line counts them, whatever its words.
QList<int> summaryCounts(const QString &summary)
{
    QList<int> counts;
    auto it = QRegularExpression(QStringLiteral("\\d+")).globalMatch(summary);
    while (it.hasNext())
        counts.append(it.next().captured().toInt());
    return counts;
}

QtMessageHandler previousHandler = nullptr;

// The offscreen platform warns each time a window resizes itself; that says nothing about the
// widgets and would bury real warnings.
void dropOffscreenNoise(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message == QLatin1String("This plugin does not support propagateSizeHints()"))
        return;
    previousHandler(type, context, message);
}

} // namespace

class TestIntakeWidgets : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { previousHandler = qInstallMessageHandler(dropOffscreenNoise); }
    void cleanupTestCase() { qInstallMessageHandler(previousHandler); }

    void personIdErrorAppearsAndGoes();
    void legacyIdIsUpgraded();
    void untouchedFieldsShowNoError();
    void organisationWithWrongCreditCode();
    void setApplicantAndClear();
    void revealErrorsShowsEveryProblem();
    // FormFieldsEditor
    void formFieldsCheckedAsTyped();
    void formValuesSurviveItemChanges();

    void spaceCyclesState();
    void digitsTypePages();
    void ctrlAMarksAllReceived();

    void decisionsFollowMaterials();
    void refusedDecisionSaysWhy();
    void dueDateSkipsTheWeekend();
    void creditCommitmentDates();
    void rejectNeedsReason();
    void correctionListsMissingMaterials();
};

void TestIntakeWidgets::personIdErrorAppearsAndGoes()
{
    ApplicantForm form;
    form.setToday(Friday);
    QSignalSpy validity(&form, &ApplicantForm::validityChanged);
    showAndWait(&form);
    press(Qt::Key_1, Qt::AltModifier);
    QCOMPARE(focused(), form.editor(V::NameField));

    type(QStringLiteral("张三"));
    press(Qt::Key_Tab);
    QCOMPARE(focused(), form.editor(V::ResidentIdField));
    QVERIFY(!form.showsError(V::NameField));

    type(QStringLiteral("420202199001011232")); // wrong check digit
    QVERIFY(form.showsError(V::ResidentIdField));
    QVERIFY(!form.messageText(V::ResidentIdField).isEmpty());
    press(Qt::Key_Backspace);
    type(QStringLiteral("1"));
    QVERIFY(!form.showsError(V::ResidentIdField));
    QVERIFY(form.messageText(V::ResidentIdField).isEmpty());
    QCOMPARE(validity.count(), 0); // the mobile is still missing

    press(Qt::Key_Tab);
    QCOMPARE(focused(), form.editor(V::MobileField));
    type(QStringLiteral("13800138000"));
    QCOMPARE(validity.count(), 1);
    QCOMPARE(validity.at(0).at(0).toBool(), true);
    QVERIFY(form.isValid());
    QCOMPARE(form.applicant().residentId, QStringLiteral("420202199001011231"));
    QCOMPARE(form.applicant().name, QStringLiteral("张三"));
    QCOMPARE(form.applicant().kind, Applicant::Kind::Person);

    press(Qt::Key_Backspace);
    QCOMPARE(validity.count(), 2);
    QCOMPARE(validity.at(1).at(0).toBool(), false);
    QVERIFY(form.showsError(V::MobileField));
}

void TestIntakeWidgets::legacyIdIsUpgraded()
{
    ApplicantForm form;
    form.setToday(Friday);
    showAndWait(&form);
    form.editor(V::ResidentIdField)->setFocus();
    QCOMPARE(focused(), form.editor(V::ResidentIdField));
    type(QStringLiteral("420202800101001"));
    // While still in the field the form says how the number will be stored...
    QVERIFY(!form.showsError(V::ResidentIdField));
    QVERIFY(form.messageText(V::ResidentIdField).contains(QStringLiteral("420202198001010015")));
    // ...and on leaving it shows that form in the field itself.
    press(Qt::Key_Tab);
    QCOMPARE(form.editor(V::ResidentIdField)->text(), QStringLiteral("420202198001010015"));
    QVERIFY(form.messageText(V::ResidentIdField).isEmpty());
    QCOMPARE(form.applicant().residentId, QStringLiteral("420202198001010015"));
}

void TestIntakeWidgets::untouchedFieldsShowNoError()
{
    ApplicantForm form;
    showAndWait(&form);
    QVERIFY(!form.isValid());
    for (const QString &key : {V::NameField, V::ResidentIdField, V::MobileField})
        QVERIFY(form.messageText(key).isEmpty());
    // Leaving an empty field counts as having seen it.
    form.editor(V::NameField)->setFocus();
    press(Qt::Key_Tab);
    QVERIFY(form.showsError(V::NameField));
    QVERIFY(!form.showsError(V::ResidentIdField));
}

void TestIntakeWidgets::organisationWithWrongCreditCode()
{
    ApplicantForm form;
    QSignalSpy validity(&form, &ApplicantForm::validityChanged);
    showAndWait(&form);
    press(Qt::Key_2, Qt::AltModifier);
    QCOMPARE(form.kind(), Applicant::Kind::Organisation);
    QCOMPARE(focused(), form.editor(V::NameField));
    QVERIFY(form.editor(V::CreditCodeField));
    QVERIFY(!form.editor(V::ResidentIdField));

    type(QStringLiteral("黄石市某某餐饮有限公司"));
    press(Qt::Key_Tab);
    QCOMPARE(focused(), form.editor(V::CreditCodeField));
    type(QStringLiteral("91350100m000100y44"));
    QVERIFY(form.showsError(V::CreditCodeField));
    press(Qt::Key_Tab);
    type(QStringLiteral("王五"));
    press(Qt::Key_Tab);
    type(QStringLiteral("赵六"));
    press(Qt::Key_Tab);
    QCOMPARE(focused(), form.editor(V::MobileField));
    type(QStringLiteral("13800138000"));
    QVERIFY(!form.isValid());
    QCOMPARE(validity.count(), 0);

    form.editor(V::CreditCodeField)->setFocus();
    press(Qt::Key_Backspace);
    type(QStringLiteral("3"));
    QVERIFY(!form.showsError(V::CreditCodeField));
    QCOMPARE(validity.count(), 1);
    QVERIFY(form.isValid());
    press(Qt::Key_Tab);
    // Stored, and shown once the clerk moves on, in capitals.
    QCOMPARE(form.editor(V::CreditCodeField)->text(), QStringLiteral("91350100M000100Y43"));
    const Applicant a = form.applicant();
    QCOMPARE(a.kind, Applicant::Kind::Organisation);
    QCOMPARE(a.creditCode, QStringLiteral("91350100M000100Y43"));
    QCOMPARE(a.legalRepresentative, QStringLiteral("王五"));
    QCOMPARE(a.contactName, QStringLiteral("赵六"));

    // Back to a person: that form is empty, so the applicant is no longer valid.
    press(Qt::Key_1, Qt::AltModifier);
    QCOMPARE(form.kind(), Applicant::Kind::Person);
    QCOMPARE(validity.count(), 2);
    QVERIFY(!form.isValid());
}

void TestIntakeWidgets::setApplicantAndClear()
{
    ApplicantForm form;
    Applicant a;
    a.kind = Applicant::Kind::Organisation;
    a.name = QStringLiteral("黄石市某某餐饮有限公司");
    a.creditCode = QStringLiteral("91350100M000100Y43");
    a.legalRepresentative = QStringLiteral("王五");
    a.contactName = QStringLiteral("赵六");
    a.mobile = QStringLiteral("13800138000");
    QSignalSpy validity(&form, &ApplicantForm::validityChanged);
    form.setApplicant(a);
    QCOMPARE(form.kind(), Applicant::Kind::Organisation);
    QVERIFY(form.isValid());
    QCOMPARE(form.applicant(), a);

    a.mobile = QStringLiteral("12345");
    form.setApplicant(a);
    QVERIFY(!form.isValid());
    QVERIFY(form.showsError(V::MobileField)); // filled in, so checked at once

    form.clear();
    QCOMPARE(form.kind(), Applicant::Kind::Person);
    QVERIFY(!form.isValid());
    QVERIFY(form.editor(V::NameField)->text().isEmpty());
    QVERIFY(form.messageText(V::NameField).isEmpty());
    QCOMPARE(validity.count(), 2);
}

void TestIntakeWidgets::revealErrorsShowsEveryProblem()
{
    ApplicantForm form;
    form.setToday(Friday);
    showAndWait(&form);
    form.editor(V::NameField)->setFocus();
    type(QStringLiteral("张三"));
    QVERIFY(!form.showsError(V::ResidentIdField));
    QVERIFY(!form.showsError(V::MobileField));
    QVERIFY(form.revealErrors());
    QVERIFY(form.showsError(V::ResidentIdField));
    QVERIFY(form.showsError(V::MobileField));
    QCOMPARE(focused(), form.editor(V::ResidentIdField)); // the first with a problem
    type(QStringLiteral("420202199001011231"));
    press(Qt::Key_Tab);
    type(QStringLiteral("13800138000"));
    QVERIFY(form.isValid());
    QVERIFY(!form.revealErrors());
}

void TestIntakeWidgets::formFieldsCheckedAsTyped()
{
    const CaseworkData data = test::testCasework();
    FormFieldsEditor editor;
    editor.setToday(Friday);
    editor.setItems({data.catalogue->item(QStringLiteral("T0002"))});
    showAndWait(&editor);
    const QString item = QStringLiteral("T0002");
    QVERIFY(!editor.isValid());                                           // the address is required
    QVERIFY(editor.errorText(item, QStringLiteral("address")).isEmpty()); // not typed yet

    editor.editor(item, QStringLiteral("area"))->setFocus();
    type(QStringLiteral("0"));
    QVERIFY(!editor.errorText(item, QStringLiteral("area")).isEmpty()); // below 1
    press(Qt::Key_Backspace);
    type(QStringLiteral("80.50"));
    QVERIFY(editor.errorText(item, QStringLiteral("area")).isEmpty());
    QVERIFY(!editor.isValid());

    QSignalSpy validity(&editor, &FormFieldsEditor::validityChanged);
    editor.editor(item, QStringLiteral("address"))->setFocus();
    type(QStringLiteral("黄石市团城山街道 1 号"));
    QCOMPARE(validity.count(), 1);
    QVERIFY(editor.isValid());
    QCOMPARE(editor.values().value(item).value(QStringLiteral("area")), QStringLiteral("80.5"));
    QVERIFY(!editor.revealErrors());
}

void TestIntakeWidgets::formValuesSurviveItemChanges()
{
    const CaseworkData data = test::testCasework();
    const ServiceItem *promised = data.catalogue->item(QStringLiteral("T0002"));
    const ServiceItem *immediate = data.catalogue->item(QStringLiteral("T0001"));
    FormFieldsEditor editor;
    editor.setItems({promised});
    showAndWait(&editor);
    editor.editor(QStringLiteral("T0002"), QStringLiteral("address"))->setFocus();
    type(QStringLiteral("黄石市团城山街道 1 号"));

    // Another item joins: what was typed for the first stays, the new form is to be filled.
    editor.setItems({promised, immediate});
    QCOMPARE(editor.values().value(QStringLiteral("T0002")).value(QStringLiteral("address")),
             QStringLiteral("黄石市团城山街道 1 号"));
    QVERIFY(!editor.isValid()); // T0001's purpose is required
    QVERIFY(editor.revealErrors());
    QCOMPARE(focused(), editor.editor(QStringLiteral("T0001"), QStringLiteral("purpose")));
    QVERIFY(!editor.errorText(QStringLiteral("T0001"), QStringLiteral("purpose")).isEmpty());

    // The first item is dropped: its values go with it.
    editor.setItems({immediate});
    QVERIFY(!editor.values().contains(QStringLiteral("T0002")));
    QVERIFY(!editor.editor(QStringLiteral("T0002"), QStringLiteral("address")));
}

void TestIntakeWidgets::spaceCyclesState()
{
    MaterialChecklistModel model;
    model.setMaterials(checklist());
    MaterialChecklistView view(&model);
    showAndWait(&view);
    view.setFocus();
    QCOMPARE(focused(), view.table());
    QCOMPARE(view.currentRow(), int(Application));
    QCOMPARE(summaryCounts(view.summaryText()), (QList<int>{0, 3, 0}));

    // Not waivable: missing and received only.
    press(Qt::Key_Space);
    QCOMPARE(model.material(Application).state, State::Received);
    QCOMPARE(summaryCounts(view.summaryText()), (QList<int>{1, 2, 0}));
    press(Qt::Key_Space);
    QCOMPARE(model.material(Application).state, State::Missing);

    press(Qt::Key_Down);
    QCOMPARE(view.currentRow(), int(Licence));
    press(Qt::Key_Space);
    QCOMPARE(model.material(Licence).state, State::Received);
    press(Qt::Key_Space);
    QCOMPARE(model.material(Licence).state, State::Waived);
    QCOMPARE(summaryCounts(view.summaryText()), (QList<int>{0, 2, 1}));
    press(Qt::Key_Space);
    QCOMPARE(model.material(Licence).state, State::Missing);

    press(Qt::Key_Down);
    press(Qt::Key_Down); // stays on the last row
    QCOMPARE(view.currentRow(), int(Photo));
    press(Qt::Key_Up);
    QCOMPARE(view.currentRow(), int(Licence));
}

void TestIntakeWidgets::digitsTypePages()
{
    MaterialChecklistModel model;
    model.setMaterials(checklist());
    MaterialChecklistView view(&model);
    showAndWait(&view);
    view.setFocus();

    // Counting pages means the document is in hand.
    press(Qt::Key_1);
    press(Qt::Key_2);
    QCOMPARE(model.material(Application).state, State::Received);
    QCOMPARE(model.material(Application).pages, 12);
    press(Qt::Key_Backspace);
    QCOMPARE(model.material(Application).pages, 1);
    press(Qt::Key_5);
    QCOMPARE(model.material(Application).pages, 15);

    // A new row starts a new number, and the count never passes 999.
    press(Qt::Key_Down);
    for (Qt::Key key : {Qt::Key_9, Qt::Key_9, Qt::Key_9, Qt::Key_9})
        press(key);
    QCOMPARE(model.material(Licence).pages, 999);
    press(Qt::Key_Up);
    press(Qt::Key_3);
    QCOMPARE(model.material(Application).pages, 3);

    // Moving a material off "received" drops its count.
    press(Qt::Key_Space);
    QCOMPARE(model.material(Application).state, State::Missing);
    QCOMPARE(model.material(Application).pages, 0);
}

void TestIntakeWidgets::ctrlAMarksAllReceived()
{
    MaterialChecklistModel model;
    model.setMaterials(checklist());
    MaterialChecklistView view(&model);
    showAndWait(&view);
    view.setFocus();
    QSignalSpy changed(&model, &MaterialChecklistModel::materialsChanged);
    press(Qt::Key_A, Qt::ControlModifier);
    for (const MaterialCheck &m : model.materials())
        QCOMPARE(m.state, State::Received);
    QVERIFY(changed.count() > 0);
    QCOMPARE(summaryCounts(view.summaryText()), (QList<int>{3, 0, 0}));
}

// The checklist and the decision panel wired as the intake dialog wires them.
void TestIntakeWidgets::decisionsFollowMaterials()
{
    const ServiceItem promised = item("F0101", ItemType::Commitment, 3);
    MaterialChecklistModel model;
    model.setMaterials(checklist());
    QWidget window;
    auto *view = new MaterialChecklistView(&model, &window);
    auto *panel = new DecisionPanel(&window);
    auto *layout = new QVBoxLayout(&window);
    layout->addWidget(view);
    layout->addWidget(panel);
    connect(&model, &MaterialChecklistModel::materialsChanged, panel,
            [&] { panel->setMaterials(model.materials()); });
    panel->setItems({&promised}, promised.promisedDays);
    panel->setMaterials(model.materials());
    panel->setReceiptDate(Friday);
    showAndWait(&window);
    view->setFocus();

    const auto enabled = [&](IntakeDecision d) {
        return panel->button(d)->isEnabled();
    };
    QVERIFY(!enabled(IntakeDecision::Accept));
    QVERIFY(!enabled(IntakeDecision::Immediate));
    QVERIFY(enabled(IntakeDecision::Correction));
    QVERIFY(enabled(IntakeDecision::Reject));
    QVERIFY(!enabled(IntakeDecision::CreditCommitment));
    QVERIFY(!panel->button(IntakeDecision::Accept)->toolTip().isEmpty());

    press(Qt::Key_Space); // application received
    QVERIFY(!enabled(IntakeDecision::Accept));
    press(Qt::Key_Down);
    press(Qt::Key_Space);
    press(Qt::Key_Space); // licence waived for now
    QCOMPARE(model.material(Licence).state, State::Waived);
    QVERIFY(enabled(IntakeDecision::Accept));
    QVERIFY(!enabled(IntakeDecision::Correction));

    QSignalSpy ready(panel, &DecisionPanel::readyChanged);
    QSignalSpy decision(panel, &DecisionPanel::decisionChanged);
    press(Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(panel->decision(), IntakeDecision::Accept);
    QVERIFY(panel->isReady());
    QCOMPARE(ready.count(), 1);
    QCOMPARE(decision.count(), 1);
    QCOMPARE(focused(), view->table()); // the shortcut works from the checklist

    // The licence turns out to be missing after all: acceptance is withdrawn, with a word why.
    press(Qt::Key_Space);
    QCOMPARE(model.material(Licence).state, State::Missing);
    QVERIFY(!enabled(IntakeDecision::Accept));
    QVERIFY(!panel->decision());
    QVERIFY(!panel->isReady());
    QCOMPARE(ready.count(), 2);
    QCOMPARE(decision.count(), 2);
    QVERIFY(!panel->messageText().isEmpty());
}

void TestIntakeWidgets::refusedDecisionSaysWhy()
{
    const ServiceItem promised = item("F0101", ItemType::Commitment, 3);
    QList<MaterialCheck> materials = checklist();
    for (MaterialCheck &m : materials)
        m.state = State::Received;
    DecisionPanel panel;
    panel.setItems({&promised}, promised.promisedDays);
    panel.setMaterials(materials);
    showAndWait(&panel);
    QSignalSpy decision(&panel, &DecisionPanel::decisionChanged);
    QVERIFY(panel.messageText().isEmpty());

    press(Qt::Key_2, Qt::ControlModifier); // a promised item cannot be finished on the spot
    QVERIFY(!panel.decision());
    QCOMPARE(decision.count(), 0);
    QVERIFY(panel.messageText().contains(panel.unavailableReason(IntakeDecision::Immediate)));
    QCOMPARE(panel.button(IntakeDecision::Immediate)->toolTip(),
             panel.unavailableReason(IntakeDecision::Immediate));

    // A click on the greyed-out button says the same.
    press(Qt::Key_1, Qt::ControlModifier);
    QVERIFY(panel.messageText().isEmpty());
    QTest::mouseClick(panel.button(IntakeDecision::CreditCommitment), Qt::LeftButton);
    QCOMPARE(panel.decision(), IntakeDecision::Accept);
    QVERIFY(
        panel.messageText().contains(panel.unavailableReason(IntakeDecision::CreditCommitment)));

    QTest::mouseClick(panel.button(IntakeDecision::Reject), Qt::LeftButton);
    QCOMPARE(panel.decision(), IntakeDecision::Reject);
    QVERIFY(panel.button(IntakeDecision::Reject)->isChecked());
    QVERIFY(!panel.button(IntakeDecision::Accept)->isChecked());
}

void TestIntakeWidgets::dueDateSkipsTheWeekend()
{
    const ServiceItem promised = item("F0101", ItemType::Commitment, 3);
    QList<MaterialCheck> materials = checklist();
    for (MaterialCheck &m : materials)
        m.state = State::Received;
    DecisionPanel panel;
    panel.setItems({&promised}, promised.promisedDays);
    panel.setMaterials(materials);
    panel.setReceiptDate(Friday);
    showAndWait(&panel);
    QVERIFY(!panel.dueDate());
    press(Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(panel.dueDate(), QDate(2026, 12, 2));
    QVERIFY(panel.detailsText().contains(QStringLiteral("2026-12-02")));
    QVERIFY(!panel.verificationDate());
}

void TestIntakeWidgets::creditCommitmentDates()
{
    const ServiceItem credit = item("A0101", ItemType::Commitment, 3, true, 20);
    const ServiceItem longer = item("A0102", ItemType::Commitment, 5, true, 10);
    DecisionPanel panel;
    panel.setItems({&credit, &longer}, std::max(credit.promisedDays, longer.promisedDays));
    panel.setMaterials(checklist()); // everything missing: a commitment covers it
    panel.setReceiptDate(Friday);
    showAndWait(&panel);
    QVERIFY(panel.choose(IntakeDecision::CreditCommitment));
    QVERIFY(panel.isReady());
    // The slowest item decides: 5 working days to finish, 20 to verify.
    QCOMPARE(panel.dueDate(), QDate(2026, 12, 4));
    QCOMPARE(panel.verificationDate(), QDate(2026, 12, 25));
    QVERIFY(panel.detailsText().contains(QStringLiteral("2026-12-04")));
    QVERIFY(panel.detailsText().contains(QStringLiteral("2026-12-25")));
}

void TestIntakeWidgets::rejectNeedsReason()
{
    const ServiceItem promised = item("F0101", ItemType::Commitment, 3);
    DecisionPanel panel;
    panel.setItems({&promised}, promised.promisedDays);
    panel.setMaterials(checklist());
    showAndWait(&panel);
    QSignalSpy ready(&panel, &DecisionPanel::readyChanged);
    press(Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(panel.decision(), IntakeDecision::Reject);
    QVERIFY(!panel.isReady());
    QVERIFY(!panel.messageText().isEmpty());
    QVERIFY(qobject_cast<QLineEdit *>(focused()));
    type(QStringLiteral("   "));
    QVERIFY(!panel.isReady());
    type(QStringLiteral("不属于本部门职权范围"));
    QVERIFY(panel.isReady());
    QCOMPARE(ready.count(), 1);
    QCOMPARE(panel.reason(), QStringLiteral("不属于本部门职权范围"));
    QVERIFY(panel.messageText().isEmpty());
}

void TestIntakeWidgets::correctionListsMissingMaterials()
{
    const ServiceItem promised = item("F0101", ItemType::Commitment, 3);
    QList<MaterialCheck> materials = checklist();
    materials[Application].state = State::Received;
    DecisionPanel panel;
    panel.setItems({&promised}, promised.promisedDays);
    panel.setMaterials(materials);
    showAndWait(&panel);
    press(Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(panel.decision(), IntakeDecision::Correction);
    QVERIFY(panel.isReady());
    QVERIFY(panel.detailsText().contains(QStringLiteral("营业执照")));
    QVERIFY(!panel.detailsText().contains(QStringLiteral("申请书")));
    QVERIFY(!panel.detailsText().contains(QStringLiteral("照片"))); // optional
    QVERIFY(!panel.dueDate());
}

QTEST_MAIN(TestIntakeWidgets)
#include "tst_intakewidgets.moc"
