#include "casework/MaterialCheck.h"

namespace halldesk {

QString MaterialCheckNames::key(MaterialCheck::State state)
{
    switch (state) {
    case MaterialCheck::State::Missing:
        return QStringLiteral("missing");
    case MaterialCheck::State::Received:
        return QStringLiteral("received");
    case MaterialCheck::State::Waived:
        return QStringLiteral("waived");
    }
    return {};
}

std::optional<MaterialCheck::State> MaterialCheckNames::stateFromKey(const QString &key)
{
    for (auto state : {MaterialCheck::State::Missing, MaterialCheck::State::Received,
                       MaterialCheck::State::Waived}) {
        if (key == MaterialCheckNames::key(state))
            return state;
    }
    return std::nullopt;
}

QString MaterialCheckNames::displayName(MaterialCheck::State state)
{
    switch (state) {
    case MaterialCheck::State::Missing:
        return tr("Missing");
    case MaterialCheck::State::Received:
        return tr("Received");
    case MaterialCheck::State::Waived:
        return tr("Waived for now");
    }
    return {};
}

QString MaterialCheckNames::formText(MaterialSpec::Form form, int copies)
{
    QString text;
    switch (form) {
    case MaterialSpec::Form::Original:
        text = tr("Original");
        break;
    case MaterialSpec::Form::Copy:
        text = tr("Copy");
        break;
    case MaterialSpec::Form::OriginalAndCopy:
        text = tr("Original and copy");
        break;
    }
    if (copies > 1)
        //: A material's form and how many copies, e.g. 复印件 ×2
        text = tr("%1 ×%2").arg(text).arg(copies);
    return text;
}

} // namespace halldesk
