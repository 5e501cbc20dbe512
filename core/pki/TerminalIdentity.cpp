#include "pki/TerminalIdentity.h"

#include <QRegularExpression>
#include <memory>
#include <openssl/err.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace halldesk {

namespace {

constexpr int MaxWindow = 9999;
constexpr int MaxNameLength = 64;

std::optional<TerminalIdentity> refuse(QString *why, const QString &reason)
{
    if (why)
        *why = reason;
    return std::nullopt;
}

// QSslCertificate::extensions() renders the extended key usage as display text that differs
// between Qt versions; OpenSSL's flags are exact.
bool hasClientAuthUsage(const QSslCertificate &certificate)
{
    const QByteArray der = certificate.toDer();
    const auto *data = reinterpret_cast<const unsigned char *>(der.constData());
    std::unique_ptr<X509, decltype(&X509_free)> x509(
        d2i_X509(nullptr, &data, static_cast<long>(der.size())), &X509_free);
    if (!x509) {
        ERR_clear_error();
        return false;
    }
    // Without the extension X509_get_extended_key_usage() reports "any usage"; the rule asks
    // for an explicit clientAuth.
    return (X509_get_extension_flags(x509.get()) & EXFLAG_XKUSAGE) &&
           (X509_get_extended_key_usage(x509.get()) & XKU_SSL_CLIENT);
}

} // namespace

std::optional<TerminalIdentity> TerminalIdentity::fromSubject(const QString &organizationalUnit,
                                                              const QString &commonName,
                                                              QString *why)
{
    const std::optional<TerminalRole> role = terminalRoleFromName(organizationalUnit);
    if (!role) {
        return refuse(
            why,
            QStringLiteral("the subject OU \"%1\" is not a terminal role").arg(organizationalUnit));
    }
    if (roleHasWindow(*role)) {
        static const QRegularExpression windowName(QStringLiteral("^([a-z]+)-([1-9][0-9]{0,3})$"));
        const QRegularExpressionMatch match = windowName.match(commonName);
        if (!match.hasMatch() || match.captured(1) != organizationalUnit) {
            return refuse(why, QStringLiteral("the subject CN \"%1\" of a %2 terminal is not "
                                              "\"%2-<window>\" with a window from 1 to %3")
                                   .arg(commonName, organizationalUnit)
                                   .arg(MaxWindow));
        }
        return TerminalIdentity{*role, match.captured(2).toInt(), commonName};
    }
    static const QRegularExpression plainName(
        QStringLiteral("^[A-Za-z0-9._-]{1,%1}$").arg(MaxNameLength));
    if (!plainName.match(commonName).hasMatch()) {
        return refuse(why, QStringLiteral("the subject CN \"%1\" of a %2 terminal is not 1 to %3 "
                                          "letters, digits, '-', '_' or '.'")
                               .arg(commonName, organizationalUnit)
                               .arg(MaxNameLength));
    }
    return TerminalIdentity{*role, 0, commonName};
}

std::optional<TerminalIdentity>
TerminalIdentity::fromCertificate(const QSslCertificate &certificate, QString *why)
{
    if (certificate.isNull())
        return refuse(why, QStringLiteral("there is no certificate"));
    const QStringList units = certificate.subjectInfo(QSslCertificate::OrganizationalUnitName);
    const QStringList names = certificate.subjectInfo(QSslCertificate::CommonName);
    if (units.size() != 1) {
        return refuse(why, QStringLiteral("the subject has %1 OU entries instead of exactly one "
                                          "naming the terminal role")
                               .arg(units.size()));
    }
    if (names.size() != 1) {
        return refuse(why, QStringLiteral("the subject has %1 CN entries instead of exactly one "
                                          "naming the terminal")
                               .arg(names.size()));
    }
    if (!hasClientAuthUsage(certificate)) {
        return refuse(why, QStringLiteral("the certificate lacks the clientAuth extended key "
                                          "usage"));
    }
    return fromSubject(units.constFirst(), names.constFirst(), why);
}

CertificateRequest TerminalIdentity::requestFor(TerminalRole role, int window, const QString &name)
{
    CertificateRequest request;
    request.organizationalUnit = toName(role);
    if (!name.isEmpty())
        request.commonName = name;
    else if (roleHasWindow(role) || window > 0)
        request.commonName = QStringLiteral("%1-%2").arg(toName(role)).arg(window);
    else
        request.commonName = toName(role) + QStringLiteral("-1");
    request.clientAuth = true;
    return request;
}

} // namespace halldesk
