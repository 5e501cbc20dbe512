#include "counter/IntakeLauncher.h"

#include "clock/Clock.h"
#include "counter/CounterController.h"
#include "intake/IntakeDialog.h"
#include "intake/NoticePrinter.h"
#include "logging/HallDeskLogging.h"
#include "terminal/ApplicantHistory.h"
#include "terminal/CaseDesk.h"
#include "terminal/MaterialScanStore.h"

#include <QAction>
#include <QMessageBox>
#include <QPrinter>
#include <QWidget>

namespace halldesk {

IntakeLauncher::IntakeLauncher(CounterController &controller, CaseDesk &desk,
                               const WorkingCalendar &calendar, const Clock &clock, NoticeHall hall,
                               QWidget *window)
    : QObject(window)
    , m_controller(controller)
    , m_desk(desk)
    , m_calendar(calendar)
    , m_clock(clock)
    , m_hall(std::move(hall))
    , m_window(window)
    , m_action(new QAction(tr("Take application"), this))
{
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    m_action->setShortcutContext(Qt::WindowShortcut);
    window->addAction(m_action);
    connect(m_action, &QAction::triggered, this, &IntakeLauncher::open);
    connect(&controller, &CounterController::availabilityChanged, this, &IntakeLauncher::refresh);
    connect(&controller, &CounterController::sessionChanged, this, &IntakeLauncher::refresh);
    connect(&controller.model(), &CounterModel::currentChanged, this, &IntakeLauncher::refresh);
    connect(&controller.model(), &CounterModel::reset, this, &IntakeLauncher::refresh);
    refresh();
}

IntakeDialog *IntakeLauncher::dialog() const
{
    return m_dialog;
}

QString IntakeLauncher::unavailableReason() const
{
    if (!m_controller.hasSession())
        return tr("Sign in first.");
    if (!m_controller.model().current())
        return tr("Call a ticket first: an application is taken for the citizen being served.");
    if (m_desk.catalogue().items().isEmpty())
        return tr("This terminal has no service catalogue yet: it arrives with the first "
                  "connection to the hall server.");
    return {};
}

void IntakeLauncher::refresh()
{
    const QString reason = unavailableReason();
    m_action->setEnabled(reason.isEmpty());
    const QString key = m_action->shortcut().toString(QKeySequence::NativeText);
    const QString tip =
        reason.isEmpty() ? tr("Take the citizen's application for one or more items.") : reason;
    m_action->setIconText(QStringLiteral("%1\n%2").arg(m_action->text(), key));
    m_action->setToolTip(QStringLiteral("%1 (%2)\n%3").arg(m_action->text(), key, tip));
    m_action->setStatusTip(tip);
}

void IntakeLauncher::open()
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    if (!unavailableReason().isEmpty())
        return;
    IntakeContext context;
    context.catalogue = &m_desk.catalogue();
    context.calendar = m_calendar;
    context.hall = m_hall;
    context.window = m_controller.windowNumber();
    context.staffNo = m_controller.staffNo();
    context.staffName = m_controller.staffName();
    context.ticketNumber = m_controller.model().current()->number;
    context.now = [this] {
        return m_clock.nowUtc();
    };
    context.nextCaseNumber = [this] {
        return m_desk.nextCaseNumber(HallTime().serviceDay(m_clock.nowUtc()));
    };
    context.keep = [this](const CaseRecord &record, const QByteArray &pdf) {
        return keep(record, pdf);
    };
    context.findEarlierMaterials = [this](const Applicant &applicant,
                                          IntakeContext::EarlierAnswer answer) {
        ApplicantHistory::lookUp(
            m_controller.client(), applicant,
            [answer = std::move(answer)](const QList<EarlierMaterial> &materials,
                                         const std::optional<OperationError> &error) {
                answer(materials, error ? error->message() : QString());
            });
    };
    m_scanDraft = MaterialScanStore::newDraftId();
    m_triedNumber.clear();
    MaterialScanStore &scans = m_desk.scans();
    context.scanWorkDirectory = scans.workDirectory();
    context.scanFileKey = scans.fileKey();
    context.keepScan = [this](const QString &materialCode, const StoredScan &scan,
                              const QString &sealedPath) -> std::optional<QString> {
        QString error;
        if (!m_desk.scans().keep(m_scanDraft, materialCode, scan, sealedPath, &error))
            return error;
        return std::nullopt;
    };
    context.keptScanPath = [this](const QString &materialCode) {
        // A scan taken after a refused confirmation is still under the draft, and newer than
        // what that confirmation adopted under the case number.
        std::optional<KeptScan> kept = m_desk.scans().find(m_scanDraft, materialCode);
        if (!kept && !m_triedNumber.isEmpty())
            kept = m_desk.scans().find(m_triedNumber, materialCode);
        return kept ? kept->filePath : QString();
    };
    context.discardScans = [this] {
        m_desk.abandonIntake(m_scanDraft);
        if (!m_triedNumber.isEmpty())
            m_desk.abandonIntake(m_triedNumber);
    };
    m_dialog = new IntakeDialog(std::move(context), m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setPrintingEnabled(m_printing);
    m_dialog->open();
}

QByteArray IntakeLauncher::reprint(const CaseRecord &record, QDate finishedOn)
{
    // The clerk at the window now signs the new copy only if the case is theirs.
    const QString staffName =
        record.staffNo == m_controller.staffNo() ? m_controller.staffName() : QString();
    const NoticeDocumentBuilder builder(m_desk.catalogue(), m_hall);
    const bool finishedLater = record.state.status == CaseStatus::Completed &&
                               record.decision != IntakeDecision::Immediate;
    if (finishedLater && !finishedOn.isValid())
        finishedOn = HallTime().serviceDay(m_clock.nowUtc());
    const NoticeDocument notice = finishedLater
                                      ? builder.buildCompletion(record, staffName, finishedOn)
                                      : builder.build(record, staffName);
    NoticePrinter printer;
    const QByteArray pdf = printer.pdfCopy(notice);
    if (m_printing) {
        QPrinter device(QPrinter::HighResolution);
        if (!printer.print(notice, device) && !printer.errorString().isEmpty())
            QMessageBox::warning(m_window, tr("Print notice"), printer.errorString());
    }
    qCInfo(lcNotice) << "notice of case" << record.number.toString() << "printed again";
    return pdf;
}

std::optional<QString> IntakeLauncher::keep(const CaseRecord &record, const QByteArray &noticePdf)
{
    if (record.number.isNull())
        return tr("No case number could be given out: the terminal store cannot be written.");
    CaseRecord kept = record;
    // Every confirmation adopts the draft's scans: also those taken after a refused one.
    m_triedNumber = record.number.toString();
    if (const auto refused = m_desk.submit(kept, m_scanDraft))
        return refused->message();
    const QString kind = NoticeKindNames::key(NoticeDocumentBuilder::kindFor(kept.decision));
    // The case is on its way whatever happens to the copy: it can be printed again from the
    // server's data, so a failure here is only reported.
    if (!noticePdf.isEmpty() && !m_desk.cases().saveNotice(kept.number, kind, noticePdf))
        qCWarning(lcCase) << "the notice of case" << kept.number.toString() << "was not kept";
    emit caseKept(kept.number.toString());
    return std::nullopt;
}

} // namespace halldesk
