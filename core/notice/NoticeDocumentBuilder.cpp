#include "notice/NoticeDocumentBuilder.h"

#include "casework/PersonalDataMask.h"

#include <QStringList>
#include <algorithm>

namespace halldesk {

namespace {

NoticeMaterial::Status noticeStatus(MaterialCheck::State state)
{
    switch (state) {
    case MaterialCheck::State::Missing:
        return NoticeMaterial::Status::Missing;
    case MaterialCheck::State::Received:
        return NoticeMaterial::Status::Received;
    case MaterialCheck::State::Waived:
        return NoticeMaterial::Status::Waived;
    }
    return NoticeMaterial::Status::Missing;
}

QString maskedId(const Applicant &applicant)
{
    if (applicant.kind == Applicant::Kind::Person)
        return PersonalDataMask::residentId(applicant.residentId);
    // An organisation's credit code is public record (国家企业信用信息公示系统).
    return applicant.creditCode;
}

QString applicantName(const Applicant &applicant)
{
    if (applicant.kind == Applicant::Kind::Person)
        return PersonalDataMask::name(applicant.name);
    return applicant.name;
}

} // namespace

NoticeDocumentBuilder::NoticeDocumentBuilder(const Catalogue &catalogue, NoticeHall hall,
                                             HallTime hallTime)
    : m_catalogue(catalogue)
    , m_hall(std::move(hall))
    , m_hallTime(std::move(hallTime))
{}

NoticeKind NoticeDocumentBuilder::kindFor(IntakeDecision decision)
{
    switch (decision) {
    case IntakeDecision::Accept:
    case IntakeDecision::CreditCommitment:
        return NoticeKind::Acceptance;
    case IntakeDecision::Correction:
        return NoticeKind::Correction;
    case IntakeDecision::Reject:
        return NoticeKind::Rejection;
    case IntakeDecision::Immediate:
        return NoticeKind::Completion;
    }
    return NoticeKind::Acceptance;
}

NoticeDocument NoticeDocumentBuilder::common(const CaseRecord &record,
                                             const QString &staffName) const
{
    NoticeDocument document;
    document.hallName = m_hall.name;
    document.hallAddress = m_hall.address;
    document.hallPhone = m_hall.phone;
    document.caseNumber = record.number.toString();
    document.verificationCode = record.verificationCode;
    document.issuedAt =
        m_hallTime.localTime(QDateTime::fromMSecsSinceEpoch(record.receivedAtMs, QTimeZone::utc()));
    document.windowNumber = QString::number(record.window);
    document.staffName = staffName;
    document.staffNumber = record.staffNo;
    document.applicantName = applicantName(record.applicant);
    document.applicantIdMasked = maskedId(record.applicant);
    document.items = items(record);
    document.materials = materials(record);
    return document;
}

NoticeDocument NoticeDocumentBuilder::buildCompletion(const CaseRecord &record,
                                                      const QString &staffName,
                                                      QDate finishedOn) const
{
    NoticeDocument document = common(record, staffName);
    document.kind = NoticeKind::Completion;
    switch (record.state.outcome) {
    case CaseOutcome::Denied:
        document.completionResult = CompletionResult::Refused;
        break;
    case CaseOutcome::ApprovedWithWaiver:
        document.completionResult = CompletionResult::ApprovedWithWaiver;
        document.resultDocument = resultDocuments(record);
        break;
    case CaseOutcome::None:
    case CaseOutcome::Approved:
        document.completionResult = CompletionResult::Approved;
        document.resultDocument = resultDocuments(record);
        break;
    }
    document.finishedOn = finishedOn;
    return document;
}

NoticeDocument NoticeDocumentBuilder::build(const CaseRecord &record,
                                            const QString &staffName) const
{
    NoticeDocument document = common(record, staffName);
    document.kind = kindFor(record.decision);
    switch (record.decision) {
    case IntakeDecision::Accept:
        document.dueDate = record.dueDate.value_or(QDate());
        break;
    case IntakeDecision::CreditCommitment:
        document.dueDate = record.dueDate.value_or(QDate());
        document.creditCommitment = true;
        document.verificationDueDate = record.verificationDue.value_or(QDate());
        break;
    case IntakeDecision::Correction:
        break;
    case IntakeDecision::Reject:
        document.rejectionReason = record.reason;
        break;
    case IntakeDecision::Immediate: {
        const bool waived = std::any_of(
            record.materials.cbegin(), record.materials.cend(),
            [](const MaterialCheck &m) { return m.state == MaterialCheck::State::Waived; });
        document.completionResult =
            waived ? CompletionResult::ApprovedWithWaiver : CompletionResult::Approved;
        document.resultDocument = resultDocuments(record);
        document.finishedOn = record.receivedOn;
        break;
    }
    }
    return document;
}

QList<NoticeItem> NoticeDocumentBuilder::items(const CaseRecord &record) const
{
    QList<NoticeItem> items;
    for (const CaseItem &caseItem : record.items) {
        NoticeItem item;
        item.code = caseItem.code;
        item.name = caseItem.name;
        if (const ServiceItem *service = m_catalogue.item(caseItem.code)) {
            item.department = service->department;
            item.promisedDays = service->promisedDays;
            for (const SubItem &sub : service->subItems) {
                if (sub.code == caseItem.subItemCode && sub.promisedDays > 0)
                    item.promisedDays = sub.promisedDays;
            }
            if (item.name.isEmpty())
                item.name = service->name;
        }
        items.append(item);
    }
    return items;
}

QList<NoticeMaterial> NoticeDocumentBuilder::materials(const CaseRecord &record) const
{
    QStringList codes;
    for (const CaseItem &item : record.items)
        codes.append(item.code);
    const QList<MaterialSpec> specs = m_catalogue.mergedMaterials(codes);

    QList<NoticeMaterial> materials;
    for (const MaterialCheck &check : record.materials) {
        NoticeMaterial material;
        material.name = check.name;
        material.status = noticeStatus(check.state);
        material.form = check.form;
        material.copies = check.copies;
        material.pages = check.pages;
        for (const MaterialSpec &spec : specs) {
            if (spec.code == check.code)
                material.note = spec.note;
        }
        materials.append(material);
    }
    return materials;
}

QString NoticeDocumentBuilder::resultDocuments(const CaseRecord &record) const
{
    QStringList results;
    for (const CaseItem &caseItem : record.items) {
        const ServiceItem *service = m_catalogue.item(caseItem.code);
        if (service && !service->result.isEmpty() && !results.contains(service->result))
            results.append(service->result);
    }
    return results.join(QStringLiteral("、"));
}

} // namespace halldesk
