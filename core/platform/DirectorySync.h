#pragma once

#include <QString>

namespace halldesk {

// A file renamed or created into a directory survives a power cut only once the directory's
// entry is on disk too: fsync of the directory itself. False if it could not be opened or
// synced.
bool syncDirectory(const QString &path);

} // namespace halldesk
