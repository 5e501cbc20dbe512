#pragma once

#include "kiosk/KioskSettings.h"

#include <QObject>
#include <memory>

namespace halldesk {

class Clock;
class HallClient;
class KioskScreen;
class KioskSession;
class KioskVoice;
class QPrinterSlipPrinter;
class SpeechEngine;
class SqliteOutbox;
class TerminalStore;
class TicketDispenser;

// One running ticket kiosk: its terminal store (the outbox that keeps a ticket request until
// the server answered it, across a restart), the connection, the session, the printer, the
// voice and the screen.
class KioskStation : public QObject
{
    Q_OBJECT

public:
    KioskStation(KioskSettings settings, QString storePath, const Clock &clock,
                 std::unique_ptr<SpeechEngine> engine, QObject *parent = nullptr);
    ~KioskStation() override;

    // False with a reason in the user's language (the store, the TLS files).
    bool start(QString *error);

    static QString defaultStorePath();

    KioskScreen *screen() const { return m_screen.get(); }
    KioskSession *session() const { return m_session.get(); }
    HallClient *client() const { return m_client.get(); }
    QPrinterSlipPrinter *printer() const { return m_printer.get(); }
    TicketDispenser *dispenser() const { return m_dispenser.get(); }

private:
    KioskSettings m_settings;
    QString m_storePath;
    const Clock &m_clock;
    std::unique_ptr<SpeechEngine> m_engine;
    std::unique_ptr<TerminalStore> m_store;
    std::unique_ptr<SqliteOutbox> m_outbox;
    std::unique_ptr<HallClient> m_client;
    std::unique_ptr<KioskSession> m_session;
    std::unique_ptr<QPrinterSlipPrinter> m_printer;
    std::unique_ptr<TicketDispenser> m_dispenser;
    std::unique_ptr<KioskVoice> m_voice;
    std::unique_ptr<KioskScreen> m_screen;
};

} // namespace halldesk
