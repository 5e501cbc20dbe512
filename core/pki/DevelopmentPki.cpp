#include "pki/DevelopmentPki.h"

#include "logging/HallDeskLogging.h"
#include "pki/TerminalIdentity.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSaveFile>
#include <QSslCertificate>

namespace halldesk {

namespace {

const QString DevelopmentHallName = QStringLiteral("HallDesk Development");
constexpr int CaValidDays = 3650;
// Renewing a week early keeps a demo from failing on the day a certificate runs out.
constexpr int RenewDaysBeforeExpiry = 7;
// Issuing takes milliseconds; a lock held this long belongs to a hung process.
constexpr int LockTimeoutMs = 30000;

constexpr QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions OwnerWriteAllRead =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
    QFileDevice::ReadOther;
constexpr QFileDevice::Permissions OwnerOnlyFolder =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

constexpr QFileDevice::Permissions OthersAccess = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                  QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                  QFileDevice::WriteOther | QFileDevice::ExeOther;

const QString CaBaseName = QStringLiteral("ca");
const QString ServerBaseName = QStringLiteral("server");

enum class Side
{
    Server,
    Client
};

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

QString certificatePath(const QString &directory, const QString &baseName)
{
    return directory + QLatin1Char('/') + baseName + QStringLiteral(".pem");
}

QString keyPath(const QString &directory, const QString &baseName)
{
    return directory + QLatin1Char('/') + baseName + QStringLiteral(".key");
}

std::optional<QByteArray> readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return file.readAll();
}

// QSaveFile writes a temporary file and renames it over the target, so a process reading
// without the lock sees the old file or the new one, never a partial one. The permissions are
// set before the first byte is written.
bool writeAtomically(const QString &path, const QByteArray &data,
                     QFileDevice::Permissions permissions, QString *error)
{
    QSaveFile file(path);
    const bool written = file.open(QIODevice::WriteOnly) && file.setPermissions(permissions) &&
                         file.write(data) == data.size() && file.commit();
    if (!written) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return fail(error, DevelopmentPki::tr("Cannot write the development certificate file "
                                              "%1: %2")
                               .arg(QDir::toNativeSeparators(path), reason));
    }
    return true;
}

bool writePair(const QString &directory, const QString &baseName, const QByteArray &certificatePem,
               const QByteArray &keyPem, QString *error)
{
    // Key first: a crash between the two leaves a pair that does not match, which the next run
    // detects and replaces, never a new certificate next to an old key.
    return writeAtomically(keyPath(directory, baseName), keyPem, OwnerOnly, error) &&
           writeAtomically(certificatePath(directory, baseName), certificatePem, OwnerWriteAllRead,
                           error);
}

class DirectoryLock
{
public:
    explicit DirectoryLock(const QString &directory)
        : m_lock(directory + QStringLiteral("/pki.lock"))
    {}
    bool lock() { return m_lock.tryLock(LockTimeoutMs); }

private:
    QLockFile m_lock;
};

bool lockFailed(const QString &directory, QString *error)
{
    return fail(error, DevelopmentPki::tr("The development certificates in %1 are locked by "
                                          "another program that does not finish.")
                           .arg(QDir::toNativeSeparators(directory)));
}

std::optional<CertificateIssuer> loadOrCreateAuthority(const QString &directory, QString *error)
{
    const QString caCertificatePath = certificatePath(directory, CaBaseName);
    const QString caKeyPath = keyPath(directory, CaBaseName);
    const std::optional<QByteArray> certificatePem = readAll(caCertificatePath);
    if (certificatePem) {
        const std::optional<QByteArray> keyPem = readAll(caKeyPath);
        if (!keyPem) {
            fail(error, DevelopmentPki::tr("The development CA certificate %1 has no readable "
                                           "key %2. Delete the folder %3 to start over.")
                            .arg(QDir::toNativeSeparators(caCertificatePath),
                                 QDir::toNativeSeparators(caKeyPath),
                                 QDir::toNativeSeparators(directory)));
            return std::nullopt;
        }
        QString why;
        std::optional<CertificateIssuer> issuer =
            CertificateIssuer::fromPem(*certificatePem, *keyPem, &why);
        if (!issuer) {
            fail(error, DevelopmentPki::tr("The development CA in %1 is unusable: %2 Delete the "
                                           "folder to start over.")
                            .arg(QDir::toNativeSeparators(directory), why));
            return std::nullopt;
        }
        const QSslCertificate certificate(*certificatePem, QSsl::Pem);
        const QDateTime renewAfter = QDateTime::currentDateTimeUtc().addDays(RenewDaysBeforeExpiry);
        if (certificate.expiryDate() > renewAfter)
            return issuer;
        // The terminal certificates of the old CA fail the check in ensureLeaf() and are
        // issued again, so nothing else needs to be cleaned up.
        qCInfo(lcCrypto) << "The development CA in" << directory << "expires soon; replacing it";
    }
    std::optional<CertificateIssuer> issuer =
        CertificateIssuer::createAuthority(DevelopmentHallName, CaValidDays, error);
    if (!issuer ||
        !writePair(directory, CaBaseName, issuer->certificatePem(), issuer->privateKeyPem(), error))
        return std::nullopt;
    return issuer;
}

bool leafFits(Side side, const CertificateIssuer &issuer, const QByteArray &certificatePem,
              const QByteArray &keyPem, const std::optional<TerminalIdentity> &expected)
{
    const QByteArray caPem = issuer.certificatePem();
    QString ignored;
    // TlsSettings checks what a usable pair needs: the key matches, our CA issued it, the
    // purpose is right and it has not expired.
    const bool usable =
        side == Side::Server
            ? TlsSettings::server(caPem, certificatePem, keyPem, &ignored).has_value()
            : TlsSettings::client(caPem, certificatePem, keyPem, &ignored).has_value();
    if (!usable)
        return false;
    const QSslCertificate certificate(certificatePem, QSsl::Pem);
    if (certificate.expiryDate() <= QDateTime::currentDateTimeUtc().addDays(RenewDaysBeforeExpiry))
        return false;
    return !expected || TerminalIdentity::fromCertificate(certificate, &ignored) == expected;
}

bool ensureLeaf(const QString &directory, const CertificateIssuer &issuer, const QString &baseName,
                const CertificateRequest &request, Side side,
                const std::optional<TerminalIdentity> &expected, QString *error)
{
    const std::optional<QByteArray> certificatePem = readAll(certificatePath(directory, baseName));
    const std::optional<QByteArray> keyPem = readAll(keyPath(directory, baseName));
    if (certificatePem && keyPem && leafFits(side, issuer, *certificatePem, *keyPem, expected))
        return true;
    if (certificatePem || keyPem) {
        qCInfo(lcCrypto) << "Replacing the development certificate" << baseName << "in"
                         << directory;
    }
    const std::optional<IssuedCertificate> issued = issuer.issue(request, error);
    return issued &&
           writePair(directory, baseName, issued->certificatePem, issued->privateKeyPem, error);
}

} // namespace

DevelopmentPki::DevelopmentPki(QString directory, CertificateIssuer issuer)
    : m_directory(std::move(directory))
    , m_issuer(std::move(issuer))
{}

std::optional<DevelopmentPki> DevelopmentPki::ensure(const QString &directory, QString *error)
{
    const QString path = QFileInfo(directory).absoluteFilePath();
    if (directory.isEmpty()) {
        fail(error, tr("No folder was given for the development certificates."));
        return std::nullopt;
    }
    const bool existed = QFileInfo(path).isDir();
    if (!existed && (!QDir().mkpath(path) || !QFile::setPermissions(path, OwnerOnlyFolder))) {
        fail(error, tr("Cannot create the folder %1 for the development certificates.")
                        .arg(QDir::toNativeSeparators(path)));
        return std::nullopt;
    }
    if (existed && QFile::permissions(path).testAnyFlags(OthersAccess)) {
        qCWarning(lcCrypto) << "The development certificate folder is accessible to other users:"
                            << path;
    }

    DirectoryLock lock(path);
    if (!lock.lock()) {
        lockFailed(path, error);
        return std::nullopt;
    }
    std::optional<CertificateIssuer> issuer = loadOrCreateAuthority(path, error);
    if (!issuer)
        return std::nullopt;

    CertificateRequest server;
    server.commonName = QStringLiteral("localhost");
    server.organizationalUnit = QStringLiteral("server");
    server.dnsNames = {QStringLiteral("localhost")};
    server.ipAddresses = {QStringLiteral("127.0.0.1"), QStringLiteral("::1")};
    server.serverAuth = true;
    if (!ensureLeaf(path, *issuer, ServerBaseName, server, Side::Server, std::nullopt, error))
        return std::nullopt;
    return DevelopmentPki(path, std::move(*issuer));
}

TlsFiles DevelopmentPki::serverFiles() const
{
    return {certificatePath(m_directory, CaBaseName), certificatePath(m_directory, ServerBaseName),
            keyPath(m_directory, ServerBaseName)};
}

std::optional<TlsFiles> DevelopmentPki::terminalFiles(TerminalRole role, int window,
                                                      QString *error) const
{
    return terminalFiles(role, window, QString(), error);
}

std::optional<TlsFiles> DevelopmentPki::terminalFiles(TerminalRole role, int window,
                                                      const QString &name, QString *error) const
{
    const CertificateRequest request = TerminalIdentity::requestFor(role, window, name);
    QString why;
    const std::optional<TerminalIdentity> identity =
        TerminalIdentity::fromSubject(request.organizationalUnit, request.commonName, &why);
    if (!identity) {
        qCWarning(lcCrypto).noquote() << "Refused a development terminal certificate:" << why;
        fail(error,
             roleHasWindow(role)
                 ? tr("A %1 terminal needs a window number from 1 to 9999.").arg(toName(role))
                 : tr("%1 is not a valid name for a %2 terminal; use letters, digits, "
                      "'-', '_' or '.'.")
                       .arg(request.commonName, toName(role)));
        return std::nullopt;
    }
    const QString baseName = request.commonName;
    if (baseName == CaBaseName || baseName == ServerBaseName) {
        fail(error, tr("The name %1 is reserved for the development CA and server.").arg(baseName));
        return std::nullopt;
    }

    DirectoryLock lock(m_directory);
    if (!lock.lock()) {
        lockFailed(m_directory, error);
        return std::nullopt;
    }
    if (!ensureLeaf(m_directory, m_issuer, baseName, request, Side::Client, identity, error))
        return std::nullopt;
    return TlsFiles{certificatePath(m_directory, CaBaseName),
                    certificatePath(m_directory, baseName), keyPath(m_directory, baseName)};
}

} // namespace halldesk
