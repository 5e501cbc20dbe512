#include "intake/IntakeDialog.h"

#include "casework/DecisionRules.h"
#include "casework/IntakeCheck.h"
#include "casework/MaterialChecklistModel.h"
#include "casework/VerificationCode.h"
#include "intake/ApplicantForm.h"
#include "intake/DecisionPage.h"
#include "intake/DecisionPanel.h"
#include "intake/FormFieldsEditor.h"
#include "intake/IntakeScanLauncher.h"
#include "intake/ItemPicker.h"
#include "intake/MaterialChecklistView.h"
#include "intake/NoticePrinter.h"
#include "logging/HallDeskLogging.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace halldesk {

namespace {

const QColor ErrorColour(0xb0, 0x1e, 0x1e);

} // namespace

IntakeDialog::IntakeDialog(IntakeContext context, QWidget *parent)
    : QDialog(parent)
    , m_context(std::move(context))
    , m_openedAt(m_context.now())
{
    setWindowTitle(m_context.ticketNumber.isEmpty()
                       ? tr("Take an application")
                       : tr("Take an application: ticket %1").arg(m_context.ticketNumber));
    const QDate today = m_context.hallTime.serviceDay(m_openedAt);

    m_title = new QLabel;
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_picker = new ItemPicker;
    m_picker->setCatalogue(m_context.catalogue);

    m_pages = new QStackedWidget;
    m_pages->addWidget(m_picker);
    m_pages->addWidget(buildApplicantPage());
    m_decisionPage = new DecisionPage;
    m_pages->addWidget(m_decisionPage);
    m_scanner = new IntakeScanLauncher(m_context, *m_decisionPage->checklist(), this);
    m_decisionPage->setScanAvailable(m_scanner->isAvailable());
    connect(m_decisionPage, &DecisionPage::scanRequested, m_scanner, &IntakeScanLauncher::scan);
    m_applicant->setToday(today);
    m_form->setToday(today);
    decisionPanel()->setReceiptDate(today);
    decisionPanel()->setCalendar(m_context.calendar);

    m_message = new QLabel;
    m_message->setWordWrap(true);
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::WindowText, ErrorColour);
    m_message->setPalette(palette);
    connect(m_scanner, &IntakeScanLauncher::problem, m_message, &QLabel::setText);

    m_back = new QPushButton(tr("Back (Alt+Left)"));
    m_next = new QPushButton;
    for (QPushButton *button : {m_back, m_next}) {
        button->setAutoDefault(false);
        button->setFocusPolicy(Qt::NoFocus);
    }
    // Wide enough for either label, so the button does not jump or clip on the last step.
    int nextWidth = 0;
    for (const QString &text : {tr("Next (Ctrl+Enter)"), tr("Confirm (Ctrl+Enter)")}) {
        m_next->setText(text);
        nextWidth = qMax(nextWidth, m_next->sizeHint().width());
    }
    m_next->setMinimumWidth(nextWidth);
    connect(m_back, &QPushButton::clicked, this, [this] { goToStep(step() - 1); });
    connect(m_next, &QPushButton::clicked, this, &IntakeDialog::next);
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this), &QShortcut::activated,
            this, &IntakeDialog::next);
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), this), &QShortcut::activated,
            this, &IntakeDialog::next);
    connect(new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Left), this), &QShortcut::activated, this,
            [this] { goToStep(step() - 1); });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_pages, 1);
    layout->addLayout(buttons);

    resize(1100, 680);
    enterStep(ItemsStep);
}

IntakeDialog::~IntakeDialog() = default;

QWidget *IntakeDialog::buildApplicantPage()
{
    m_applicant = new ApplicantForm;
    m_form = new FormFieldsEditor;
    auto *formArea = new QScrollArea;
    formArea->setWidget(m_form);
    formArea->setWidgetResizable(true);
    formArea->setFrameShape(QFrame::NoFrame);
    formArea->setFocusPolicy(Qt::NoFocus);

    auto *page = new QWidget;
    auto *layout = new QHBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *applicantColumn = new QVBoxLayout;
    applicantColumn->addWidget(new QLabel(tr("<b>Applicant</b>")));
    applicantColumn->addWidget(m_applicant);
    applicantColumn->addStretch(1);
    auto *formColumn = new QVBoxLayout;
    formColumn->addWidget(new QLabel(tr("<b>Application form</b>")));
    formColumn->addWidget(formArea, 1);
    layout->addLayout(applicantColumn, 2);
    layout->addLayout(formColumn, 3);
    return page;
}

MaterialChecklistView *IntakeDialog::materialsView() const
{
    return m_decisionPage->materialsView();
}

DecisionPanel *IntakeDialog::decisionPanel() const
{
    return m_decisionPage->decisionPanel();
}

int IntakeDialog::step() const
{
    return m_pages->currentIndex();
}

QString IntakeDialog::messageText() const
{
    return m_message->text();
}

bool IntakeDialog::isFilled() const
{
    return !m_picker->chosenItems().isEmpty() || !m_applicant->applicant().name.isEmpty() ||
           !m_form->values().isEmpty();
}

QList<const ServiceItem *> IntakeDialog::chosenServiceItems() const
{
    QList<const ServiceItem *> items;
    for (const CaseItem &chosen : m_picker->chosenItems()) {
        if (const ServiceItem *item = m_context.catalogue->item(chosen.code))
            items.append(item);
    }
    return items;
}

QString IntakeDialog::stepProblem(int step) const
{
    if (step == ItemsStep && m_picker->chosenItems().isEmpty())
        return tr("Choose at least one item: type to search, Enter adds.");
    if (step == ApplicantStep && !m_applicant->isValid())
        return tr("The applicant is not complete or not valid.");
    if (step == ApplicantStep && !m_form->isValid())
        return tr("The application form is not complete or not valid.");
    return {};
}

bool IntakeDialog::goToStep(int target)
{
    if (target < ItemsStep || target > DecisionStep)
        return false;
    for (int s = step(); s < target; ++s) {
        const QString problem = stepProblem(s);
        if (!problem.isEmpty()) {
            m_message->setText(problem);
            if (s == ApplicantStep && !m_applicant->revealErrors())
                m_form->revealErrors();
            return false;
        }
    }
    enterStep(target);
    return true;
}

void IntakeDialog::enterStep(int target)
{
    m_message->clear();
    if (target >= ApplicantStep)
        m_form->setItems(chosenServiceItems());
    if (target == DecisionStep && m_checklistItems != m_picker->chosenItems()) {
        // Rebuilt only when the items changed, so marks survive a trip back and forth.
        m_checklistItems = m_picker->chosenItems();
        QHash<QString, QString> notes;
        QStringList codes;
        for (const CaseItem &item : m_checklistItems)
            codes << item.code;
        for (const MaterialSpec &spec : m_context.catalogue->mergedMaterials(codes))
            notes.insert(spec.code, spec.note);
        decisionPanel()->setItems(
            chosenServiceItems(),
            DecisionRules::promisedDays(m_checklistItems, *m_context.catalogue));
        m_decisionPage->checklist()->setMaterials(
            IntakeCheck::checklist(m_checklistItems, *m_context.catalogue), notes);
        materialsView()->setCurrentRow(0);
    }
    if (target == DecisionStep)
        lookUpEarlierMaterials();
    m_pages->setCurrentIndex(target);
    m_back->setEnabled(target > ItemsStep);
    m_next->setText(target == DecisionStep ? tr("Confirm (Ctrl+Enter)") : tr("Next (Ctrl+Enter)"));
    updateStepTitle();
    switch (target) {
    case ItemsStep:
        m_picker->setFocus(Qt::OtherFocusReason);
        break;
    case ApplicantStep:
        m_applicant->editor(ApplicantValidator::NameField)->setFocus(Qt::OtherFocusReason);
        break;
    default:
        materialsView()->setFocus(Qt::OtherFocusReason);
        break;
    }
}

// Once per applicant: going back and forth between the steps does not ask the server again.
void IntakeDialog::lookUpEarlierMaterials()
{
    const Applicant applicant = m_applicant->applicant();
    const QString who =
        applicant.kind == Applicant::Kind::Person ? applicant.residentId : applicant.creditCode;
    if (!m_context.findEarlierMaterials || who.isEmpty() || who == m_lookedUpApplicant)
        return;
    m_lookedUpApplicant = who;
    m_decisionPage->showLookingUp();
    m_context.findEarlierMaterials(
        applicant, [page = QPointer<DecisionPage>(m_decisionPage)](
                       const QList<EarlierMaterial> &materials, const QString &problem) {
            if (!page)
                return;
            if (problem.isEmpty())
                page->setEarlierMaterials(materials);
            else
                page->showLookupProblem(problem);
        });
}

void IntakeDialog::updateStepTitle()
{
    const QStringList names = {tr("1 Items"), tr("2 Applicant and form"),
                               tr("3 Materials and decision")};
    QStringList parts;
    for (int i = 0; i < names.size(); ++i)
        parts << (i == step() ? QStringLiteral("<u>%1</u>").arg(names[i]) : names[i]);
    const QString ticket =
        m_context.ticketNumber.isEmpty()
            ? QString()
            : tr("Ticket %1").arg(m_context.ticketNumber) + QStringLiteral(" · ");
    m_title->setText(ticket + parts.join(QStringLiteral(" → ")));
}

void IntakeDialog::next()
{
    if (step() == DecisionStep)
        confirm();
    else
        goToStep(step() + 1);
}

CaseRecord IntakeDialog::record() const
{
    const QDateTime now = m_context.now();
    CaseRecord record;
    record.number = m_number;
    record.verificationCode = m_verificationCode;
    record.window = m_context.window;
    record.staffNo = m_context.staffNo;
    record.ticketNumber = m_context.ticketNumber;
    record.receivedAtMs = now.toMSecsSinceEpoch();
    record.receivedOn = m_context.hallTime.serviceDay(now);
    record.catalogueVersion = m_context.catalogue->version();
    record.items = m_picker->chosenItems();
    record.bundleCode = m_picker->bundleCode();
    record.applicant = m_applicant->applicant();
    record.form = m_form->values();
    record.materials = m_decisionPage->checklist()->materials();
    record.decision = decisionPanel()->decision().value_or(IntakeDecision::Accept);
    record.reason = decisionPanel()->reason();
    return record;
}

bool IntakeDialog::confirm()
{
    for (int s = ItemsStep; s < DecisionStep; ++s) {
        const QString problem = stepProblem(s);
        if (!problem.isEmpty()) {
            enterStep(s);
            m_message->setText(problem);
            return false;
        }
    }
    if (!decisionPanel()->isReady()) {
        m_message->setText(tr("Choose a decision (Ctrl+1 to Ctrl+5) and give a reason where "
                              "one is asked for."));
        return false;
    }
    // Given out once: a confirmation the check or the store refuses does not use up numbers.
    if (m_number.isNull() && m_context.nextCaseNumber)
        m_number = m_context.nextCaseNumber();
    if (m_verificationCode.isEmpty())
        m_verificationCode = VerificationCode::generate();
    CaseRecord taken = record();
    if (const auto error = IntakeCheck::complete(taken, *m_context.catalogue, m_context.calendar)) {
        m_message->setText(error->message());
        qCWarning(lcCase) << "intake refused:" << error->detail();
        return false;
    }
    const NoticeDocument notice =
        NoticeDocumentBuilder(*m_context.catalogue, m_context.hall, m_context.hallTime)
            .build(taken, m_context.staffName);
    NoticePrinter printer;
    const QByteArray pdf = printer.pdfCopy(notice);
    if (pdf.isEmpty())
        qCWarning(lcNotice) << "no PDF copy of the notice:" << printer.errorString();
    if (m_context.keep) {
        if (const auto problem = m_context.keep(taken, pdf)) {
            m_message->setText(*problem);
            return false;
        }
    }
    qCInfo(lcCase) << "case taken" << taken.number.toString();
    emit caseTaken(taken, pdf);
    if (m_printing)
        printNotice(notice);
    accept();
    return true;
}

void IntakeDialog::printNotice(const NoticeDocument &document)
{
    QPrinter device(QPrinter::HighResolution);
    NoticePrinter printer;
    if (!printer.print(document, device, m_askForPrinter ? this : nullptr) &&
        !printer.errorString().isEmpty())
        QMessageBox::warning(this, windowTitle(), printer.errorString());
}

void IntakeDialog::reject()
{
    if (isFilled() && QMessageBox::question(this, windowTitle(),
                                            tr("Discard this application? What was typed is lost."),
                                            QMessageBox::Discard | QMessageBox::Cancel,
                                            QMessageBox::Cancel) != QMessageBox::Discard)
        return;
    if (m_context.discardScans)
        m_context.discardScans();
    QDialog::reject();
}

} // namespace halldesk
