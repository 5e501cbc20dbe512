#pragma once

#include <QHash>
#include <QMultiMap>
#include <QString>

namespace halldesk {

// The waiting tickets of every queue by when they were issued, so that the longest wait can be
// shown live (PROTOCOL.md §6.3.4: queue events do not tick) without walking the line.
class WaitingTickets
{
public:
    void clear();
    // Returns true if anything changed.
    bool set(qint64 ticketId, const QString &queue, qint64 issuedAtMs);
    bool remove(qint64 ticketId);
    // The oldest waiting ticket's issuedAtMs, or 0 when nobody waits.
    qint64 oldestIssuedMs(const QString &queue) const;
    int count(const QString &queue) const;

private:
    struct Entry
    {
        QString queue;
        qint64 issuedAtMs = 0;
    };
    QHash<qint64, Entry> m_tickets;
    QHash<QString, QMultiMap<qint64, qint64>> m_byQueue; // queue → issuedAtMs → ticket id
};

} // namespace halldesk
