#pragma once

#include "casework/CaseLifecycle.h"
#include "casework/CaseRecord.h"
#include "casework/IntakeDecision.h"
#include "casework/MaterialCheck.h"
#include "catalogue/Catalogue.h"
#include "catalogue/ServiceItem.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace halldesk {

// Which decisions the window may take for an application, from the items' types and the
// materials checklist. The counter greys out what is not possible (with this reason), and the
// server checks again before it records the case.
class DecisionRules
{
    Q_DECLARE_TR_FUNCTIONS(DecisionRules)

public:
    // Empty when the decision is possible; otherwise why not, in the clerk's language.
    static QString check(IntakeDecision decision, const QList<const ServiceItem *> &items,
                         const QList<MaterialCheck> &materials, const QString &reason = {});
    // Required materials still missing: everything a 一次性告知书 must list.
    static QList<MaterialCheck> missing(const QList<MaterialCheck> &materials);
    // The longest promised limit of the items (a bundle is due when its slowest item is).
    static int promisedDays(const QList<const ServiceItem *> &items);
    // The same for the items as a case took them: a 情形 with a limit of its own replaces its
    // item's. Items the catalogue does not have count nothing.
    static int promisedDays(const QList<CaseItem> &taken, const Catalogue &catalogue);
    // The longest verification period of the items, for a credit commitment.
    static int verificationDays(const QList<const ServiceItem *> &items);
    // The lifecycle step that records the decision on a received case, and its outcome.
    static CaseAction action(IntakeDecision decision);
    static CaseOutcome outcome(IntakeDecision decision, const QList<MaterialCheck> &materials);
};

} // namespace halldesk
