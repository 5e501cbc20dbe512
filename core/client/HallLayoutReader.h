#pragma once

#include <QJsonObject>
#include <QObject>

namespace halldesk {

class HallClient;

// Reads the hall layout (`hall`, PROTOCOL.md §5.2) on every connection of a HallClient (a
// restarted server may have another hall) and on every `layout` event (an administrator
// changed it). A failed read is tried again on the next connection.
// For the terminals that show the whole hall (the board, the supervisor console).
class HallLayoutReader : public QObject
{
    Q_OBJECT

public:
    // `client` must outlive the reader.
    explicit HallLayoutReader(HallClient &client, QObject *parent = nullptr);

    // Reads now if the client is connected already; otherwise on its next connection.
    void start();

signals:
    void layoutRead(const QJsonObject &hall);
    // Ready or not (HallClient::State::Ready).
    void onlineChanged(bool online);

private:
    void read();

    HallClient &m_client;
    bool m_requested = false;
};

} // namespace halldesk
