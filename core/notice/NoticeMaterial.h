#pragma once

#include "catalogue/MaterialSpec.h"

#include <QCoreApplication>
#include <QString>

namespace halldesk {

// An application material of the case and what the window made of it.
struct NoticeMaterial
{
    Q_DECLARE_TR_FUNCTIONS(NoticeMaterial)

public:
    enum class Status
    {
        Received,
        Missing,
        Waived // 容缺: accepted without it; to be handed in later
    };

    QString name;
    Status status = Status::Received;
    MaterialSpec::Form form = MaterialSpec::Form::Original;
    int copies = 1;
    int pages = 0; // 0 = not counted
    QString note;  // e.g. 加盖公章

    static QString statusName(Status status);
    static QString formName(MaterialSpec::Form form);
};

} // namespace halldesk
