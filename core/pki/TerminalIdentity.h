#pragma once

#include "pki/CertificateIssuer.h"
#include "pki/TerminalRole.h"

#include <QSslCertificate>
#include <QString>
#include <optional>

namespace halldesk {

// Who a terminal is, as its client certificate (issued by the hall CA) says. The rule:
//
// - the subject has exactly one OU, the role name as toName() spells it ("counter", "pad",
//   "kiosk", "board", "supervisor"; case-sensitive);
// - the subject has exactly one CN, the terminal's name;
// - for counter and pad the CN is exactly "<role>-<N>", N an integer 1..9999 without leading
//   zeros ("counter-15", "pad-15"); N is the service window. "counter-015", "counter-0" and an
//   OU counter with CN "pad-3" are refused, so one window has exactly one name per role;
// - for the other roles the CN is 1..64 ASCII letters, digits, '-', '_' or '.' ("kiosk-1",
//   "board-hall", "supervisor-1"); window is 0;
// - the certificate carries extendedKeyUsage clientAuth (a server certificate is no terminal).
//
// That the certificate chains to the hall CA is the TLS handshake's job, not this one's.
struct TerminalIdentity
{
    TerminalRole role = TerminalRole::Counter;
    int window = 0; // 1..9999 for counter and pad, 0 otherwise
    QString name;   // the CN

    // nullopt when the certificate breaks the rule; why (if not null) then gets a plain English
    // reason for the log. The peer is not told why.
    static std::optional<TerminalIdentity> fromCertificate(const QSslCertificate &certificate,
                                                           QString *why);
    // The naming part of the rule alone, for names chosen before a certificate exists.
    static std::optional<TerminalIdentity> fromSubject(const QString &organizationalUnit,
                                                       const QString &commonName, QString *why);
    // CN, OU and clientAuth for a terminal certificate. name defaults to "<role>-<window>", or
    // "<role>-1" for a role without a window when window is not positive. Check the result with
    // fromSubject() when window or name come from a user.
    static CertificateRequest requestFor(TerminalRole role, int window, const QString &name = {});

    friend bool operator==(const TerminalIdentity &, const TerminalIdentity &) = default;
};

} // namespace halldesk
