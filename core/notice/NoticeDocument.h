#pragma once

#include "notice/CompletionResult.h"
#include "notice/NoticeItem.h"
#include "notice/NoticeKind.h"
#include "notice/NoticeMaterial.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace halldesk {

// Everything one printed notice shows, already decided and formatted by the caller: the
// renderer draws it and decides nothing. Personal data arrives masked (applicantIdMasked),
// because a notice is handed over the counter and may be left lying on it.
struct NoticeDocument
{
    NoticeKind kind = NoticeKind::Acceptance;

    QString hallName; // e.g. 黄石市民之家
    QString hallAddress;
    QString hallPhone;

    QString caseNumber;       // e.g. 20261128-0015-0003
    QString verificationCode; // 8 characters; with the case number it opens the case online
    QDateTime issuedAt;       // hall local time

    QString windowNumber;
    QString staffName;
    QString staffNumber;

    QString applicantName;     // person or organisation
    QString applicantIdMasked; // e.g. 4202********1234

    QList<NoticeItem> items;
    QList<NoticeMaterial> materials;

    QDate dueDate;                 // Acceptance: 承诺办结日期
    bool creditCommitment = false; // Acceptance on the applicant's signed 信用承诺
    QDate verificationDueDate;     // Acceptance on a credit commitment: 核查日期
    QDate correctionDeadline;      // Correction: bring the missing materials by this day
    QString rejectionReason;       // Rejection

    CompletionResult completionResult = CompletionResult::Approved; // Completion
    QString resultDocument;                                         // Completion, e.g. 营业执照
    QDate finishedOn;                                               // Completion
};

} // namespace halldesk
