#pragma once

#include "calendar/WorkingCalendar.h"
#include "casework/CaseRecord.h"
#include "casework/EarlierMaterials.h"
#include "catalogue/Catalogue.h"
#include "notice/NoticeDocumentBuilder.h"
#include "scan/StoredScan.h"

#include <QByteArray>
#include <QDateTime>
#include <QDialog>
#include <functional>
#include <optional>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace halldesk {

class ApplicantForm;
class DecisionPage;
class DecisionPanel;
class FormFieldsEditor;
class IntakeScanLauncher;
class ItemPicker;
class MaterialChecklistView;

// Everything the intake needs from the counter around it. The case number comes from the
// terminal's own sequence and the time from its clock, so that tests and the terminal decide
// both.
struct IntakeContext
{
    const Catalogue *catalogue = nullptr; // must outlive the dialog
    WorkingCalendar calendar = WorkingCalendar::withShippedYears();
    NoticeHall hall;
    int window = 0;
    QString staffNo;
    QString staffName;
    QString ticketNumber;
    std::function<CaseNumber()> nextCaseNumber;
    std::function<QDateTime()> now = [] {
        return QDateTime::currentDateTimeUtc();
    };
    HallTime hallTime;
    // Keeps the completed case with its notice (the terminal store and its outbox) before
    // anything is printed. A problem, in the user's language, leaves the dialog open with
    // nothing printed. Without it the case is only handed out (caseTaken).
    std::function<std::optional<QString>(const CaseRecord &record, const QByteArray &noticePdf)>
        keep;
    // Looks up what the applicant handed in with earlier cases. The answer may come late,
    // after the dialog is gone, or carry a problem in the user's language instead.
    using EarlierAnswer =
        std::function<void(const QList<EarlierMaterial> &materials, const QString &problem)>;
    std::function<void(const Applicant &applicant, EarlierAnswer answer)> findEarlierMaterials;

    // Scanning the materials (材料扫描, F6 on the materials step); offered only with keepScan.
    // A scan in progress writes under scanWorkDirectory, sealed with scanFileKey.
    QString scanWorkDirectory;
    QByteArray scanFileKey;
    // Keeps a material's finished scan (the sealed PDF at sealedPath) for this intake; a
    // problem in the user's language, and the scan stays with the dialog, if it could not.
    std::function<std::optional<QString>(const QString &materialCode, const StoredScan &scan,
                                         const QString &sealedPath)>
        keepScan;
    // The sealed PDF keepScan kept for a material of this intake, or empty: F6 on a scanned
    // material reopens its pages from it.
    std::function<QString(const QString &materialCode)> keptScanPath;
    // The intake was given up: whatever keepScan kept for it goes.
    std::function<void()> discardScans;
};

// Takes one application (受理) in three steps, keyboard only: the items (ItemPicker), who
// applies and the items' forms, then the materials and the decision. Ctrl+Return moves on and
// at the end confirms, Alt+Left goes back, Esc asks before throwing a filled form away. On
// confirmation the case is completed with IntakeCheck, its notice made and printed, and the
// case handed out with the notice's PDF.
class IntakeDialog : public QDialog
{
    Q_OBJECT

public:
    enum Step
    {
        ItemsStep,
        ApplicantStep,
        DecisionStep
    };

    explicit IntakeDialog(IntakeContext context, QWidget *parent = nullptr);
    ~IntakeDialog() override;

    // On by default; tests turn it off and check the PDF instead.
    void setPrintingEnabled(bool enabled) { m_printing = enabled; }
    // Show the print dialog before printing rather than print on the default printer.
    void setAskForPrinter(bool ask) { m_askForPrinter = ask; }

    int step() const;
    bool goToStep(int step);
    bool confirm();
    QString messageText() const;
    // Items, applicant or form have been touched: Esc asks before discarding.
    bool isFilled() const;

    ItemPicker *itemPicker() const { return m_picker; }
    ApplicantForm *applicantForm() const { return m_applicant; }
    FormFieldsEditor *formEditor() const { return m_form; }
    MaterialChecklistView *materialsView() const;
    DecisionPanel *decisionPanel() const;
    DecisionPage *decisionPage() const { return m_decisionPage; }
    IntakeScanLauncher *scanLauncher() const { return m_scanner; }

signals:
    void caseTaken(const halldesk::CaseRecord &record, const QByteArray &noticePdf);

public slots:
    void reject() override;

private:
    QWidget *buildApplicantPage();
    void lookUpEarlierMaterials();
    QList<const ServiceItem *> chosenServiceItems() const;
    QString stepProblem(int step) const;
    void enterStep(int step);
    void updateStepTitle();
    void next();
    CaseRecord record() const;
    void printNotice(const NoticeDocument &document);

    IntakeContext m_context;
    QDateTime m_openedAt;
    bool m_printing = true;
    bool m_askForPrinter = false;
    QList<CaseItem> m_checklistItems;
    QString m_lookedUpApplicant; // the ID number or credit code last looked up
    CaseNumber m_number;         // given out at the first confirmation
    QString m_verificationCode;

    QLabel *m_title = nullptr;
    QStackedWidget *m_pages = nullptr;
    ItemPicker *m_picker = nullptr;
    ApplicantForm *m_applicant = nullptr;
    FormFieldsEditor *m_form = nullptr;
    DecisionPage *m_decisionPage = nullptr;
    IntakeScanLauncher *m_scanner = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_back = nullptr;
    QPushButton *m_next = nullptr;
};

} // namespace halldesk
