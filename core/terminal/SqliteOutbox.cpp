#include "terminal/SqliteOutbox.h"

#include "logging/HallDeskLogging.h"
#include "terminal/TerminalStore.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

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

bool SqliteOutbox::append(const OutboxEntry &entry)
{
    // The arguments may hold personal data; they are stored, never logged.
    const bool stored = m_store.write(QStringLiteral("outbox append"), [&](QSqlQuery &query) {
        query.prepare(QStringLiteral("INSERT INTO outbox (request_key, op, args, created_at_ms) "
                                     "VALUES (?, ?, ?, ?)"));
        query.addBindValue(entry.key);
        query.addBindValue(entry.op);
        query.addBindValue(
            QString::fromUtf8(QJsonDocument(entry.args).toJson(QJsonDocument::Compact)));
        query.addBindValue(entry.createdAtMs);
        return query.exec();
    });
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
            "SELECT request_key, op, args, created_at_ms FROM outbox ORDER BY seq"))) {
        qCWarning(lcTerminal).noquote() << "reading the outbox failed:" << query.lastError().text();
        return list;
    }
    while (query.next()) {
        OutboxEntry entry;
        entry.key = query.value(0).toString();
        entry.op = query.value(1).toString();
        entry.args = QJsonDocument::fromJson(query.value(2).toString().toUtf8()).object();
        entry.createdAtMs = query.value(3).toLongLong();
        list << entry;
    }
    return list;
}

} // namespace halldesk
