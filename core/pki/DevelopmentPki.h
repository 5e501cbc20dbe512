#pragma once

#include "pki/CertificateIssuer.h"
#include "pki/TerminalRole.h"
#include "pki/TlsSettings.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace halldesk {

// Throw-away certificates for development, demos and tests, kept in one folder:
//   ca.pem, ca.key             the "HallDesk Development" CA (10 years)
//   server.pem, server.key     the hall server: DNS localhost, IP 127.0.0.1 and ::1, serverAuth
//   <name>.pem, <name>.key     terminals, issued on first request ("counter-15", "kiosk-1")
// Never use it for a real hall: anyone who can read the folder can admit any terminal. Real
// halls use packaging/halldesk-pki.sh and keep the CA key offline.
//
// Files that exist are reused as they are; a certificate is only issued again when it no
// longer fits (not from this CA, key missing, expiring within a week). Several processes (the
// demo server and demo terminals) may use the folder at once: changes happen under a lock
// file, and every file is replaced atomically, so a reader never sees half a file.
class DevelopmentPki
{
    Q_DECLARE_TR_FUNCTIONS(DevelopmentPki)

public:
    // Creates the folder (owner-only) and the CA and server files if missing. Keys are written
    // with mode 0600. Errors are translated for the user.
    static std::optional<DevelopmentPki> ensure(const QString &directory, QString *error);

    QString directory() const { return m_directory; }
    TlsFiles serverFiles() const;
    // The files of a terminal named as TerminalIdentity::requestFor() names it; the window must
    // be 1..9999 for counter and pad.
    std::optional<TlsFiles> terminalFiles(TerminalRole role, int window, QString *error) const;
    // The same with an explicit name, e.g. (Board, 0, "board-hall"). "ca" and "server" are
    // taken by the folder's own files.
    std::optional<TlsFiles> terminalFiles(TerminalRole role, int window, const QString &name,
                                          QString *error) const;

private:
    DevelopmentPki(QString directory, CertificateIssuer issuer);

    QString m_directory;
    CertificateIssuer m_issuer;
};

} // namespace halldesk
