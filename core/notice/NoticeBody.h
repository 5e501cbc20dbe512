#pragma once

#include "notice/NoticeBlock.h"
#include "notice/NoticeDocument.h"
#include "notice/NoticeStyle.h"

#include <QCoreApplication>
#include <QList>

namespace halldesk {

class NoticeFlow;

// The body of a notice between the page header and footer: who applied, for which items, the
// decision (NoticeDecision) and the signature area.
class NoticeBody
{
    Q_DECLARE_TR_FUNCTIONS(NoticeBody)

public:
    static QList<NoticeBlock> build(const NoticeDocument &document, const NoticeStyle &style,
                                    qreal width);

private:
    static void addApplicant(NoticeFlow &flow, const NoticeDocument &document);
    static void addItems(NoticeFlow &flow, const NoticeDocument &document);
    static void addSignature(NoticeFlow &flow, const NoticeDocument &document);
};

} // namespace halldesk
