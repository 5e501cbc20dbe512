#pragma once

#include "casework/Applicant.h"
#include "casework/EarlierMaterials.h"
#include "domain/OperationError.h"

#include <functional>
#include <optional>

namespace halldesk {

class HallClient;

// Asks the hall server which documents an applicant gave in earlier cases (PROTOCOL.md §5.29),
// found there by the keyed hash of the ID number or credit code only. It needs the server:
// offline the answer is the `offline` error at once.
class ApplicantHistory
{
public:
    using Answer = std::function<void(const QList<EarlierMaterial> &materials,
                                      const std::optional<OperationError> &error)>;

    // An applicant without an ID number or credit code has no history to look up: the answer
    // is then empty at once.
    static void lookUp(HallClient &client, const Applicant &applicant, Answer answer);
};

} // namespace halldesk
