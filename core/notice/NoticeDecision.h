#pragma once

#include "notice/NoticeDocument.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace halldesk {

class NoticeFlow;

// What each kind of notice decides and tells the citizen: the materials concerned, the decision
// with its dates, and the legal remedy where the citizen is refused something.
class NoticeDecision
{
    Q_DECLARE_TR_FUNCTIONS(NoticeDecision)

public:
    static void add(NoticeFlow &flow, const NoticeDocument &document);

    // The time limits of the Administrative Reconsideration Law (2023) art. 20 and the
    // Administrative Litigation Law art. 46; the wording is the one halls print.
    static QString legalRemedy();

private:
    static void addAcceptance(NoticeFlow &flow, const NoticeDocument &document);
    static void addCorrection(NoticeFlow &flow, const NoticeDocument &document);
    static void addRejection(NoticeFlow &flow, const NoticeDocument &document);
    static void addCompletion(NoticeFlow &flow, const NoticeDocument &document);

    static QList<NoticeMaterial> materialsWith(const NoticeDocument &document,
                                               NoticeMaterial::Status status);
    // The materials still to come, with the form, copies and requirements asked for.
    static void addMaterialsToBring(NoticeFlow &flow, const QList<NoticeMaterial> &materials);
};

} // namespace halldesk
