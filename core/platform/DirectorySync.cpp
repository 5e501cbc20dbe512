#include "platform/DirectorySync.h"

#include <QFile>
#include <fcntl.h>
#include <unistd.h>

namespace halldesk {

bool syncDirectory(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

} // namespace halldesk
