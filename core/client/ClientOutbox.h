#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace halldesk {

// A change the terminal made that the server has not yet confirmed. Its key is the
// idempotency key: the server applies it once however often it is sent.
struct OutboxEntry
{
    QString key;
    QString op;
    QJsonObject args;
    qint64 createdAtMs = 0;
};

// Where a terminal keeps its unconfirmed changes. The memory outbox is enough for headless
// tools; a counter keeps them in its SQLite terminal store so that they survive a restart.
class ClientOutbox
{
public:
    virtual ~ClientOutbox() = default;
    // Returns false if the entry could not be stored (a full disk): the caller must then
    // refuse the change rather than pretend it will be sent.
    virtual bool append(const OutboxEntry &entry) = 0;
    virtual void remove(const QString &key) = 0;
    // Oldest first.
    virtual QList<OutboxEntry> entries() const = 0;
    virtual int size() const = 0;
};

class MemoryOutbox final : public ClientOutbox
{
public:
    bool append(const OutboxEntry &entry) override
    {
        m_entries.append(entry);
        return true;
    }
    void remove(const QString &key) override
    {
        m_entries.removeIf([&](const OutboxEntry &e) { return e.key == key; });
    }
    QList<OutboxEntry> entries() const override { return m_entries; }
    int size() const override { return int(m_entries.size()); }

private:
    QList<OutboxEntry> m_entries;
};

} // namespace halldesk
