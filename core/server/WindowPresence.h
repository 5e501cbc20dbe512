#pragma once

#include <QHash>
#include <QJsonObject>

namespace halldesk {

// Which windows have their counter terminal connected now (PROTOCOL.md §9.4 `online`): the
// counter connections per window certificate that passed the hello. Kept in memory only: after
// a restart every counter connects again, so the database would only hold stale guesses.
class WindowPresence
{
public:
    // Each returns true when the window's presence flipped (first counter in, last one out).
    bool arrive(int window);
    bool leave(int window);
    bool isOnline(int window) const { return m_connections.value(window) > 0; }
    // Adds "online" to a window object (overview or event form) that has a "number".
    void addTo(QJsonObject &window) const;

private:
    QHash<int, int> m_connections;
};

} // namespace halldesk
