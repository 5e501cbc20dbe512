#pragma once

#include <QJsonObject>
#include <QObject>

namespace halldesk {

class HallClient;

// Reads the hall's layout (the `hall` operation: areas, queues, windows) each time the client
// is ready on a new connection, since a restarted server may have a new one. A read that
// fails is tried again on the next connection; the last layout stays in use meanwhile.
class HallLayoutWatcher : public QObject
{
    Q_OBJECT

public:
    // `client` must outlive the watcher.
    explicit HallLayoutWatcher(HallClient &client, QObject *parent = nullptr);

signals:
    void layoutReceived(const QJsonObject &hall);

private:
    void onReady();

    HallClient &m_client;
    bool m_requested = false;
};

} // namespace halldesk
