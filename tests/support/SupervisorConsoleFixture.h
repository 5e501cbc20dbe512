#pragma once

#include "clock/SystemClock.h"
#include "i18n/TranslationInstaller.h"
#include "supervisor/AlertSound.h"
#include "supervisor/SupervisorSettings.h"

#include <QSize>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <functional>
#include <memory>

namespace halldesk {
class SupervisorStation;
}

namespace halldesk::test {

class RawTerminal;
class ServerProcess;

// The supervisor console (值班长) as its GUI tests drive it: in Chinese, against the real
// halldesk-server process on the demo hall (in a folder of its own, with a kiosk to issue
// tickets), its window at the hall's 1920×1080. Steps that can fail return why in words ("" if
// they did not), for the test to QVERIFY2; what lies between them is the test's own.
class SupervisorConsoleFixture
{
public:
    static constexpr int Wait = 20000;
    static constexpr QSize WindowSize{1920, 1080};

    explicit SupervisorConsoleFixture(QString serverProgram);
    ~SupervisorConsoleFixture();

    // The console's catalogues in zh_CN, the server started and a kiosk greeted.
    QString startServer();
    // This server's address and the console's certificate; thresholds as a hall has them.
    SupervisorSettings settings() const;
    // A console with `settings`, connected, its window shown at WindowSize. `sound`: none makes
    // it silent.
    QString startConsole(const SupervisorSettings &settings, std::unique_ptr<AlertSound> sound);
    // Signs in with a demo account; "" or the console's words, "no answer" if none came.
    QString signIn(const QString &staffNo, const QString &password = demoPassword());
    static QString signIn(SupervisorStation &station, const QString &staffNo,
                          const QString &password = demoPassword());
    // The kiosk closed and the server stopped (SIGTERM), the console left running.
    bool stopServer();
    // The console closed, then the server; true if it ended cleanly or never ran.
    bool stop();

    // Saves the window as supervisor-screens/<name>.png and checks it kept its size, has no text
    // cut off (nor what `moreClipped` reports) and none under SupervisorLook::MinimumPx.
    void saveAndCheck(const QString &name, const std::function<QStringList()> &moreClipped = {});

    static QString demoPassword() { return QStringLiteral("halldesk"); }

    SupervisorStation *station() const { return m_station.get(); }
    ServerProcess *server() const { return m_server.get(); }
    RawTerminal *kiosk() const { return m_kiosk.get(); }
    const SystemClock &clock() const { return m_clock; }
    // The server's folder, where tests may write their files too.
    const QTemporaryDir &dir() const { return m_dir; }

private:
    QString m_serverProgram;
    TranslationInstaller m_translations;
    QTemporaryDir m_dir;
    SystemClock m_clock;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<RawTerminal> m_kiosk;
    std::unique_ptr<SupervisorStation> m_station;
};

} // namespace halldesk::test
