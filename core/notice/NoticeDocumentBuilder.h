#pragma once

#include "casework/CaseRecord.h"
#include "catalogue/Catalogue.h"
#include "clock/HallTime.h"
#include "notice/NoticeDocument.h"

#include <QString>

namespace halldesk {

// The hall as the header and footer of every notice name it.
struct NoticeHall
{
    QString name;
    QString address;
    QString phone;
};

// Turns a case as IntakeCheck completed it into the notice the window hands over: 受理通知书
// for an acceptance (also on a credit commitment), 一次性告知书 for a correction, 不予受理通知书
// for a rejection and 办结回执 for an item finished on the spot. Item names, departments and
// limits come from the catalogue; the applicant's ID is masked because the paper leaves the
// counter.
class NoticeDocumentBuilder
{
public:
    NoticeDocumentBuilder(const Catalogue &catalogue, NoticeHall hall,
                          HallTime hallTime = HallTime());

    NoticeDocument build(const CaseRecord &record, const QString &staffName) const;
    // 办结回执 for a case completed after its intake (CaseLifecycle complete), with its outcome
    // and the day it was finished.
    NoticeDocument buildCompletion(const CaseRecord &record, const QString &staffName,
                                   QDate finishedOn) const;

    static NoticeKind kindFor(IntakeDecision decision);

private:
    NoticeDocument common(const CaseRecord &record, const QString &staffName) const;
    QList<NoticeItem> items(const CaseRecord &record) const;
    QList<NoticeMaterial> materials(const CaseRecord &record) const;
    QString resultDocuments(const CaseRecord &record) const;

    const Catalogue &m_catalogue;
    NoticeHall m_hall;
    HallTime m_hallTime;
};

} // namespace halldesk
