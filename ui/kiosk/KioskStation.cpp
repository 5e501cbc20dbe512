#include "kiosk/KioskStation.h"

#include "client/HallClient.h"
#include "clock/Clock.h"
#include "kiosk/KioskScreen.h"
#include "kiosk/KioskSession.h"
#include "kiosk/QPrinterSlipPrinter.h"
#include "kiosk/TicketDispenser.h"
#include "logging/HallDeskLogging.h"
#include "speech/KioskVoice.h"
#include "speech/SpeechEngine.h"
#include "terminal/SqliteOutbox.h"
#include "terminal/TerminalStore.h"

#include <QStandardPaths>

namespace halldesk {

KioskStation::KioskStation(KioskSettings settings, QString storePath, const Clock &clock,
                           std::unique_ptr<SpeechEngine> engine, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_storePath(std::move(storePath))
    , m_clock(clock)
    , m_engine(std::move(engine))
{}

KioskStation::~KioskStation()
{
    // Users before what they use.
    m_screen.reset();
    m_voice.reset();
    m_dispenser.reset();
    m_printer.reset();
    m_session.reset();
    m_client.reset();
    m_outbox.reset();
    m_store.reset();
}

QString KioskStation::defaultStorePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
           QStringLiteral("/kiosk.db");
}

bool KioskStation::start(QString *error)
{
    m_store = std::make_unique<TerminalStore>(m_storePath);
    QString movedAside;
    if (!m_store->openForProgram(error, &movedAside))
        return false;
    // A damaged file was moved aside: nothing a citizen can act on.
    if (!movedAside.isEmpty())
        qCWarning(lcKiosk).noquote() << movedAside;
    m_outbox = std::make_unique<SqliteOutbox>(*m_store);
    KioskSession::dropStaleRequests(*m_outbox, m_clock.nowMs());

    m_client = std::make_unique<HallClient>(m_settings.clientSettings(), m_outbox.get());
    m_session = std::make_unique<KioskSession>(*m_client, m_clock);
    m_printer =
        std::make_unique<QPrinterSlipPrinter>(m_settings.printerName, m_settings.pdfDirectory);
    m_dispenser = std::make_unique<TicketDispenser>(*m_session, *m_printer, m_settings.hallName);
    m_screen = std::make_unique<KioskScreen>(*m_session, *m_dispenser, *m_printer, m_clock,
                                             m_settings.hallName, m_settings.askResidentId);
    if (m_engine && m_settings.voiceEnabled) {
        m_voice = std::make_unique<KioskVoice>(*m_engine);
        m_voice->setRate(m_settings.voiceRate);
        m_voice->setVolume(m_settings.voiceVolume);
        m_screen->setVoice(m_voice.get());
    }
    return m_session->start(error);
}

} // namespace halldesk
