#pragma once

#include "pad/PadSettings.h"

#include <QObject>
#include <memory>

namespace halldesk {

class Clock;
class HallClient;
class PadScreen;
class PadSession;
class PadVoice;
class SpeechEngine;
class SqliteOutbox;
class TerminalStore;

// One running evaluator pad: its own terminal store (ratings given offline wait in its outbox
// and are delivered once), the connection, the session, the voice and the screen.
class PadStation : public QObject
{
    Q_OBJECT

public:
    // `engine`: the speech engine of the prompts; none makes the pad silent.
    PadStation(PadSettings settings, QString storePath, const Clock &clock,
               std::unique_ptr<SpeechEngine> engine, QObject *parent = nullptr);
    ~PadStation() override;

    // False with a reason in the user's language (the store, the key, the TLS files).
    bool start(QString *error);

    PadScreen *screen() const { return m_screen.get(); }
    PadSession *session() const { return m_session.get(); }

private:
    PadSettings m_settings;
    QString m_storePath;
    const Clock &m_clock;
    std::unique_ptr<SpeechEngine> m_engine;
    std::unique_ptr<TerminalStore> m_store;
    std::unique_ptr<SqliteOutbox> m_outbox;
    std::unique_ptr<HallClient> m_client;
    std::unique_ptr<PadSession> m_session;
    std::unique_ptr<PadVoice> m_voice;
    std::unique_ptr<PadScreen> m_screen;
};

} // namespace halldesk
