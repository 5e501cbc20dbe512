#pragma once

#include "calendar/WorkingCalendar.h"
#include "casework/CaseRecord.h"
#include "catalogue/Catalogue.h"
#include "domain/OperationError.h"

#include <optional>

namespace halldesk {

// Completes and checks a case as taken at a window, against the catalogue and the calendar:
// item names, material names and flags come from the catalogue (not from whoever sent the
// case), the applicant and every form value are validated and normalized, the decision must
// be one DecisionRules allows, and the status, clock pauses and due dates follow from the
// decision. The counter runs it before printing a notice; the server runs it again before
// storing, so both arrive at the same dates.
class IntakeCheck
{
public:
    // On success `record` is complete. On failure it is unspecified, and the error's detail
    // names what is wrong: the changed item codes (CatalogueChanged), or the field
    // (InvalidCase: "applicant.residentId", "form.F0101.capital", "materials.M-X", "decision").
    static std::optional<OperationError> complete(CaseRecord &record, const Catalogue &catalogue,
                                                  const WorkingCalendar &calendar);

    // The materials an application of these items asks for: each document once, limited to
    // the chosen 情形 where one is chosen.
    static QList<MaterialCheck> checklist(const QList<CaseItem> &items, const Catalogue &catalogue);

    // Due date and verification date from the decision, the items' limits and the pauses.
    static void schedule(CaseRecord &record, const Catalogue &catalogue,
                         const WorkingCalendar &calendar);
};

} // namespace halldesk
