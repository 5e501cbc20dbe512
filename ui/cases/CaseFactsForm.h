#pragma once

#include "clock/HallTime.h"

#include <QWidget>

class QFormLayout;

namespace halldesk {

struct CaseRecord;

// What the case view says about a case, one line per fact: number, verification code, items,
// applicant (masked: the full record stays on the intake form), decision, status and dates.
class CaseFactsForm : public QWidget
{
    Q_OBJECT

public:
    explicit CaseFactsForm(HallTime hallTime, QWidget *parent = nullptr);

    // `status` is shown as given: the server's status, or what this terminal knows.
    void setCase(const CaseRecord &record, const QString &status);
    // The text of the line labelled `label` (as translated), for tests.
    QString value(const QString &label) const;

private:
    void addLine(const QString &label, const QString &value);

    HallTime m_hallTime;
    QFormLayout *m_form;
};

} // namespace halldesk
