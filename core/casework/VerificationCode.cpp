#include "casework/VerificationCode.h"

#include <array>
#include <openssl/rand.h>
#include <stdexcept>

namespace halldesk {

const QString &VerificationCode::alphabet()
{
    static const QString symbols = QStringLiteral("23456789ABCDEFGHJKMNPQRSTUVWXYZ");
    return symbols;
}

QString VerificationCode::generate()
{
    const QString &symbols = alphabet();
    const int n = int(symbols.size());
    // Bytes at or above the largest multiple of n are drawn again: a plain modulo would make
    // the first symbols likelier.
    const int limit = 256 - 256 % n;
    QString code;
    code.reserve(Length);
    while (code.size() < Length) {
        std::array<unsigned char, 16> random{};
        if (RAND_bytes(random.data(), int(random.size())) != 1)
            throw std::runtime_error("VerificationCode: RAND_bytes failed");
        for (unsigned char byte : random) {
            if (byte < limit && code.size() < Length)
                code.append(symbols.at(byte % n));
        }
    }
    return code;
}

bool VerificationCode::isWellFormed(const QString &code)
{
    if (code.size() != Length)
        return false;
    for (QChar c : code) {
        if (!alphabet().contains(c))
            return false;
    }
    return true;
}

} // namespace halldesk
