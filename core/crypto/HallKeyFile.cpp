#include "crypto/HallKeyFile.h"

#include "crypto/PersonalDataCipher.h"
#include "logging/HallDeskLogging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <openssl/crypto.h>
#include <openssl/rand.h>

namespace halldesk {

namespace {

constexpr QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions OthersAccess = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                  QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                  QFileDevice::WriteOther | QFileDevice::ExeOther;

std::optional<QByteArray> fail(QString *errorMessage, const QString &message)
{
    if (errorMessage)
        *errorMessage = message;
    return std::nullopt;
}

} // namespace

std::optional<QByteArray> HallKeyFile::loadOrCreate(const QString &path, QString *errorMessage)
{
    constexpr int KeyBytes = PersonalDataCipher::KeyBytes;
    const QString shownPath = QDir::toNativeSeparators(path);
    if (path.isEmpty())
        return fail(errorMessage, tr("No path was configured for the personal data key file."));

    const QFileInfo info(path);
    // A dangling symlink is "not existing" to QFileInfo::exists(); creating a key through it
    // would write somewhere unexpected, so treat it as an existing (unreadable) file.
    if (info.exists() || info.isSymLink()) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return fail(errorMessage, tr("Cannot read the personal data key file %1: %2")
                                          .arg(shownPath, file.errorString()));
        }
        if (file.size() != KeyBytes) {
            return fail(errorMessage,
                        tr("The personal data key file %1 is %2 bytes long, but a key is exactly "
                           "%3 bytes. The file was left unchanged; restore the hall's key file "
                           "from the backup.")
                            .arg(shownPath)
                            .arg(file.size())
                            .arg(KeyBytes));
        }
        QByteArray key = file.read(KeyBytes);
        if (key.size() != KeyBytes) {
            if (!key.isEmpty())
                OPENSSL_cleanse(key.data(), static_cast<size_t>(key.size()));
            return fail(errorMessage, tr("Cannot read the personal data key file %1: %2")
                                          .arg(shownPath, file.errorString()));
        }
        if (file.permissions().testAnyFlags(OthersAccess))
            qCWarning(lcCrypto) << "Personal data key file is accessible to other users:" << path;
        return key;
    }

    const QString directory = info.absolutePath();
    if (!QDir().mkpath(directory)) {
        return fail(errorMessage, tr("Cannot create the folder %1 for the personal data key file.")
                                      .arg(QDir::toNativeSeparators(directory)));
    }

    QByteArray key(KeyBytes, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(key.data()), KeyBytes) != 1) {
        return fail(errorMessage, tr("Cannot create a personal data key: the system's random "
                                     "number generator is not available."));
    }

    QSaveFile file(path);
    // Restrict the permissions before any key byte is written, not after.
    const bool written = file.open(QIODevice::WriteOnly) && file.setPermissions(OwnerOnly) &&
                         file.write(key) == KeyBytes && file.commit();
    if (!written) {
        const QString reason = file.errorString();
        file.cancelWriting();
        OPENSSL_cleanse(key.data(), static_cast<size_t>(key.size()));
        return fail(errorMessage,
                    tr("Cannot write the personal data key file %1: %2").arg(shownPath, reason));
    }
    qCInfo(lcCrypto) << "Created a new personal data key file:" << path;
    return key;
}

} // namespace halldesk
