#include "casework/IntakeCheck.h"

#include "calendar/CaseDeadline.h"
#include "casework/ApplicantValidator.h"
#include "casework/DecisionRules.h"
#include "catalogue/FormFieldValidator.h"

#include <QSet>
#include <algorithm>

namespace halldesk {

namespace {

OperationError invalid(const QString &field)
{
    return OperationError(ErrorCode::InvalidCase, field);
}

bool acceptsApplicant(const ServiceItem &item, Applicant::Kind kind)
{
    switch (item.applicants) {
    case ApplicantKinds::Person:
        return kind == Applicant::Kind::Person;
    case ApplicantKinds::Organisation:
        return kind == Applicant::Kind::Organisation;
    case ApplicantKinds::Either:
        return true;
    }
    return false;
}

QList<const ServiceItem *> itemsOf(const CaseRecord &record, const Catalogue &catalogue)
{
    QList<const ServiceItem *> items;
    for (const CaseItem &taken : record.items) {
        if (const ServiceItem *item = catalogue.item(taken.code))
            items << item;
    }
    return items;
}

std::optional<OperationError> checkForm(CaseRecord &record, const Catalogue &catalogue)
{
    QMap<QString, QMap<QString, QString>> normalized;
    for (auto it = record.form.cbegin(); it != record.form.cend(); ++it) {
        if (!std::any_of(record.items.cbegin(), record.items.cend(),
                         [&](const CaseItem &i) { return i.code == it.key(); }))
            return invalid(QStringLiteral("form.%1").arg(it.key()));
    }
    for (const CaseItem &taken : record.items) {
        const ServiceItem *item = catalogue.item(taken.code);
        const QMap<QString, QString> values = record.form.value(taken.code);
        for (auto v = values.cbegin(); v != values.cend(); ++v) {
            const bool known = std::any_of(item->form.cbegin(), item->form.cend(),
                                           [&](const FormField &f) { return f.key == v.key(); });
            if (!known)
                return invalid(QStringLiteral("form.%1.%2").arg(taken.code, v.key()));
        }
        for (const FormField &field : item->form) {
            const auto check =
                FormFieldValidator::validate(field, values.value(field.key), record.receivedOn);
            if (!check.ok)
                return invalid(QStringLiteral("form.%1.%2").arg(taken.code, field.key));
            if (!check.normalized.isEmpty())
                normalized[taken.code].insert(field.key, check.normalized);
        }
    }
    record.form = normalized;
    return std::nullopt;
}

} // namespace

QList<MaterialCheck> IntakeCheck::checklist(const QList<CaseItem> &items,
                                            const Catalogue &catalogue)
{
    QStringList codes;
    QSet<QString> wanted; // material codes the chosen 情形 ask for; empty set = no limit
    bool limited = false;
    for (const CaseItem &taken : items) {
        const ServiceItem *item = catalogue.item(taken.code);
        if (!item)
            continue;
        codes << item->code;
        const SubItem *sub = item->subItem(taken.subItemCode);
        const QStringList &subCodes = sub ? sub->materialCodes : QStringList();
        if (!subCodes.isEmpty()) {
            limited = true;
            for (const QString &code : subCodes)
                wanted.insert(code);
        } else {
            for (const MaterialSpec &m : item->materials)
                wanted.insert(m.code);
        }
    }
    QList<MaterialCheck> out;
    for (const MaterialSpec &spec : catalogue.mergedMaterials(codes)) {
        if (!limited || wanted.contains(spec.code))
            out << MaterialCheck::fromSpec(spec);
    }
    return out;
}

void IntakeCheck::schedule(CaseRecord &record, const Catalogue &catalogue,
                           const WorkingCalendar &calendar)
{
    record.dueDate.reset();
    record.verificationDue.reset();
    const CaseState &s = record.state;
    const bool accepted =
        s.status == CaseStatus::Accepted ||
        (s.status == CaseStatus::Correction && s.beforeCorrection == CaseStatus::Accepted);
    if (accepted)
        record.dueDate =
            CaseDeadline(record.receivedOn, DecisionRules::promisedDays(record.items, catalogue),
                         record.pauses)
                .dueDate(calendar);
    if (record.decision == IntakeDecision::CreditCommitment && s.status != CaseStatus::Rejected) {
        const int days = DecisionRules::verificationDays(itemsOf(record, catalogue));
        record.verificationDue = CaseDeadline(record.receivedOn, days).dueDate(calendar);
    }
}

std::optional<OperationError> IntakeCheck::complete(CaseRecord &record, const Catalogue &catalogue,
                                                    const WorkingCalendar &calendar)
{
    if (record.items.isEmpty())
        return invalid(QStringLiteral("items"));
    QStringList changed;
    QSet<QString> seen;
    for (CaseItem &taken : record.items) {
        const ServiceItem *item = catalogue.item(taken.code);
        if (!item || item->revision != taken.revision ||
            (!taken.subItemCode.isEmpty() && !item->subItem(taken.subItemCode))) {
            changed << taken.code;
            continue;
        }
        if (seen.contains(taken.code))
            return invalid(QStringLiteral("items"));
        seen.insert(taken.code);
        taken.name = item->name;
    }
    if (!changed.isEmpty())
        return OperationError(ErrorCode::CatalogueChanged, changed.join(QLatin1Char(',')));
    const QList<const ServiceItem *> items = itemsOf(record, catalogue);

    for (const ServiceItem *item : items) {
        if (!acceptsApplicant(*item, record.applicant.kind))
            return invalid(QStringLiteral("applicant.kind"));
    }
    const auto applicant = ApplicantValidator::validate(record.applicant, record.receivedOn);
    if (!applicant.ok())
        return invalid(QStringLiteral("applicant.") + applicant.errors.firstKey());
    record.applicant = applicant.normalized;

    if (auto error = checkForm(record, catalogue))
        return error;

    // The catalogue says what each material is; the window says what it saw.
    QList<MaterialCheck> materials = checklist(record.items, catalogue);
    for (const MaterialCheck &seenAtWindow : record.materials) {
        auto it = std::find_if(materials.begin(), materials.end(),
                               [&](const MaterialCheck &m) { return m.code == seenAtWindow.code; });
        if (it == materials.end())
            return invalid(QStringLiteral("materials.") + seenAtWindow.code);
        it->state = seenAtWindow.state;
        it->pages = seenAtWindow.pages;
        it->reusedFromCase = seenAtWindow.reusedFromCase;
        it->scanDigest = seenAtWindow.scanDigest;
        it->scanBytes = seenAtWindow.scanBytes;
    }
    record.materials = materials;

    if (!DecisionRules::check(record.decision, items, record.materials, record.reason).isEmpty())
        return invalid(QStringLiteral("decision"));

    const auto next =
        CaseLifecycle::apply(CaseState{}, DecisionRules::action(record.decision),
                             DecisionRules::outcome(record.decision, record.materials));
    if (!std::holds_alternative<CaseState>(next))
        return invalid(QStringLiteral("decision"));
    record.state = std::get<CaseState>(next);
    record.pauses.clear();
    if (record.state.status == CaseStatus::Correction)
        record.pauses.append(CasePause{record.receivedOn, std::nullopt});
    schedule(record, catalogue, calendar);
    return std::nullopt;
}

} // namespace halldesk
