#include "notice/NoticeMaterial.h"

namespace halldesk {

QString NoticeMaterial::statusName(Status status)
{
    switch (status) {
    case Status::Received:
        return tr("Received");
    case Status::Missing:
        return tr("Missing");
    case Status::Waived:
        return tr("Waived, to follow");
    }
    return {};
}

QString NoticeMaterial::formName(MaterialSpec::Form form)
{
    switch (form) {
    case MaterialSpec::Form::Original:
        return tr("Original");
    case MaterialSpec::Form::Copy:
        return tr("Copy");
    case MaterialSpec::Form::OriginalAndCopy:
        return tr("Original and copy");
    }
    return {};
}

} // namespace halldesk
