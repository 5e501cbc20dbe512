#pragma once

#include <QObject>
#include <csignal>
#include <initializer_list>

class QSocketNotifier;

namespace halldesk {

// Turns SIGINT/SIGTERM into a Qt signal delivered in the event loop. A signal handler may do
// almost nothing safely, so it only writes the signal number to a socket pair that the event
// loop watches (the self-pipe trick).
class UnixSignalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit UnixSignalWatcher(std::initializer_list<int> signalNumbers, QObject *parent = nullptr);
    ~UnixSignalWatcher() override;

signals:
    void received(int signalNumber);

private:
    void readSignal();
    static void handle(int signalNumber);

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace halldesk
