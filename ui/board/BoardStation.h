#pragma once

#include "board/BoardSettings.h"

#include <QObject>
#include <memory>

namespace halldesk {

class BoardScreen;
class BoardSession;
class CallAnnouncer;
class Clock;
class HallClient;
class SpeechEngine;

// One running hall board: the connection, the session, the voice that says each call (and
// each recall again) and the screen. A board changes nothing on the server, so it keeps no
// terminal store.
class BoardStation : public QObject
{
    Q_OBJECT

public:
    // `engine`: the speech engine of the calls; none makes the board silent.
    BoardStation(BoardSettings settings, const Clock &clock, std::unique_ptr<SpeechEngine> engine,
                 QObject *parent = nullptr);
    ~BoardStation() override;

    // False with a reason in the user's language (the TLS files).
    bool start(QString *error);

    BoardScreen *screen() const { return m_screen.get(); }
    BoardSession *session() const { return m_session.get(); }
    HallClient *client() const { return m_client.get(); }
    // Null when the board is silent.
    CallAnnouncer *announcer() const { return m_announcer.get(); }

private:
    BoardSettings m_settings;
    const Clock &m_clock;
    std::unique_ptr<SpeechEngine> m_engine;
    std::unique_ptr<HallClient> m_client;
    std::unique_ptr<BoardSession> m_session;
    std::unique_ptr<CallAnnouncer> m_announcer;
    std::unique_ptr<BoardScreen> m_screen;
};

} // namespace halldesk
