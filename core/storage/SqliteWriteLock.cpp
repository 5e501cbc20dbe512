#include "storage/SqliteWriteLock.h"

#include <QHash>
#include <memory>

namespace halldesk {

std::mutex &SqliteWriteLock::forFile(const QString &canonicalPath)
{
    static std::mutex registryMutex;
    static QHash<QString, std::shared_ptr<std::mutex>> registry;
    std::lock_guard guard(registryMutex);
    auto &slot = registry[canonicalPath];
    if (!slot)
        slot = std::make_shared<std::mutex>();
    return *slot;
}

} // namespace halldesk
