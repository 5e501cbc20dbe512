#include "cases/CaseFactsForm.h"

#include "casework/CaseRecord.h"
#include "casework/PersonalDataMask.h"

#include <QFormLayout>
#include <QLabel>

namespace halldesk {

namespace {

QString dateText(const std::optional<QDate> &date)
{
    return date ? date->toString(Qt::ISODate) : QString();
}

} // namespace

CaseFactsForm::CaseFactsForm(HallTime hallTime, QWidget *parent)
    : QWidget(parent)
    , m_hallTime(std::move(hallTime))
    , m_form(new QFormLayout(this))
{
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
}

void CaseFactsForm::setCase(const CaseRecord &r, const QString &status)
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    addLine(tr("Case number"), r.number.toString());
    addLine(tr("Verification code"), r.verificationCode);
    QStringList items;
    for (const CaseItem &item : r.items)
        items << (item.name.isEmpty() ? item.code : tr("%1 (%2)").arg(item.name, item.code));
    addLine(tr("Service items"), items.join(QLatin1Char('\n')));
    const Applicant &a = r.applicant;
    if (a.kind == Applicant::Kind::Person) {
        addLine(tr("Applicant"), PersonalDataMask::name(a.name));
        addLine(tr("ID number"), PersonalDataMask::residentId(a.residentId));
    } else {
        addLine(tr("Applicant"), a.name);
        addLine(tr("Credit code"), a.creditCode);
        addLine(tr("Contact"), PersonalDataMask::name(a.contactName));
    }
    addLine(tr("Mobile"), PersonalDataMask::mobile(a.mobile));
    addLine(tr("Decision"), IntakeDecisionNames::displayName(r.decision));
    addLine(tr("Status"), status);
    if (!r.reason.isEmpty())
        addLine(tr("Reason"), r.reason);
    const QString received =
        r.receivedAtMs > 0
            ? m_hallTime.localTime(QDateTime::fromMSecsSinceEpoch(r.receivedAtMs, QTimeZone::utc()))
                  .toString(QStringLiteral("yyyy-MM-dd HH:mm"))
            : r.receivedOn.toString(Qt::ISODate);
    addLine(tr("Received"), received);
    addLine(tr("Window / staff"), tr("%1 / %2").arg(r.window).arg(r.staffNo));
    addLine(tr("Due"), dateText(r.dueDate));
    addLine(tr("Verification due"), dateText(r.verificationDue));
    QStringList pauses;
    for (const CasePause &p : r.pauses) {
        pauses << (p.end ? tr("%1 to %2")
                               .arg(p.start.toString(Qt::ISODate), p.end->toString(Qt::ISODate))
                         : tr("since %1").arg(p.start.toString(Qt::ISODate)));
    }
    addLine(tr("Clock stopped (materials)"), pauses.join(QLatin1Char('\n')));
}

void CaseFactsForm::addLine(const QString &label, const QString &value)
{
    if (value.isEmpty())
        return; // a fact the case does not have is left out rather than shown blank
    auto *field = new QLabel(value, this);
    field->setTextFormat(Qt::PlainText);
    // Wrapping only where needed: a wrapping label in a form row takes more height than its text.
    field->setWordWrap(value.size() > 40);
    field->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_form->addRow(label, field);
}

QString CaseFactsForm::value(const QString &label) const
{
    for (int row = 0; row < m_form->rowCount(); ++row) {
        auto *name = qobject_cast<QLabel *>(m_form->itemAt(row, QFormLayout::LabelRole)->widget());
        auto *field = qobject_cast<QLabel *>(m_form->itemAt(row, QFormLayout::FieldRole)->widget());
        if (name && field && name->text() == label)
            return field->text();
    }
    return {};
}

} // namespace halldesk
