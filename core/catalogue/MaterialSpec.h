#pragma once

#include <QString>

namespace halldesk {

// One application material an item asks for. `code` names the kind of document across the
// whole catalogue (M-IDCARD is the applicant's ID card in every item), so a bundle asks for it
// once and a case can reuse what the applicant gave before.
struct MaterialSpec
{
    enum class Form
    {
        Original,       // 原件
        Copy,           // 复印件
        OriginalAndCopy // 原件及复印件
    };
    enum class Medium
    {
        Paper,
        Electronic,
        PaperOrElectronic
    };

    QString code;
    QString name;
    bool required = true;
    Form form = Form::Original;
    int copies = 1;
    Medium medium = Medium::Paper;
    bool waivable = false; // 容缺: may be handed in after acceptance
    QString note;          // e.g. 加盖公章; shown to the clerk and on 一次性告知书

    friend bool operator==(const MaterialSpec &, const MaterialSpec &) = default;
};

} // namespace halldesk
