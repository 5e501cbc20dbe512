#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace halldesk {

// A document the applicant handed in with an earlier case, which the window may take again
// instead of asking for it a second time (最多跑一次).
struct EarlierMaterial
{
    QString code;
    QString name;
    int pages = 0;
    QString caseNumber;
    QDate receivedOn;

    friend bool operator==(const EarlierMaterial &, const EarlierMaterial &) = default;
};

class EarlierMaterials
{
public:
    // From an `applicantCases` result (PROTOCOL.md §5.29, newest case first): the newest copy
    // of each material, in the order first seen. Cases that were refused, revoked or withdrawn
    // are skipped: their documents were never accepted as adequate.
    static QList<EarlierMaterial> fromApplicantCases(const QJsonObject &result);
};

} // namespace halldesk
