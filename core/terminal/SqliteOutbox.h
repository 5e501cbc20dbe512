#pragma once

#include "client/ClientOutbox.h"

#include <functional>

class QSqlQuery;

namespace halldesk {

class PersonalDataCipher;
class TerminalStore;

// The outbox of a terminal program, kept in its TerminalStore: a change the clerk made stays
// on disk, with its idempotency key, until the server has confirmed it. A crash or a restart
// loses none of them, and as each goes out again under the same key none happens twice.
// The arguments may hold personal data (a submitted case), so every entry's arguments are kept
// encrypted with the terminal key; entries written before that (sealed = 0) are still read.
// The store must be open and must outlive the outbox.
class SqliteOutbox final : public ClientOutbox
{
public:
    explicit SqliteOutbox(TerminalStore &store);

    // False, with nothing stored, if the write failed.
    bool append(const OutboxEntry &entry) override;
    // The next append() is written by `write` instead, which must store the entry with
    // insert() inside a write of its own rows: TerminalCaseStore::saveAndQueue() keeps a case
    // and its submission in one transaction this way, while HallClient::submit() still gives
    // the key and sends the entry at once.
    using AppendWriter = std::function<bool(const OutboxEntry &entry)>;
    void appendThrough(AppendWriter write) { m_appendThrough = std::move(write); }
    // The entry's row, inside a TerminalStore::write() of the caller.
    static bool insert(QSqlQuery &query, const OutboxEntry &entry,
                       const PersonalDataCipher &cipher);
    // If the write fails the entry stays and is sent again under its key, which is harmless.
    void remove(const QString &key) override;
    // Oldest first, by the order they were appended.
    QList<OutboxEntry> entries() const override;
    // Cached: HallClient asks after every change. Read from the file when the outbox is made,
    // then kept up to date by append() and remove(); this outbox must be the file's only writer.
    int size() const override { return m_size; }

private:
    int countRows() const;

    TerminalStore &m_store;
    int m_size = 0;
    AppendWriter m_appendThrough;
};

} // namespace halldesk
