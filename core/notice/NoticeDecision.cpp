#include "notice/NoticeDecision.h"

#include "notice/NoticeFlow.h"
#include "notice/NoticeFormat.h"
#include "notice/NoticeTable.h"

namespace halldesk {

void NoticeDecision::add(NoticeFlow &flow, const NoticeDocument &document)
{
    switch (document.kind) {
    case NoticeKind::Acceptance:
        addAcceptance(flow, document);
        return;
    case NoticeKind::Correction:
        addCorrection(flow, document);
        return;
    case NoticeKind::Rejection:
        addRejection(flow, document);
        return;
    case NoticeKind::Completion:
        addCompletion(flow, document);
        return;
    }
}

QString NoticeDecision::legalRemedy()
{
    return tr("If you do not accept this decision, you may apply for administrative "
              "reconsideration according to law within sixty days of receiving this notice, or "
              "bring an administrative lawsuit according to law within six months.");
}

QList<NoticeMaterial> NoticeDecision::materialsWith(const NoticeDocument &document,
                                                    NoticeMaterial::Status status)
{
    QList<NoticeMaterial> found;
    for (const NoticeMaterial &material : document.materials) {
        if (material.status == status)
            found << material;
    }
    return found;
}

void NoticeDecision::addMaterialsToBring(NoticeFlow &flow, const QList<NoticeMaterial> &materials)
{
    NoticeTable table(flow.style(), flow.width(),
                      {{tr("No."), 0.7, Qt::AlignHCenter},
                       {tr("Material"), 3.8, Qt::AlignLeft, true},
                       {tr("Form"), 1.6, Qt::AlignHCenter},
                       {tr("Copies"), 1.1, Qt::AlignHCenter},
                       {tr("Requirements"), 2.8}});
    table.setEmphasised(true);
    int number = 0;
    for (const NoticeMaterial &material : materials) {
        table.addRow({QString::number(++number), material.name,
                      NoticeMaterial::formName(material.form), QString::number(material.copies),
                      material.note});
    }
    flow.addTable(table);
}

void NoticeDecision::addAcceptance(NoticeFlow &flow, const NoticeDocument &document)
{
    if (!document.materials.isEmpty()) {
        NoticeTable table(flow.style(), flow.width(),
                          {{tr("No."), 0.7, Qt::AlignHCenter},
                           {tr("Material"), 4.0},
                           {tr("Form"), 1.6, Qt::AlignHCenter},
                           {tr("Copies"), 1.1, Qt::AlignHCenter},
                           {tr("Pages"), 0.9, Qt::AlignHCenter},
                           {tr("Status"), 1.5, Qt::AlignHCenter}});
        int number = 0;
        for (const NoticeMaterial &material : document.materials) {
            table.addRow({QString::number(++number), material.name,
                          NoticeMaterial::formName(material.form), QString::number(material.copies),
                          material.pages > 0 ? QString::number(material.pages) : QString(),
                          NoticeMaterial::statusName(material.status)});
        }
        flow.addHeading(tr("Application materials"));
        flow.addTable(table);
    }

    flow.addHeading(tr("Decision"));
    flow.addParagraph(tr("Your application for the items above has been examined. The materials "
                         "are complete and in the statutory form, and the application is "
                         "accepted."));
    if (document.dueDate.isValid())
        flow.addStatement(
            tr("Promised completion date: %1").arg(NoticeFormat::date(document.dueDate)));
    if (!materialsWith(document, NoticeMaterial::Status::Waived).isEmpty()) {
        flow.addParagraph(tr("The materials marked \"%1\" must be handed in before the case is "
                             "completed.")
                              .arg(NoticeMaterial::statusName(NoticeMaterial::Status::Waived)));
    }
    if (document.creditCommitment) {
        const QString verification = NoticeFormat::date(document.verificationDueDate);
        flow.addParagraph(
            tr("The application was accepted on the applicant's written credit commitment: the "
               "applicant has promised that the statements made are true and that the conditions "
               "are met. The commitment will be verified by %1. If it proves untrue, the "
               "decision will be revoked according to law and the breach entered in the "
               "applicant's credit record.")
                .arg(verification));
        flow.addStatement(tr("Verification due date: %1").arg(verification));
    }
    flow.addParagraph(tr("Please keep this notice. With the case number and the verification "
                         "code, or by scanning the QR code, you can follow the progress of the "
                         "case."));
}

void NoticeDecision::addCorrection(NoticeFlow &flow, const NoticeDocument &document)
{
    flow.addHeading(tr("Decision"));
    flow.addParagraph(tr("Your application for the items above has been examined. The "
                         "application materials are incomplete or not in the statutory form. "
                         "All the materials still needed are listed below at once."));
    flow.addHeading(tr("Materials to hand in"));
    addMaterialsToBring(flow, materialsWith(document, NoticeMaterial::Status::Missing));
    if (document.correctionDeadline.isValid())
        flow.addStatement(
            tr("Please hand them in by: %1").arg(NoticeFormat::date(document.correctionDeadline)));
    flow.addParagraph(tr("Please bring this notice with the materials listed above. Once the "
                         "materials are complete and in the statutory form, the application "
                         "will be accepted."));
}

void NoticeDecision::addRejection(NoticeFlow &flow, const NoticeDocument &document)
{
    flow.addHeading(tr("Decision"));
    flow.addParagraph(tr("Your application for the items above has been examined and is not "
                         "accepted, for the following reason:"));
    flow.addParagraph(document.rejectionReason);
    flow.addParagraph(legalRemedy());
}

void NoticeDecision::addCompletion(NoticeFlow &flow, const NoticeDocument &document)
{
    NoticeTable result(flow.style(), flow.width(),
                       {{{}, 1.3, Qt::AlignLeft, false, true}, {{}, 6.7}});
    result.addRow({tr("Result"), CompletionResultNames::displayName(document.completionResult)});
    if (!document.resultDocument.isEmpty())
        result.addRow({tr("Result document"), document.resultDocument});
    result.addRow({tr("Completed on"), NoticeFormat::date(document.finishedOn)});
    flow.addHeading(tr("Outcome of the case"));
    flow.addTable(result);

    const QList<NoticeMaterial> waived = materialsWith(document, NoticeMaterial::Status::Waived);
    if (document.completionResult == CompletionResult::ApprovedWithWaiver && !waived.isEmpty()) {
        flow.addParagraph(tr("The case was approved before the waived materials below were "
                             "handed in. Please hand them in as you promised."));
        addMaterialsToBring(flow, waived);
    }
    if (document.completionResult == CompletionResult::Refused)
        flow.addParagraph(legalRemedy());
}

} // namespace halldesk
