#pragma once

#include "crypto/PersonalDataCipher.h"
#include "terminal/TerminalStoreOpenError.h"

#include <QString>
#include <variant>

namespace halldesk {

class TerminalStore;

// The terminal's personal-data key (KEYS.md): a HallKeyFile beside the store, made on first use.
// The store remembers a keyed fingerprint of it, so a lost key file is refused rather than
// replaced by a new key that could never read the data already stored, and so is a key file
// that belongs to another store.
class TerminalKey
{
public:
    // <store file>.key
    static QString pathFor(const QString &storePath);
    // The store must be open and migrated.
    static std::variant<PersonalDataCipher, TerminalStoreOpenError> load(TerminalStore &store);
};

} // namespace halldesk
