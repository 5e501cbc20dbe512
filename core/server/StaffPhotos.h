#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace halldesk {

struct StaffPhoto
{
    QByteArray bytes;
    QString type; // image/jpeg or image/png
};

// The clerks' photos that the pads show the citizens (PROTOCOL.md §12.9): one file per staff
// member in a folder an administrator fills, named after the staff number (HD0012.jpg or
// HD0012.png). Files are read when asked for, so a photo replaced on disk shows at the next
// sign-in without a restart. Only what starts like a JPEG or PNG and is small enough to send
// is handed out.
class StaffPhotos
{
public:
    static constexpr qint64 MaxBytes = 256 * 1024;

    explicit StaffPhotos(QString directory = {})
        : m_directory(std::move(directory))
    {}

    QString directory() const { return m_directory; }
    // nullopt when there is no usable photo (none, too large, not an image, unreadable), or
    // when the staff number could name anything outside the folder.
    std::optional<StaffPhoto> find(const QString &staffNo) const;

private:
    QString m_directory;
};

} // namespace halldesk
