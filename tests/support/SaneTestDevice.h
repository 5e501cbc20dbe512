#pragma once

#include <QByteArray>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <dlfcn.h>
#include <sane/sane.h>

namespace halldesk::test {

// Points libsane at `configDirectory` alone, with a dll.conf that names SANE's virtual `test`
// scanner (shipped in Debian's libsane1), or no backend at all: tests then see that scanner and
// nothing of the machine's. Must run before libsane is first initialised. Returns an error, or
// an empty string.
inline QString useSaneTestDevice(const QString &configDirectory, bool withTestScanner = true)
{
    QFile dll(configDirectory + QStringLiteral("/dll.conf"));
    if (!dll.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot write dll.conf");
    if (withTestScanner)
        dll.write("test\n");
    dll.close();
    // Without a trailing ':' SANE reads this directory only, never /etc/sane.d.
    qputenv("SANE_CONFIG_DIR", QFile::encodeName(configDirectory));
    if (!withTestScanner)
        return {};
    // The test backend's reader thread can be stopped between its last write and freeing its
    // buffer, which LeakSanitizer reports. Kept loaded (sane_exit would unload it), its frames
    // keep the module's name, which tests/unit/sane-lsan.supp matches.
    Dl_info libsane{};
    if (dladdr(reinterpret_cast<void *>(&sane_init), &libsane) == 0)
        return QStringLiteral("libsane not found");
    const QByteArray backend =
        QFileInfo(QFile::decodeName(libsane.dli_fname)).absolutePath().toUtf8() +
        "/sane/libsane-test.so.1";
    if (!dlopen(backend.constData(), RTLD_NOW | RTLD_NODELETE))
        return QString::fromLocal8Bit(dlerror());
    return {};
}

} // namespace halldesk::test
