#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QString>
#include <optional>

namespace halldesk {

// PEM files of one end of a hall connection. caFile holds the hall CA (more than one CA
// certificate only while the hall moves to a new CA); certificateFile the end's own
// certificate, optionally followed by intermediates; keyFile its unencrypted private key.
struct TlsFiles
{
    QString caFile;
    QString certificateFile;
    QString keyFile;
};

// The TLS settings of the hall server and of the terminals. Both ends authenticate each other
// with certificates of the hall CA and trust nothing else, not even the system's CAs, so a
// certificate bought from a public CA admits no one. TLS 1.2 or newer with forward-secret AEAD
// ciphers only. The client side keeps Qt's host name check, so the server certificate must
// name the host the terminals connect to.
//
// Before building a configuration the files are checked so an operator gets a precise message
// instead of a failing handshake: the key belongs to the certificate, the certificate was
// issued by the hall CA, is meant for its side (serverAuth / clientAuth) and has not expired.
class TlsSettings
{
    Q_DECLARE_TR_FUNCTIONS(TlsSettings)

public:
    static std::optional<QSslConfiguration> server(const TlsFiles &files, QString *error);
    static std::optional<QSslConfiguration> client(const TlsFiles &files, QString *error);
    // The same from PEM data, e.g. DevelopmentPki or tests.
    static std::optional<QSslConfiguration> server(const QByteArray &caPem,
                                                   const QByteArray &certificatePem,
                                                   const QByteArray &keyPem, QString *error);
    static std::optional<QSslConfiguration> client(const QByteArray &caPem,
                                                   const QByteArray &certificatePem,
                                                   const QByteArray &keyPem, QString *error);

    // TLS 1.3 suites and TLS 1.2 ECDHE suites with AES-GCM or ChaCha20-Poly1305, in the
    // library's order of preference.
    static QList<QSslCipher> allowedCiphers();
    static bool isAllowedCipher(const QSslCipher &cipher);
};

} // namespace halldesk
