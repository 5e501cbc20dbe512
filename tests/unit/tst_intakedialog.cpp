// A whole intake at the window, by keyboard only: choose the item, type the applicant and the
// form, mark the materials, decide, confirm. The case handed out and its notice PDF are
// checked the way the server and a citizen's phone would see them.

#include "KeyboardInput.h"
#include "NoticeTestTools.h"
#include "TestCatalogue.h"
#include "casework/ApplicantValidator.h"
#include "casework/MaterialChecklistModel.h"
#include "casework/VerificationCode.h"
#include "intake/ApplicantForm.h"
#include "intake/DecisionPage.h"
#include "intake/FormFieldsEditor.h"
#include "intake/IntakeDialog.h"
#include "intake/ItemPicker.h"
#include "intake/NoticePrinter.h"
#include "notice/NoticeDocumentBuilder.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <memory>
#include <vector>

using namespace halldesk;
using namespace halldesk::test;

namespace {

const QDate Friday(2026, 11, 27);

} // namespace

class TestIntakeDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void acceptByKeyboard();
    void correctionListsMissingMaterials();
    void cannotMoveOnWithoutItems();
    void escapeAsksBeforeDiscarding();
    void refusedKeepLeavesTheDialogOpen();
    void reusesEarlierMaterials();
    void earlierLookupProblemIsShown();
    void printerWritesPdf();
    void fitsTheCounterScreen();

private:
    IntakeContext context() const;
    // Runs the intake up to the materials; the dialog is then on its last step.
    void fillUpToMaterials(IntakeDialog &dialog);
    QString writePdf(const QByteArray &pdf, const QString &name);
    QString textOf(const QString &pdf);

    CaseworkData m_data = test::testCasework();
    QTemporaryDir m_dir;
};

void TestIntakeDialog::initTestCase()
{
    const QString missing = missingTools();
    if (!missing.isEmpty())
        QFAIL(qPrintable(missing));
    QVERIFY(m_dir.isValid());
}

IntakeContext TestIntakeDialog::context() const
{
    IntakeContext c;
    c.catalogue = m_data.catalogue.get();
    c.calendar = *m_data.calendar;
    c.hall = {QStringLiteral("黄石市民之家"), QStringLiteral("黄石市杭州西路 1 号"),
              QStringLiteral("0714-12345")};
    c.window = 15;
    c.staffNo = QStringLiteral("S042");
    c.staffName = QStringLiteral("李四");
    c.ticketNumber = QStringLiteral("A012");
    c.nextCaseNumber = [] {
        return CaseNumber(Friday, 15, 3);
    };
    // 10:30 in the hall.
    c.now = [] {
        return QDateTime(Friday, QTime(2, 30), QTimeZone::utc());
    };
    return c;
}

void TestIntakeDialog::fillUpToMaterials(IntakeDialog &dialog)
{
    dialog.setPrintingEnabled(false);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QCOMPARE(focused(), dialog.itemPicker()->searchEdit());
    QVERIFY(dialog.windowTitle().contains(QStringLiteral("A012")));

    type(QStringLiteral("spjy"));
    press(Qt::Key_Return);
    QCOMPARE(dialog.itemPicker()->chosenItems().size(), 1);
    press(Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(dialog.step(), int(IntakeDialog::ApplicantStep));

    ApplicantForm *applicant = dialog.applicantForm();
    QCOMPARE(focused(), applicant->editor(ApplicantValidator::NameField));
    type(QStringLiteral("张三"));
    press(Qt::Key_Tab);
    type(QStringLiteral("420202199001011231"));
    press(Qt::Key_Tab);
    type(QStringLiteral("13800138000"));
    QVERIFY(applicant->isValid());

    // The form is refused until its required address is typed: the address, never visited,
    // now says so beside it and has the focus.
    QVERIFY(dialog.formEditor()
                ->errorText(QStringLiteral("T0002"), QStringLiteral("address"))
                .isEmpty());
    press(Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(dialog.step(), int(IntakeDialog::ApplicantStep));
    QVERIFY(!dialog.messageText().isEmpty());
    QVERIFY(!dialog.formEditor()
                 ->errorText(QStringLiteral("T0002"), QStringLiteral("address"))
                 .isEmpty());
    QCOMPARE(focused(),
             dialog.formEditor()->editor(QStringLiteral("T0002"), QStringLiteral("address")));
    type(QStringLiteral("黄石市团城山街道 1 号"));
    press(Qt::Key_Tab);
    type(QStringLiteral("120.50"));
    QVERIFY(dialog.formEditor()->isValid());
    press(Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(dialog.step(), int(IntakeDialog::DecisionStep));
}

QString TestIntakeDialog::writePdf(const QByteArray &pdf, const QString &name)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size())
        return {};
    return path;
}

QString TestIntakeDialog::textOf(const QString &pdf)
{
    const ToolRun run =
        runTool(QStringLiteral("pdftotext"),
                {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    return QString::fromUtf8(run.output);
}

void TestIntakeDialog::acceptByKeyboard()
{
    IntakeDialog dialog(context());
    QSignalSpy taken(&dialog, &IntakeDialog::caseTaken);
    fillUpToMaterials(dialog);
    if (QTest::currentTestFailed())
        return;

    press(Qt::Key_A, Qt::ControlModifier); // every material received
    press(Qt::Key_1, Qt::ControlModifier); // 受理
    press(Qt::Key_Return, Qt::ControlModifier);

    QCOMPARE(taken.count(), 1);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const auto record = taken.at(0).at(0).value<CaseRecord>();
    QCOMPARE(record.number.toString(), QStringLiteral("20261127-0015-0003"));
    QVERIFY(VerificationCode::isWellFormed(record.verificationCode));
    QCOMPARE(record.window, 15);
    QCOMPARE(record.staffNo, QStringLiteral("S042"));
    QCOMPARE(record.ticketNumber, QStringLiteral("A012"));
    QCOMPARE(record.receivedOn, Friday);
    QCOMPARE(record.catalogueVersion, 7);
    QCOMPARE(record.items.size(), 1);
    QCOMPARE(record.items[0].code, QStringLiteral("T0002"));
    QCOMPARE(record.applicant.name, QStringLiteral("张三"));
    QCOMPARE(record.applicant.residentId, QStringLiteral("420202199001011231"));
    QCOMPARE(record.applicant.mobile, QStringLiteral("13800138000"));
    QCOMPARE(record.form.value(QStringLiteral("T0002")).value(QStringLiteral("area")),
             QStringLiteral("120.5"));
    QCOMPARE(record.materials.size(), 2);
    for (const MaterialCheck &m : record.materials)
        QCOMPARE(m.state, MaterialCheck::State::Received);
    QCOMPARE(record.decision, IntakeDecision::Accept);
    QCOMPARE(record.state.status, CaseStatus::Accepted);
    QCOMPARE(record.dueDate, QDate(2026, 12, 2));

    const QString pdf = writePdf(taken.at(0).at(1).toByteArray(), QStringLiteral("accept.pdf"));
    QVERIFY(!pdf.isEmpty());
    const ToolRun info = runTool(QStringLiteral("pdfinfo"), {pdf});
    QCOMPARE(info.exitCode, 0);
    QVERIFY(info.output.contains("20261127-0015-0003"));
    const ToolRun page =
        runTool(QStringLiteral("pdftoppm"),
                {QStringLiteral("-r"), QStringLiteral("150"), QStringLiteral("-png"),
                 QStringLiteral("-singlefile"), QStringLiteral("-f"), QStringLiteral("1"),
                 QStringLiteral("-l"), QStringLiteral("1"), pdf, pdf + QStringLiteral("-1")});
    QCOMPARE(page.exitCode, 0);
    const ToolRun qr = decodeQr(pdf + QStringLiteral("-1.png"));
    QCOMPARE(qr.exitCode, 0);
    QCOMPARE(QString::fromLatin1(qr.output),
             QStringLiteral("HALLDESK1|20261127-0015-0003|") + record.verificationCode);
    // The applicant's ID is masked on paper.
    QVERIFY(!textOf(pdf).contains(QStringLiteral("420202199001011231")));
}

void TestIntakeDialog::correctionListsMissingMaterials()
{
    IntakeDialog dialog(context());
    QSignalSpy taken(&dialog, &IntakeDialog::caseTaken);
    fillUpToMaterials(dialog);
    if (QTest::currentTestFailed())
        return;

    press(Qt::Key_Space); // 申请人身份证 received; 经营场所平面图 stays missing
    press(Qt::Key_3, Qt::ControlModifier); // 补正
    press(Qt::Key_Return, Qt::ControlModifier);

    QCOMPARE(taken.count(), 1);
    const auto record = taken.at(0).at(0).value<CaseRecord>();
    QCOMPARE(record.decision, IntakeDecision::Correction);
    QCOMPARE(record.state.status, CaseStatus::Correction);
    const QString pdf = writePdf(taken.at(0).at(1).toByteArray(), QStringLiteral("correction.pdf"));
    QVERIFY(!pdf.isEmpty());
    const QString text = textOf(pdf).remove(QRegularExpression(QStringLiteral("\\s")));
    QVERIFY2(text.contains(QStringLiteral("经营场所平面图")), qPrintable(text));
}

void TestIntakeDialog::cannotMoveOnWithoutItems()
{
    IntakeDialog dialog(context());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    press(Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(dialog.step(), int(IntakeDialog::ItemsStep));
    QVERIFY(!dialog.messageText().isEmpty());
    QVERIFY(!dialog.isFilled());
}

namespace {

// Answers the next question box with `button` as soon as it is up (it runs its own loop).
void answerNextQuestion(QMessageBox::StandardButton button)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, button] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            timer->deleteLater();
            timer->stop();
            box->button(button)->click();
        }
    });
    timer->start();
}

} // namespace

void TestIntakeDialog::escapeAsksBeforeDiscarding()
{
    {
        // Nothing typed yet: Esc simply closes.
        IntakeDialog empty(context());
        empty.show();
        QVERIFY(QTest::qWaitForWindowActive(&empty));
        press(Qt::Key_Escape);
        QCOMPARE(empty.result(), int(QDialog::Rejected));
        QVERIFY(!empty.isVisible());
    }
    IntakeDialog dialog(context());
    QSignalSpy finished(&dialog, &QDialog::finished);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    type(QStringLiteral("spjy"));
    press(Qt::Key_Return);
    QVERIFY(dialog.isFilled());

    answerNextQuestion(QMessageBox::Cancel);
    press(Qt::Key_Escape);
    QVERIFY(dialog.isVisible());
    QCOMPARE(finished.count(), 0);
    QCOMPARE(dialog.itemPicker()->chosenItems().size(), 1);

    // The offscreen platform does not hand the focus back after the question; a window
    // manager does.
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    answerNextQuestion(QMessageBox::Discard);
    press(Qt::Key_Escape);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

// The store refuses the case (a full disk): nothing is handed out or printed, what was typed
// stays, and the clerk reads why; once the store takes it, the same dialog finishes.
void TestIntakeDialog::refusedKeepLeavesTheDialogOpen()
{
    IntakeContext c = context();
    int attempts = 0;
    int numbersGiven = 0;
    QByteArray keptPdf;
    QStringList numbers;
    c.nextCaseNumber = [&numbersGiven] {
        return CaseNumber(Friday, 15, ++numbersGiven);
    };
    c.keep = [&](const CaseRecord &record, const QByteArray &pdf) -> std::optional<QString> {
        ++attempts;
        numbers << record.number.toString();
        if (attempts == 1)
            return QStringLiteral("磁盘已满");
        keptPdf = pdf;
        return record.number.isNull() ? std::optional<QString>(QStringLiteral("no number"))
                                      : std::nullopt;
    };
    IntakeDialog dialog(c);
    QSignalSpy taken(&dialog, &IntakeDialog::caseTaken);
    fillUpToMaterials(dialog);
    if (QTest::currentTestFailed())
        return;
    press(Qt::Key_A, Qt::ControlModifier);
    press(Qt::Key_1, Qt::ControlModifier);
    press(Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(attempts, 1);
    QCOMPARE(taken.count(), 0);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.messageText(), QStringLiteral("磁盘已满"));
    QCOMPARE(dialog.step(), int(IntakeDialog::DecisionStep));

    press(Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(attempts, 2);
    QCOMPARE(taken.count(), 1);
    // One number for the application, however often it was confirmed.
    QCOMPARE(numbersGiven, 1);
    QCOMPARE(numbers.at(0), numbers.at(1));
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(keptPdf.startsWith("%PDF"));
}

void TestIntakeDialog::reusesEarlierMaterials()
{
    IntakeContext c = context();
    QList<Applicant> asked;
    IntakeContext::EarlierAnswer pending;
    c.findEarlierMaterials = [&](const Applicant &applicant, IntakeContext::EarlierAnswer answer) {
        asked << applicant;
        pending = std::move(answer);
    };
    IntakeDialog dialog(c);
    QSignalSpy taken(&dialog, &IntakeDialog::caseTaken);
    fillUpToMaterials(dialog);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.first().residentId, QStringLiteral("420202199001011231"));
    QVERIFY(!dialog.decisionPage()->earlierText().isEmpty()); // looking up…

    pending({{QStringLiteral("M-IDCARD"), QStringLiteral("申请人身份证"), 2,
              QStringLiteral("20261120-0015-0001"), QDate(2026, 11, 20)}},
            {});
    QVERIFY(dialog.decisionPage()->earlierText().contains(QStringLiteral("20261120-0015-0001")));
    press(Qt::Key_R, Qt::ControlModifier);
    const MaterialCheck &id = dialog.decisionPage()->checklist()->material(0);
    QCOMPARE(id.code, QStringLiteral("M-IDCARD"));
    QCOMPARE(id.state, MaterialCheck::State::Received);
    QCOMPARE(id.reusedFromCase, QStringLiteral("20261120-0015-0001"));

    // Back and forth with the same applicant does not ask again.
    press(Qt::Key_Left, Qt::AltModifier);
    press(Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(dialog.step(), int(IntakeDialog::DecisionStep));
    QCOMPARE(asked.size(), 1);

    press(Qt::Key_Down);
    press(Qt::Key_Space); // the plan, on the desk
    press(Qt::Key_1, Qt::ControlModifier);
    press(Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(taken.count(), 1);
    const auto record = taken.at(0).at(0).value<CaseRecord>();
    QCOMPARE(record.materials.at(0).reusedFromCase, QStringLiteral("20261120-0015-0001"));
    QCOMPARE(record.materials.at(0).pages, 2);
}

void TestIntakeDialog::earlierLookupProblemIsShown()
{
    IntakeContext c = context();
    c.findEarlierMaterials = [](const Applicant &, IntakeContext::EarlierAnswer answer) {
        answer({}, QStringLiteral("离线"));
    };
    IntakeDialog dialog(c);
    fillUpToMaterials(dialog);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(dialog.decisionPage()->earlierText().contains(QStringLiteral("离线")));
    QCOMPARE(dialog.decisionPage()->reuseEarlier(), 0);
    QCOMPARE(dialog.decisionPage()->checklist()->count(MaterialCheck::State::Missing), 2);
}

void TestIntakeDialog::printerWritesPdf()
{
    CaseRecord record;
    record.number = CaseNumber(Friday, 15, 4);
    record.verificationCode = VerificationCode::generate();
    record.receivedOn = Friday;
    record.items = {CaseItem{QStringLiteral("T0002"), 1, {}, QStringLiteral("食品经营许可")}};
    record.dueDate = QDate(2026, 12, 2);
    const NoticeDocument document =
        NoticeDocumentBuilder(*m_data.catalogue, context().hall).build(record, QString());

    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString path = m_dir.filePath(QStringLiteral("printed.pdf"));
    printer.setOutputFileName(path);
    NoticePrinter noticePrinter;
    QVERIFY2(noticePrinter.print(document, printer), qPrintable(noticePrinter.errorString()));
    const ToolRun info = runTool(QStringLiteral("pdfinfo"), {path});
    QCOMPARE(info.exitCode, 0);
    QVERIFY(info.output.contains("Pages:"));
    QVERIFY(info.output.contains("A4"));
    QVERIFY(!noticePrinter.pdfCopy(document).isEmpty());
}

// The counter screens are 1366×768: every step must fit without being squeezed below its
// minimum. With HALLDESK_LOOK_DIR set, each step is saved there as a PNG to look at, in the
// language of the .qm files listed in HALLDESK_LOOK_QM (separated by ':').
void TestIntakeDialog::fitsTheCounterScreen()
{
    std::vector<std::unique_ptr<QTranslator>> translators;
    for (const QString &qm :
         qEnvironmentVariable("HALLDESK_LOOK_QM").split(u':', Qt::SkipEmptyParts)) {
        auto translator = std::make_unique<QTranslator>();
        QVERIFY2(translator->load(qm), qPrintable(qm));
        QCoreApplication::installTranslator(translator.get());
        translators.push_back(std::move(translator));
    }
    IntakeContext c = context();
    // With scanning, as at a counter: the materials step has its scan button.
    c.scanWorkDirectory = m_dir.filePath(QStringLiteral("scans"));
    c.scanFileKey = QByteArray(32, 'k');
    c.keepScan = [](const QString &, const StoredScan &, const QString &) {
        return std::optional<QString>();
    };
    IntakeDialog dialog(c);
    dialog.setPrintingEnabled(false);
    dialog.resize(1366, 768);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QString lookDir = qEnvironmentVariable("HALLDESK_LOOK_DIR");
    const auto look = [&](const char *name) {
        QVERIFY(dialog.minimumSizeHint().width() <= 1366);
        QVERIFY(dialog.minimumSizeHint().height() <= 768);
        if (!lookDir.isEmpty())
            QVERIFY(dialog.grab().save(lookDir + u'/' + QLatin1String(name)));
    };
    QTest::keyClicks(dialog.itemPicker()->searchEdit(), QStringLiteral("T000"));
    look("1-items.png");
    QTest::keyClick(dialog.itemPicker()->searchEdit(), Qt::Key_Return);
    QVERIFY(dialog.goToStep(IntakeDialog::ApplicantStep));
    look("2-applicant.png");
    dialog.applicantForm()->setApplicant({Applicant::Kind::Person,
                                          QStringLiteral("张三"),
                                          QStringLiteral("420202199001011231"),
                                          QStringLiteral("13800138000"),
                                          {},
                                          {},
                                          {}});
    auto *purpose = qobject_cast<QComboBox *>(
        dialog.formEditor()->editor(QStringLiteral("T0001"), QStringLiteral("purpose")));
    QVERIFY(purpose);
    purpose->setCurrentIndex(1);
    QVERIFY(dialog.goToStep(IntakeDialog::DecisionStep));
    QVERIFY(dialog.decisionPage()->isScanAvailable());
    // One material scanned already, as the clerk sees it after F6.
    dialog.decisionPage()->checklist()->setScan(0, QString(64, u'a'), 1000, 1);
    look("3-decision.png");
}

QTEST_MAIN(TestIntakeDialog)
#include "tst_intakedialog.moc"
