#include "terminal/TerminalKey.h"

#include "crypto/HallKeyFile.h"
#include "logging/HallDeskLogging.h"
#include "terminal/TerminalStore.h"

#include <QFile>
#include <QSqlQuery>

namespace halldesk {

namespace {

// Hashed under the key's own HMAC half: the store learns whether a key is the right one
// without holding anything that helps to find it.
const QString kFingerprintInput = QStringLiteral("halldesk terminal key");

std::optional<QString> storedFingerprint(const TerminalStore &store)
{
    QSqlQuery query(store.database());
    if (query.exec(QStringLiteral("SELECT fingerprint FROM terminal_key WHERE id = 1")) &&
        query.next())
        return query.value(0).toString();
    return std::nullopt;
}

bool holdsEncryptedData(const TerminalStore &store)
{
    if (storedFingerprint(store))
        return true;
    QSqlQuery query(store.database());
    return query.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM terminal_cases) OR EXISTS "
                                     "(SELECT 1 FROM outbox WHERE sealed = 1)")) &&
           query.next() && query.value(0).toBool();
}

} // namespace

QString TerminalKey::pathFor(const QString &storePath)
{
    return storePath + QStringLiteral(".key");
}

std::variant<PersonalDataCipher, TerminalStoreOpenError> TerminalKey::load(TerminalStore &store)
{
    const QString keyPath = pathFor(store.path());
    auto failure = [&](TerminalStoreOpenError::Kind kind, QString detail = {}) {
        auto error = TerminalStoreOpenError::make(kind, store.path(), std::move(detail));
        error.keyPath = keyPath;
        return error;
    };
    if (!QFile::exists(keyPath) && holdsEncryptedData(store)) {
        qCCritical(lcTerminal) << "refusing the terminal store: its key file" << keyPath
                               << "is missing";
        return failure(TerminalStoreOpenError::Kind::KeyMissing);
    }
    QString message;
    const auto key = HallKeyFile::loadOrCreate(keyPath, &message);
    if (!key)
        return failure(TerminalStoreOpenError::Kind::KeyUnusable, message);
    PersonalDataCipher cipher(*key);
    const QString fingerprint = cipher.blindIndex(kFingerprintInput);
    const auto known = storedFingerprint(store);
    if (!known) {
        const bool recorded =
            store.write(QStringLiteral("recording the key's fingerprint"), [&](QSqlQuery &query) {
                query.prepare(
                    QStringLiteral("INSERT INTO terminal_key (id, fingerprint) VALUES (1, ?)"));
                query.addBindValue(fingerprint);
                return query.exec();
            });
        if (!recorded)
            return failure(TerminalStoreOpenError::Kind::CannotOpen,
                           QStringLiteral("cannot record the key's fingerprint"));
    } else if (*known != fingerprint) {
        qCCritical(lcTerminal) << "refusing the terminal store: key file" << keyPath
                               << "does not match its data";
        return failure(TerminalStoreOpenError::Kind::KeyMismatch);
    }
    return cipher;
}

} // namespace halldesk
