#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <optional>

namespace halldesk {

// The five kinds of service item of the Hubei "三级八同" standard. The kind decides which
// decisions a clerk may take at the window: only an immediate item (即办件) can be finished on
// the spot.
enum class ItemType
{
    Immediate,  // 即办件
    Commitment, // 承诺件
    Reported,   // 上报件
    Joint,      // 联办件
    Parallel    // 并联审批件
};

class ItemTypeNames
{
    Q_DECLARE_TR_FUNCTIONS(ItemTypeNames)

public:
    // Stable names used in the catalogue JSON, the protocol and the databases.
    static QString key(ItemType type);
    static std::optional<ItemType> fromKey(const QString &key);
    // Every key, in declaration order.
    static QStringList keys();
    // Translated name for the clerk (即办件 ... in zh_CN).
    static QString displayName(ItemType type);
};

} // namespace halldesk
