#include "terminal/SqliteOutbox.h"

#include "crypto/PersonalDataCipher.h"
#include "logging/HallDeskLogging.h"
#include "terminal/TerminalStore.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <utility>

namespace halldesk {

SqliteOutbox::SqliteOutbox(TerminalStore &store)
    : m_store(store)
    , m_size(countRows())
{}

int SqliteOutbox::countRows() const
{
    if (!m_store.isOpen())
        return 0;
    QSqlQuery query(m_store.database());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM outbox")) || !query.next()) {
        qCWarning(lcTerminal).noquote()
            << "counting the outbox failed:" << query.lastError().text();
        return 0;
    }
    return query.value(0).toInt();
}

bool SqliteOutbox::insert(QSqlQuery &query, const OutboxEntry &entry,
                          const PersonalDataCipher &cipher)
{
    query.prepare(QStringLiteral("INSERT INTO outbox (request_key, op, args, created_at_ms, "
                                 "sealed) VALUES (?, ?, ?, ?, 1)"));
    query.addBindValue(entry.key);
    query.addBindValue(entry.op);
    query.addBindValue(QString::fromLatin1(
        cipher.encrypt(QJsonDocument(entry.args).toJson(QJsonDocument::Compact))));
    query.addBindValue(entry.createdAtMs);
    return query.exec();
}

bool SqliteOutbox::append(const OutboxEntry &entry)
{
    bool stored = false;
    if (const AppendWriter write = std::exchange(m_appendThrough, {})) {
        stored = write(entry);
    } else if (const PersonalDataCipher *cipher = m_store.cipher()) {
        // The arguments may hold personal data; they are stored encrypted, never logged.
        stored = m_store.write(QStringLiteral("outbox append"),
                               [&](QSqlQuery &query) { return insert(query, entry, *cipher); });
    } else {
        qCWarning(lcTerminal) << "outbox append refused: the store has no terminal key";
    }
    if (stored)
        ++m_size;
    return stored;
}

void SqliteOutbox::remove(const QString &key)
{
    int removed = 0;
    const bool written = m_store.write(QStringLiteral("outbox remove"), [&](QSqlQuery &query) {
        query.prepare(QStringLiteral("DELETE FROM outbox WHERE request_key = ?"));
        query.addBindValue(key);
        if (!query.exec())
            return false;
        removed = query.numRowsAffected();
        return true;
    });
    if (!written) {
        qCWarning(lcTerminal) << "a confirmed change stays in the outbox and will be sent again";
        return;
    }
    m_size = std::max(0, m_size - removed);
}

QList<OutboxEntry> SqliteOutbox::entries() const
{
    QList<OutboxEntry> list;
    if (!m_store.isOpen())
        return list;
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT request_key, op, args, created_at_ms, sealed FROM outbox ORDER BY seq"))) {
        qCWarning(lcTerminal).noquote() << "reading the outbox failed:" << query.lastError().text();
        return list;
    }
    while (query.next()) {
        OutboxEntry entry;
        entry.key = query.value(0).toString();
        entry.op = query.value(1).toString();
        QByteArray args = query.value(2).toString().toUtf8();
        if (query.value(4).toBool()) {
            const PersonalDataCipher *cipher = m_store.cipher();
            const auto opened = cipher ? cipher->decrypt(args) : std::nullopt;
            if (!opened) {
                // Sent without its arguments it would be refused and lost; kept, it stays
                // ahead of the others, so the outbox stops here for someone to look.
                qCCritical(lcTerminal) << "an outbox entry cannot be decrypted; the outbox "
                                          "stops before it";
                break;
            }
            args = *opened;
        }
        entry.args = QJsonDocument::fromJson(args).object();
        entry.createdAtMs = query.value(3).toLongLong();
        list << entry;
    }
    return list;
}

} // namespace halldesk
