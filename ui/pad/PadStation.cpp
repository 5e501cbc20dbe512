#include "pad/PadStation.h"

#include "client/HallClient.h"
#include "logging/HallDeskLogging.h"
#include "pad/PadScreen.h"
#include "pad/PadSession.h"
#include "rating/RatingSigner.h"
#include "speech/PadVoice.h"
#include "speech/SpeechEngine.h"
#include "terminal/SqliteOutbox.h"
#include "terminal/TerminalStore.h"

namespace halldesk {

PadStation::PadStation(PadSettings settings, QString storePath, const Clock &clock,
                       std::unique_ptr<SpeechEngine> engine, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_storePath(std::move(storePath))
    , m_clock(clock)
    , m_engine(std::move(engine))
{}

PadStation::~PadStation()
{
    // Users before what they use.
    m_screen.reset();
    m_voice.reset();
    m_session.reset();
    m_client.reset();
    m_outbox.reset();
    m_store.reset();
}

bool PadStation::start(QString *error)
{
    auto signer = RatingSigner::fromKeyFile(m_settings.tls.keyFile, error);
    if (!signer)
        return false;
    m_store = std::make_unique<TerminalStore>(m_storePath);
    QString movedAside;
    if (!m_store->openForProgram(error, &movedAside))
        return false;
    // A damaged file was moved aside: nothing the citizen can act on.
    if (!movedAside.isEmpty())
        qCWarning(lcPad).noquote() << movedAside;
    m_outbox = std::make_unique<SqliteOutbox>(*m_store);

    m_client = std::make_unique<HallClient>(m_settings.clientSettings(), m_outbox.get());
    m_session =
        std::make_unique<PadSession>(m_settings.window, *m_client, std::move(*signer), m_clock);
    if (m_engine && m_settings.voiceEnabled) {
        m_voice = std::make_unique<PadVoice>(*m_engine);
        m_voice->setRate(m_settings.voiceRate);
        m_voice->setVolume(m_settings.voiceVolume);
        m_voice->follow(*m_session);
    }
    m_screen = std::make_unique<PadScreen>(*m_session);
    m_screen->setCommitment(m_settings.commitment);
    return m_session->start(error);
}

} // namespace halldesk
