#pragma once

#include <QString>

namespace halldesk {

// How personal data looks on screens and paper outside the one form where it is typed.
class PersonalDataMask
{
public:
    // 张* for 张三, 欧*** for 欧阳娜娜: the family name stays so the clerk can address the
    // citizen; a one-character value is masked whole.
    static QString name(const QString &name);
    // Delegates to ResidentId::mask and MobileNumber::mask, so every screen masks alike.
    static QString residentId(const QString &normalized);
    static QString mobile(const QString &normalized);
};

} // namespace halldesk
