#include "server/StaffPhotos.h"

#include "logging/HallDeskLogging.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace halldesk {

namespace {

QString typeOf(const QByteArray &bytes)
{
    if (bytes.startsWith(QByteArrayLiteral("\xFF\xD8\xFF")))
        return QStringLiteral("image/jpeg");
    if (bytes.startsWith(QByteArrayLiteral("\x89PNG\r\n\x1A\n")))
        return QStringLiteral("image/png");
    return {};
}

} // namespace

std::optional<StaffPhoto> StaffPhotos::find(const QString &staffNo) const
{
    // Staff numbers become file names: nothing that could leave the folder.
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_-]{1,32}$"));
    if (m_directory.isEmpty() || !safe.match(staffNo).hasMatch())
        return std::nullopt;
    const QDir folder(m_directory);
    for (const char *suffix : {".jpg", ".jpeg", ".png"}) {
        QFile file(folder.filePath(staffNo + QLatin1String(suffix)));
        if (!file.exists())
            continue;
        if (file.size() > MaxBytes) {
            qCWarning(lcServer).noquote()
                << "the photo of" << staffNo << "is larger than" << MaxBytes << "bytes";
            return std::nullopt;
        }
        if (!file.open(QIODevice::ReadOnly)) {
            qCWarning(lcServer).noquote()
                << "the photo of" << staffNo << "cannot be read:" << file.errorString();
            return std::nullopt;
        }
        const QByteArray bytes = file.read(MaxBytes + 1);
        const QString type = typeOf(bytes);
        if (type.isEmpty() || bytes.size() > MaxBytes) {
            qCWarning(lcServer).noquote() << "the photo of" << staffNo << "is not a JPEG or PNG";
            return std::nullopt;
        }
        return StaffPhoto{bytes, type};
    }
    return std::nullopt;
}

} // namespace halldesk
