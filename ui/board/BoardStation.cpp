#include "board/BoardStation.h"

#include "board/BoardScreen.h"
#include "board/BoardSession.h"
#include "client/HallClient.h"
#include "logging/HallDeskLogging.h"
#include "speech/CallAnnouncer.h"
#include "speech/SpeechEngine.h"

namespace halldesk {

BoardStation::BoardStation(BoardSettings settings, const Clock &clock,
                           std::unique_ptr<SpeechEngine> engine, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_clock(clock)
    , m_engine(std::move(engine))
{}

BoardStation::~BoardStation()
{
    // Users before what they use.
    m_screen.reset();
    m_announcer.reset();
    m_session.reset();
    m_client.reset();
}

bool BoardStation::start(QString *error)
{
    m_client = std::make_unique<HallClient>(m_settings.clientSettings());
    m_session = std::make_unique<BoardSession>(*m_client, m_clock);
    if (m_engine && m_settings.voiceEnabled) {
        m_announcer = std::make_unique<CallAnnouncer>(std::move(m_engine));
        m_announcer->setRate(m_settings.voiceRate);
        m_announcer->setVolume(m_settings.voiceVolume);
        connect(m_announcer.get(), &CallAnnouncer::voiceProblem, this,
                [](const QString &message) { qCWarning(lcBoard).noquote() << message; });
        // Only calls made now are said: a snapshot's calls are old news.
        connect(m_session.get(), &BoardSession::called, m_announcer.get(),
                [this](const BoardCall &call) { m_announcer->announce(call.announcement); });
    }
    m_screen = std::make_unique<BoardScreen>(*m_session, m_clock);
    m_screen->setNotice(m_settings.notice);
    return m_session->start(error);
}

} // namespace halldesk
