#include "server/WindowPresence.h"

namespace halldesk {

bool WindowPresence::arrive(int window)
{
    return ++m_connections[window] == 1;
}

bool WindowPresence::leave(int window)
{
    const auto it = m_connections.find(window);
    if (it == m_connections.end())
        return false;
    if (--it.value() > 0)
        return false;
    m_connections.erase(it);
    return true;
}

void WindowPresence::addTo(QJsonObject &window) const
{
    window.insert(QStringLiteral("online"),
                  isOnline(window.value(QLatin1String("number")).toInt()));
}

} // namespace halldesk
