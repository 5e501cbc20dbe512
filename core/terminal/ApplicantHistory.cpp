#include "terminal/ApplicantHistory.h"

#include "client/HallClient.h"

namespace halldesk {

void ApplicantHistory::lookUp(HallClient &client, const Applicant &applicant, Answer answer)
{
    QJsonObject args;
    if (applicant.kind == Applicant::Kind::Person && !applicant.residentId.isEmpty())
        args.insert(QStringLiteral("residentId"), applicant.residentId);
    else if (applicant.kind == Applicant::Kind::Organisation && !applicant.creditCode.isEmpty())
        args.insert(QStringLiteral("creditCode"), applicant.creditCode);
    if (args.isEmpty()) {
        answer({}, std::nullopt);
        return;
    }
    client.request(QStringLiteral("applicantCases"), args,
                   [answer = std::move(answer)](const ClientReply &reply) {
                       if (!reply.ok)
                           answer({}, reply.error);
                       else
                           answer(EarlierMaterials::fromApplicantCases(reply.result), std::nullopt);
                   });
}

} // namespace halldesk
